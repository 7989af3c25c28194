#pragma once

#include "Expected.h"
#include "remote/SshTypes.h"

#include <QString>
#include <memory>

namespace omsua::remote {

// A local port forward (ssh -L 127.0.0.1:<ephemeral>:targetHost:targetPort): how the MetaDB is
// reached when only the SSH host can see it.
//
// The tunnel runs in its own thread with its own SSH connection. It has to: the QtSql MYSQL
// client that uses it blocks its thread for the length of a query, so a tunnel pumped by that
// thread (or by the worker's own SshSession) would deadlock. Inside, the session is driven
// non-blocking by socket notifiers; any number of local clients each get a direct-tcpip
// channel.
//
// A HostKeyPolicy::Ask callback is called in the tunnel thread.
class SshTunnel
{
public:
    SshTunnel();
    ~SshTunnel(); // stop()
    SshTunnel(const SshTunnel&) = delete;
    SshTunnel& operator=(const SshTunnel&) = delete;

    // Connects and authenticates (same rules as SshSession), starts listening on 127.0.0.1 on
    // an ephemeral port and returns that port. Blocks until the tunnel listens or has failed.
    // targetHost/targetPort are as seen from the SSH host (e.g. 127.0.0.1:2883).
    Expected<quint16> start(const SshEndpoint& endpoint, const HostKeyPolicy& policy,
                            const SshCredentials& credentials, const QString& targetHost,
                            quint16 targetPort);

    // Closes every forwarded connection and the SSH connection; waits for the thread.
    void stop();

    bool isRunning() const;
    quint16 localPort() const;
    // Forwarded connections currently open.
    int connectionCount() const;
    // The last problem after start() (a refused forward, a lost SSH connection); empty if none.
    QString lastError() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace omsua::remote
