#include "BackupService.h"

#include "upgrade/HostSession.h"

namespace omsua::gui {

BackupService::BackupService(QObject* parent)
    : QObject(parent)
    , m_context(new QObject)
{
    m_thread.setObjectName(QStringLiteral("backups"));
    m_context->moveToThread(&m_thread);
    // Direct: runs in the thread itself as it ends, where the session was made.
    connect(
        &m_thread, &QThread::finished, m_context,
        [this] {
            m_host.reset();
            delete m_context;
            m_context = nullptr;
        },
        Qt::DirectConnection);
    m_thread.start();
}

BackupService::~BackupService()
{
    stop();
}

void BackupService::stop()
{
    if (!m_thread.isRunning())
        return;
    m_cancel.store(true);
    m_thread.quit();
    m_thread.wait();
}

void BackupService::submit(const plan::Plan& plan, const upgrade::Secrets& secrets,
                           std::function<void(upgrade::HostSession& host)> work)
{
    if (!m_context)
        return;
    m_cancel.store(false);
    QMetaObject::invokeMethod(
        m_context,
        [this, plan, secrets, work = std::move(work)] {
            const QByteArray target = plan.toYaml();
            if (!m_host || !m_host->isConnected() || target != m_hostTarget) {
                m_host.reset();
                remote::HostKeyPolicy policy; // unknown keys refused: settled when connecting
                auto host = std::make_unique<upgrade::HostSession>(plan, secrets, policy);
                if (auto key = host->connect(); !key) {
                    Q_EMIT failed(key.error().toString());
                    return;
                }
                m_host = std::move(host);
                m_hostTarget = target;
            }
            work(*m_host);
        },
        Qt::QueuedConnection);
}

} // namespace omsua::gui
