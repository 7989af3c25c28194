#include "backup/BackupCatalogue.h"

#include "backup/DumpTrailer.h"
#include "backup/HostFileProbe.h"
#include "docker/ImageReference.h"
#include "remote/ShellQuote.h"
#include "upgrade/JournalKeys.h"
#include "upgrade/JournalStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace omsua::backup {

namespace {

constexpr int kQuickTimeoutMs = 120000;
constexpr int kMissingStatus = 44;
// journal.json and manifest.json are read whole by the listing, up to this size each; a larger
// one is cut, fails to parse and shows as such (a real one is a few hundred kB at most).
constexpr qint64 kMaxJsonBytes = 4 * 1024 * 1024;

QString excerpt(const QByteArray& text)
{
    return QString::fromUtf8(text).trimmed().left(400);
}

Error commandError(const QString& what, const remote::CommandResult& result, const QString& where)
{
    return makeError(
        QStringLiteral("%1 (exit status %2): %3")
            .arg(what)
            .arg(result.exitStatus)
            .arg(result.timedOut ? QStringLiteral("timed out") : excerpt(result.stdErr)),
        where);
}

Error withCode(Error error, const QString& code)
{
    error.code = code;
    return error;
}

bool isPlainFileName(const QString& name)
{
    return !name.isEmpty() && name != QLatin1String(".") && name != QLatin1String("..") &&
           !name.contains(QLatin1Char('/')) && !name.contains(QLatin1Char('\n')) &&
           !name.contains(QChar(0));
}

QString normalizedDirectory(QString directory)
{
    while (directory.size() > 1 && directory.endsWith(QLatin1Char('/')))
        directory.chop(1);
    return directory;
}

QString childPath(const QString& directory, const QString& name)
{
    if (directory == QLatin1String("/"))
        return QLatin1Char('/') + name;
    return directory + QLatin1Char('/') + name;
}

// One shell script for the whole directory (or one folder of it): per folder its name,
// manifest.json, journal.json and the files with their sizes and, for dumps, their last bytes.
// Everything variable travels base64-encoded, so no file name or content can break the format.
QString listingScript(const QString& directory, const QString& onlyName)
{
    const QString candidates =
        onlyName.isEmpty() ? QStringLiteral("*") : remote::shellQuote(onlyName);
    const QString maxJson = QString::number(kMaxJsonBytes);
    return QStringLiteral("d=") + remote::shellQuote(directory) +
           QStringLiteral(
               "; [ -e \"$d\" ] || exit 0"
               "; [ -d \"$d\" ] || { echo \"not a directory\" >&2; exit 45; }"
               "; command -v base64 >/dev/null 2>&1 || { echo \"base64 is missing\" >&2; exit 46; }"
               "; cd -- \"$d\" || exit 47"
               "; for s in ") +
           candidates +
           QStringLiteral("; do [ -d \"$s\" ] || continue"
                          "; printf 'S %s\\n' \"$(printf '%s' \"$s\" | base64 -w0)\""
                          "; if [ -L \"$s\" ]; then echo L; continue; fi"
                          "; if [ ! -r \"$s\" ] || [ ! -x \"$s\" ]; then echo E; continue; fi"
                          "; if [ -f \"$s/manifest.json\" ]; then printf 'M %s\\n' \"$(head -c ") +
           maxJson +
           QStringLiteral(" -- \"$s/manifest.json\" | base64 -w0)\"; fi"
                          "; if [ -f \"$s/journal.json\" ]; then printf 'J %s\\n' \"$(head -c ") +
           maxJson +
           QStringLiteral(" -- \"$s/journal.json\" | base64 -w0)\"; fi"
                          "; for f in \"$s\"/*; do [ -f \"$f\" ] || continue"
                          "; n=${f#\"$s/\"}; t="
                          "; case \"$n\" in *.sql) t=$(tail -c ") +
           QString::number(DumpTrailer::kTailBytes) +
           QStringLiteral(" -- \"$f\" | base64 -w0);; esac"
                          "; printf 'F %s %s %s\\n' \"$(stat -c %s -- \"$f\")\" "
                          "\"$(printf '%s' \"$n\" | base64 -w0)\" \"$t\""
                          "; done; done");
}

QString versionOfImage(const QString& image)
{
    if (image.isEmpty())
        return {};
    const Expected<QVersionNumber> version = docker::imageTagVersion(image);
    return version ? version->toString() : QString();
}

QJsonObject runToJson(const SetRun& run)
{
    return QJsonObject{
        {QStringLiteral("run_id"), run.runId},
        {QStringLiteral("kind"), run.kind},
        {QStringLiteral("state"), run.state},
        {QStringLiteral("source"),
         run.source == SetRun::Source::Host ? QStringLiteral("host") : QStringLiteral("local")},
        {QStringLiteral("active"), run.active()},
    };
}

QString timeText(const QDateTime& when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

QString SetRun::describe() const
{
    const QString who = kind.isEmpty() ? QStringLiteral("run %1").arg(runId)
                                       : QStringLiteral("run %1 (%2)").arg(runId, kind);
    const QString where = source == Source::Host ? QStringLiteral("journal.json beside the set")
                                                 : QStringLiteral("journal on this workstation");
    return QStringLiteral("%1 is %2 (%3)").arg(who, state, where);
}

qint64 CatalogueEntry::totalBytes() const
{
    qint64 total = 0;
    for (const CatalogueFile& f : files)
        total += f.bytes;
    return total;
}

const CatalogueFile* CatalogueEntry::file(const QString& fileName) const
{
    for (const CatalogueFile& f : files) {
        if (f.name == fileName)
            return &f;
    }
    return nullptr;
}

const SetRun* CatalogueEntry::blockingRun() const
{
    if (hostRun && hostRun->active())
        return &*hostRun;
    for (const SetRun& run : localRuns) {
        if (run.active())
            return &run;
    }
    return nullptr;
}

QString CatalogueEntry::checkState() const
{
    if (isUnknown())
        return QStringLiteral("unknown");
    if (!check)
        return QStringLiteral("unchecked");
    if (check->ok())
        return check->checksums ? QStringLiteral("verified") : QStringLiteral("checked");
    if (!check->problems.isEmpty())
        return QStringLiteral("incomplete");
    for (const FileVerification& f : check->files) {
        if (f.status == FileStatus::NotCompleted)
            return QStringLiteral("incomplete");
    }
    return QStringLiteral("damaged");
}

QString CatalogueEntry::fromVersion() const
{
    if (!manifest)
        return {};
    return manifest->sourceVersion.isEmpty() ? versionOfImage(manifest->sourceImage)
                                             : manifest->sourceVersion;
}

QString CatalogueEntry::toVersion() const
{
    return manifest ? versionOfImage(manifest->targetImage) : QString();
}

QJsonObject CatalogueEntry::toJson() const
{
    QJsonObject object{
        {QStringLiteral("name"), name},
        {QStringLiteral("path"), path},
        {QStringLiteral("state"), checkState()},
        {QStringLiteral("unknown"), isUnknown()},
        {QStringLiteral("total_bytes"), double(totalBytes())},
        {QStringLiteral("in_use"), inUse()},
    };
    if (const SetRun* run = blockingRun())
        object.insert(QStringLiteral("in_use_by"), run->describe());
    if (!manifestProblem.isEmpty())
        object.insert(QStringLiteral("problem"), manifestProblem);
    if (hostRun)
        object.insert(QStringLiteral("run"), runToJson(*hostRun));
    QJsonArray locals;
    for (const SetRun& run : localRuns)
        locals.append(runToJson(run));
    object.insert(QStringLiteral("local_runs"), locals);
    QJsonArray fileArray;
    for (const CatalogueFile& f : files)
        fileArray.append(QJsonObject{{QStringLiteral("name"), f.name},
                                     {QStringLiteral("bytes"), double(f.bytes)}});
    object.insert(QStringLiteral("files"), fileArray);
    if (manifest) {
        object.insert(QStringLiteral("run_id"), manifest->runId);
        object.insert(QStringLiteral("created_at"), timeText(manifest->createdAt));
        object.insert(QStringLiteral("from_version"), fromVersion());
        object.insert(QStringLiteral("to_version"), toVersion());
        object.insert(QStringLiteral("container"), manifest->container);
        object.insert(QStringLiteral("source_image"), manifest->sourceImage);
        object.insert(QStringLiteral("target_image"), manifest->targetImage);
        object.insert(QStringLiteral("server_version"), manifest->serverVersion);
        object.insert(QStringLiteral("t1"), timeText(manifest->t1));
        QJsonArray dbs;
        for (const ManifestDatabase& db : manifest->databases) {
            QJsonObject entry{{QStringLiteral("role"), toString(db.role)},
                              {QStringLiteral("name"), db.name},
                              {QStringLiteral("file"), db.file},
                              {QStringLiteral("bytes"), double(db.bytes)},
                              {QStringLiteral("sha256"), db.sha256},
                              {QStringLiteral("completed"), db.completed}};
            if (check) {
                if (const FileVerification* verdict = check->file(db.file)) {
                    entry.insert(QStringLiteral("status"), toString(verdict->status));
                    entry.insert(QStringLiteral("detail"), verdict->detail);
                }
            }
            dbs.append(entry);
        }
        object.insert(QStringLiteral("databases"), dbs);
    }
    if (check) {
        object.insert(
            QStringLiteral("check"),
            QJsonObject{{QStringLiteral("checksums"), check->checksums},
                        {QStringLiteral("ok"), check->ok()},
                        {QStringLiteral("problems"), QJsonArray::fromStringList(check->problems)},
                        {QStringLiteral("summary"), check->summary()}});
    }
    return object;
}

BackupCatalogue::BackupCatalogue(remote::CommandRunner& runner, QString backupDirectory)
    : m_runner(runner)
    , m_backupDirectory(normalizedDirectory(std::move(backupDirectory)))
{}

QList<SetRun> BackupCatalogue::localRunsFrom(const upgrade::JournalStore& store)
{
    QList<SetRun> runs;
    for (const QString& id : store.runIds()) {
        const Expected<upgrade::Journal> journal = store.open(id);
        if (!journal)
            continue; // a journal this version cannot read claims nothing it could prove
        SetRun run;
        run.runId = journal->runId();
        run.kind = journal->kind();
        run.state = journal->state().isEmpty() ? QStringLiteral("unknown") : journal->state();
        run.source = SetRun::Source::Local;
        run.setPath = journal->facts()
                          .value(upgrade::keys::backupSet)
                          .toObject()
                          .value(QStringLiteral("path"))
                          .toString();
        runs.append(run);
    }
    return runs;
}

SetRun BackupCatalogue::runFromJournal(const QByteArray& json, SetRun::Source source)
{
    SetRun run;
    run.source = source;
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject()) {
        // Cannot tell whether that run is finished: it keeps the set (the safe side).
        run.state = QStringLiteral("unreadable");
        return run;
    }
    const QJsonObject object = document.object();
    run.runId = object.value(QStringLiteral("runId")).toString();
    run.kind = object.value(QStringLiteral("kind")).toString();
    run.state = object.value(QStringLiteral("state")).toString();
    if (run.state.isEmpty())
        run.state = QStringLiteral("unknown");
    run.setPath = object.value(QStringLiteral("facts"))
                      .toObject()
                      .value(upgrade::keys::backupSet)
                      .toObject()
                      .value(QStringLiteral("path"))
                      .toString();
    return run;
}

void BackupCatalogue::attachLocalRuns(QList<CatalogueEntry>& entries, const QList<SetRun>& runs)
{
    for (CatalogueEntry& entry : entries) {
        entry.localRuns.clear();
        for (const SetRun& run : runs) {
            // The set's path as the run recorded it; before the backup step recorded it, a set
            // is named after its run.
            const bool named =
                run.setPath.isEmpty() ? run.runId == entry.name : run.setPath == entry.path;
            if (named)
                entry.localRuns.append(run);
        }
    }
}

Expected<QList<CatalogueEntry>> BackupCatalogue::parseListing(const QByteArray& output,
                                                              const QString& backupDirectory)
{
    const QString directory = normalizedDirectory(backupDirectory);
    const auto malformed = [&](int lineNumber) {
        return makeError(QStringLiteral("Unexpected output while listing the backup directory "
                                        "(line %1)")
                             .arg(lineNumber),
                         directory,
                         QStringLiteral("The host needs a POSIX shell and GNU coreutils "
                                        "(stat -c, base64, head, tail)."));
    };
    QList<CatalogueEntry> entries;
    std::optional<QByteArray> manifestJson;
    const auto finish = [&] {
        if (entries.isEmpty())
            return;
        CatalogueEntry& entry = entries.last();
        if (!entry.manifestProblem.isEmpty())
            return;
        if (!manifestJson) {
            entry.manifestProblem = QStringLiteral("no manifest.json");
            return;
        }
        Expected<Manifest> manifest =
            Manifest::fromJson(*manifestJson, childPath(entry.path, Manifest::kFileName));
        if (manifest)
            entry.manifest = std::move(*manifest);
        else
            entry.manifestProblem = manifest.error().message;
    };

    const QList<QByteArray> lines = output.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QByteArray& line = lines.at(i);
        if (line.isEmpty())
            continue;
        const QList<QByteArray> fields = line.split(' ');
        const QByteArray tag = fields.first();
        if (tag == "S") {
            finish();
            manifestJson.reset();
            if (fields.size() != 2)
                return malformed(i + 1);
            CatalogueEntry entry;
            entry.name = QString::fromUtf8(QByteArray::fromBase64(fields.at(1)));
            if (entry.name.isEmpty())
                return malformed(i + 1);
            entry.path = childPath(directory, entry.name);
            entries.append(entry);
            continue;
        }
        if (entries.isEmpty())
            return malformed(i + 1);
        CatalogueEntry& entry = entries.last();
        if (tag == "L") {
            entry.manifestProblem = QStringLiteral("a symbolic link, not a folder");
        } else if (tag == "E") {
            entry.manifestProblem = QStringLiteral("the folder cannot be read by the SSH user");
        } else if (tag == "M" && fields.size() <= 2) {
            manifestJson = QByteArray::fromBase64(fields.value(1));
        } else if (tag == "J" && fields.size() <= 2) {
            entry.hostRun =
                runFromJournal(QByteArray::fromBase64(fields.value(1)), SetRun::Source::Host);
        } else if (tag == "F" && (fields.size() == 3 || fields.size() == 4)) {
            CatalogueFile file;
            bool ok = false;
            file.bytes = fields.at(1).toLongLong(&ok);
            file.name = QString::fromUtf8(QByteArray::fromBase64(fields.at(2)));
            if (!ok || file.bytes < 0 || file.name.isEmpty())
                return malformed(i + 1);
            file.tail = QByteArray::fromBase64(fields.value(3));
            entry.files.append(file);
        } else {
            return malformed(i + 1);
        }
    }
    finish();
    // Run ids start with a UTC timestamp: newest first, as `oms-upgrade status` lists runs.
    std::sort(entries.begin(), entries.end(),
              [](const CatalogueEntry& a, const CatalogueEntry& b) { return a.name > b.name; });
    return entries;
}

