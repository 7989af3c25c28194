#include "remote/SshSession.h"

#include "remote/KnownHosts.h"
#include "remote/PrivateKeyFile.h"
#include "remote/SessionWait.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <arpa/inet.h>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <libssh2.h>
#include <mutex>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace omsua::remote {

namespace {

// Reads of 256 KiB: libssh2 hands over whatever is queued up to that size in one call, which
// keeps the per-call overhead negligible against the 2 MiB channel window.
constexpr qsizetype kReadBufferSize = 256 * 1024;
constexpr qsizetype kWriteChunk = 256 * 1024;
// How long closing an abandoned channel may take before we leave it to be freed later.
constexpr int kAbandonGraceMs = 1000;
// An authentication attempt may be slow (PAM delays a failed password by ~2 s).
constexpr int kMinAuthTimeoutMs = 30000;

void initLibssh2Once()
{
    static std::once_flag once;
    std::call_once(once, [] { libssh2_init(0); });
}

QString libssh2Message(LIBSSH2_SESSION* session)
{
    if (!session)
        return {};
    char* message = nullptr;
    int length = 0;
    libssh2_session_last_error(session, &message, &length, 0);
    return message ? QString::fromUtf8(message, length) : QString();
}

QString hostPort(const QString& host, quint16 port)
{
    return host + QLatin1Char(':') + QString::number(port);
}

// The host key algorithms libssh2 names match the key types known_hosts records.
QByteArray hostKeyPreference(LIBSSH2_SESSION* session, const QStringList& knownTypes)
{
    const char** algorithms = nullptr;
    const int count = libssh2_session_supported_algs(session, LIBSSH2_METHOD_HOSTKEY, &algorithms);
    if (count <= 0 || !algorithms)
        return {};
    QStringList supported;
    for (int i = 0; i < count; ++i)
        supported.append(QString::fromLatin1(algorithms[i]));
    libssh2_free(session, algorithms);

    QStringList preferred;
    for (const QString& type : knownTypes) {
        if (supported.contains(type) && !preferred.contains(type))
            preferred.append(type);
    }
    if (preferred.isEmpty())
        return {};
    // Known types first (so a host with several keys presents one we know), the rest after, as
    // OpenSSH does; an unknown type then leads to "Unknown", not to a failed handshake.
    for (const QString& type : std::as_const(supported)) {
        if (!preferred.contains(type))
            preferred.append(type);
    }
    return preferred.join(QLatin1Char(',')).toLatin1();
}

// Non-blocking TCP connect to every address of host in turn, bounded by deadline.
Expected<int> connectSocket(const QString& host, quint16 port, const QDeadlineTimer& deadline,
                            int timeoutMs)
{
    const QString where = hostPort(host, port);
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_ADDRCONFIG;
    addrinfo* addresses = nullptr;
    const QByteArray service = QByteArray::number(port);
    const int gai =
        ::getaddrinfo(host.toUtf8().constData(), service.constData(), &hints, &addresses);
    if (gai != 0)
        return makeError(QStringLiteral("Cannot resolve host name %1: %2")
                             .arg(host, QString::fromLocal8Bit(gai_strerror(gai))),
                         where, QStringLiteral("Check the host name or use its IP address."));

    QString lastError;
    bool timedOut = false;
    for (addrinfo* ai = addresses; ai; ai = ai->ai_next) {
        const int fd = ::socket(ai->ai_family, ai->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC,
                                ai->ai_protocol);
        if (fd < 0) {
            lastError = QString::fromLocal8Bit(std::strerror(errno));
            continue;
        }
        int rc = ::connect(fd, ai->ai_addr, ai->ai_addrlen);
        if (rc < 0 && errno == EINPROGRESS) {
            pollfd pfd{fd, POLLOUT, 0};
            do {
                const qint64 remaining = deadline.remainingTime();
                rc = ::poll(&pfd, 1, remaining < 0 ? -1 : int(remaining));
            } while (rc < 0 && errno == EINTR);
            if (rc == 0) {
                timedOut = true;
                ::close(fd);
                break;
            }
            int soError = 0;
            socklen_t length = sizeof soError;
            ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &soError, &length);
            rc = soError == 0 ? 0 : -1;
            errno = soError;
        }
        if (rc == 0) {
            ::freeaddrinfo(addresses);
            const int one = 1;
            ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
            // TCP keepalive notices a vanished host even while we only wait for a command.
            ::setsockopt(fd, SOL_SOCKET, SO_KEEPALIVE, &one, sizeof one);
            const int idle = 60, interval = 10, probes = 6;
            ::setsockopt(fd, IPPROTO_TCP, TCP_KEEPIDLE, &idle, sizeof idle);
            ::setsockopt(fd, IPPROTO_TCP, TCP_KEEPINTVL, &interval, sizeof interval);
            ::setsockopt(fd, IPPROTO_TCP, TCP_KEEPCNT, &probes, sizeof probes);
            return fd;
        }
        lastError = QString::fromLocal8Bit(std::strerror(errno));
        ::close(fd);
    }
    ::freeaddrinfo(addresses);
    if (timedOut)
        return makeError(
            QStringLiteral("Connecting to %1 timed out after %2 ms").arg(where).arg(timeoutMs),
            where,
            QStringLiteral("Check that the host is up and that no firewall drops "
                           "the SSH port."));
    return makeError(QStringLiteral("Cannot connect to %1: %2").arg(where, lastError), where,
                     QStringLiteral("Check the host, the SSH port and that sshd is running."));
}

