#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <optional>

namespace omsua::upgrade {
class Journal;
}

namespace omsua::report {

// How the run ended, in one word.
enum class Verdict {
    Succeeded,  // the journal says done
    Failed,     // a step failed
    Refused,    // a check refused to start; nothing was changed
    Waiting,    // waiting for the operator (a manual step)
    Incomplete, // running, paused or interrupted (the app was closed or crashed)
    Cancelled,
    Unknown, // a state this version does not know
};
QString verdictId(Verdict verdict); // "succeeded", "failed", ... (the JSON report's values)

// Which clock a time was read from. T1, T2 and T3 are host times; a step has host times when
// the host could be asked, else only the workstation's.
enum class Clock { Host, Workstation, None };
QString clockId(Clock clock); // "host", "workstation", "none"

struct TimeSpan
{
    QDateTime start; // UTC
    QDateTime end;   // UTC
    Clock clock = Clock::None;
    std::optional<qint64> durationMs; // end - start, when both are known and in order
};

struct StepEntry
{
    QString id;    // catalogue id ("backup"); rollback steps have their own ids
    QString state; // the journal's state name: pending, running, done, failed, ...
    QDateTime startedAt;
    QDateTime finishedAt;
    QDateTime hostStartedAt;
    QDateTime hostFinishedAt;
    TimeSpan span; // the host clock when both host times are known, else the workstation's
    QStringList commands;
    QString outputExcerpt;      // the last lines of the recorded output
    int outputLinesOmitted = 0; // earlier lines left out of the excerpt
    QString verdict;
    QString error;
    QJsonObject data;
};

struct TimelineEntry
{
    enum class Kind { Step, Marker };
    Kind kind = Kind::Step;
    QString id;    // step id, or "T1" / "T2" / "T3"
    QString state; // steps only
    TimeSpan span; // markers: start only, host clock
};

struct MountEntry
{
    QString containerPath;
    QString oldHostPath; // empty: the old container has no such mount
    QString newHostPath; // empty: the new container has none
    std::optional<bool> oldReadOnly;
    std::optional<bool> newReadOnly;
    bool required = false;
    QString verdict; // docker::mountVerdictName(): "identical", "host path changed", ...
    bool identical = false;
};

struct BackupFileEntry
{
    QString role;     // rm, cm, cm_hb
    QString database; // as config.yaml names it
    QString file;
    std::optional<qint64> bytes;
    QString sha256;
    QString trailer;
    std::optional<bool> completed;
};

struct BackupEntry
{
    bool recorded = false;
    QString directory;
    QString path;
    QString runId;
    std::optional<bool> verified;
    QString serverVersion;
    QString dumpTool;
    QList<BackupFileEntry> files;
};

struct TableChecksum
{
    QString database;
    QString table;
    std::optional<qint64> rows;
    QString checksum;
};

struct SchemaChange
{
    QString database;
    QString table;
    std::optional<int> columnsBefore; // empty: the table did not exist before
    std::optional<int> columnsAfter;  // empty: it does not exist after
};

// refetchStoreIntervalMin as the run worked it out (the seed's step 5).
struct RefetchEntry
{
    bool recorded = false;
    bool perceiveCheckpoint = false; // perceiveStoreClientCheckpoint=true instead of a value
    std::optional<int> minutes;
    std::optional<qint64> gapSeconds;
    std::optional<int> gapMinutesCeil;
    std::optional<int> marginMin;
    std::optional<bool> keptCurrent;
    QDateTime t1;
    QDateTime t2;
    QString explanation; // the calculator's sentence, as journaled
};

// The parts of ha.config the report speaks about, and the whole object as recorded.
struct HaState
{
    bool recorded = false;
    std::optional<bool> enabled;
    std::optional<int> refetchStoreIntervalMin;
    std::optional<bool> perceiveStoreClientCheckpoint;
    QJsonObject raw;
};

// What the journal says the host looks like after the run.
struct FinalState
{
    QString runState;
    QString lastStepId; // the last step that started
    QString lastStepState;
    bool runningKnown = false; // whether the journal tells which container runs
    QString runningContainer;  // empty with runningKnown: no OMS container runs
    QString runningImage;
    bool omsStopped = false; // the old container was stopped and nothing runs in its place
    HaState ha;              // ha.config after the run (or before it, if nothing changed)
};

// Everything a report says about one run, read from its journal: plain data, no formatting and
// no labels (ReportOutline turns it into localised text, the writers into a file format). Every
// text has been through the log redactor, so a secret that slipped into the journal stops here.
// Missing or malformed facts are left empty (the writers say "not recorded"); nothing in a
// journal makes the model fail.
struct ReportModel
{
    // The run
    QString runId;
    QString kind; // "upgrade" or "rollback"
    QString state;
    QString planFile;
    QString upgradeRun; // rollback: the upgrade run it undid
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime generatedAt;
    QString generator; // "OMS Upgrade Assistant 0.1.0"

    Verdict verdict = Verdict::Unknown;
    QString failedStep; // the first failed step, if any
    QString failureError;

    // Route, host, people
    QString route;
    QString routeLabel;
    QString sourceVersion;
    QString targetVersion;
    QString host;
    QString hostKey;
    QString workstation;
    QString operatorName;
    std::optional<qint64> clockSkewSec;

    // Containers and the MetaDB
    QString oldContainer;
    QString newContainer;
    QString sourceImage;
    QString targetImage;
    QString runCommand;
    QString metaDbRoute;
    QString metaDbServerVersion;
    QList<QPair<QString, QString>> databases; // role -> name, rm / cm / cm_hb first

    // Times (host clock, UTC)
    QDateTime t1;
    QDateTime t2;
    QDateTime t3;
    std::optional<qint64> downtimeMs; // T2 - T1
    QList<TimelineEntry> timeline;    // the steps and T1/T2/T3 in the order they happened

    RefetchEntry refetch;
    std::optional<bool> haEnabledBefore;
    HaState haBefore;
    HaState haAfter;

    std::optional<bool> mountsOk;
    QList<MountEntry> mounts;

    BackupEntry backup;
    QList<TableChecksum> checksums;
    bool schemaRecorded = false;
    QList<SchemaChange> schemaChanges; // tables whose column count changed, appeared or went
    int schemaTablesUnchanged = 0;

    QList<StepEntry> steps;
    QStringList warnings;
    QStringList manualFollowUps;
    // Rollback: the OMS components the documentation says may need manual recovery.
    QStringList manualRecoveryComponents;

    FinalState finalState;

    bool isRollback() const { return kind == QLatin1String("rollback"); }

    // The output excerpt keeps this many last lines of a step's output.
    static constexpr int kOutputExcerptLines = 40;
    static constexpr int kOutputExcerptLineChars = 400;

    // generatedAt: the time printed as "generated"; null: now.
    static ReportModel fromJournal(const upgrade::Journal& journal,
                                   const QDateTime& generatedAt = QDateTime());
};

} // namespace omsua::report
