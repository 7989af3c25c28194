#include "DiscoveryWorker.h"

#include "remote/SshTypes.h"
#include "upgrade/HostSession.h"

namespace omsua::gui {

void DiscoveryWorker::discover(const plan::Plan& plan)
{
    // Unknown host keys are refused here; accepting one is a decision the operator makes with
    // the fingerprint in front of them (CLI prompt, or the connection dialog).
    upgrade::HostSession host(plan, upgrade::Secrets::fromEnvironment(), remote::HostKeyPolicy{});
    Q_EMIT progress(tr("Connecting to %1...").arg(plan.ssh.host));
    auto hostKey = host.connect();
    if (!hostKey) {
        Q_EMIT failed(hostKey.error().toString());
        return;
    }
    auto found = upgrade::HostDiscovery::discover(
        host, [this](const QString& what) { Q_EMIT progress(tr("Reading %1...").arg(what)); });
    if (!found) {
        Q_EMIT failed(found.error().toString());
        return;
    }
    found->hostKeyFingerprint = hostKey->fingerprint;
    Q_EMIT discovered(*found);
}

HostDiscoveryService::HostDiscoveryService(QObject* parent)
    : QObject(parent)
    , m_worker(new DiscoveryWorker)
{
    qRegisterMetaType<omsua::upgrade::Discovery>();
    qRegisterMetaType<omsua::plan::Plan>();
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(this, &HostDiscoveryService::requested, m_worker, &DiscoveryWorker::discover);
    connect(m_worker, &DiscoveryWorker::progress, this, &HostDiscoveryService::progress);
    connect(m_worker, &DiscoveryWorker::discovered, this, [this](const upgrade::Discovery& found) {
        m_busy = false;
        Q_EMIT discovered(found);
    });
    connect(m_worker, &DiscoveryWorker::failed, this, [this](const QString& error) {
        m_busy = false;
        Q_EMIT failed(error);
    });
    m_thread.setObjectName(QStringLiteral("discovery"));
    m_thread.start();
}

HostDiscoveryService::~HostDiscoveryService()
{
    m_thread.quit();
    m_thread.wait();
}

void HostDiscoveryService::discover(const plan::Plan& plan)
{
    if (m_busy)
        return;
    m_busy = true;
    Q_EMIT requested(plan);
}

} // namespace omsua::gui
