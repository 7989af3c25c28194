#include "backup/BackupVerifier.h"

#include "backup/DumpTrailer.h"
#include "backup/HostFileProbe.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace omsua::backup {

QString toString(FileStatus status)
{
    switch (status) {
    case FileStatus::Ok:
        return QStringLiteral("ok");
    case FileStatus::NotCompleted:
        return QStringLiteral("not completed");
    case FileStatus::Missing:
        return QStringLiteral("missing");
    case FileStatus::TrailerMissing:
        return QStringLiteral("trailer missing");
    case FileStatus::SizeDiffers:
        return QStringLiteral("size differs");
    case FileStatus::ChecksumDiffers:
        return QStringLiteral("checksum differs");
    }
    return {};
}

bool VerificationReport::ok() const
{
    if (!problems.isEmpty() || files.isEmpty())
        return false;
    for (const FileVerification& file : files) {
        if (!file.ok())
            return false;
    }
    return true;
}

const FileVerification* VerificationReport::file(const QString& fileName) const
{
    for (const FileVerification& entry : files) {
        if (entry.file == fileName)
            return &entry;
    }
    return nullptr;
}

QString VerificationReport::summary() const
{
    if (ok()) {
        QStringList names;
        for (const FileVerification& file : files)
            names.append(file.file);
        if (!checksums)
            return QStringLiteral("Backup set %1 checked (sizes and trailers; checksums not "
                                  "recomputed): %2")
                .arg(setPath, names.join(QStringLiteral(", ")));
        return QStringLiteral("Backup set %1 verified: %2")
            .arg(setPath, names.join(QStringLiteral(", ")));
    }
    QStringList lines = problems;
    for (const FileVerification& file : files) {
        if (!file.ok())
            lines.append(file.detail);
    }
    return QStringLiteral("Backup set %1 does not verify: %2")
        .arg(setPath, lines.join(QStringLiteral("; ")));
}

BackupVerifier::BackupVerifier(remote::CommandRunner& runner)
    : m_runner(runner)
{}

Expected<VerificationReport> BackupVerifier::verify(const BackupSet& set)
{
    Expected<std::optional<Manifest>> manifest = set.readManifest(m_runner);
    if (!manifest)
        return manifest.error();
    if (!manifest->has_value())
        return makeError(QStringLiteral("The backup set has no manifest.json"), set.path(),
                         QStringLiteral("Without its manifest a set cannot be verified or "
                                        "restored; it was not written completely."));
    return verify(set, **manifest);
}

Expected<VerificationReport> BackupVerifier::verify(const BackupSet& set, const Manifest& manifest)
{
    int index = 0;
    return judge(set.path(), manifest, true, [&](const ManifestDatabase& db) {
        if (m_progress)
            m_progress(db.file, index++, int(manifest.databases.size()));
        return HostFileProbe::probe(m_runner, set.filePath(db.file),
                                    HostFileProbe::Checksum::Compute, m_cancel);
    });
}

Expected<VerificationReport> BackupVerifier::quickCheck(const BackupSet& set,
                                                        const Manifest& manifest)
{
    return judge(set.path(), manifest, false, [&](const ManifestDatabase& db) {
        return HostFileProbe::probe(m_runner, set.filePath(db.file), HostFileProbe::Checksum::Skip,
                                    m_cancel);
    });
}

Expected<HostFileFacts> BackupVerifier::measureLocal(const QString& path, bool checksum,
                                                     const std::atomic<bool>* cancel)
{
    HostFileFacts facts;
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile())
        return facts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("Cannot read %1: %2").arg(path, file.errorString()), path);
    facts.exists = true;
    facts.bytes = file.size();
    if (checksum) {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        QByteArray buffer(1024 * 1024, Qt::Uninitialized);
        for (;;) {
            if (cancel && cancel->load())
                return makeError(QStringLiteral("Cancelled while checking %1").arg(path), path);
            const qint64 n = file.read(buffer.data(), buffer.size());
            if (n < 0)
                return makeError(QStringLiteral("Cannot read %1: %2").arg(path, file.errorString()),
                                 path);
            if (n == 0)
                break;
            hash.addData(QByteArrayView(buffer.constData(), n));
        }
        facts.sha256 = QString::fromLatin1(hash.result().toHex());
    }
    if (!file.seek(qMax<qint64>(0, facts.bytes - DumpTrailer::kTailBytes)))
        return makeError(QStringLiteral("Cannot read %1: %2").arg(path, file.errorString()), path);
    facts.tail = file.readAll();
    return facts;
}

