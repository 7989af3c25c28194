#pragma once

#include "Expected.h"
#include "backup/BackupSet.h"
#include "backup/Manifest.h"
#include "remote/CommandRunner.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <atomic>

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
    explicit BackupVerifier(remote::CommandRunner& runner);

    void setCancelFlag(const std::atomic<bool>* cancel) { m_cancel = cancel; }

    // Reads manifest.json from the set; an Error when there is none or it does not validate,
    // or when the host cannot be asked. Bad files are results, not Errors.
    Expected<VerificationReport> verify(const BackupSet& set);
    Expected<VerificationReport> verify(const BackupSet& set, const Manifest& manifest);

private:
    remote::CommandRunner& m_runner;
    const std::atomic<bool>* m_cancel = nullptr;
};

} // namespace omsua::backup