Expected<QList<CatalogueEntry>> BackupCatalogue::listFolders(const QString& onlyName,
                                                             bool fullVerify)
{
    if (Expected<void> valid =
            validateHostPath(m_backupDirectory, QStringLiteral("backup directory"));
        !valid)
        return valid.error();
    remote::ExecOptions options;
    options.timeoutMs = kQuickTimeoutMs;
    options.cancel = m_cancel;
    options.maxCapture = 256 * 1024 * 1024;
    const Expected<remote::CommandResult> listed =
        m_runner.runShell(listingScript(m_backupDirectory, onlyName), options);
    if (!listed)
        return listed.error();
    if (listed->cancelled)
        return makeError(QStringLiteral("Listing the backup directory was cancelled"),
                         m_backupDirectory);
    if (!listed->succeeded())
        return commandError(QStringLiteral("Cannot list the backup directory"), *listed,
                            m_backupDirectory);
    if (listed->truncated)
        return makeError(QStringLiteral("The backup directory listing is too large"),
                         m_backupDirectory);
    Expected<QList<CatalogueEntry>> entries = parseListing(listed->stdOut, m_backupDirectory);
    if (!entries)
        return entries;
    attachLocalRuns(*entries, m_localRuns);

    BackupVerifier verifier(m_runner);
    verifier.setCancelFlag(m_cancel);
    verifier.setProgressCallback(m_verifyProgress);
    for (CatalogueEntry& entry : *entries) {
        if (!entry.manifest)
            continue;
        Expected<VerificationReport> report = [&]() -> Expected<VerificationReport> {
            if (fullVerify) {
                int index = 0;
                return BackupVerifier::judge(
                    entry.path, *entry.manifest, true, [&](const ManifestDatabase& db) {
                        if (m_verifyProgress)
                            m_verifyProgress(db.file, index++,
                                             int(entry.manifest->databases.size()));
                        return HostFileProbe::probe(m_runner, childPath(entry.path, db.file),
                                                    HostFileProbe::Checksum::Compute, m_cancel);
                    });
            }
            // The listing already holds sizes and tails: no further round trip.
            return BackupVerifier::judge(
                entry.path, *entry.manifest, false,
                [&](const ManifestDatabase& db) -> Expected<HostFileFacts> {
                    HostFileFacts facts;
                    if (const CatalogueFile* f = entry.file(db.file)) {
                        facts.exists = true;
                        facts.bytes = f->bytes;
                        facts.tail = f->tail;
                    }
                    return facts;
                });
        }();
        if (!report)
            return report.error();
        entry.check = std::move(*report);
    }
    return entries;
}