Expected<VerificationReport> BackupVerifier::verifyLocal(const QString& directory,
                                                         const Manifest& manifest,
                                                         const std::atomic<bool>* cancel,
                                                         const ProgressCallback& progress)
{
    const QDir dir(directory);
    int index = 0;
    return judge(directory, manifest, true, [&](const ManifestDatabase& db) {
        if (progress)
            progress(db.file, index++, int(manifest.databases.size()));
        return measureLocal(dir.filePath(db.file), true, cancel);
    });
}

Expected<VerificationReport> BackupVerifier::judge(const QString& setPath, const Manifest& manifest,
                                                   bool compareChecksums, const Measure& measure)
{
    VerificationReport report;
    report.setPath = setPath;
    report.manifest = manifest;
    report.checksums = compareChecksums;

    for (const DatabaseRole role : {DatabaseRole::Rm, DatabaseRole::Cm, DatabaseRole::CmHb}) {
        if (!manifest.database(role))
            report.problems.append(QStringLiteral("the manifest lists no dump of the %1 database")
                                       .arg(toString(role)));
    }

    for (const ManifestDatabase& db : manifest.databases) {
        const QString path = setPath + QLatin1Char('/') + db.file;
        if (!db.completed) {
            report.files.append(judgeFile(db, path, HostFileFacts{}, compareChecksums));
            continue;
        }
        Expected<HostFileFacts> facts = measure(db);
        if (!facts)
            return facts.error();
        report.files.append(judgeFile(db, path, *facts, compareChecksums));
    }
    return report;
}

FileVerification BackupVerifier::judgeFile(const ManifestDatabase& db, const QString& path,
                                           const HostFileFacts& facts, bool compareChecksum)
{
    FileVerification check;
    check.role = db.role;
    check.database = db.name;
    check.file = db.file;
    check.path = path;
    check.expectedBytes = db.bytes;
    check.expectedSha256 = db.sha256;

    if (!db.completed) {
        check.status = FileStatus::NotCompleted;
        check.detail = QStringLiteral("%1: the manifest records the dump of %2 as not completed")
                           .arg(db.file, db.name);
        return check;
    }
    if (!facts.exists) {
        check.status = FileStatus::Missing;
        check.detail = QStringLiteral("%1: missing").arg(db.file);
        return check;
    }
    check.actualBytes = facts.bytes;
    check.actualSha256 = facts.sha256;
    check.trailer = DumpTrailer::lastLine(facts.tail);

    QStringList findings;
    const bool trailerOk = DumpTrailer::isCompletionLine(check.trailer);
    const bool sizeOk = facts.bytes == db.bytes;
    const bool checksumOk = !compareChecksum || facts.sha256 == db.sha256;
    if (!trailerOk)
        findings.append(
            QStringLiteral("trailer missing (last line: \"%1\")").arg(check.trailer.left(60)));
    if (!sizeOk)
        findings.append(
            QStringLiteral("size differs (%1 bytes, manifest: %2)").arg(facts.bytes).arg(db.bytes));
    if (!checksumOk)
        findings.append(QStringLiteral("checksum differs (sha256 %1, manifest: %2)")
                            .arg(facts.sha256, db.sha256));

    if (!trailerOk)
        check.status = FileStatus::TrailerMissing;
    else if (!sizeOk)
        check.status = FileStatus::SizeDiffers;
    else if (!checksumOk)
        check.status = FileStatus::ChecksumDiffers;
    check.detail = findings.isEmpty()
                       ? QStringLiteral("%1: ok").arg(db.file)
                       : db.file + QStringLiteral(": ") + findings.join(QStringLiteral(", "));
    return check;
}

} // namespace omsua::backup
