#pragma once

#include "Expected.h"
#include "remote/SshSession.h"
#include "remote/SshTypes.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTimer>
#include <atomic>
#include <functional>
#include <list>
#include <memory>

class QSocketNotifier;
class QTcpSocket;

using LIBSSH2_CHANNEL = struct _LIBSSH2_CHANNEL;

namespace omsua::remote {

// SshTunnel's inside, living in the tunnel thread: one SSH session in non-blocking mode, a
// listening QTcpServer, and a pump that moves bytes between each client socket and its
// direct-tcpip channel. Everything is event-driven (socket notifiers on the SSH socket,
// readyRead/bytesWritten on the clients); nothing here waits.
//
// Two libssh2 1.10 rules shape the pump: a call that left half a packet unsent must be repeated
// before any other call (else LIBSSH2_ERROR_BAD_USE), and only one channel open may be in
// progress per session (its state lives in the session).
class TunnelWorker : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        SshEndpoint endpoint;
        HostKeyPolicy policy;
        SshCredentials credentials;
        QString targetHost;
        quint16 targetPort = 0;
    };

    TunnelWorker(Settings settings, std::function<void(const QString&)> reportError,
                 std::atomic<int>* connectionCount);
    ~TunnelWorker() override;

    // Connects, authenticates and listens. Returns the local port.
    Expected<quint16> start();

private:
    struct Link
    {
        int id = 0;
        QPointer<QTcpSocket> socket;
        quint16 clientPort = 0;
        LIBSSH2_CHANNEL* channel = nullptr;
        QByteArray toChannel; // from the client, not yet taken by the channel
        bool opening = false;
        bool clientGone = false;
        bool done = false;
    };
    enum class Op { None, Open, Write, Read, Free, Drain };
    enum class Result { Idle, Progress, Blocked, Failed };

    Expected<void> connectSession();
    void dropSession(const QString& why);
    void onNewConnection();
    void pump();
    void pumpOnce();
    bool stepLink(Link& link);
    Result doOpen(Link& link);
    Result doWrite(Link& link);
    Result doRead(Link& link);
    Result doFree(LIBSSH2_CHANNEL* channel);
    Result drainIdle();
    Result replayPending();
    Result fail(const QString& why);
    Result blockedOr(Result otherwise, Op op, Link* link, LIBSSH2_CHANNEL* channel);
    void retire(Link& link, bool remoteClosed);
    void updateNotifiers();
    void sendKeepalive();
    bool socketWritable() const;

    Settings m_settings;
    std::function<void(const QString&)> m_reportError;
    std::atomic<int>* m_connectionCount;

    std::unique_ptr<SshSession> m_session;
    QTcpServer m_server;
    QSocketNotifier* m_readNotifier = nullptr;
    QSocketNotifier* m_writeNotifier = nullptr;
    QTimer m_keepalive;

    LIBSSH2_CHANNEL* m_idleChannel = nullptr;
    std::list<Link> m_links;
    QList<LIBSSH2_CHANNEL*> m_closing; // retired channels waiting to be freed
    Link* m_opener = nullptr;          // the link whose channel open is in progress
    Op m_pendingOp = Op::None;         // the call that must be repeated first
    Link* m_pendingLink = nullptr;
    LIBSSH2_CHANNEL* m_pendingChannel = nullptr;
    bool m_wantWritable = false; // a small send was deferred until the socket has room
    QString m_failure;           // set inside the pump, acted on when it has unwound
    bool m_pumping = false;
    bool m_shuttingDown = false;
    bool m_pumpAgain = false;
    int m_nextId = 1;
    QByteArray m_buffer;
};

} // namespace omsua::remote