Expected<QList<CatalogueEntry>> BackupCatalogue::list(bool fullVerify)
{
    return listFolders(QString(), fullVerify);
}

Expected<BackupSet> BackupCatalogue::setNamed(const QString& name) const
{
    Expected<BackupSet> set = BackupSet::at(m_backupDirectory, name);
    if (!set)
        return withCode(set.error(), QStringLiteral("bad-input"));
    return set;
}

Expected<CatalogueEntry> BackupCatalogue::entry(const QString& name, bool fullVerify)
{
    Expected<BackupSet> set = setNamed(name);
    if (!set)
        return set.error();
    Expected<QList<CatalogueEntry>> entries = listFolders(name, fullVerify);
    if (!entries)
        return entries.error();
    if (entries->isEmpty())
        return withCode(
            makeError(QStringLiteral("No backup set %1 in %2").arg(name, m_backupDirectory),
                      set->path(), QStringLiteral("`oms-upgrade backups list` shows the sets.")),
            QStringLiteral("no-such-set"));
    return entries->first();
}

Expected<VerificationReport> BackupCatalogue::verify(const QString& name)
{
    Expected<CatalogueEntry> found = entry(name);
    if (!found)
        return found.error();
    if (!found->manifest)
        return withCode(
            makeError(QStringLiteral("Backup set %1 cannot be verified: %2")
                          .arg(name, found->manifestProblem),
                      found->path,
                      QStringLiteral("Without a valid manifest.json nothing says what the set "
                                     "should hold; it was not written completely.")),
            QStringLiteral("no-manifest"));
    Expected<BackupSet> set = setNamed(name);
    BackupVerifier verifier(m_runner);
    verifier.setCancelFlag(m_cancel);
    verifier.setProgressCallback(m_verifyProgress);
    return verifier.verify(*set, *found->manifest);
}

