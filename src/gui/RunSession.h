#pragma once

#include "Expected.h"
#include "upgrade/UpgradeWorker.h"

#include <QObject>
#include <QPointer>
#include <QThread>

namespace omsua::gui {

class Workspace;

// One engine run at a time, off the GUI thread: each start() creates an UpgradeWorker (one
// worker is one run), moves it into this session's thread and invokes run() queued. The
// worker's signals arrive queued; this class only forwards them and knows whether a run is on.
class RunSession : public QObject
{
    Q_OBJECT

public:
    using Request = upgrade::UpgradeWorker::Request;
    using Result = upgrade::UpgradeWorker::Result;

    explicit RunSession(QObject* parent = nullptr);
    // Cancels a run still going and waits for the worker to reach a safe point.
    ~RunSession() override;

    // The plan as the CLI would read it (validated, paths expanded), the secrets typed in this
    // session over those of the environment, the host keys known_hosts has (the connection
    // view settled unknown keys before), the journals where JournalStore keeps them.
    static Expected<Request> requestFor(const Workspace& workspace);

    bool start(Request request);
    bool busy() const { return m_busy; }
    // Stop at the next safe point; a pending confirmation is answered no.
    void cancel();
    void answerConfirmation(bool proceed);

Q_SIGNALS:
    void connected(const QString& hostKeyFingerprint);
    void discovering(const QString& what);
    void runOpened(const QString& runId, const QString& journalPath);
    void stepStarted(const QString& stepId, const QString& title, const QString& description);
    void stepOutput(const QString& stepId, const QString& text);
    void stepProgress(const QString& stepId, qint64 done, qint64 total);
    void stepFinished(const QString& stepId, const QString& state, const QString& text);
    void confirmationNeeded(const QString& stepId, const QString& title,
                            const QString& description);
    void finished(omsua::upgrade::UpgradeWorker::Result result, const QString& stepId,
                  const QString& message, const QString& errorCode);
    void busyChanged(bool busy);

private:
    QThread m_thread;
    QPointer<upgrade::UpgradeWorker> m_worker;
    bool m_busy = false;
};

} // namespace omsua::gui
