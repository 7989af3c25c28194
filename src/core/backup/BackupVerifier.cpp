#include "backup/BackupVerifier.h"

#include "backup/DumpTrailer.h"
#include "backup/HostFileProbe.h"

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
    VerificationReport report;
    report.setPath = set.path();
    report.manifest = manifest;

    for (const DatabaseRole role : {DatabaseRole::Rm, DatabaseRole::Cm, DatabaseRole::CmHb}) {
        if (!manifest.database(role))
            report.problems.append(QStringLiteral("the manifest lists no dump of the %1 database")
                                       .arg(toString(role)));
    }

    for (const ManifestDatabase& db : manifest.databases) {
        FileVerification check;
        check.role = db.role;
        check.database = db.name;
        check.file = db.file;
        check.path = set.filePath(db.file);
        check.expectedBytes = db.bytes;
        check.expectedSha256 = db.sha256;

        if (!db.completed) {
            check.status = FileStatus::NotCompleted;
            check.detail = QStringLiteral("%1: the manifest records the dump of %2 as not "
                                          "completed")
                               .arg(db.file, db.name);
            report.files.append(check);
            continue;
        }

        Expected<HostFileFacts> facts =
            HostFileProbe::probe(m_runner, check.path, HostFileProbe::Checksum::Compute, m_cancel);
        if (!facts)
            return facts.error();
        if (!facts->exists) {
            check.status = FileStatus::Missing;
            check.detail = QStringLiteral("%1: missing").arg(db.file);
            report.files.append(check);
            continue;
        }
        check.actualBytes = facts->bytes;
        check.actualSha256 = facts->sha256;
        check.trailer = DumpTrailer::lastLine(facts->tail);

        QStringList findings;
        const bool trailerOk = DumpTrailer::isCompletionLine(check.trailer);
        const bool sizeOk = facts->bytes == db.bytes;
        const bool checksumOk = facts->sha256 == db.sha256;
        if (!trailerOk)
            findings.append(
                QStringLiteral("trailer missing (last line: \"%1\")").arg(check.trailer.left(60)));
        if (!sizeOk)
            findings.append(QStringLiteral("size differs (%1 bytes, manifest: %2)")
                                .arg(facts->bytes)
                                .arg(db.bytes));
        if (!checksumOk)
            findings.append(QStringLiteral("checksum differs (sha256 %1, manifest: %2)")
                                .arg(facts->sha256, db.sha256));

        if (!trailerOk)
            check.status = FileStatus::TrailerMissing;
        else if (!sizeOk)
            check.status = FileStatus::SizeDiffers;
        else if (!checksumOk)
            check.status = FileStatus::ChecksumDiffers;
        check.detail = findings.isEmpty()
                           ? QStringLiteral("%1: ok").arg(db.file)
                           : db.file + QStringLiteral(": ") + findings.join(QStringLiteral(", "));
        report.files.append(check);
    }
    return report;
}

} // namespace omsua::backup