Expected<DumpPreview> BackupCatalogue::preview(const QString& name, const QString& file,
                                               qint64 bytes)
{
    Expected<BackupSet> set = setNamed(name);
    if (!set)
        return set.error();
    if (!isPlainFileName(file))
        return withCode(
            makeError(
                QStringLiteral("\"%1\" is not a file name inside a backup set").arg(file.left(80)),
                set->path()),
            QStringLiteral("bad-input"));
    if (bytes <= 0 || bytes > kMaxPreviewBytes)
        return withCode(makeError(QStringLiteral("The preview size must be 1 to %1 bytes, not %2")
                                      .arg(kMaxPreviewBytes)
                                      .arg(bytes)),
                        QStringLiteral("bad-input"));
    const QString path = set->filePath(file);
    const QString n = QString::number(bytes);
    const QString both = QString::number(2 * bytes);
    // Small files come whole; larger ones as head and tail, each base64 on a line of its own.
    const QString script = QStringLiteral("f=") + remote::shellQuote(path) +
                           QStringLiteral("; [ -f \"$f\" ] || exit ") +
                           QString::number(kMissingStatus) +
                           QStringLiteral("; s=$(stat -c %s -- \"$f\") || exit 45; echo \"$s\""
                                          "; if [ \"$s\" -le ") +
                           both + QStringLiteral(" ]; then head -c ") + both +
                           QStringLiteral(" -- \"$f\" | base64 -w0; echo; echo; else head -c ") +
                           n + QStringLiteral(" -- \"$f\" | base64 -w0; echo; tail -c ") + n +
                           QStringLiteral(" -- \"$f\" | base64 -w0; echo; fi");
    remote::ExecOptions options;
    options.timeoutMs = kQuickTimeoutMs;
    options.cancel = m_cancel;
    const Expected<remote::CommandResult> read = m_runner.runShell(script, options);
    if (!read)
        return read.error();
    if (read->exitStatus == kMissingStatus)
        return withCode(
            makeError(QStringLiteral("No file %1 in backup set %2").arg(file, name), path),
            QStringLiteral("no-such-file"));
    if (!read->succeeded())
        return commandError(QStringLiteral("Cannot read %1").arg(file), *read, path);
    const QList<QByteArray> lines = read->stdOut.split('\n');
    bool ok = false;
    DumpPreview preview;
    preview.file = file;
    preview.bytes = lines.value(0).trimmed().toLongLong(&ok);
    if (!ok || lines.size() < 3)
        return makeError(QStringLiteral("Unexpected output while reading %1").arg(file), path);
    preview.whole = preview.bytes <= 2 * bytes;
    preview.head = QByteArray::fromBase64(lines.at(1));
    preview.tail = QByteArray::fromBase64(lines.at(2));
    return preview;
}

Expected<void> BackupCatalogue::remove(const QString& name)
{
    Expected<CatalogueEntry> found = entry(name);
    if (!found)
        return found.error();
    if (const SetRun* run = found->blockingRun())
        return withCode(
            makeError(QStringLiteral("Backup set %1 is in use: %2").arg(name, run->describe()),
                      found->path,
                      QStringLiteral("A run that is not done may still resume or roll back from "
                                     "this set. Finish the run (or roll it back) first.")),
            QStringLiteral("in-use"));
    remote::ExecOptions options;
    options.timeoutMs = kQuickTimeoutMs;
    const Expected<remote::CommandResult> removed = m_runner.run(
        {QStringLiteral("rm"), QStringLiteral("-rf"), QStringLiteral("--"), found->path}, options);
    if (!removed)
        return removed.error();
    if (!removed->succeeded())
        return commandError(QStringLiteral("Cannot delete backup set %1").arg(name), *removed,
                            found->path);
    return {};
}

} // namespace omsua::backup