QByteArray fingerprintFromDigest(const char* digest)
{
    return QByteArray(digest, 32).toBase64(QByteArray::OmitTrailingEquals);
}

} // namespace

struct SshSession::Private
{
    SshEndpoint endpoint;
    LIBSSH2_SESSION* session = nullptr;
    int socket = -1;
    bool authenticated = false;
    QString user;
    QString banner;
    HostKeyInfo hostKey;
    quint64 connectionId = 0;
    // Channels whose close we could not wait for (a timed-out command still running): freed
    // as soon as libssh2 lets us, at the latest with the session.
    QList<LIBSSH2_CHANNEL*> zombies;

    // keyboard-interactive: the answer to every prompt, and how often the server asked.
    QByteArray interactiveAnswer;
    int interactiveRounds = 0;

    static void keyboardInteractive(const char* name, int nameLength, const char* instruction,
                                    int instructionLength, int promptCount,
                                    const LIBSSH2_USERAUTH_KBDINT_PROMPT* prompts,
                                    LIBSSH2_USERAUTH_KBDINT_RESPONSE* responses, void** abstract)
    {
        Q_UNUSED(name);
        Q_UNUSED(nameLength);
        Q_UNUSED(instruction);
        Q_UNUSED(instructionLength);
        Q_UNUSED(prompts);
        auto* d = static_cast<Private*>(*abstract);
        ++d->interactiveRounds;
        // Answer every prompt with the password; after three rounds give empty answers so that a
        // server asking for something else (an OTP) fails instead of looping.
        const QByteArray answer = d->interactiveRounds <= 3 ? d->interactiveAnswer : QByteArray();
        for (int i = 0; i < promptCount; ++i) {
            // libssh2 frees the answers with its default free(): allocate them with malloc().
            auto* text = static_cast<char*>(std::malloc(size_t(answer.size()) + 1));
            if (text)
                std::memcpy(text, answer.constData(), size_t(answer.size()));
            responses[i].text = text;
            responses[i].length = text ? unsigned(answer.size()) : 0;
        }
    }

    QString where() const { return hostPort(endpoint.host, endpoint.port); }

    SessionWait waiter(QDeadlineTimer deadline, const std::atomic<bool>* cancel = nullptr) const
    {
        return SessionWait(session, socket, deadline, cancel);
    }

    int authTimeoutMs() const
    {
        return endpoint.connectTimeoutMs > kMinAuthTimeoutMs ? endpoint.connectTimeoutMs
                                                             : kMinAuthTimeoutMs;
    }

    void reapZombies()
    {
        for (qsizetype i = zombies.size() - 1; i >= 0; --i) {
            if (libssh2_channel_free(zombies.at(i)) != LIBSSH2_ERROR_EAGAIN)
                zombies.removeAt(i);
        }
    }

    // Gives up on a channel: closes it without waiting for the remote process (which OpenSSH
    // keeps until it exits; libssh2 1.10 cannot send it a signal).
    void abandonChannel(LIBSSH2_CHANNEL* channel)
    {
        SessionWait wait = waiter(QDeadlineTimer(kAbandonGraceMs));
        for (;;) {
            const int rc = libssh2_channel_free(channel);
            if (rc != LIBSSH2_ERROR_EAGAIN)
                return;
            if (!wait.outboundPending()) {
                // CLOSE is sent; what is missing is the peer's answer. Free it later.
                zombies.append(channel);
                return;
            }
            if (wait.waitOnce() != SessionWait::Outcome::Ready) {
                zombies.append(channel);
                return;
            }
        }
    }

