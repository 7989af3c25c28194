#include "remote/TunnelWorker.h"

#include "remote/SessionWait.h"

#include <QSocketNotifier>
#include <QTcpSocket>
#include <libssh2.h>
#include <poll.h>

namespace omsua::remote {

namespace {

// Per direction and connection: how much we hold before we stop reading from the source.
// Beyond it the SSH window (channel -> client) or TCP (client -> channel) pushes back.
constexpr qsizetype kMaxBuffered = 1024 * 1024;
constexpr qsizetype kReadSize = 128 * 1024;

bool isSocketError(int code)
{
    return code == LIBSSH2_ERROR_SOCKET_DISCONNECT || code == LIBSSH2_ERROR_SOCKET_RECV ||
           code == LIBSSH2_ERROR_SOCKET_SEND || code == LIBSSH2_ERROR_BAD_USE ||
           code == LIBSSH2_ERROR_SOCKET_TIMEOUT;
}

QString lastMessage(LIBSSH2_SESSION* session)
{
    char* message = nullptr;
    int length = 0;
    libssh2_session_last_error(session, &message, &length, 0);
    return message ? QString::fromUtf8(message, length) : QString();
}

} // namespace

TunnelWorker::TunnelWorker(Settings settings, std::function<void(const QString&)> reportError,
                           std::atomic<int>* connectionCount)
    : m_settings(std::move(settings))
    , m_reportError(std::move(reportError))
    , m_connectionCount(connectionCount)
    , m_buffer(kReadSize, Qt::Uninitialized)
{
    QObject::connect(&m_server, &QTcpServer::newConnection, this, &TunnelWorker::onNewConnection);
    QObject::connect(&m_keepalive, &QTimer::timeout, this, &TunnelWorker::sendKeepalive);
}

TunnelWorker::~TunnelWorker()
{
    m_shuttingDown = true; // aborting a socket emits disconnected(), which would pump
    m_server.close();
    std::list<Link> links;
    links.swap(m_links);
    for (Link& link : links) {
        if (link.socket) {
            QObject::disconnect(link.socket, nullptr, this, nullptr);
            link.socket->abort();
            delete link.socket.data();
        }
    }
    if (m_connectionCount)
        m_connectionCount->store(0);
    // Channels go with the session (SshSession::disconnect frees it without waiting).
    m_closing.clear();
    delete m_readNotifier;
    delete m_writeNotifier;
    m_session.reset();
}

Expected<void> TunnelWorker::connectSession()
{
    delete m_readNotifier;
    delete m_writeNotifier;
    m_readNotifier = nullptr;
    m_writeNotifier = nullptr;
    m_session = std::make_unique<SshSession>();
    Expected<HostKeyInfo> connected = m_session->connect(m_settings.endpoint, m_settings.policy);
    if (!connected)
        return connected.error();
    if (Expected<void> auth = m_session->authenticate(m_settings.credentials); !auth)
        return auth.error();
    // No replies: nobody may read the socket while the tunnel is idle, and unread replies
    // would pile up there.
    if (m_settings.endpoint.keepaliveSeconds > 0)
        libssh2_keepalive_config(m_session->handle(), 0,
                                 unsigned(m_settings.endpoint.keepaliveSeconds));
    m_pendingOp = Op::None;
    m_pendingLink = nullptr;
    m_pendingChannel = nullptr;
    m_opener = nullptr;
    m_closing.clear();

    // The idle channel: libssh2 reads the SSH socket only inside channel calls, and sshd's
    // ClientAlive requests must be answered even when no client is connected, or sshd drops an
    // idle tunnel after ClientAliveCountMax rounds. Reading this (never used) session channel
    // processes and answers them, and drains the socket whenever the notifier fires.
    const int timeoutMs = m_settings.endpoint.connectTimeoutMs;
    SessionWait wait(m_session->handle(), m_session->socketDescriptor(),
                     timeoutMs > 0 ? QDeadlineTimer(timeoutMs)
                                   : QDeadlineTimer(QDeadlineTimer::Forever));
    m_idleChannel = wait.repeatPointer<LIBSSH2_CHANNEL>(
        [this] { return libssh2_channel_open_session(m_session->handle()); });
    if (!m_idleChannel)
        return makeError(QStringLiteral("SSH tunnel: cannot open a channel: %1")
                             .arg(wait.stopped() ? QStringLiteral("timed out")
                                                 : lastMessage(m_session->handle())),
                         m_settings.endpoint.host);

    const int fd = m_session->socketDescriptor();
    m_readNotifier = new QSocketNotifier(qintptr(fd), QSocketNotifier::Read, this);
    m_writeNotifier = new QSocketNotifier(qintptr(fd), QSocketNotifier::Write, this);
    QObject::connect(m_readNotifier, &QSocketNotifier::activated, this, &TunnelWorker::pump);
    QObject::connect(m_writeNotifier, &QSocketNotifier::activated, this, &TunnelWorker::pump);
    m_readNotifier->setEnabled(false);
    m_writeNotifier->setEnabled(false);
    return {};
}

Expected<quint16> TunnelWorker::start()
{
    if (Expected<void> connected = connectSession(); !connected)
        return connected.error();
    if (!m_server.listen(QHostAddress::LocalHost, 0))
        return makeError(QStringLiteral("Cannot listen on 127.0.0.1 for the SSH tunnel: %1")
                             .arg(m_server.errorString()));
    const int seconds = m_settings.endpoint.keepaliveSeconds;
    if (seconds > 0)
        m_keepalive.start(seconds * 1000);
    return m_server.serverPort();
}

void TunnelWorker::dropSession(const QString& why)
{
    if (m_reportError)
        m_reportError(QStringLiteral("SSH tunnel to %1:%2: %3")
                          .arg(m_settings.targetHost)
                          .arg(m_settings.targetPort)
                          .arg(why));
    // Taken out of m_links first: abort() emits disconnected(), which pumps.
    std::list<Link> links;
    links.swap(m_links);
    m_closing.clear();
    m_idleChannel = nullptr; // freed with the session
    m_opener = nullptr;
    m_pendingOp = Op::None;
    m_pendingLink = nullptr;
    m_pendingChannel = nullptr;
    delete m_readNotifier;
    delete m_writeNotifier;
    m_readNotifier = nullptr;
    m_writeNotifier = nullptr;
    m_session.reset(); // the next client reconnects
    if (m_connectionCount)
        m_connectionCount->store(0);
    for (Link& link : links) {
        if (link.socket) {
            QObject::disconnect(link.socket, nullptr, this, nullptr);
            link.socket->abort();
            link.socket->deleteLater();
        }
    }
}

void TunnelWorker::onNewConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        if (!m_session || !m_session->isAuthenticated()) {
            // Lost earlier: connect again (bounded by the endpoint's timeouts).
            if (Expected<void> connected = connectSession(); !connected) {
                if (m_reportError)
                    m_reportError(connected.error().toString());
                m_session.reset();
                socket->abort();
                socket->deleteLater();
                continue;
            }
        }
        socket->setParent(this);
        Link& link = m_links.emplace_back();
        link.id = m_nextId++;
        link.socket = socket;
        link.clientPort = socket->peerPort();
        link.opening = true;
        QObject::connect(socket, &QTcpSocket::readyRead, this, &TunnelWorker::pump);
        QObject::connect(socket, &QTcpSocket::bytesWritten, this, &TunnelWorker::pump);
        QObject::connect(socket, &QTcpSocket::disconnected, this, &TunnelWorker::pump);
        if (m_connectionCount)
            m_connectionCount->fetch_add(1);
    }
    pump();
}

