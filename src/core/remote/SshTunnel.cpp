#include "remote/SshTunnel.h"

#include "remote/TunnelWorker.h"

#include <QMutex>
#include <QMutexLocker>
#include <QThread>
#include <atomic>
#include <future>
#include <optional>

namespace omsua::remote {

namespace {

// What the owner's thread and the tunnel thread share.
struct TunnelState
{
    mutable QMutex mutex;
    QString lastError;
    std::atomic<int> connections{0};

    void setError(const QString& error)
    {
        QMutexLocker lock(&mutex);
        lastError = error;
    }
    QString error() const
    {
        QMutexLocker lock(&mutex);
        return lastError;
    }
};

// The worker is created, used and destroyed inside run(): every Qt object and the libssh2
// session belong to this thread alone.
class TunnelThread : public QThread
{
public:
    TunnelThread(TunnelWorker::Settings settings, std::shared_ptr<TunnelState> state)
        : m_settings(std::move(settings))
        , m_state(std::move(state))
    {}

    std::future<std::optional<Error>> started() { return m_started.get_future(); }
    quint16 port() const { return m_port; }

protected:
    void run() override
    {
        std::shared_ptr<TunnelState> state = m_state;
        // The worker keeps the credentials: it reconnects when the SSH connection is lost.
        TunnelWorker worker(
            std::move(m_settings), [state](const QString& error) { state->setError(error); },
            &state->connections);
        Expected<quint16> listening = worker.start();
        if (!listening) {
            m_started.set_value(listening.error());
            return;
        }
        m_port = *listening;
        m_started.set_value(std::nullopt);
        exec();
    }

private:
    TunnelWorker::Settings m_settings;
    std::shared_ptr<TunnelState> m_state;
    std::promise<std::optional<Error>> m_started;
    quint16 m_port = 0;
};

} // namespace

struct SshTunnel::Private
{
    std::unique_ptr<TunnelThread> thread;
    std::shared_ptr<TunnelState> state;
    quint16 port = 0;
};

SshTunnel::SshTunnel()
    : d(std::make_unique<Private>())
{}

SshTunnel::~SshTunnel()
{
    stop();
}

Expected<quint16> SshTunnel::start(const SshEndpoint& endpoint, const HostKeyPolicy& policy,
                                   const SshCredentials& credentials, const QString& targetHost,
                                   quint16 targetPort)
{
    stop();
    if (targetHost.isEmpty() || targetPort == 0)
        return makeError(QStringLiteral("SSH tunnel: no target host and port given"));
    d->state = std::make_shared<TunnelState>();
    TunnelWorker::Settings settings{endpoint, policy, credentials, targetHost, targetPort};
    d->thread = std::make_unique<TunnelThread>(std::move(settings), d->state);
    d->thread->setObjectName(QStringLiteral("ssh-tunnel"));
    std::future<std::optional<Error>> started = d->thread->started();
    d->thread->start();
    // Bounded: connect and authentication have their own timeouts in the tunnel thread.
    const std::optional<Error> failure = started.get();
    if (failure) {
        d->thread->wait();
        d->thread.reset();
        return *failure;
    }
    d->port = d->thread->port();
    return d->port;
}

void SshTunnel::stop()
{
    if (!d->thread)
        return;
    d->thread->quit();
    d->thread->wait();
    d->thread.reset();
    d->port = 0;
}

bool SshTunnel::isRunning() const
{
    return d->thread && d->thread->isRunning();
}

quint16 SshTunnel::localPort() const
{
    return d->port;
}

int SshTunnel::connectionCount() const
{
    return d->state ? d->state->connections.load() : 0;
}

QString SshTunnel::lastError() const
{
    return d->state ? d->state->error() : QString();
}

} // namespace omsua::remote