    void close()
    {
        if (session) {
            reapZombies();
            SessionWait wait = waiter(QDeadlineTimer(1000));
            wait.repeat([this] {
                return libssh2_session_disconnect(session, "omsua: closing the connection");
            });
            // From here on every socket call fails at once, so freeing (which would otherwise try
            // to close channels politely) cannot block or spin.
            ::shutdown(socket, SHUT_RDWR);
            for (int attempt = 0; attempt < 100; ++attempt) {
                if (libssh2_session_free(session) != LIBSSH2_ERROR_EAGAIN)
                    break;
            }
            session = nullptr;
            zombies.clear();
        }
        if (socket >= 0) {
            ::close(socket);
            socket = -1;
        }
        authenticated = false;
        banner.clear();
        ++connectionId;
    }
};

SshSession::SshSession()
    : d(std::make_unique<Private>())
{}

SshSession::~SshSession()
{
    disconnect();
}

Expected<HostKeyInfo> SshSession::connect(const SshEndpoint& endpoint, const HostKeyPolicy& policy)
{
    disconnect();
    initLibssh2Once();
    d->endpoint = endpoint;
    d->hostKey = {};
    const QString where = d->where();

    if (endpoint.knownHostsFile.isEmpty())
        return makeError(QStringLiteral("No known_hosts file given for %1: host keys are always "
                                        "verified")
                             .arg(where),
                         where, QStringLiteral("Set ssh.known_hosts (e.g. ~/.ssh/known_hosts)."));
    Expected<KnownHosts> known = KnownHosts::load(endpoint.knownHostsFile);
    if (!known)
        return known.error();

    const int timeoutMs = endpoint.connectTimeoutMs;
    const QDeadlineTimer deadline =
        timeoutMs > 0 ? QDeadlineTimer(timeoutMs) : QDeadlineTimer(QDeadlineTimer::Forever);
    Expected<int> socket = connectSocket(endpoint.host, endpoint.port, deadline, timeoutMs);
    if (!socket)
        return socket.error();
    d->socket = *socket;

    d->session = libssh2_session_init_ex(nullptr, nullptr, nullptr, d.get());
    if (!d->session) {
        d->close();
        return makeError(QStringLiteral("Cannot create an SSH session (libssh2)"), where);
    }
    libssh2_session_set_blocking(d->session, 0);
    const QByteArray preference =
        hostKeyPreference(d->session, known->keyTypesFor(endpoint.host, endpoint.port));
    if (!preference.isEmpty())
        libssh2_session_method_pref(d->session, LIBSSH2_METHOD_HOSTKEY, preference.constData());

    SessionWait wait = d->waiter(deadline);
    const int rc = wait.repeat([this] { return libssh2_session_handshake(d->session, d->socket); });
    if (rc != 0) {
        const bool gotBanner = libssh2_session_banner_get(d->session) != nullptr;
        const QString detail = libssh2Message(d->session);
        d->close();
        if (wait.stopped())
            return makeError(
                gotBanner ? QStringLiteral("SSH handshake with %1 timed out after %2 ms")
                                .arg(where)
                                .arg(timeoutMs)
                          : QStringLiteral("SSH handshake with %1 timed out after %2 ms: the "
                                           "server accepted the connection but sent no SSH banner")
                                .arg(where)
                                .arg(timeoutMs),
                where,
                QStringLiteral("Check that the port is an SSH server's and that it is not "
                               "overloaded."));
        return makeError(QStringLiteral("SSH handshake with %1 failed: %2").arg(where, detail),
                         where,
                         QStringLiteral("Check that the port is an SSH server's; an old server may "
                                        "offer no algorithm libssh2 supports."));
    }
    if (const char* banner = libssh2_session_banner_get(d->session))
        d->banner = QString::fromUtf8(banner).trimmed();

    // The host key, compared with known_hosts before anything else happens on the connection.
    size_t keyLength = 0;
    int keyKind = 0;
    const char* rawKey = libssh2_session_hostkey(d->session, &keyLength, &keyKind);
    const char* digest = libssh2_hostkey_hash(d->session, LIBSSH2_HOSTKEY_HASH_SHA256);
    if (!rawKey || keyLength == 0 || !digest) {
        d->close();
        return makeError(
            QStringLiteral("The SSH server at %1 presented no usable host key").arg(where), where);
    }
    HostKeyInfo info;
    info.key = QByteArray(rawKey, qsizetype(keyLength));
    info.keyType = KnownHosts::keyTypeOfBlob(info.key);
    info.fingerprint =
        QStringLiteral("SHA256:") + QString::fromLatin1(fingerprintFromDigest(digest));
    const KnownHosts::Verdict verdict =
        known->check(endpoint.host, endpoint.port, info.keyType, info.key);
    const QString fileLine =
        endpoint.knownHostsFile + QLatin1Char(':') + QString::number(verdict.line);

    switch (verdict.status) {
    case KnownHosts::Status::Match:
        info.status = HostKeyStatus::Match;
        break;
    case KnownHosts::Status::Revoked:
        d->close();
        info.knownHostsLine = fileLine;
        d->hostKey = info; // kept for the caller to show; the connection is closed
        {
            Error refused =
                makeError(QStringLiteral("The host key of %1 (%2 %3) is marked @revoked in %4; "
                                         "connection refused, nothing was run")
                              .arg(where, info.keyType, info.fingerprint, fileLine),
                          where,
                          QStringLiteral("The host uses a key that was revoked: contact its "
                                         "administrator."));
            refused.code = QStringLiteral("host-key-revoked");
            return refused;
        }
    case KnownHosts::Status::Mismatch:
        info.status = HostKeyStatus::Mismatch;
        info.knownFingerprint = verdict.knownFingerprint;
        info.knownHostsLine = fileLine;
        d->close();
        d->hostKey = info; // kept for the caller to show both fingerprints
        {
            Error refused = makeError(
                QStringLiteral("HOST KEY MISMATCH for %1: known_hosts (%2) expects %3 %4 but the "
                               "server presented %5 %6. Connection closed, nothing was run.")
                    .arg(where, fileLine, verdict.knownKeyType, verdict.knownFingerprint,
                         info.keyType, info.fingerprint),
                where,
                QStringLiteral(
                    "Someone may be intercepting the connection, or the host was "
                    "reinstalled. Verify the new key with the host's administrator before "
                    "replacing the line in known_hosts."));
            refused.code = QStringLiteral("host-key-mismatch");
            return refused;
        }
    case KnownHosts::Status::Unknown: {
        info.status = HostKeyStatus::Unknown;
        bool accept = false;
        bool remember = false;
        switch (policy.unknown) {
        case HostKeyPolicy::Unknown::Refuse:
            break;
        case HostKeyPolicy::Unknown::AcceptOnce:
            accept = true;
            break;
        case HostKeyPolicy::Unknown::AcceptAndRemember:
            accept = true;
            remember = true;
            break;
        case HostKeyPolicy::Unknown::Ask:
            accept = policy.ask && policy.ask(info);
            remember = accept && policy.rememberAccepted;
            break;
        }
        if (!accept) {
            d->close();
            // known_hosts may list keys for the host that libssh2 1.10 could not negotiate
            // (typically only an RSA key: the server no longer offers SHA-1 ssh-rsa).
            const QStringList recorded = known->keyTypesFor(endpoint.host, endpoint.port);
            const QString otherTypes =
                recorded.isEmpty()
                    ? QString()
                    : QStringLiteral(" (it records %1 for this host, which the server did not "
                                     "offer to libssh2 1.10)")
                          .arg(recorded.join(QStringLiteral(", ")));
            {
                Error refused = makeError(
                    QStringLiteral(
                        "The host key of %1 is not known: %2 %3 is not in %4%5. Connection "
                        "refused, nothing was run.")
                        .arg(where, info.keyType, info.fingerprint, endpoint.knownHostsFile,
                             otherTypes),
                    where,
                    QStringLiteral(
                        "Compare the fingerprint with `ssh-keygen -lf` of the host's key "
                        "(/etc/ssh/ssh_host_*_key.pub) and accept it if they are equal."));
                refused.code = QStringLiteral("host-key-unknown");
                return refused;
            }
        }
        if (remember) {
            const Expected<void> saved = KnownHosts::append(endpoint.knownHostsFile, endpoint.host,
                                                            endpoint.port, info.keyType, info.key);
            if (!saved) {
                d->close();
                return saved.error();
            }
        }
        break;
    }
    }

    // want_reply=1: the server must answer, so a dead peer shows up as a failed connection.
    if (endpoint.keepaliveSeconds > 0)
        libssh2_keepalive_config(d->session, 1, unsigned(endpoint.keepaliveSeconds));
    d->hostKey = info;
    return info;
}

