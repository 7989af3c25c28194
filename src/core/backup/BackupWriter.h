#pragma once

#include "Expected.h"
#include "backup/BackupSet.h"
#include "backup/BackupTypes.h"
#include "backup/DumpTool.h"
#include "backup/Manifest.h"
#include "remote/CommandRunner.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>
#include <optional>

namespace omsua::backup {

// What to back up and what to record about it.
struct BackupRequest
{
    struct Database
    {
        DatabaseRole role = DatabaseRole::Rm;
        QString name; // from config.yaml
    };

    QString backupDirectory; // plan.backup.directory (host path)
    QString runId;
    MetaDbCredentials credentials; // as reachable from the host
    QList<Database> databases;     // rm, cm, cm_hb (in the order to dump)

    // Recorded in the manifest as given.
    QString container;
    QString sourceImage;
    QString sourceVersion;
    QString targetImage;
    QString serverVersion;
    QDateTime t1;
    QJsonObject inspect;
    QString configYamlMasked;
    QString notes;
};

struct BackupProgress
{
    enum class Phase {
        Checking,  // looking at an existing set
        Dumping,   // a dump started
        Table,     // the dump reached another table
        Verifying, // size, trailer and checksum of a finished dump
        Dumped,    // one database done
        Done,      // the whole set written and its manifest saved
        Reused,    // an existing set verified and is used as it is
    };
    Phase phase = Phase::Checking;
    DatabaseRole role = DatabaseRole::Rm;
    QString database;
    int databaseIndex = 0; // 0-based, of databaseCount
    int databaseCount = 0;
    QString table;      // Phase::Table
    int tablesDone = 0; // tables of this database started so far
    QString message;    // one line for the operator
};

struct BackupOutcome
{
    BackupSet set;
    Manifest manifest;
    bool reused = false;  // an existing complete set verified and was kept
    bool rebuilt = false; // an incomplete set for the same run was replaced
    qint64 elapsedMs = 0;
    QStringList commands; // every command run on the host, in order (no secret is ever in one)
    QString summary;
};

// Seed step 2.3 made safe: dumps rm, cm and cm_hb into a new backup set on the host, verifies
// each dump (exit status 0, "-- Dump completed" trailer, size > 0, sha256 computed on the host)
// before it gets its final name, and writes manifest.json. The MetaDB password travels in an
// option file (OptionFile), never on a command line.
//
// A dump that fails or is cancelled keeps its partial output as <db>.sql.failed, is recorded as
// not completed in the manifest, and ends the backup with an Error naming the database. A set
// for the same run that already exists is reused when it verifies completely, rebuilt when it
// does not.
class BackupWriter
{
public:
    using ProgressCallback = std::function<void(const BackupProgress&)>;

    explicit BackupWriter(remote::CommandRunner& runner);

    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }
    void setCancelFlag(const std::atomic<bool>* cancel) { m_cancel = cancel; }
    // The dump tool to use; detected on the host when not set.
    void setDumpTool(const DumpTool& tool) { m_tool = tool; }

    Expected<BackupOutcome> write(const BackupRequest& request);

    // "-- Retrieving table structure for table `x`..." -> "x"; empty for other stderr lines.
    static QString tableFromVerboseLine(const QString& line);

private:
    void report(const BackupProgress& progress) const;

    remote::CommandRunner& m_runner;
    ProgressCallback m_progress;
    const std::atomic<bool>* m_cancel = nullptr;
    std::optional<DumpTool> m_tool;
};

} // namespace omsua::backup
