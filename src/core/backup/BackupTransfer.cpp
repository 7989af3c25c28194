#include "backup/BackupTransfer.h"

#include "remote/SftpClient.h"
#include "remote/ShellQuote.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>

namespace omsua::backup {

namespace {

constexpr int kCommandTimeoutMs = 60000;
constexpr int kTargetExistsStatus = 45;
constexpr qint64 kMaxManifestBytes = 16 * 1024 * 1024;

const QFileDevice::Permissions kOwnerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
const QFileDevice::Permissions kOwnerOnlyDirectory =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

Error withCode(Error error, const QString& code)
{
    error.code = code;
    return error;
}

remote::ExecOptions quickOptions()
{
    remote::ExecOptions options;
    options.timeoutMs = kCommandTimeoutMs;
    return options;
}

QString badFilesText(const VerificationReport& report)
{
    QStringList lines = report.problems;
    for (const FileVerification& file : report.files) {
        if (!file.ok())
            lines.append(file.detail);
    }
    return lines.join(QStringLiteral("; "));
}

Expected<QByteArray> readLocalManifest(const QString& directory)
{
    const QString path = QDir(directory).filePath(Manifest::kFileName);
    QFile file(path);
    if (!QFileInfo(directory).isDir())
        return withCode(makeError(QStringLiteral("No folder %1").arg(directory), directory),
                        QStringLiteral("bad-input"));
    if (!file.exists())
        return withCode(makeError(QStringLiteral("No manifest.json in %1").arg(directory), path,
                                  QStringLiteral("Name the folder of one set, as a download "
                                                 "made it: <folder>/<run id>.")),
                        QStringLiteral("no-manifest"));
    if (file.size() > kMaxManifestBytes || !file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("Cannot read %1: %2").arg(path, file.errorString()), path);
    return file.readAll();
}

} // namespace

BackupTransfer::BackupTransfer(remote::CommandRunner& runner, remote::SftpClient& sftp)
    : m_runner(runner)
    , m_sftp(sftp)
{}

void BackupTransfer::report(const SetTransferProgress& progress) const
{
    if (m_progress)
        m_progress(progress);
}

Expected<DownloadOutcome> BackupTransfer::download(const BackupSet& set, const QString& localRoot)
{
    const Expected<bool> exists = set.exists(m_runner);
    if (!exists)
        return exists.error();
    if (!*exists)
        return withCode(
            makeError(
                QStringLiteral("No backup set %1 in %2").arg(set.runId(), set.backupDirectory()),
                set.path(), QStringLiteral("`oms-upgrade backups list` shows the sets.")),
            QStringLiteral("no-such-set"));

    // The manifest's bytes exactly as on the host: the local copy is the same document.
    const Expected<bool> hasManifest = m_sftp.exists(set.manifestPath());
    if (!hasManifest)
        return hasManifest.error();
    if (!*hasManifest)
        return withCode(makeError(QStringLiteral("Backup set %1 has no manifest.json; an unknown "
                                                 "folder is not downloaded")
                                      .arg(set.runId()),
                                  set.manifestPath()),
                        QStringLiteral("no-manifest"));
    const Expected<QByteArray> manifestBytes =
        m_sftp.readAll(set.manifestPath(), kMaxManifestBytes);
    if (!manifestBytes)
        return manifestBytes.error();
    Expected<Manifest> manifest = Manifest::fromJson(*manifestBytes, set.manifestPath());
    if (!manifest)
        return withCode(manifest.error(), QStringLiteral("no-manifest"));

    // Sizes and trailers on the host first: a missing or cut dump is not worth fetching.
    BackupVerifier hostCheck(m_runner);
    hostCheck.setCancelFlag(m_cancel);
    const Expected<VerificationReport> quick = hostCheck.quickCheck(set, *manifest);
    if (!quick)
        return quick.error();
    if (!quick->ok())
        return withCode(makeError(QStringLiteral("Backup set %1 is damaged on the host: %2")
                                      .arg(set.runId(), badFilesText(*quick)),
                                  set.path(),
                                  QStringLiteral("`oms-upgrade backups verify` checks it fully.")),
                        QStringLiteral("set-damaged"));

    DownloadOutcome outcome;
    outcome.manifest = *manifest;
    outcome.localPath = QDir(localRoot).absoluteFilePath(set.runId());
    QDir local(outcome.localPath);
    if (!local.exists()) {
        if (!QDir().mkpath(outcome.localPath))
            return makeError(QStringLiteral("Cannot create %1").arg(outcome.localPath),
                             outcome.localPath);
        // The dumps hold every credential OMS stores.
        QFile::setPermissions(outcome.localPath, kOwnerOnlyDirectory);
    }
    const QString localManifest = local.filePath(Manifest::kFileName);
    if (QFileInfo::exists(localManifest)) {
        QFile existing(localManifest);
        if (!existing.open(QIODevice::ReadOnly) || existing.readAll() != *manifestBytes)
            return withCode(makeError(QStringLiteral("%1 already holds a different backup set "
                                                     "named %2")
                                          .arg(outcome.localPath, set.runId()),
                                      localManifest,
                                      QStringLiteral("Download into another folder, or move "
                                                     "that copy away.")),
                            QStringLiteral("local-differs"));
    }

    for (const ManifestDatabase& db : manifest->databases)
        outcome.totalBytes += db.bytes;
    SetTransferProgress progress;
    progress.fileCount = int(manifest->databases.size());
    progress.total = outcome.totalBytes;
    qint64 done = 0;
    for (int i = 0; i < manifest->databases.size(); ++i) {
        const ManifestDatabase& db = manifest->databases.at(i);
        const QString target = local.filePath(db.file);
        progress.file = db.file;
        progress.fileIndex = i;
        progress.fileBytes = db.bytes;
        const QFileInfo present(target);
        if (present.isFile() && present.size() == db.bytes) {
            // Complete from an earlier attempt; the checksum below decides whether it stays.
            outcome.alreadyPresent.append(db.file);
            done += db.bytes;
            progress.fileDone = db.bytes;
            progress.done = done;
            report(progress);
            continue;
        }
        const QString partPath = target + QStringLiteral(".part");
        qint64 resumed = 0;
        if (QFileInfo::exists(partPath)) {
            resumed = QFileInfo(partPath).size();
            if (resumed > db.bytes)
                resumed = 0; // SftpClient starts such a file again
        } else {
            QFile part(partPath);
            if (!part.open(QIODevice::WriteOnly))
                return makeError(
                    QStringLiteral("Cannot write %1: %2").arg(partPath, part.errorString()),
                    partPath);
            part.setPermissions(kOwnerOnlyFile);
        }
        const qint64 base = done;
        const Expected<qint64> copied = m_sftp.downloadFile(
            set.filePath(db.file), target, true,
            [&](qint64 fileDone, qint64) {
                progress.fileDone = fileDone;
                progress.done = base + fileDone;
                report(progress);
            },
            m_cancel);
        if (!copied) {
            Error error = copied.error();
            error.message =
                QStringLiteral("Downloading %1 stopped: %2").arg(db.file, error.message);
            if (error.hint.isEmpty())
                error.hint =
                    QStringLiteral("Run the download again: it continues where it stopped.");
            return error;
        }
        outcome.resumedBytes += resumed;
        outcome.transferredBytes += *copied - resumed;
        done = base + db.bytes;
    }

    progress.phase = SetTransferProgress::Phase::Verifying;
    Expected<VerificationReport> checked = BackupVerifier::verifyLocal(
        outcome.localPath, *manifest, m_cancel, [&](const QString& file, int index, int) {
            progress.file = file;
            progress.fileIndex = index;
            report(progress);
        });
    if (!checked)
        return checked.error();
    outcome.report = *checked;
    if (!checked->ok()) {
        // A bad copy must not be taken for a complete one by the next attempt.
        for (const FileVerification& file : checked->files) {
            if (!file.ok())
                QFile::remove(file.path);
        }
        return withCode(
            makeError(QStringLiteral("The downloaded copy of backup set %1 does not match its "
                                     "manifest: %2")
                          .arg(set.runId(), badFilesText(*checked)),
                      outcome.localPath,
                      QStringLiteral("The bad files were removed; run the download again. If it "
                                     "fails again, `oms-upgrade backups verify` checks the set on "
                                     "the host.")),
            QStringLiteral("checksum-mismatch"));
    }

    QSaveFile manifestFile(localManifest);
    if (!manifestFile.open(QIODevice::WriteOnly))
        return makeError(
            QStringLiteral("Cannot write %1: %2").arg(localManifest, manifestFile.errorString()),
            localManifest);
    manifestFile.setPermissions(kOwnerOnlyFile);
    manifestFile.write(*manifestBytes);
    if (!manifestFile.commit())
        return makeError(
            QStringLiteral("Cannot write %1: %2").arg(localManifest, manifestFile.errorString()),
            localManifest);
    return outcome;
}

Expected<UploadOutcome> BackupTransfer::upload(const QString& localDirectory,
                                               const QString& backupDirectory)
{
    const Expected<QByteArray> manifestBytes = readLocalManifest(localDirectory);
    if (!manifestBytes)
        return manifestBytes.error();
    const QString localManifest = QDir(localDirectory).filePath(Manifest::kFileName);
    Expected<Manifest> manifest = Manifest::fromJson(*manifestBytes, localManifest);
    if (!manifest)
        return withCode(manifest.error(), QStringLiteral("no-manifest"));

    // The local copy first: a damaged copy is never sent.
    SetTransferProgress progress;
    progress.phase = SetTransferProgress::Phase::Verifying;
    progress.fileCount = int(manifest->databases.size());
    for (const ManifestDatabase& db : manifest->databases)
        progress.total += db.bytes;
    const Expected<VerificationReport> local = BackupVerifier::verifyLocal(
        localDirectory, *manifest, m_cancel, [&](const QString& file, int index, int) {
            progress.file = file;
            progress.fileIndex = index;
            report(progress);
        });
    if (!local)
        return local.error();
    if (!local->ok())
        return withCode(makeError(QStringLiteral("The local copy of backup set %1 does not "
                                                 "verify: %2")
                                      .arg(manifest->runId, badFilesText(*local)),
                                  localDirectory),
                        QStringLiteral("local-set-bad"));

    Expected<BackupSet> set = BackupSet::at(backupDirectory, manifest->runId);
    if (!set)
        return set.error();
    UploadOutcome outcome;
    outcome.set = *set;

    const Expected<bool> exists = set->exists(m_runner);
    if (!exists)
        return exists.error();
    if (*exists) {
        // Byte-identical means: the same manifest, and every dump on the host matches it.
        const Expected<bool> hasManifest = m_sftp.exists(set->manifestPath());
        if (!hasManifest)
            return hasManifest.error();
        bool identical = false;
        if (*hasManifest) {
            const Expected<QByteArray> onHost =
                m_sftp.readAll(set->manifestPath(), kMaxManifestBytes);
            if (!onHost)
                return onHost.error();
            if (*onHost == *manifestBytes) {
                BackupVerifier verifier(m_runner);
                verifier.setCancelFlag(m_cancel);
                const Expected<VerificationReport> hostReport = verifier.verify(*set, *manifest);
                if (!hostReport)
                    return hostReport.error();
                if (hostReport->ok()) {
                    outcome.alreadyPresent = true;
                    outcome.report = *hostReport;
                    identical = true;
                }
            }
        }
        if (!identical)
            return withCode(makeError(QStringLiteral("A different backup set %1 is already on "
                                                     "the host")
                                          .arg(set->runId()),
                                      set->path(),
                                      QStringLiteral("It is left as it is. Delete it first "
                                                     "(`oms-upgrade backups delete`) if it should "
                                                     "be replaced.")),
                            QStringLiteral("set-exists"));
        return outcome;
    }

    // A hidden staging folder beside the sets (the listing skips hidden names); the set appears
    // under its real name only once it verified on the host.
    const QString separator =
        set->backupDirectory() == QLatin1String("/") ? QString() : QStringLiteral("/");
    const QString stagingRoot = set->backupDirectory() + separator +
                                QStringLiteral(".omsua-upload-") +
                                QString::number(QRandomGenerator::global()->generate64(), 36);
    Expected<BackupSet> staging = BackupSet::at(stagingRoot, manifest->runId);
    if (!staging)
        return staging.error();
    const Expected<remote::CommandResult> made = m_runner.runShell(
        QStringLiteral("umask 077 && mkdir -p -- ") + remote::shellQuote(set->backupDirectory()) +
            QStringLiteral(" && mkdir -m 0700 -- ") + remote::shellQuote(stagingRoot) +
            QStringLiteral(" && mkdir -m 0700 -- ") + remote::shellQuote(staging->path()),
        quickOptions());
    if (!made)
        return made.error();
    if (!made->succeeded())
        return makeError(QStringLiteral("Cannot create a folder in the backup directory: %1")
                             .arg(QString::fromUtf8(made->stdErr).trimmed().left(400)),
                         set->backupDirectory());
    const auto discard = [&](Error error) -> Error {
        (void)m_runner.run(
            {QStringLiteral("rm"), QStringLiteral("-rf"), QStringLiteral("--"), stagingRoot},
            quickOptions());
        return error;
    };

    progress.phase = SetTransferProgress::Phase::Transferring;
    qint64 done = 0;
    for (int i = 0; i < manifest->databases.size(); ++i) {
        const ManifestDatabase& db = manifest->databases.at(i);
        progress.file = db.file;
        progress.fileIndex = i;
        progress.fileBytes = db.bytes;
        progress.fileDone = 0;
        const qint64 base = done;
        const Expected<qint64> sent = m_sftp.uploadFile(
            QDir(localDirectory).filePath(db.file), staging->filePath(db.file), 0600,
            [&](qint64 fileDone, qint64) {
                progress.fileDone = fileDone;
                progress.done = base + fileDone;
                report(progress);
            },
            m_cancel);
        if (!sent) {
            Error error = sent.error();
            error.message = QStringLiteral("Uploading %1 stopped: %2").arg(db.file, error.message);
            return discard(error);
        }
        outcome.transferredBytes += *sent;
        done = base + db.bytes;
    }
    if (Expected<void> written = m_sftp.writeAll(staging->manifestPath(), *manifestBytes, 0600);
        !written)
        return discard(written.error());

    progress.phase = SetTransferProgress::Phase::Verifying;
    BackupVerifier verifier(m_runner);
    verifier.setCancelFlag(m_cancel);
    verifier.setProgressCallback([&](const QString& file, int index, int) {
        progress.file = file;
        progress.fileIndex = index;
        report(progress);
    });
    Expected<VerificationReport> hostReport = verifier.verify(*staging, *manifest);
    if (!hostReport)
        return discard(hostReport.error());
    if (!hostReport->ok())
        return discard(withCode(makeError(QStringLiteral("The uploaded copy of backup set %1 "
                                                         "does not verify on the host: %2")
                                              .arg(set->runId(), badFilesText(*hostReport)),
                                          set->path(),
                                          QStringLiteral("Nothing was kept on the host; try "
                                                         "again.")),
                                QStringLiteral("host-verify-failed")));

    // rename(2) of the verified folder; refused if a set of that name appeared meanwhile.
    const QString finalPath = remote::shellQuote(set->path());
    const Expected<remote::CommandResult> moved = m_runner.runShell(
        QStringLiteral("if [ -e ") + finalPath + QStringLiteral(" ]; then exit ") +
            QString::number(kTargetExistsStatus) + QStringLiteral("; fi; mv -T -- ") +
            remote::shellQuote(staging->path()) + QLatin1Char(' ') + finalPath +
            QStringLiteral(" && rmdir -- ") + remote::shellQuote(stagingRoot),
        quickOptions());
    if (!moved)
        return discard(moved.error());
    if (moved->exitStatus == kTargetExistsStatus)
        return discard(withCode(makeError(QStringLiteral("A backup set %1 appeared on the host "
                                                         "during the upload")
                                              .arg(set->runId()),
                                          set->path()),
                                QStringLiteral("set-exists")));
    if (!moved->succeeded())
        return discard(makeError(QStringLiteral("Cannot move the uploaded set into place: %1")
                                     .arg(QString::fromUtf8(moved->stdErr).trimmed().left(400)),
                                 set->path()));
    outcome.report = *hostReport;
    outcome.report.setPath = set->path();
    for (FileVerification& file : outcome.report.files)
        file.path = set->filePath(file.file);
    return outcome;
}

} // namespace omsua::backup