Expected<void> SshSession::authenticate(const SshCredentials& credentials)
{
    const QString where = d->where();
    if (!d->session)
        return makeError(QStringLiteral("Not connected to an SSH server"), where);
    if (d->authenticated)
        return {};
    d->user = credentials.user;
    const QByteArray user = credentials.user.toUtf8();
    const QDeadlineTimer deadline(d->authTimeoutMs());

    SessionWait listWait = d->waiter(deadline);
    const char* list = listWait.repeatPointer<const char>(
        [&] { return libssh2_userauth_list(d->session, user.constData(), unsigned(user.size())); });
    if (!list) {
        if (libssh2_userauth_authenticated(d->session)) { // "none" was accepted
            d->authenticated = true;
            return {};
        }
        const QString detail =
            listWait.stopped() ? QStringLiteral("timed out") : libssh2Message(d->session);
        d->close();
        return makeError(QStringLiteral("Cannot start authentication at %1: %2").arg(where, detail),
                         where);
    }
    const QStringList offered =
        QString::fromLatin1(list).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const bool offersPublicKey = offered.contains(QLatin1String("publickey"));

    QStringList tried;
    QString hint;
    auto finish = [&](int rc, SessionWait& wait) -> bool {
        if (rc == 0 && libssh2_userauth_authenticated(d->session))
            d->authenticated = true;
        if (wait.stopped())
            tried.last() += QStringLiteral(": timed out");
        return d->authenticated;
    };
    auto stillConnected = [&] {
        // After too many failures OpenSSH drops the connection; nothing more can be tried.
        return libssh2_session_last_errno(d->session) != LIBSSH2_ERROR_SOCKET_DISCONNECT &&
               libssh2_session_last_errno(d->session) != LIBSSH2_ERROR_SOCKET_RECV &&
               libssh2_session_last_errno(d->session) != LIBSSH2_ERROR_SOCKET_SEND;
    };

    // 1. ssh-agent identities.
    const QByteArray agentSocket = qgetenv("SSH_AUTH_SOCK");
    if (credentials.useAgent && !agentSocket.isEmpty() && offersPublicKey) {
        LIBSSH2_AGENT* agent = libssh2_agent_init(d->session);
        int keys = 0;
        if (agent && libssh2_agent_connect(agent) == 0) {
            SessionWait wait = d->waiter(deadline);
            if (wait.repeat([&] { return libssh2_agent_list_identities(agent); }) == 0) {
                libssh2_agent_publickey* identity = nullptr;
                libssh2_agent_publickey* previous = nullptr;
                while (!d->authenticated && stillConnected() &&
                       libssh2_agent_get_identity(agent, &identity, previous) == 0) {
                    previous = identity;
                    ++keys;
                    SessionWait attempt = d->waiter(QDeadlineTimer(d->authTimeoutMs()));
                    const int rc = attempt.repeat(
                        [&] { return libssh2_agent_userauth(agent, user.constData(), identity); });
                    if (rc == 0 && libssh2_userauth_authenticated(d->session))
                        d->authenticated = true;
                }
            }
            libssh2_agent_disconnect(agent);
        }
        if (agent)
            libssh2_agent_free(agent);
        if (d->authenticated)
            return {};
        tried.append(QStringLiteral("publickey (ssh-agent, %1 key(s))").arg(keys));
    }

    // 2. The identity file.
    if (!credentials.identityFile.isEmpty() && offersPublicKey && stillConnected()) {
        const PrivateKeyFile key = PrivateKeyFile::inspect(credentials.identityFile);
        const QString file = credentials.identityFile;
        if (!key.exists() || !key.readable()) {
            tried.append(QStringLiteral("publickey (%1: %2)")
                             .arg(file, key.exists() ? QStringLiteral("cannot be read")
                                                     : QStringLiteral("no such file")));
        } else {
            const QByteArray privatePath = QFile::encodeName(file);
            const QByteArray publicPath = QFile::encodeName(key.publicKeyPath());
            QByteArray passphrase = credentials.passphrase.toUtf8();
            SessionWait wait = d->waiter(QDeadlineTimer(d->authTimeoutMs()));
            const int rc = wait.repeat([&] {
                return libssh2_userauth_publickey_fromfile_ex(
                    d->session, user.constData(), unsigned(user.size()),
                    publicPath.isEmpty() ? nullptr : publicPath.constData(),
                    privatePath.constData(), passphrase.constData());
            });
            passphrase.fill('\0');
            tried.append(QStringLiteral("publickey (%1)").arg(file));
            if (finish(rc, wait))
                return {};
            // A key the server refuses fails at the query (AUTHENTICATION_FAILED); a key that
            // cannot be loaded or decrypted fails at loading (FILE, without a .pub file) or
            // when signing ("Callback returned error", with a .pub file).
            const bool localFailure =
                rc == LIBSSH2_ERROR_FILE || rc == LIBSSH2_ERROR_KEYFILE_AUTH_FAILED ||
                (rc == LIBSSH2_ERROR_PUBLICKEY_UNVERIFIED &&
                 libssh2Message(d->session).contains(QLatin1String("Callback returned error")));
            if (localFailure) {
                if (key.encrypted() && credentials.passphrase.isEmpty())
                    tried.last() +=
                        QStringLiteral(": the key is encrypted and no passphrase was given");
                else if (key.encrypted())
                    tried.last() += QStringLiteral(": wrong passphrase");
                else
                    tried.last() += QStringLiteral(": cannot load the private key (%1)")
                                        .arg(libssh2Message(d->session));
            } else if (!wait.stopped()) {
                tried.last() += QStringLiteral(": refused by the server");
                if (key.isRsa()) {
                    tried.last() += QStringLiteral(
                        ". It is an RSA key: libssh2 1.10 can only sign with ssh-rsa (SHA-1), "
                        "which OpenSSH 8.8 and later refuse");
                    hint = QStringLiteral("Use an ed25519 or ECDSA key (ssh-keygen -t ed25519) or "
                                          "a password instead of the RSA key.");
                }
            }
        }
    }

    // 3. Password.
    const bool offersPassword = offered.contains(QLatin1String("password"));
    if (credentials.allowPassword && !credentials.password.isEmpty() && offersPassword &&
        stillConnected()) {
        QByteArray password = credentials.password.toUtf8();
        SessionWait wait = d->waiter(QDeadlineTimer(d->authTimeoutMs()));
        const int rc = wait.repeat([&] {
            return libssh2_userauth_password_ex(d->session, user.constData(), unsigned(user.size()),
                                                password.constData(), unsigned(password.size()),
                                                nullptr);
        });
        password.fill('\0');
        tried.append(QStringLiteral("password"));
        if (finish(rc, wait))
            return {};
        if (rc == LIBSSH2_ERROR_PASSWORD_EXPIRED)
            tried.last() += QStringLiteral(": the password has expired");
        else if (!wait.stopped())
            tried.last() += QStringLiteral(": refused");
    }

    // 4. keyboard-interactive, answering the prompts with the password.
    const bool offersInteractive = offered.contains(QLatin1String("keyboard-interactive"));
    if (credentials.allowKeyboardInteractive && !credentials.password.isEmpty() &&
        offersInteractive && stillConnected()) {
        d->interactiveAnswer = credentials.password.toUtf8();
        d->interactiveRounds = 0;
        SessionWait wait = d->waiter(QDeadlineTimer(d->authTimeoutMs()));
        const int rc = wait.repeat([&] {
            return libssh2_userauth_keyboard_interactive_ex(
                d->session, user.constData(), unsigned(user.size()), &Private::keyboardInteractive);
        });
        d->interactiveAnswer.fill('\0');
        d->interactiveAnswer.clear();
        tried.append(QStringLiteral("keyboard-interactive"));
        if (finish(rc, wait))
            return {};
        if (!wait.stopped())
            tried.last() += QStringLiteral(": refused");
    }

    QString message =
        QStringLiteral("Authentication failed for user %1 at %2").arg(credentials.user, where);
    if (tried.isEmpty())
        message += QStringLiteral(": no method to try (the server offers %1; give a key, a "
                                  "password or an agent)")
                       .arg(offered.join(QStringLiteral(", ")));
    else
        message +=
            QStringLiteral(": tried ") + tried.join(QStringLiteral(", ")) +
            QStringLiteral(" (the server offers %1)").arg(offered.join(QStringLiteral(", ")));
    if (hint.isEmpty())
        hint = QStringLiteral("Check the user name and the credentials.");
    // The connection stays open for another attempt (e.g. after asking for the password again)
    // unless the server has dropped it.
    if (!stillConnected())
        d->close();
    return makeError(message, where, hint);
}

