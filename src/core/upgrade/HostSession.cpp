#include "upgrade/HostSession.h"

#include "docker/DockerCli.h"
#include "log/Logging.h"
#include "log/Redactor.h"
#include "metadb/MetaDbConnection.h"
#include "remote/SftpClient.h"
#include "remote/SshCommandRunner.h"
#include "remote/SshSession.h"
#include "remote/SshTunnel.h"

#include <map>

namespace omsua::upgrade {

namespace {
const QString kConfigYamlInContainer = QStringLiteral("/home/admin/conf/config.yaml");
// A direct MetaDB attempt in "auto" mode should not make the operator wait long before the
// tunnel is tried.
constexpr int kDirectProbeTimeoutSec = 4;
} // namespace

struct HostSession::Private
{
    std::unique_ptr<remote::SshSession> ssh;
    std::unique_ptr<remote::SshCommandRunner> runner;
    std::unique_ptr<remote::SftpClient> sftp;
    std::unique_ptr<docker::DockerCli> docker;
    std::unique_ptr<remote::SshTunnel> tunnel;
    std::map<QString, std::unique_ptr<remote::SshTunnel>> forwards; // "host:port" -> tunnel
    std::unique_ptr<metadb::MetaDbConnection> metadb;
    QString metaDbRoute;
};

HostSession::HostSession(plan::Plan plan, Secrets secrets, remote::HostKeyPolicy hostKeyPolicy)
    : m_plan(std::move(plan))
    , m_secrets(std::move(secrets))
    , m_hostKeyPolicy(std::move(hostKeyPolicy))
    , d(std::make_unique<Private>())
{
    m_secrets.registerWithRedactor();
}

HostSession::~HostSession()
{
    // The MetaDB connection may run over the tunnel: close it first.
    d->metadb.reset();
    d->tunnel.reset();
    d->forwards.clear();
    d->docker.reset();
    d->sftp.reset();
    d->runner.reset();
    d->ssh.reset();
}

remote::SshEndpoint HostSession::sshEndpoint() const
{
    remote::SshEndpoint endpoint;
    endpoint.host = m_plan.ssh.host;
    endpoint.port = m_plan.ssh.port;
    endpoint.knownHostsFile = m_plan.ssh.knownHosts;
    return endpoint;
}

remote::SshCredentials HostSession::sshCredentials() const
{
    remote::SshCredentials credentials;
    credentials.user = m_plan.ssh.user;
    credentials.identityFile = m_plan.ssh.identityFile;
    credentials.passphrase = m_secrets.sshPassphrase;
    credentials.password = m_secrets.sshPassword;
    credentials.allowPassword = !m_secrets.sshPassword.isEmpty();
    credentials.allowKeyboardInteractive = !m_secrets.sshPassword.isEmpty();
    return credentials;
}

Expected<remote::HostKeyInfo> HostSession::connect()
{
    d->ssh = std::make_unique<remote::SshSession>();
    auto hostKey = d->ssh->connect(sshEndpoint(), m_hostKeyPolicy);
    if (!hostKey)
        return hostKey.error();
    if (auto auth = d->ssh->authenticate(sshCredentials()); !auth)
        return auth.error();
    d->runner = std::make_unique<remote::SshCommandRunner>(*d->ssh);
    d->sftp = std::make_unique<remote::SftpClient>(*d->ssh);
    docker::DockerMode mode = docker::DockerMode::Auto;
    if (m_plan.ssh.docker == plan::DockerAccess::Docker)
        mode = docker::DockerMode::Docker;
    else if (m_plan.ssh.docker == plan::DockerAccess::SudoDocker)
        mode = docker::DockerMode::SudoDocker;
    d->docker = std::make_unique<docker::DockerCli>(*d->runner, mode);
    log::info(QStringLiteral("connected to %1@%2:%3 (host key %4)")
                  .arg(m_plan.ssh.user, m_plan.ssh.host)
                  .arg(m_plan.ssh.port)
                  .arg(hostKey->fingerprint));
    return hostKey;
}

bool HostSession::isConnected() const
{
    return d->ssh && d->ssh->isAuthenticated();
}

remote::SshSession& HostSession::ssh()
{
    return *d->ssh;
}

remote::CommandRunner& HostSession::runner()
{
    return *d->runner;
}

remote::SftpClient& HostSession::sftp()
{
    return *d->sftp;
}

docker::DockerCli& HostSession::docker()
{
    return *d->docker;
}

Expected<docker::ContainerInfo> HostSession::inspectOldContainer()
{
    return d->docker->inspectContainer(m_plan.oms.container);
}

Expected<config::OmsConfig> HostSession::readConfigYaml(const docker::ContainerInfo& container)
{
    QString hostPath;
    for (const docker::BindMount& bind : container.bindMounts()) {
        if (bind.containerPath == kConfigYamlInContainer)
            hostPath = bind.hostPath;
    }
    if (hostPath.isEmpty())
        return makeError(QStringLiteral("container %1 has no bind mount for %2")
                             .arg(container.name, kConfigYamlInContainer),
                         m_plan.ssh.host,
                         QStringLiteral("the documented deployment mounts config.yaml from the "
                                        "host; check the container with docker inspect"));
    auto content = d->sftp->readAll(hostPath, 1024 * 1024);
    if (!content)
        return makeError(QStringLiteral("cannot read config.yaml: %1").arg(content.error().message),
                         m_plan.ssh.host + QLatin1Char(':') + hostPath,
                         QStringLiteral("the SSH user must be able to read the file bound to %1")
                             .arg(kConfigYamlInContainer));
    auto config = config::OmsConfig::parse(*content, m_plan.ssh.host + QLatin1Char(':') + hostPath);
    if (config) {
        for (const QString& secret : config->secrets())
            log::Redactor::global().addSecret(secret);
    }
    return config;
}

Expected<void> HostSession::connectMetaDb(const config::OmsConfig& config)
{
    metadb::MetaDbEndpoint endpoint;
    endpoint.host = m_plan.metadb.host.isEmpty() ? config.metaHost : m_plan.metadb.host;
    endpoint.port = m_plan.metadb.port.value_or(config.metaPort);
    endpoint.user = m_plan.metadb.user.isEmpty() ? config.metaUser : m_plan.metadb.user;
    endpoint.password =
        m_secrets.metaPassword.isEmpty() ? config.metaPassword : m_secrets.metaPassword;
    const QString target = endpoint.host + QLatin1Char(':') + QString::number(endpoint.port);

    Error directError;
    if (m_plan.metadb.tunnel != plan::TunnelMode::Always) {
        auto direct = std::make_unique<metadb::MetaDbConnection>();
        metadb::MetaDbEndpoint probe = endpoint;
        if (m_plan.metadb.tunnel == plan::TunnelMode::Auto)
            probe.connectTimeoutSec = kDirectProbeTimeoutSec;
        auto opened = direct->open(probe);
        if (opened) {
            d->metadb = std::move(direct);
            d->metaDbRoute = QStringLiteral("direct %1").arg(target);
            return {};
        }
        directError = opened.error();
        if (m_plan.metadb.tunnel == plan::TunnelMode::Never)
            return directError;
        log::info(QStringLiteral("MetaDB %1 not reachable directly (%2); trying through the SSH "
                                 "host")
                      .arg(target, directError.message));
    }

    d->tunnel = std::make_unique<remote::SshTunnel>();
    auto port = d->tunnel->start(sshEndpoint(), m_hostKeyPolicy, sshCredentials(), endpoint.host,
                                 endpoint.port);
    if (!port) {
        Error error = port.error();
        if (!directError.message.isEmpty())
            error.message = QStringLiteral("MetaDB %1 is not reachable directly (%2) nor through "
                                           "the SSH host (%3)")
                                .arg(target, directError.message, error.message);
        return error;
    }
    metadb::MetaDbEndpoint tunnelled = endpoint;
    tunnelled.host = QStringLiteral("127.0.0.1");
    tunnelled.port = *port;
    auto connection = std::make_unique<metadb::MetaDbConnection>();
    if (auto opened = connection->open(tunnelled); !opened) {
        Error error = opened.error();
        error.where = target + QStringLiteral(" (through the SSH host)");
        return error;
    }
    d->metadb = std::move(connection);
    d->metaDbRoute =
        QStringLiteral("through the SSH host to %1 (local port %2)").arg(target).arg(*port);
    return {};
}

QString HostSession::metaPassword(const config::OmsConfig& config) const
{
    return m_secrets.metaPassword.isEmpty() ? config.metaPassword : m_secrets.metaPassword;
}

Expected<quint16> HostSession::forwardPort(const QString& host, quint16 port)
{
    const QString key = host + QLatin1Char(':') + QString::number(port);
    if (auto found = d->forwards.find(key); found != d->forwards.end())
        return found->second->localPort();
    auto tunnel = std::make_unique<remote::SshTunnel>();
    auto local = tunnel->start(sshEndpoint(), m_hostKeyPolicy, sshCredentials(), host, port);
    if (!local)
        return local.error();
    d->forwards.emplace(key, std::move(tunnel));
    return *local;
}

metadb::MetaDbConnection& HostSession::metadb()
{
    return *d->metadb;
}

bool HostSession::metaDbConnected() const
{
    return d->metadb && d->metadb->isOpen();
}

QString HostSession::metaDbRoute() const
{
    return d->metaDbRoute;
}

} // namespace omsua::upgrade
