#pragma once

#include "Expected.h"
#include "backup/BackupSet.h"
#include "backup/BackupVerifier.h"
#include "backup/Manifest.h"
#include "remote/CommandRunner.h"

#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>

namespace omsua::remote {
class SftpClient;
}

namespace omsua::backup {

// Where a set transfer stands, in bytes. done/total cover every dump of the set (a resumed or
// already present part counts as done); the file fields describe the file now moving.
struct SetTransferProgress
{
    enum class Phase { Transferring, Verifying };
    Phase phase = Phase::Transferring;
    QString file;
    int fileIndex = 0; // 0-based, of fileCount
    int fileCount = 0;
    qint64 fileDone = 0;
    qint64 fileBytes = 0;
    qint64 done = 0;
    qint64 total = 0;
};

struct DownloadOutcome
{
    QString localPath; // <to>/<run id>
    Manifest manifest;
    qint64 totalBytes = 0;       // the dumps' sizes
    qint64 transferredBytes = 0; // moved over the network this time
    qint64 resumedBytes = 0;     // taken from .part files of an interrupted download
    QStringList alreadyPresent;  // dumps complete locally before this download (checked anyway)
    VerificationReport report;   // the local check, sha256 computed here
};

struct UploadOutcome
{
    BackupSet set;
    qint64 transferredBytes = 0;
    bool alreadyPresent = false; // an identical set was on the host: nothing was uploaded
    VerificationReport report;   // verification on the host
};

// Moves whole backup sets between the host and this computer over SFTP.
//
// Download: <to>/<run id>/ receives the dumps (each through "<file>.part", resumed from its
// size after a broken connection or a cancel) and, only once every dump's sha256 computed here
// matches the manifest, manifest.json: a local folder with a manifest is a complete copy.
//
// Upload: the local copy is verified first, sent into a hidden staging folder beside the sets,
// verified on the host (sha256 computed there), and only then renamed to <backup dir>/<run id>:
// a broken upload never looks like a set. An existing set of that name is left alone unless it
// is byte-identical (then nothing is sent).
class BackupTransfer
{
public:
    using ProgressCallback = std::function<void(const SetTransferProgress&)>;

    BackupTransfer(remote::CommandRunner& runner, remote::SftpClient& sftp);

    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }
    void setCancelFlag(const std::atomic<bool>* cancel) { m_cancel = cancel; }

    // Error codes: "no-such-set", "no-manifest" (an unknown folder), "set-damaged" (missing or
    // truncated on the host: checked before anything moves), "local-differs" (the local folder
    // holds another set of that name), "checksum-mismatch" (the local copy does not match the
    // manifest; the bad file is removed so that the next attempt fetches it anew).
    Expected<DownloadOutcome> download(const BackupSet& set, const QString& localRoot);

    // Error codes: "bad-input" (no such local folder), "no-manifest" and "local-set-bad" (the
    // local copy does not verify: nothing is sent), "set-exists" (a different set of that name
    // is on the host), "host-verify-failed".
    Expected<UploadOutcome> upload(const QString& localDirectory, const QString& backupDirectory);

private:
    void report(const SetTransferProgress& progress) const;

    remote::CommandRunner& m_runner;
    remote::SftpClient& m_sftp;
    ProgressCallback m_progress;
    const std::atomic<bool>* m_cancel = nullptr;
};

} // namespace omsua::backup
