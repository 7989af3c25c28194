#include "DiscoveryWorker.h"

#include "remote/SshSession.h"
#include "remote/SshTypes.h"
#include "upgrade/HostSession.h"

#include <optional>

namespace omsua::gui {

void DiscoveryWorker::discover(const plan::Plan& plan, const upgrade::Secrets& secrets,
                               const QString& acceptedFingerprint)
{
    // Declared before the session: the policy below refers to it until the session is gone.
    std::optional<remote::HostKeyInfo> offered;
    remote::HostKeyPolicy policy;
    policy.unknown = remote::HostKeyPolicy::Unknown::Ask;
    policy.rememberAccepted = true;
    policy.ask = [&offered, acceptedFingerprint](const remote::HostKeyInfo& key) {
        offered = key;
        return !acceptedFingerprint.isEmpty() && key.fingerprint == acceptedFingerprint;
    };
    upgrade::HostSession host(plan, secrets, policy);
    Q_EMIT progress(tr("Connecting to %1...").arg(plan.ssh.host));
    auto hostKey = host.connect();
    if (!hostKey) {
        const Error& error = hostKey.error();
        if (error.code == QLatin1String("host-key-unknown") && offered) {
            HostKeyPrompt prompt;
            prompt.kind = HostKeyPrompt::Kind::Unknown;
            prompt.host = plan.ssh.host;
            prompt.port = plan.ssh.port;
            prompt.knownHostsFile = plan.ssh.knownHosts;
            prompt.keyType = offered->keyType;
            prompt.fingerprint = offered->fingerprint;
            prompt.message = error.toString();
            Q_EMIT hostKeyUnknown(prompt);
            return;
        }
        if (error.code == QLatin1String("host-key-mismatch") ||
            error.code == QLatin1String("host-key-revoked")) {
            Q_EMIT hostKeyRefused(describeRefusal(plan, error, host.ssh().hostKey()));
            return;
        }
        Q_EMIT failed(error.toString());
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

HostKeyPrompt DiscoveryWorker::describeRefusal(const plan::Plan& plan, const Error& error,
                                               const remote::HostKeyInfo& presented)
{
    HostKeyPrompt prompt;
    prompt.kind = error.code == QLatin1String("host-key-revoked") ? HostKeyPrompt::Kind::Revoked
                                                                  : HostKeyPrompt::Kind::Mismatch;
    prompt.host = plan.ssh.host;
    prompt.port = plan.ssh.port;
    prompt.knownHostsFile = plan.ssh.knownHosts;
    prompt.keyType = presented.keyType;
    prompt.fingerprint = presented.fingerprint;
    prompt.knownFingerprint = presented.knownFingerprint;
    prompt.knownHostsLine = presented.knownHostsLine;
    prompt.message = error.toString();
    return prompt;
}

HostDiscoveryService::HostDiscoveryService(QObject* parent)
    : QObject(parent)
    , m_worker(new DiscoveryWorker)
{
    qRegisterMetaType<omsua::upgrade::Discovery>();
    qRegisterMetaType<omsua::plan::Plan>();
    qRegisterMetaType<omsua::upgrade::Secrets>();
    qRegisterMetaType<omsua::gui::HostKeyPrompt>();
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
    connect(m_worker, &DiscoveryWorker::hostKeyUnknown, this, [this](const HostKeyPrompt& prompt) {
        m_busy = false;
        Q_EMIT hostKeyUnknown(prompt);
    });
    connect(m_worker, &DiscoveryWorker::hostKeyRefused, this, [this](const HostKeyPrompt& prompt) {
        m_busy = false;
        Q_EMIT hostKeyRefused(prompt);
    });
    m_thread.setObjectName(QStringLiteral("discovery"));
    m_thread.start();
}

HostDiscoveryService::~HostDiscoveryService()
{
    m_thread.quit();
    m_thread.wait();
}

void HostDiscoveryService::discover(const plan::Plan& plan, const upgrade::Secrets& secrets,
                                    const QString& acceptedFingerprint)
{
    if (m_busy)
        return;
    m_busy = true;
    Q_EMIT requested(plan, secrets, acceptedFingerprint);
}

} // namespace omsua::gui
