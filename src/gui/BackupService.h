#pragma once

#include "Expected.h"
#include "plan/Plan.h"
#include "remote/SshTypes.h"
#include "upgrade/Secrets.h"

#include <QObject>
#include <QThread>
#include <atomic>
#include <functional>
#include <memory>

namespace omsua::upgrade {
class HostSession;
}

namespace omsua::gui {

// A thread with one SSH session to the host for the backup browser: listing, verification,
// preview, deletion and downloads run there, one after another, never in the GUI thread. The
// session is opened on first use and kept; it is created and destroyed in that thread.
class BackupService : public QObject
{
    Q_OBJECT

public:
    explicit BackupService(QObject* parent = nullptr);
    ~BackupService() override;

    // Runs `work` in the service's thread with a connected session (a new one when the target
    // changed); `onError` (in the GUI thread) when the connection fails. `work` reports back
    // with QMetaObject::invokeMethod on a GUI-thread context object.
    void submit(const plan::Plan& plan, const upgrade::Secrets& secrets,
                std::function<void(upgrade::HostSession& host)> work);
    // Stops a transfer or verification at its next check.
    void cancel() { m_cancel.store(true); }
    const std::atomic<bool>* cancelFlag() const { return &m_cancel; }
    // Waits for the running task and closes the session (in its thread).
    void stop();

Q_SIGNALS:
    void failed(const QString& message);

private:
    QThread m_thread;
    QObject* m_context = nullptr;                 // lives in m_thread: the queue that tasks run on
    std::unique_ptr<upgrade::HostSession> m_host; // touched only in m_thread
    QByteArray m_hostTarget;                      // the plan the session was opened for
    std::atomic<bool> m_cancel{false};
};

} // namespace omsua::gui
