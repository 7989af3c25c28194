#pragma once

#include "Expected.h"
#include "config/OmsConfig.h"
#include "docker/ContainerInfo.h"
#include "plan/Plan.h"
#include "remote/SshTypes.h"
#include "upgrade/Secrets.h"

#include <QString>
#include <memory>

namespace omsua::remote {
class SshSession;
class SftpClient;
class CommandRunner;
class SshTunnel;
} // namespace omsua::remote
namespace omsua::docker {
class DockerCli;
}
namespace omsua::metadb {
class MetaDbConnection;
}

namespace omsua::upgrade {

// Everything one worker thread uses to reach the target: the SSH session, SFTP and the command
// runner on it, docker on the host, and the MetaDB connection (directly, or through a tunnel of
// its own). libssh2 sessions and QSqlDatabase connections are single-thread objects, so a
// HostSession is created, used and destroyed in one thread.
class HostSession
{
public:
    HostSession(plan::Plan plan, Secrets secrets, remote::HostKeyPolicy hostKeyPolicy);
    ~HostSession();
    HostSession(const HostSession&) = delete;
    HostSession& operator=(const HostSession&) = delete;

    const plan::Plan& plan() const { return m_plan; }

    // SSH connect (host key verified) and login; docker access detected.
    Expected<remote::HostKeyInfo> connect();
    bool isConnected() const;

    remote::SshSession& ssh();
    remote::CommandRunner& runner();
    remote::SftpClient& sftp();
    docker::DockerCli& docker();

    // The old container as `docker inspect` shows it now.
    Expected<docker::ContainerInfo> inspectOldContainer();

    // config.yaml read over SFTP from the host path bound to /home/admin/conf/config.yaml; its
    // secrets are registered with the redactor at once.
    Expected<config::OmsConfig> readConfigYaml(const docker::ContainerInfo& container);

    // Opens the MetaDB connection: host/port/user from the plan or config.yaml, password from
    // the secrets or config.yaml; tunnel per plan (auto: direct first, then through the host).
    Expected<void> connectMetaDb(const config::OmsConfig& config);
    metadb::MetaDbConnection& metadb();
    bool metaDbConnected() const;
    // "direct 10.0.0.1:2883" or "through the SSH host to 10.0.0.1:2883 (local port 40123)".
    QString metaDbRoute() const;

    // The MetaDB password: the secret given to this session, else config.yaml's.
    QString metaPassword(const config::OmsConfig& config) const;

    // A local port forwarded through the SSH host to host:port as the host sees it (e.g. the
    // OMS console on 127.0.0.1:8089 when the workstation cannot reach it). One forward per
    // target, kept until the session ends.
    Expected<quint16> forwardPort(const QString& host, quint16 port);

    // The SSH credentials and endpoint the plan and secrets give (for a second connection).
    remote::SshEndpoint sshEndpoint() const;
    remote::SshCredentials sshCredentials() const;

private:
    struct Private;
    plan::Plan m_plan;
    Secrets m_secrets;
    remote::HostKeyPolicy m_hostKeyPolicy;
    std::unique_ptr<Private> d;
};

} // namespace omsua::upgrade
