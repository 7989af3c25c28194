#pragma once

#include "Expected.h"
#include "remote/CommandResult.h"
#include "remote/SshTypes.h"

#include <QString>
#include <QStringList>
#include <memory>

using LIBSSH2_SESSION = struct _LIBSSH2_SESSION;

namespace omsua::remote {

// One SSH connection (libssh2). A libssh2 session is a single-thread object: create, use and
// destroy it in one thread (the worker that owns it). Blocking calls honour the timeouts and
// cancellation flags passed in; none of them runs an event loop.
class SshSession
{
public:
    SshSession();
    ~SshSession();
    SshSession(const SshSession&) = delete;
    SshSession& operator=(const SshSession&) = delete;

    // TCP connect (with timeout), handshake, host key check against endpoint.knownHostsFile.
    // Mismatch -> Error naming both fingerprints, connection closed, nothing run.
    // Unknown -> policy decides; refused -> Error carrying the fingerprint.
    Expected<HostKeyInfo> connect(const SshEndpoint& endpoint, const HostKeyPolicy& policy);

    // Tries, in order: agent (if allowed), identity file, password, keyboard-interactive, limited
    // to what the server offers. A refused RSA key is reported as such (libssh2 1.10 signs with
    // ssh-rsa/SHA-1 only, which OpenSSH >= 8.8 refuses) with the advice to use ed25519/ECDSA.
    Expected<void> authenticate(const SshCredentials& credentials);

    bool isConnected() const;
    bool isAuthenticated() const;
    void disconnect();

    // Runs one command line (already quoted by the caller) in a new channel. stdout and stderr
    // are kept apart; exit status and exit signal are reported; timeout and cancel abandon the
    // channel (and report it) without hanging.
    Expected<CommandResult> exec(const QString& commandLine, const ExecOptions& options = {});

    // Sends a keepalive if one is due; call from idle loops. Returns seconds to the next one.
    int keepalive();

    QString remoteBanner() const;
    const SshEndpoint& endpoint() const;
    QString userName() const;

    // The host key seen by the last successful connect(), or the changed (Mismatch, with the
    // recorded fingerprint) or revoked one the last connect() refused, so that a caller can show
    // the operator both fingerprints. Empty after any other failure.
    const HostKeyInfo& hostKey() const;

    // For SftpClient / SshTunnel on the same thread. The session is in libssh2's non-blocking
    // mode (SessionWait drives it); it stays so.
    LIBSSH2_SESSION* handle() const;
    int socketDescriptor() const;
    // Changes at every connect() and disconnect(): lets objects built on a connection (an
    // SftpClient) notice that it is gone instead of touching freed libssh2 state.
    quint64 connectionId() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace omsua::remote
