#pragma once

#include "Expected.h"
#include "upgrade/JournalStore.h"
#include "upgrade/RunDriver.h"

#include <QByteArray>
#include <QString>
#include <atomic>

namespace omsua::upgrade {

class HostSession;

// One rollback of an upgrade run (seed step 6, made safe): verify the backup set, disable HA,
// stop the new container (T3), verify again and restore the three databases, start the old
// container (re-created from the manifest if it is gone), wait for health, enable HA with
// refetchStoreIntervalMin over T1 -> now. Its own journal (kind "rollback", fact upgrade_run)
// is resumable like an upgrade's: running it again for the same upgrade run continues an
// unfinished rollback. The upgrade's journal comes from this computer's store or, when another
// workstation ran the upgrade, from its copy beside the backup set on the host.
class RollbackRun
{
public:
    struct Request
    {
        QString planFile;
        QByteArray planYaml;
        QString hostKeyFingerprint;
        QString upgradeRunId; // the upgrade to undo
        QString untilStepId;
    };

    RollbackRun(HostSession& host, JournalStore store, RunEvents events);

    Expected<RunOutcome> run(const Request& request, const std::atomic<bool>& cancel);

    QString runId() const { return m_runId; }
    QString journalPath() const { return m_journalPath; }

    // The step ids of a rollback, in order.
    static QStringList stepIds();

private:
    Expected<Journal> loadUpgradeJournal(const QString& runId);

    HostSession& m_host;
    JournalStore m_store;
    RunEvents m_events;
    QString m_runId;
    QString m_journalPath;
};

} // namespace omsua::upgrade
