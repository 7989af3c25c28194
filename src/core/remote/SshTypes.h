#pragma once

#include <QByteArray>
#include <QString>
#include <functional>

namespace omsua::remote {

// Where to connect and how long to wait.
struct SshEndpoint
{
    QString host;
    quint16 port = 22;
    int connectTimeoutMs = 10000; // TCP connect + handshake
    int keepaliveSeconds = 30;    // 0: off
    QString knownHostsFile;       // OpenSSH format; required (host keys are always verified)
};

enum class HostKeyStatus { Match, Unknown, Mismatch };

// The server's host key as we saw it, and how it compares with known_hosts.
struct HostKeyInfo
{
    HostKeyStatus status = HostKeyStatus::Unknown;
    QString keyType;          // "ssh-ed25519", "ecdsa-sha2-nistp256", "ssh-rsa", ...
    QByteArray key;           // raw public key blob
    QString fingerprint;      // "SHA256:<base64 without padding>" as OpenSSH prints it
    QString knownFingerprint; // Mismatch: the fingerprint recorded in known_hosts
    QString knownHostsLine;   // Mismatch: file:line of the recorded key
};

// What to do with a host whose key is not in known_hosts. A mismatch is always refused.
struct HostKeyPolicy
{
    enum class Unknown { Refuse, AcceptOnce, AcceptAndRemember, Ask };
    Unknown unknown = Unknown::Refuse;
    // Ask: called with the fingerprint; return true to accept. Remembered when rememberAccepted.
    std::function<bool(const HostKeyInfo&)> ask;
    bool rememberAccepted = true;
};

// How to log in. Secrets live only in memory; nothing here is ever logged.
struct SshCredentials
{
    QString user;
    QString identityFile; // private key; "<file>.pub" used when present
    QString passphrase;   // for identityFile, if encrypted
    QString password;     // password and keyboard-interactive
    bool useAgent = true; // try ssh-agent identities (SSH_AUTH_SOCK)
    bool allowPassword = true;
    bool allowKeyboardInteractive = true;
};

} // namespace omsua::remote
