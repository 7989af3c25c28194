#include "ConnectionController.h"

#include "DiscoveryWorker.h"
#include "HostKeyDialog.h"
#include "Workspace.h"
#include "log/Logging.h"

#include <QDir>

namespace omsua::gui {

ConnectionController::ConnectionController(Workspace* workspace, QWidget* dialogParent)
    : QObject(dialogParent)
    , m_workspace(workspace)
    , m_dialogParent(dialogParent)
    , m_service(new HostDiscoveryService(this))
{
    using State = Workspace::ConnectionState;
    connect(m_service, &HostDiscoveryService::progress, this, [this](const QString& what) {
        m_workspace->setConnectionState(State::Connecting, what);
        Q_EMIT progress(what);
    });
    connect(m_service, &HostDiscoveryService::failed, this, [this](const QString& error) {
        log::error(QStringLiteral("discovery failed: %1").arg(error));
        m_workspace->setConnectionState(State::Failed, error);
    });
    connect(m_service, &HostDiscoveryService::discovered, this,
            [this](const upgrade::Discovery& found) {
                m_workspace->setDiscovery(found);
                m_workspace->setConnectionState(State::Connected, found.container.name);
            });
    connect(m_service, &HostDiscoveryService::hostKeyUnknown, this,
            &ConnectionController::askAboutHostKey);
    connect(m_service, &HostDiscoveryService::hostKeyRefused, this,
            &ConnectionController::askAboutHostKey);
}

ConnectionController::~ConnectionController() = default;

bool ConnectionController::busy() const
{
    return m_service->busy();
}

void ConnectionController::connectToHost()
{
    start(QString());
}

void ConnectionController::start(const QString& acceptedFingerprint)
{
    if (m_service->busy())
        return;
    using State = Workspace::ConnectionState;
    // The plan as the CLI would read it: validated, ~ and relative paths expanded.
    const QString source = m_workspace->planFile().isEmpty()
                               ? QDir::current().filePath(QStringLiteral("unsaved-plan.yaml"))
                               : m_workspace->planFile();
    const auto plan = plan::Plan::fromYaml(m_workspace->plan().toYaml(), source);
    if (!plan) {
        m_workspace->setConnectionState(State::Failed, plan.error().toString());
        return;
    }
    // Environment variables (as for the CLI) unless the operator typed something here.
    upgrade::Secrets secrets = upgrade::Secrets::fromEnvironment();
    const upgrade::Secrets& typed = m_workspace->secrets();
    if (!typed.sshPassword.isEmpty())
        secrets.sshPassword = typed.sshPassword;
    if (!typed.sshPassphrase.isEmpty())
        secrets.sshPassphrase = typed.sshPassphrase;
    if (!typed.metaPassword.isEmpty())
        secrets.metaPassword = typed.metaPassword;
    m_workspace->setConnectionState(State::Connecting,
                                    tr("Connecting to %1...").arg(plan->ssh.host));
    m_service->discover(*plan, secrets, acceptedFingerprint);
}

void ConnectionController::askAboutHostKey(const HostKeyPrompt& prompt)
{
    using State = Workspace::ConnectionState;
    if (prompt.kind == HostKeyPrompt::Kind::Unknown) {
        log::info(QStringLiteral("host key of %1:%2 is not known: %3 %4")
                      .arg(prompt.host)
                      .arg(prompt.port)
                      .arg(prompt.keyType, prompt.fingerprint));
        m_workspace->setConnectionState(State::HostKeyRefused,
                                        tr("Waiting for a decision on the host key"));
    } else {
        log::error(prompt.message);
        m_workspace->setConnectionState(State::HostKeyRefused,
                                        prompt.kind == HostKeyPrompt::Kind::Mismatch
                                            ? tr("The host key has changed: refused")
                                            : tr("The host key is revoked: refused"));
    }
    if (m_dialog)
        m_dialog->close();
    m_dialog = new HostKeyDialog(prompt, m_dialogParent);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::finished, this, [this, prompt](int result) {
        if (prompt.kind != HostKeyPrompt::Kind::Unknown)
            return;
        if (result == QDialog::Accepted) {
            log::info(
                QStringLiteral("host key %1 accepted by the operator").arg(prompt.fingerprint));
            start(prompt.fingerprint);
        } else {
            log::info(
                QStringLiteral("host key %1 refused by the operator").arg(prompt.fingerprint));
            m_workspace->setConnectionState(Workspace::ConnectionState::HostKeyRefused,
                                            tr("Host key refused; nothing was run on the host"));
        }
    });
    // open(), not exec(): the event loop keeps running and nothing waits on the answer.
    m_dialog->open();
    Q_EMIT hostKeyDialogOpened(m_dialog);
}

} // namespace omsua::gui