bool TunnelWorker::socketWritable() const
{
    pollfd pfd{m_session->socketDescriptor(), POLLOUT, 0};
    return ::poll(&pfd, 1, 0) > 0 && (pfd.revents & POLLOUT);
}

TunnelWorker::Result TunnelWorker::fail(const QString& why)
{
    // Dropping the session here would pull the links from under the pump's loops: it is done
    // when the pump has unwound.
    if (m_failure.isEmpty())
        m_failure = why;
    return Result::Failed;
}

TunnelWorker::Result TunnelWorker::blockedOr(Result otherwise, Op op, Link* link,
                                             LIBSSH2_CHANNEL* channel)
{
    if (libssh2_session_block_directions(m_session->handle()) & LIBSSH2_SESSION_BLOCK_OUTBOUND) {
        m_pendingOp = op;
        m_pendingLink = link;
        m_pendingChannel = channel;
        return Result::Blocked;
    }
    return otherwise;
}

TunnelWorker::Result TunnelWorker::doOpen(Link& link)
{
    const QByteArray host = m_settings.targetHost.toUtf8();
    LIBSSH2_CHANNEL* channel = libssh2_channel_direct_tcpip_ex(
        m_session->handle(), host.constData(), m_settings.targetPort, "127.0.0.1", link.clientPort);
    if (channel) {
        m_opener = nullptr;
        link.opening = false;
        link.channel = channel;
        return Result::Progress;
    }
    const int code = libssh2_session_last_errno(m_session->handle());
    if (code == LIBSSH2_ERROR_EAGAIN) {
        m_opener = &link;
        return blockedOr(Result::Idle, Op::Open, &link, nullptr);
    }
    m_opener = nullptr;
    link.opening = false;
    if (isSocketError(code)) {
        return fail(QStringLiteral("the SSH connection failed: ") +
                    lastMessage(m_session->handle()));
    }
    if (m_reportError)
        m_reportError(QStringLiteral("The SSH host could not connect to %1:%2: %3")
                          .arg(m_settings.targetHost)
                          .arg(m_settings.targetPort)
                          .arg(lastMessage(m_session->handle())));
    retire(link, true);
    return Result::Progress;
}

