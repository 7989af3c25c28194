#include "upgrade/RunDriver.h"

#include "backup/BackupSet.h"
#include "log/Logging.h"
#include "upgrade/HostSession.h"
#include "upgrade/JournalKeys.h"
#include "upgrade/Route.h"

#include <QJsonObject>

namespace omsua::upgrade {

QString RunDriver::hostCopyName(const Journal& journal)
{
    if (journal.kind() == QLatin1String("upgrade"))
        return keys::hostJournalFile;
    return journal.kind() + QLatin1Char('-') + journal.runId() + QStringLiteral(".json");
}

Expected<void> RunDriver::mirrorJournal(HostSession& host, const Journal& journal)
{
    const QJsonObject set = journal.facts().value(keys::backupSet).toObject();
    if (set.isEmpty())
        return {};
    auto location = backup::BackupSet::at(set.value(QStringLiteral("directory")).toString(),
                                          set.value(QStringLiteral("run_id")).toString());
    if (!location)
        return location.error();
    return location->writeFile(host.runner(), hostCopyName(journal), journal.toJson());
}

Expected<RunOutcome> RunDriver::execute(HostSession& host, Journal& journal, const Route& route,
                                        const Discovery& discovery,
                                        std::vector<std::unique_ptr<Step>> steps,
                                        const QString& untilStepId, const std::atomic<bool>& cancel,
                                        const RunEvents& events)
{
    StepSequencer::Callbacks callbacks;
    callbacks.started = [&](const Step& step, const QString& description) {
        if (events.stepStarted)
            events.stepStarted(step.id(), step.title(), description);
    };
    callbacks.finished = [&](const Step& step, StepState state, const QString& text) {
        if (auto mirrored = mirrorJournal(host, journal); !mirrored)
            log::warn(QStringLiteral("run %1: the journal copy on the host was not updated: %2")
                          .arg(journal.runId(), mirrored.error().message));
        if (events.stepFinished)
            events.stepFinished(step.id(), state, text);
    };
    if (events.confirm)
        callbacks.confirm = [&](const Step& step, const QString& description) {
            return events.confirm(step.id(), step.title(), description);
        };
    StepSequencer sequencer(std::move(steps), std::move(callbacks));
    if (!untilStepId.isEmpty() && !sequencer.stepIds().contains(untilStepId))
        return makeError(
            QStringLiteral("This run has no step \"%1\"").arg(untilStepId),
            QStringLiteral("--until"),
            QStringLiteral("steps: %1").arg(sequencer.stepIds().join(QStringLiteral(", "))));

    StepContext::Callbacks stepCallbacks;
    stepCallbacks.output = [&](const QString& stepId, const QString& text) {
        if (events.output)
            events.output(stepId, text);
    };
    stepCallbacks.progress = [&](const QString& stepId, qint64 done, qint64 total) {
        if (events.progress)
            events.progress(stepId, done, total);
    };
    StepContext context(journal, host.plan(), route, cancel, std::move(stepCallbacks));
    context.setHost(&host);
    context.setDiscovery(&discovery);
    RunOutcome outcome = sequencer.run(context, untilStepId);
    (void)mirrorJournal(host, journal);
    return outcome;
}

} // namespace omsua::upgrade