bool SshSession::isConnected() const
{
    return d->session != nullptr;
}

bool SshSession::isAuthenticated() const
{
    return d->session != nullptr && d->authenticated;
}

void SshSession::disconnect()
{
    d->close();
}

Expected<CommandResult> SshSession::exec(const QString& commandLine, const ExecOptions& options)
{
    QElapsedTimer clock;
    clock.start();
    const QString where = d->where();
    if (!isAuthenticated())
        return makeError(QStringLiteral("Cannot run a command: not connected and authenticated"),
                         where);
    d->reapZombies();

    CommandResult result;
    const QDeadlineTimer deadline = options.timeoutMs > 0 ? QDeadlineTimer(options.timeoutMs)
                                                          : QDeadlineTimer(QDeadlineTimer::Forever);
    SessionWait wait = d->waiter(deadline, options.cancel);

    auto transportError = [&](const QString& what) -> Error {
        const QString detail = libssh2Message(d->session);
        const int code = libssh2_session_last_errno(d->session);
        if (code == LIBSSH2_ERROR_SOCKET_DISCONNECT || code == LIBSSH2_ERROR_SOCKET_RECV ||
            code == LIBSSH2_ERROR_SOCKET_SEND || code == LIBSSH2_ERROR_BAD_USE ||
            wait.sessionBroken())
            d->close();
        return makeError(what + QStringLiteral(": ") + detail, where);
    };
    auto abandoned = [&](LIBSSH2_CHANNEL* channel) -> Expected<CommandResult> {
        result.timedOut = wait.outcome() == SessionWait::Outcome::TimedOut;
        result.cancelled = wait.outcome() == SessionWait::Outcome::Cancelled;
        result.exitStatus = -1;
        if (wait.failed() || wait.sessionBroken()) {
            d->close();
            return makeError(QStringLiteral("The SSH connection failed while running a command"),
                             where);
        }
        if (channel)
            d->abandonChannel(channel);
        result.elapsedMs = clock.elapsed();
        return result;
    };

    LIBSSH2_CHANNEL* channel = wait.repeatPointer<LIBSSH2_CHANNEL>(
        [this] { return libssh2_channel_open_session(d->session); });
    if (!channel) {
        if (wait.stopped() || wait.failed())
            return abandoned(nullptr);
        return transportError(QStringLiteral("Cannot open an SSH channel"));
    }
    if (wait.stopped())
        return abandoned(channel);

    const QByteArray command = commandLine.toUtf8();
    int rc = wait.repeat([&] {
        return libssh2_channel_process_startup(channel, "exec", 4, command.constData(),
                                               unsigned(command.size()));
    });
    if (rc != 0) {
        if (wait.stopped() || wait.failed())
            return abandoned(channel);
        const Error error = transportError(QStringLiteral("The server refused to run the command"));
        if (d->session)
            d->abandonChannel(channel);
        return error;
    }

    auto deliver = [&](OutputStream stream, const char* data, qsizetype size) {
        QByteArray& kept = stream == OutputStream::StdOut ? result.stdOut : result.stdErr;
        const qsizetype room = options.maxCapture - kept.size();
        if (room > 0)
            kept.append(data, size < room ? size : room);
        if (size > room)
            result.truncated = true;
        if (options.onOutput)
            options.onOutput(stream, QByteArrayView(data, size));
    };

    // The pump. `pending` remembers a call that left half a packet in libssh2: only that call
    // may come next (see SessionWait).
    enum class Op { None, Write, Eof, Read };
    Op pending = Op::None;
    QByteArray buffer(kReadBufferSize, Qt::Uninitialized);
    qsizetype stdinOffset = 0;
    bool eofSent = false;
    auto blocked = [&](Op op) { return wait.outboundPending() ? op : Op::None; };

    for (;;) {
        bool progress = false;
        if ((pending == Op::None || pending == Op::Write) &&
            stdinOffset < options.stdinData.size()) {
            const qsizetype chunk = qMin(options.stdinData.size() - stdinOffset, kWriteChunk);
            const ssize_t n = libssh2_channel_write_ex(
                channel, 0, options.stdinData.constData() + stdinOffset, size_t(chunk));
            if (n >= 0) {
                stdinOffset += n;
                progress = progress || n > 0;
                pending = Op::None;
            } else if (n == LIBSSH2_ERROR_EAGAIN) {
                pending = blocked(Op::Write);
            } else {
                // The command may exit without reading its input; that is its business.
                stdinOffset = options.stdinData.size();
                pending = Op::None;
            }
        }
        if ((pending == Op::None || pending == Op::Eof) && !eofSent &&
            stdinOffset >= options.stdinData.size()) {
            const int e = libssh2_channel_send_eof(channel);
            if (e == LIBSSH2_ERROR_EAGAIN) {
                pending = blocked(Op::Eof);
            } else {
                eofSent = true; // also when it failed: the channel is closing anyway
                progress = true;
                pending = Op::None;
            }
        }
        bool readFailed = false;
        if (pending == Op::None || pending == Op::Read) {
            for (const int stream : {0, SSH_EXTENDED_DATA_STDERR}) {
                // Bounded, so that a flood on one stream cannot starve the other or stdin.
                for (int round = 0; round < 16; ++round) {
                    const ssize_t n = libssh2_channel_read_ex(channel, stream, buffer.data(),
                                                              size_t(buffer.size()));
                    if (n > 0) {
                        deliver(stream == 0 ? OutputStream::StdOut : OutputStream::StdErr,
                                buffer.constData(), n);
                        progress = true;
                        pending = Op::None;
                        continue;
                    }
                    if (n == LIBSSH2_ERROR_EAGAIN)
                        pending = blocked(Op::Read);
                    else if (n < 0)
                        readFailed = true;
                    break;
                }
                if (pending == Op::Read || readFailed)
                    break;
            }
        }
        // A command that exits without reading all its input: once the server has closed the
        // channel the window never reopens, so the rest of stdin is dropped (as ssh does).
        // wait_closed() only looks at what has arrived; it sends nothing.
        if (pending == Op::None && stdinOffset < options.stdinData.size() &&
            libssh2_channel_eof(channel) && libssh2_channel_wait_closed(channel) == 0) {
            stdinOffset = options.stdinData.size();
            eofSent = true;
            progress = true;
        }
        if (readFailed) {
            const Error error =
                transportError(QStringLiteral("Reading the command's output failed"));
            if (d->session)
                d->abandonChannel(channel);
            return error;
        }
        if (pending == Op::None && eofSent && libssh2_channel_eof(channel))
            break;
        if (wait.shouldStop() || (!progress && wait.waitOnce() != SessionWait::Outcome::Ready)) {
            // Finish a half-sent packet first, or the session is unusable afterwards.
            const QDeadlineTimer grace(SessionWait::kOutboundGraceMs);
            while (pending != Op::None && wait.outboundPending() && !grace.hasExpired()) {
                if (pending == Op::Write)
                    libssh2_channel_write_ex(
                        channel, 0, options.stdinData.constData() + stdinOffset,
                        size_t(qMin(options.stdinData.size() - stdinOffset, kWriteChunk)));
                else if (pending == Op::Eof)
                    libssh2_channel_send_eof(channel);
                else
                    libssh2_channel_read_ex(channel, 0, buffer.data(), size_t(buffer.size()));
                pollfd pfd{d->socket, POLLOUT, 0};
                ::poll(&pfd, 1, 50);
            }
            if (pending != Op::None && wait.outboundPending()) {
                d->close();
                return makeError(QStringLiteral("The SSH connection stalled while abandoning a "
                                                "command; it was closed"),
                                 where);
            }
            return abandoned(channel);
        }
    }

    // Output is complete; the exit status arrives before the server closes the channel.
    rc = wait.repeat([&] { return libssh2_channel_close(channel); });
    if (rc == 0)
        rc = wait.repeat([&] { return libssh2_channel_wait_closed(channel); });
    if (rc != 0 && (wait.stopped() || wait.failed()))
        return abandoned(channel);
    result.exitStatus = libssh2_channel_get_exit_status(channel);
    char* signal = nullptr;
    size_t signalLength = 0;
    if (libssh2_channel_get_exit_signal(channel, &signal, &signalLength, nullptr, nullptr, nullptr,
                                        nullptr) == 0 &&
        signal) {
        result.exitSignal = QString::fromUtf8(signal, qsizetype(signalLength));
        result.exitStatus = -1;
        libssh2_free(d->session, signal);
    }
    SessionWait freeWait = d->waiter(QDeadlineTimer(kAbandonGraceMs));
    if (freeWait.repeat([&] { return libssh2_channel_free(channel); }) == LIBSSH2_ERROR_EAGAIN)
        d->zombies.append(channel);
    result.elapsedMs = clock.elapsed();
    return result;
}