TunnelWorker::Result TunnelWorker::doWrite(Link& link)
{
    bool progress = false;
    while (!link.toChannel.isEmpty()) {
        const ssize_t n = libssh2_channel_write_ex(link.channel, 0, link.toChannel.constData(),
                                                   size_t(link.toChannel.size()));
        if (n > 0) {
            link.toChannel.remove(0, n);
            progress = true;
            continue;
        }
        if (n == 0 || n == LIBSSH2_ERROR_EAGAIN)
            return blockedOr(progress ? Result::Progress : Result::Idle, Op::Write, &link, nullptr);
        if (isSocketError(int(n))) {
            return fail(QStringLiteral("the SSH connection failed: ") +
                        lastMessage(m_session->handle()));
        }
        // The channel is gone (the target closed): nothing more can be delivered.
        link.toChannel.clear();
        retire(link, true);
        return Result::Progress;
    }
    return progress ? Result::Progress : Result::Idle;
}

TunnelWorker::Result TunnelWorker::doRead(Link& link)
{
    bool progress = false;
    while (link.socket && link.socket->bytesToWrite() < kMaxBuffered) {
        const ssize_t n =
            libssh2_channel_read_ex(link.channel, 0, m_buffer.data(), size_t(m_buffer.size()));
        if (n > 0) {
            link.socket->write(m_buffer.constData(), n);
            progress = true;
            continue;
        }
        if (n == LIBSSH2_ERROR_EAGAIN)
            return blockedOr(progress ? Result::Progress : Result::Idle, Op::Read, &link, nullptr);
        if (n < 0 && isSocketError(int(n))) {
            return fail(QStringLiteral("the SSH connection failed: ") +
                        lastMessage(m_session->handle()));
        }
        break; // 0: end of data; other errors: the channel is finished
    }
    return progress ? Result::Progress : Result::Idle;
}

TunnelWorker::Result TunnelWorker::drainIdle()
{
    if (!m_idleChannel)
        return Result::Idle;
    char byte = 0;
    const ssize_t n = libssh2_channel_read_ex(m_idleChannel, 0, &byte, 1);
    if (n == LIBSSH2_ERROR_EAGAIN)
        return blockedOr(Result::Idle, Op::Drain, nullptr, nullptr);
    if (n < 0 && isSocketError(int(n)))
        return fail(QStringLiteral("the SSH connection failed: ") +
                    lastMessage(m_session->handle()));
    if (n <= 0)
        m_idleChannel = nullptr; // closed by the server: links keep the socket read
    return Result::Idle;
}

TunnelWorker::Result TunnelWorker::doFree(LIBSSH2_CHANNEL* channel)
{
    const int rc = libssh2_channel_free(channel);
    if (rc == LIBSSH2_ERROR_EAGAIN)
        return blockedOr(Result::Idle, Op::Free, nullptr, channel);
    m_closing.removeOne(channel);
    return Result::Progress;
}

void TunnelWorker::retire(Link& link, bool remoteClosed)
{
    if (link.channel) {
        m_closing.append(link.channel);
        link.channel = nullptr;
    }
    if (link.socket) {
        QTcpSocket* socket = link.socket;
        link.socket = nullptr;
        if (remoteClosed && socket->state() == QAbstractSocket::ConnectedState) {
            // Let what the target sent reach the client, then close.
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            socket->disconnectFromHost();
        } else {
            socket->abort();
            socket->deleteLater();
        }
    }
    if (!link.done && m_connectionCount)
        m_connectionCount->fetch_sub(1);
    link.done = true;
}

TunnelWorker::Result TunnelWorker::replayPending()
{
    const Op op = m_pendingOp;
    Link* link = m_pendingLink;
    LIBSSH2_CHANNEL* channel = m_pendingChannel;
    m_pendingOp = Op::None;
    m_pendingLink = nullptr;
    m_pendingChannel = nullptr;
    switch (op) {
    case Op::None:
        return Result::Idle;
    case Op::Open:
        return doOpen(*link);
    case Op::Write:
        return doWrite(*link);
    case Op::Read:
        return doRead(*link);
    case Op::Free:
        return doFree(channel);
    case Op::Drain:
        return drainIdle();
    }
    return Result::Idle;
}

