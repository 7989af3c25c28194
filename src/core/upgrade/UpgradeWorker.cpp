#include "upgrade/UpgradeWorker.h"

#include "upgrade/HostSession.h"
#include "upgrade/JournalStore.h"
#include "upgrade/RollbackRun.h"
#include "upgrade/UpgradeRun.h"

namespace omsua::upgrade {

UpgradeWorker::UpgradeWorker(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<omsua::upgrade::UpgradeWorker::Result>();
}

UpgradeWorker::~UpgradeWorker() = default;

void UpgradeWorker::setRequest(Request request)
{
    m_request = std::move(request);
}

void UpgradeWorker::cancel()
{
    m_cancel.store(true);
    QMutexLocker lock(&m_mutex);
    if (!m_answer)
        m_answer = false;
    m_answered.wakeAll();
}

void UpgradeWorker::answerConfirmation(bool proceed)
{
    QMutexLocker lock(&m_mutex);
    m_answer = proceed;
    m_answered.wakeAll();
}

bool UpgradeWorker::waitForConfirmation()
{
    QMutexLocker lock(&m_mutex);
    while (!m_answer && !m_cancel.load())
        m_answered.wait(&m_mutex);
    const bool proceed = m_answer.value_or(false) && !m_cancel.load();
    m_answer.reset();
    return proceed;
}

void UpgradeWorker::run()
{
    if (!m_request) {
        Q_EMIT finished(Result::BadInput, QString(), tr("No upgrade request was given"), QString());
        return;
    }
    const Request& request = *m_request;
    m_cancel.store(false);
    request.secrets.registerWithRedactor();

    // Created here, so that the SSH session and the QSqlDatabase connection belong to this
    // thread for their whole life.
    HostSession host(request.plan, request.secrets, request.hostKeyPolicy);
    auto key = host.connect();
    if (!key) {
        Q_EMIT finished(Result::ConnectFailed, QString(), key.error().toString(), key.error().code);
        return;
    }
    Q_EMIT connected(key->fingerprint);

    UpgradeRun::Events events;
    events.discovering = [this](const QString& what) { Q_EMIT discovering(what); };
    const JournalStore store =
        request.dataDirectory.isEmpty() ? JournalStore() : JournalStore(request.dataDirectory);
    events.runOpened = [this, &store](const QString& runId) {
        Q_EMIT runOpened(runId, store.pathFor(runId));
    };
    events.stepStarted = [this](const QString& id, const QString& title,
                                const QString& description) {
        Q_EMIT stepStarted(id, title, description);
    };
    events.output = [this](const QString& id, const QString& text) { Q_EMIT stepOutput(id, text); };
    events.progress = [this](const QString& id, qint64 done, qint64 total) {
        Q_EMIT stepProgress(id, done, total);
    };
    events.stepFinished = [this](const QString& id, StepState state, const QString& text) {
        Q_EMIT stepFinished(id, toString(state), text);
    };
    if (request.confirmDestructive)
        events.confirm = [this](const QString& id, const QString& title,
                                const QString& description) {
            Q_EMIT confirmationNeeded(id, title, description);
            return waitForConfirmation();
        };

    Expected<RunOutcome> outcome = makeError(QString());
    if (!request.rollbackOfRunId.isEmpty()) {
        RollbackRun run(host, store, std::move(events));
        RollbackRun::Request runRequest;
        runRequest.planFile = request.planFile;
        runRequest.planYaml = request.planYaml;
        runRequest.hostKeyFingerprint = key->fingerprint;
        runRequest.upgradeRunId = request.rollbackOfRunId;
        runRequest.untilStepId = request.untilStepId;
        outcome = run.run(runRequest, m_cancel);
    } else {
        UpgradeRun run(host, store, std::move(events));
        UpgradeRun::Request runRequest;
        runRequest.planFile = request.planFile;
        runRequest.planYaml = request.planYaml;
        runRequest.hostKeyFingerprint = key->fingerprint;
        runRequest.resumeRunId = request.resumeRunId;
        runRequest.untilStepId = request.untilStepId;
        outcome = run.run(runRequest, m_cancel);
    }
    if (!outcome) {
        Q_EMIT finished(Result::BadInput, QString(), outcome.error().toString(),
                        outcome.error().code);
        return;
    }
    Result result = Result::Done;
    switch (outcome->kind) {
    case RunOutcome::Kind::Done:
        result = Result::Done;
        break;
    case RunOutcome::Kind::Paused:
        result = Result::Paused;
        break;
    case RunOutcome::Kind::Failed:
        result = Result::Failed;
        break;
    case RunOutcome::Kind::Refused:
        result = Result::Refused;
        break;
    case RunOutcome::Kind::WaitingForOperator:
        result = Result::WaitingForOperator;
        break;
    case RunOutcome::Kind::Declined:
        result = Result::Declined;
        break;
    case RunOutcome::Kind::Cancelled:
        result = Result::Cancelled;
        break;
    }
    const QString message =
        outcome->error.message.isEmpty() ? outcome->message : outcome->error.toString();
    Q_EMIT finished(result, outcome->stepId, message, outcome->error.code);
}

} // namespace omsua::upgrade