int SshSession::keepalive()
{
    if (!d->session || d->endpoint.keepaliveSeconds <= 0)
        return 0;
    d->reapZombies();
    // libssh2 sends the keepalive from a stack buffer: if that send stopped half-way, no later
    // call could complete it. Only send when the socket has room.
    pollfd pfd{d->socket, POLLOUT, 0};
    if (::poll(&pfd, 1, 0) <= 0 || (pfd.revents & POLLOUT) == 0 ||
        (libssh2_session_block_directions(d->session) & LIBSSH2_SESSION_BLOCK_OUTBOUND))
        return 1;
    int next = 0;
    const int rc = libssh2_keepalive_send(d->session, &next);
    if (rc != 0 && rc != LIBSSH2_ERROR_EAGAIN)
        return 1;
    return next > 0 ? next : 1;
}

QString SshSession::remoteBanner() const
{
    return d->banner;
}

const SshEndpoint& SshSession::endpoint() const
{
    return d->endpoint;
}

QString SshSession::userName() const
{
    return d->user;
}

const HostKeyInfo& SshSession::hostKey() const
{
    return d->hostKey;
}

LIBSSH2_SESSION* SshSession::handle() const
{
    return d->session;
}

int SshSession::socketDescriptor() const
{
    return d->socket;
}

quint64 SshSession::connectionId() const
{
    return d->connectionId;
}

} // namespace omsua::remote
