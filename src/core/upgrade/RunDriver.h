#pragma once

#include "Expected.h"
#include "upgrade/StepSequencer.h"

#include <QString>
#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace omsua::upgrade {

class HostSession;
class Journal;
struct Discovery;
struct Route;

// What a run (upgrade or rollback) reports while it goes; the CLI prints it, UpgradeWorker and
// RollbackWorker turn it into queued signals.
struct RunEvents
{
    std::function<void(const QString& runId)> runOpened; // before the first step
    std::function<void(const QString& what)> discovering;
    std::function<void(const QString& stepId, const QString& title, const QString& description)>
        stepStarted;
    std::function<void(const QString& stepId, const QString& text)> output;
    std::function<void(const QString& stepId, qint64 done, qint64 total)> progress;
    std::function<void(const QString& stepId, StepState state, const QString& text)> stepFinished;
    // Asked before a destructive step acts; false declines (nothing is changed).
    std::function<bool(const QString& stepId, const QString& title, const QString& description)>
        confirm;
};

// The part every run shares once its journal and steps exist: the sequencer with the events
// wired in, and the journal's copy beside the backup set on the host after every step, so
// another workstation can see and roll back the run.
class RunDriver
{
public:
    static Expected<RunOutcome> execute(HostSession& host, Journal& journal, const Route& route,
                                        const Discovery& discovery,
                                        std::vector<std::unique_ptr<Step>> steps,
                                        const QString& untilStepId, const std::atomic<bool>& cancel,
                                        const RunEvents& events);

    // <backup set>/journal.json for an upgrade, <backup set>/rollback-<run id>.json for a
    // rollback; nothing before the run has a backup set.
    static Expected<void> mirrorJournal(HostSession& host, const Journal& journal);
    static QString hostCopyName(const Journal& journal);
};

} // namespace omsua::upgrade
