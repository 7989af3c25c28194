#pragma once

#include "Expected.h"
#include "backup/BackupSet.h"
#include "backup/HostFileProbe.h"
#include "backup/Manifest.h"
#include "remote/CommandRunner.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>

namespace omsua::backup {

// The verdict on one dump file. When several things are wrong the first in this order is
// reported (and the detail text names the others).
enum class FileStatus {
    Ok,
    NotCompleted,    // the manifest itself records the dump as failed or unfinished
    Missing,         // no regular file of that name in the set
    TrailerMissing,  // the last line is not "-- Dump completed ..." (truncated or altered)
    SizeDiffers,     // size on the host != size in the manifest
    ChecksumDiffers, // sha256 recomputed on the host != sha256 in the manifest
};
QString toString(FileStatus status); // "ok", "not completed", "missing", ...

struct FileVerification
{
    DatabaseRole role = DatabaseRole::Rm;
    QString database;
    QString file; // name inside the set, from the manifest
    QString path; // full host path
    FileStatus status = FileStatus::Ok;
    qint64 expectedBytes = 0;
    qint64 actualBytes = -1; // -1: not measured
    QString expectedSha256;
    QString actualSha256;
    QString trailer; // the last line found on the host
    QString detail;  // one sentence, names the file

    bool ok() const { return status == FileStatus::Ok; }
};

struct VerificationReport
{
    QString setPath;
    Manifest manifest;
    QList<FileVerification> files;
    QStringList problems; // set-level: a database the set should hold but does not
    // False for a quick check (sizes and trailers only, nothing hashed): such a report never
    // says "verified".
    bool checksums = true;

    bool ok() const;
    const FileVerification* file(const QString& fileName) const;
    // "verified: rm_330.sql, cm_330.sql, cm_hb_330.sql" or the list of problems.
    QString summary() const;
};

// Checks a backup set on the host against its manifest: every file present, same size, same
// sha256 (recomputed on the host), completion trailer present. Read-only. Must pass before a
// set is reused, downloaded or restored from.
class BackupVerifier
{
public:
    // Before each file is measured: its name, 0-based index and the number of files.
    using ProgressCallback = std::function<void(const QString& file, int index, int count)>;
    // What one manifest entry's file looks like (exists, bytes, sha256 when asked, tail).
    using Measure = std::function<Expected<HostFileFacts>(const ManifestDatabase& db)>;

    explicit BackupVerifier(remote::CommandRunner& runner);

    void setCancelFlag(const std::atomic<bool>* cancel) { m_cancel = cancel; }
    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }

    // Reads manifest.json from the set; an Error when there is none or it does not validate,
    // or when the host cannot be asked. Bad files are results, not Errors.
    Expected<VerificationReport> verify(const BackupSet& set);
    Expected<VerificationReport> verify(const BackupSet& set, const Manifest& manifest);

    // Sizes and trailers only, nothing hashed: what a listing can afford for every set. The
    // report has checksums == false.
    Expected<VerificationReport> quickCheck(const BackupSet& set, const Manifest& manifest);

    // A copy of a set on this computer (a download): the same checks, sha256 computed here.
    static Expected<VerificationReport> verifyLocal(const QString& directory,
                                                    const Manifest& manifest,
                                                    const std::atomic<bool>* cancel = nullptr,
                                                    const ProgressCallback& progress = {});
    // size, sha256 (when asked) and tail of a local file; exists == false when it is not a file.
    static Expected<HostFileFacts> measureLocal(const QString& path, bool checksum,
                                                const std::atomic<bool>* cancel = nullptr);

    // The verdicts, from facts the caller measured wherever the set is. One rule for the host,
    // the listing and the local copy. compareChecksums: facts carry sha256 to compare.
    static Expected<VerificationReport> judge(const QString& setPath, const Manifest& manifest,
                                              bool compareChecksums, const Measure& measure);
    static FileVerification judgeFile(const ManifestDatabase& db, const QString& path,
                                      const HostFileFacts& facts, bool compareChecksum);

private:
    remote::CommandRunner& m_runner;
    const std::atomic<bool>* m_cancel = nullptr;
    ProgressCallback m_progress;
};

} // namespace omsua::backup
