#pragma once

#include "plan/Plan.h"
#include "remote/SshTypes.h"
#include "upgrade/Secrets.h"

#include <QByteArray>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QWaitCondition>
#include <atomic>
#include <optional>

namespace omsua::upgrade {

// The upgrade engine (UpgradeRun, or RollbackRun when rollbackOfRunId is set) for a GUI: lives in a
// worker thread (moveToThread), creates and owns that thread's SSH session and MetaDB connection,
// runs an UpgradeRun, and reports only through signals, which reach the GUI thread queued. Nothing
// here blocks the GUI thread: a confirmation blocks the worker until answerConfirmation() (callable
// from any thread) or cancel().
class UpgradeWorker : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        plan::Plan plan;
        QString planFile;
        QByteArray planYaml;
        Secrets secrets;
        remote::HostKeyPolicy hostKeyPolicy;
        QString resumeRunId;     // upgrade: continue this run
        QString rollbackOfRunId; // set: roll back this upgrade run instead of upgrading
        QString untilStepId;
        QString dataDirectory; // empty: JournalStore's default
        bool confirmDestructive = true;
    };

    // How run() ended (RunOutcome::Kind, plus the cases before any step).
    enum class Result {
        Done,
        Paused,
        Failed,
        Refused,
        WaitingForOperator,
        Declined,
        Cancelled,
        ConnectFailed,
        BadInput
    };
    Q_ENUM(Result)

    explicit UpgradeWorker(QObject* parent = nullptr);
    ~UpgradeWorker() override;

    // Set before run() (from the thread that owns the worker before moveToThread, or queued).
    void setRequest(Request request);

    // Any thread: stop at the next safe point; also answers a pending confirmation with no.
    void cancel();
    // Any thread: the answer to confirmationNeeded().
    void answerConfirmation(bool proceed);

public Q_SLOTS:
    // Runs in the worker's thread (invoke it queued).
    void run();

Q_SIGNALS:
    void connected(const QString& hostKeyFingerprint);
    void discovering(const QString& what);
    void runOpened(const QString& runId, const QString& journalPath);
    void stepStarted(const QString& stepId, const QString& title, const QString& description);
    void stepOutput(const QString& stepId, const QString& text);
    void stepProgress(const QString& stepId, qint64 done, qint64 total);
    // state: the StepState as a lower-case word ("done", "failed", "needs_operator", ...)
    void stepFinished(const QString& stepId, const QString& state, const QString& text);
    void confirmationNeeded(const QString& stepId, const QString& title,
                            const QString& description);
    // errorCode: Error::code (e.g. "host-key-unknown"), so the GUI can offer the right dialog.
    void finished(omsua::upgrade::UpgradeWorker::Result result, const QString& stepId,
                  const QString& message, const QString& errorCode);

private:
    bool waitForConfirmation();

    std::optional<Request> m_request;
    std::atomic<bool> m_cancel{false};
    QMutex m_mutex;
    QWaitCondition m_answered;
    std::optional<bool> m_answer;
};

} // namespace omsua::upgrade
