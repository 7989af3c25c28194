#pragma once

#include "Expected.h"
#include "upgrade/JournalStore.h"
#include "upgrade/RunDriver.h"
#include "upgrade/StepSequencer.h"

#include <QByteArray>
#include <QString>
#include <atomic>
#include <functional>
#include <optional>

namespace omsua::upgrade {

class HostSession;
struct Discovery;

// One upgrade run, start to finish or to a pause: examines the host, finds the route in the
// catalogue, creates (or, for --resume, reopens) the journal, builds the route's steps and runs
// them through the StepSequencer, keeping a copy of the journal beside the backup set on the
// host once there is one. Synchronous and single-threaded: the CLI calls it on its main thread,
// the GUI through UpgradeWorker in a worker thread; the HostSession must belong to that thread.
class UpgradeRun
{
public:
    struct Request
    {
        QString planFile;    // absolute path, recorded in the journal
        QByteArray planYaml; // as read, recorded in the journal (it holds no secret)
        QString hostKeyFingerprint;
        QString resumeRunId; // empty: a new run
        QString untilStepId; // empty: to the end
    };

    using Events = RunEvents;

    UpgradeRun(HostSession& host, JournalStore store, Events events);
    ~UpgradeRun();

    // An Error when the run could not start (bad resume id, plan mismatch: bad input); a
    // RunOutcome otherwise, including refusals before the journal exists (route, discovery).
    Expected<RunOutcome> run(const Request& request, const std::atomic<bool>& cancel);

    QString runId() const { return m_runId; }
    QString journalPath() const { return m_journalPath; }

private:
    HostSession& m_host;
    JournalStore m_store;
    Events m_events;
    QString m_runId;
    QString m_journalPath;
};

} // namespace omsua::upgrade