bool TunnelWorker::stepLink(Link& link)
{
    bool progress = false;
    auto account = [&](Result result) {
        if (result == Result::Progress)
            progress = true;
        return result == Result::Blocked || result == Result::Failed || link.done;
    };

    // Client side first: take what it sent, notice when it left.
    if (link.socket) {
        const qsizetype room =
            link.clientGone ? link.socket->bytesAvailable() : kMaxBuffered - link.toChannel.size();
        if (room > 0 && link.socket->bytesAvailable() > 0) {
            link.toChannel += link.socket->read(room);
            progress = true;
        }
        if (link.socket->state() != QAbstractSocket::ConnectedState &&
            link.socket->bytesAvailable() == 0)
            link.clientGone = true;
    } else {
        link.clientGone = true;
    }

    if (!link.channel) {
        if (!link.opening)
            return progress;
        // One open at a time per session; the others wait their turn.
        if (m_opener && m_opener != &link)
            return progress;
        if (account(doOpen(link)) || !link.channel)
            return progress;
    }
    if (account(doWrite(link)))
        return progress;
    if (account(doRead(link)))
        return progress;

    if (libssh2_channel_eof(link.channel)) {
        retire(link, true);
        return true;
    }
    if (link.clientGone && link.toChannel.isEmpty()) {
        retire(link, false);
        return true;
    }
    return progress;
}

void TunnelWorker::pumpOnce()
{
    if (!m_session || !m_session->handle())
        return;
    if (m_pendingOp != Op::None) {
        const Result replayed = replayPending();
        if (replayed == Result::Blocked || replayed == Result::Failed)
            return;
    }
    const Result drained = drainIdle();
    if (drained == Result::Blocked || drained == Result::Failed)
        return;
    m_wantWritable = false;
    for (int round = 0; round < 16; ++round) {
        bool progress = false;
        for (Link& link : m_links) {
            if (link.done)
                continue;
            progress = stepLink(link) || progress;
            if (m_pendingOp != Op::None || !m_failure.isEmpty())
                return;
        }
        // Freeing sends EOF and CLOSE from libssh2 stack buffers that could not be resent
        // from elsewhere if only half went out: only try with room in the socket.
        for (qsizetype i = m_closing.size() - 1; i >= 0 && i < m_closing.size(); --i) {
            if (!socketWritable()) {
                m_wantWritable = true;
                break;
            }
            const Result freed = doFree(m_closing.at(i));
            if (freed == Result::Blocked || freed == Result::Failed)
                return;
        }
        m_links.remove_if([](const Link& link) { return link.done; });
        if (!progress)
            break;
    }
}

void TunnelWorker::pump()
{
    if (m_shuttingDown)
        return;
    if (m_pumping) {
        m_pumpAgain = true;
        return;
    }
    m_pumping = true;
    do {
        m_pumpAgain = false;
        pumpOnce();
        if (!m_failure.isEmpty()) {
            const QString why = m_failure;
            m_failure.clear();
            dropSession(why);
        }
    } while (m_pumpAgain && m_session);
    m_pumping = false;
    updateNotifiers();
}

void TunnelWorker::updateNotifiers()
{
    if (!m_readNotifier || !m_writeNotifier || !m_session)
        return;
    // Always read: every wake-up drains the socket through the idle channel, so the
    // level-triggered notifier cannot spin on data meant for a client that is not reading
    // (the SSH channel window bounds what libssh2 queues for it).
    const bool outbound =
        m_pendingOp != Op::None &&
        (libssh2_session_block_directions(m_session->handle()) & LIBSSH2_SESSION_BLOCK_OUTBOUND);
    m_readNotifier->setEnabled(true);
    m_writeNotifier->setEnabled(outbound || m_wantWritable);
}

void TunnelWorker::sendKeepalive()
{
    if (m_pumping || !m_session || !m_session->isAuthenticated() || m_pendingOp != Op::None)
        return;
    // libssh2 sends keepalives from a stack buffer: only with room in the socket, so that the
    // packet cannot stay half-sent.
    if (!socketWritable())
        return;
    int next = 0;
    const int rc = libssh2_keepalive_send(m_session->handle(), &next);
    if (rc != 0 && rc != LIBSSH2_ERROR_EAGAIN)
        dropSession(QStringLiteral("the SSH connection was lost (keepalive failed)"));
}

} // namespace omsua::remote
