#pragma once

#include "Expected.h"
#include "backup/BackupSet.h"
#include "backup/BackupVerifier.h"
#include "backup/Manifest.h"
#include "remote/CommandRunner.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <atomic>
#include <optional>

namespace omsua::upgrade {
class JournalStore;
}

namespace omsua::backup {

// A run that claims a backup set: the journal copy beside the set on the host, or a journal
// of this workstation that names the set.
struct SetRun
{
    enum class Source { Host, Local };

    QString runId;
    QString kind;  // "upgrade", "rollback"
    QString state; // the journal's top-level state; "unreadable" when it cannot be parsed
    Source source = Source::Host;
    QString setPath; // local journals: facts.backup_set.path (empty when not recorded)

    // Anything but "done" keeps the set: the run may still resume, or roll back from it.
    bool active() const { return state != QLatin1String("done"); }
    // "run 2026...-3f9c (upgrade) is running, journal.json beside the set"
    QString describe() const;
};

// One regular file inside a set's folder as the host lists it.
struct CatalogueFile
{
    QString name;
    qint64 bytes = 0;
    QByteArray tail; // the last DumpTrailer::kTailBytes bytes of *.sql files
};

// One folder of the backup directory. A folder without a valid manifest.json is still an
// entry ("unknown"): an interrupted backup or a hand-made copy must be seen, not hidden.
struct CatalogueEntry
{
    QString name; // the folder name; the run id for sets this tool wrote
    QString path; // on the host
    std::optional<Manifest> manifest;
    QString manifestProblem; // why there is no manifest (missing, invalid: the parser's words)
    QList<CatalogueFile> files;
    std::optional<SetRun> hostRun; // from <set>/journal.json
    QList<SetRun> localRuns;       // this workstation's journals that name the set
    // Sizes and trailers against the manifest (quick), or a full verification when asked for.
    std::optional<VerificationReport> check;

    bool isUnknown() const { return !manifest.has_value(); }
    qint64 totalBytes() const;
    const CatalogueFile* file(const QString& name) const;
    // The first active run (host journal first), or nullptr when the set may go.
    const SetRun* blockingRun() const;
    bool inUse() const { return blockingRun() != nullptr; }
    // "unknown", "incomplete", "damaged", "checked" (sizes and trailers), "verified" (sha256)
    QString checkState() const;
    // "3.3.0" / "3.3.1" from the manifest (the target read from its image tag); empty if unknown.
    QString fromVersion() const;
    QString toVersion() const;

    QJsonObject toJson() const;
};

// A glimpse of a dump on the host: its first and last bytes, nothing else transferred.
struct DumpPreview
{
    QString file;
    qint64 bytes = 0; // the file's size
    QByteArray head;
    QByteArray tail;
    bool whole = false; // the file is small enough that head holds all of it (tail is empty)
};

// The backup sets under the plan's backup directory on the host: listing (one round trip for
// the whole directory), verification on the host, preview, and deletion that refuses a set an
// unfinished run still needs. Downloads and uploads: BackupTransfer.
class BackupCatalogue
{
public:
    BackupCatalogue(remote::CommandRunner& runner, QString backupDirectory);

    // This workstation's runs, for the "in use" rule (without them only the host's
    // journal.json copies count).
    void setLocalRuns(QList<SetRun> runs) { m_localRuns = std::move(runs); }
    static QList<SetRun> localRunsFrom(const upgrade::JournalStore& store);
    void setCancelFlag(const std::atomic<bool>* cancel) { m_cancel = cancel; }
    void setVerifyProgressCallback(BackupVerifier::ProgressCallback callback)
    {
        m_verifyProgress = std::move(callback);
    }

    QString backupDirectory() const { return m_backupDirectory; }

    // Every folder, newest run id first; an empty list when the directory does not exist yet.
    // fullVerify: sha256 of every dump of every set recomputed on the host (slow for big
    // sets); otherwise sizes and trailers only.
    Expected<QList<CatalogueEntry>> list(bool fullVerify = false);
    // One folder; Error code "no-such-set" when there is none of that name.
    Expected<CatalogueEntry> entry(const QString& name, bool fullVerify = false);

    // Full verification on the host; Error code "no-manifest" for an unknown folder.
    Expected<VerificationReport> verify(const QString& name);

    // First and last `bytes` bytes of a file of the set (at most kMaxPreviewBytes each).
    static constexpr qint64 kMaxPreviewBytes = 1024 * 1024;
    Expected<DumpPreview> preview(const QString& name, const QString& file, qint64 bytes);

    // `rm -rf` of the set's folder. Refused (Error code "in-use", naming the run and its
    // state) while a run that is not done claims it.
    Expected<void> remove(const QString& name);

    // The listing script's output parsed (exposed for tests).
    static Expected<QList<CatalogueEntry>> parseListing(const QByteArray& output,
                                                        const QString& backupDirectory);
    // journal.json's content as the run it describes.
    static SetRun runFromJournal(const QByteArray& json, SetRun::Source source);
    // Attaches the local runs that name a set (its path, or its run id) to the entries.
    static void attachLocalRuns(QList<CatalogueEntry>& entries, const QList<SetRun>& runs);

private:
    Expected<QList<CatalogueEntry>> listFolders(const QString& onlyName, bool fullVerify);
    Expected<BackupSet> setNamed(const QString& name) const;

    remote::CommandRunner& m_runner;
    QString m_backupDirectory;
    QList<SetRun> m_localRuns;
    const std::atomic<bool>* m_cancel = nullptr;
    BackupVerifier::ProgressCallback m_verifyProgress;
};

} // namespace omsua::backup
