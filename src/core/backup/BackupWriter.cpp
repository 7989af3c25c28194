#include "backup/BackupWriter.h"

#include "backup/BackupVerifier.h"
#include "backup/DumpTrailer.h"
#include "backup/HostFileProbe.h"
#include "backup/OptionFile.h"
#include "log/Redactor.h"
#include "remote/ShellQuote.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSet>

namespace omsua::backup {

namespace {

constexpr int kQuickTimeoutMs = 60000;
constexpr qsizetype kStdErrExcerpt = 1500;
// The dump command announces its pid on stderr (the shell's $$, which `exec` hands to the tool).
const QString kPidPrefix = QStringLiteral("omsua-dump-pid ");

// Forwards to the real runner and remembers what ran, for the journal and the report.
class RecordingRunner : public remote::CommandRunner
{
public:
    explicit RecordingRunner(remote::CommandRunner& inner)
        : m_inner(inner)
    {}

    Expected<remote::CommandResult> run(const QStringList& argv,
                                        const remote::ExecOptions& options) override
    {
        m_commands.append(remote::shellJoin(argv));
        return m_inner.run(argv, options);
    }
    Expected<remote::CommandResult> runShell(const QString& commandLine,
                                             const remote::ExecOptions& options) override
    {
        m_commands.append(commandLine);
        return m_inner.runShell(commandLine, options);
    }

    QStringList commands() const { return m_commands; }

private:
    remote::CommandRunner& m_inner;
    QStringList m_commands;
};

// Splits streamed stderr into lines: verbose progress lines ("-- ...") drive the progress
// callback; everything else (warnings, errors) is kept for the error message.
class StdErrLines
{
public:
    explicit StdErrLines(std::function<void(const QString&)> onProgressLine)
        : m_onProgressLine(std::move(onProgressLine))
    {}

    void feed(QByteArrayView chunk)
    {
        m_pending.append(chunk.data(), chunk.size());
        qsizetype newline;
        while ((newline = m_pending.indexOf('\n')) >= 0) {
            take(QString::fromUtf8(m_pending.left(newline)).trimmed());
            m_pending.remove(0, newline + 1);
        }
    }
    void finish()
    {
        if (!m_pending.isEmpty())
            take(QString::fromUtf8(m_pending).trimmed());
        m_pending.clear();
    }
    // The last messages that are not progress, at most kStdErrExcerpt characters.
    QString excerpt() const { return m_messages.join(QLatin1Char('\n')).right(kStdErrExcerpt); }
    // The dump's process id on the host, as the command line reported it; 0 when not seen.
    qint64 pid() const { return m_pid; }

private:
    void take(const QString& line)
    {
        if (line.isEmpty())
            return;
        if (m_pid == 0 && line.startsWith(kPidPrefix)) {
            m_pid = line.mid(kPidPrefix.size()).toLongLong();
            return;
        }
        if (line.startsWith(QLatin1String("-- "))) {
            m_onProgressLine(line);
            return;
        }
        m_messages.append(line);
        while (m_messages.size() > 40)
            m_messages.removeFirst();
    }

    std::function<void(const QString&)> m_onProgressLine;
    qint64 m_pid = 0;
    QByteArray m_pending;
    QStringList m_messages;
};

remote::ExecOptions quickOptions()
{
    remote::ExecOptions options;
    options.timeoutMs = kQuickTimeoutMs;
    return options;
}

QString partialName(const QString& file)
{
    return file + QStringLiteral(".partial");
}

QString failedName(const QString& file)
{
    return file + QStringLiteral(".failed");
}

Expected<void> validateRequest(const BackupRequest& request)
{
    if (request.databases.isEmpty())
        return makeError(QStringLiteral("No database to back up"), QStringLiteral("backup"));
    QSet<int> roles;
    QSet<QString> names;
    for (const BackupRequest::Database& db : request.databases) {
        if (Expected<void> valid =
                validateDatabaseName(db.name, QStringLiteral("%1 database").arg(toString(db.role)));
            !valid)
            return valid;
        if (roles.contains(int(db.role)))
            return makeError(
                QStringLiteral("The %1 database is listed twice").arg(toString(db.role)),
                QStringLiteral("backup"));
        if (names.contains(db.name))
            return makeError(
                QStringLiteral("Database %1 is listed for two roles; config.yaml must name three "
                               "different databases")
                    .arg(db.name),
                QStringLiteral("backup"));
        roles.insert(int(db.role));
        names.insert(db.name);
    }
    return {};
}

Expected<QDateTime> hostClock(remote::CommandRunner& runner)
{
    const Expected<remote::CommandResult> date = runner.run(
        {QStringLiteral("date"), QStringLiteral("-u"), QStringLiteral("+%Y-%m-%dT%H:%M:%SZ")},
        quickOptions());
    if (!date)
        return date.error();
    const QDateTime when =
        QDateTime::fromString(QString::fromUtf8(date->stdOut).trimmed(), Qt::ISODate);
    if (!date->succeeded() || !when.isValid())
        return makeError(QStringLiteral("Cannot read the host clock (`date -u`)"),
                         QStringLiteral("host"));
    return when.toUTC();
}

// A cancelled or timed-out command is only abandoned by an SSH runner: the remote dump would
// go on writing into the file (it writes to a file, not to the channel). Stop it, but only if
// that pid is still our dump: its command line names our option file, unique to this backup.
void stopAbandonedDump(remote::CommandRunner& runner, qint64 pid, const QString& optionFile)
{
    if (pid <= 1)
        return;
    const QString procFile = QStringLiteral("/proc/%1/cmdline").arg(pid);
    (void)runner.runShell(
        QStringLiteral("if grep -qF -- ") +
            remote::shellQuote(QStringLiteral("--defaults-extra-file=") + optionFile) +
            QLatin1Char(' ') + procFile +
            QStringLiteral(" 2>/dev/null; then kill -TERM %1; fi; true").arg(pid),
        quickOptions());
}

bool sameDatabases(const Manifest& manifest, const BackupRequest& request)
{
    if (manifest.databases.size() != request.databases.size())
        return false;
    for (const BackupRequest::Database& db : request.databases) {
        const ManifestDatabase* recorded = manifest.database(db.role);
        if (!recorded || recorded->name != db.name)
            return false;
    }
    return true;
}

} // namespace

BackupWriter::BackupWriter(remote::CommandRunner& runner)
    : m_runner(runner)
{}

void BackupWriter::report(const BackupProgress& progress) const
{
    if (m_progress)
        m_progress(progress);
}

QString BackupWriter::tableFromVerboseLine(const QString& line)
{
    static const QRegularExpression pattern(
        QStringLiteral("^-- Retrieving table structure for table (.+?)\\.\\.\\.\\s*$"));
    const QRegularExpressionMatch match = pattern.match(line);
    if (!match.hasMatch())
        return {};
    QString table = match.captured(1);
    if (table.size() >= 2 && table.startsWith(QLatin1Char('`')) && table.endsWith(QLatin1Char('`')))
        table = table.mid(1, table.size() - 2).replace(QStringLiteral("``"), QStringLiteral("`"));
    return table;
}

Expected<BackupOutcome> BackupWriter::write(const BackupRequest& request)
{
    QElapsedTimer clock;
    clock.start();

    if (Expected<void> valid = validateRequest(request); !valid)
        return valid.error();
    Expected<BackupSet> located = BackupSet::at(request.backupDirectory, request.runId);
    if (!located)
        return located.error();
    const BackupSet set = *located;

    RecordingRunner runner(m_runner);
    BackupOutcome outcome;
    outcome.set = set;
    const auto finish = [&](BackupOutcome& done) {
        done.commands = runner.commands();
        done.elapsedMs = clock.elapsed();
    };

    const int count = int(request.databases.size());
    const auto progress = [&](BackupProgress::Phase phase, int index, QString message) {
        BackupProgress p;
        p.phase = phase;
        p.databaseIndex = index;
        p.databaseCount = count;
        if (index >= 0 && index < count) {
            p.role = request.databases.at(index).role;
            p.database = request.databases.at(index).name;
        }
        p.message = std::move(message);
        report(p);
    };

    // 1. An existing set for this run: keep it if it verifies completely, else rebuild it.
    progress(BackupProgress::Phase::Checking, -1,
             QStringLiteral("Looking for an existing backup set at %1").arg(set.path()));
    QStringList staleFiles;
    {
        Expected<std::optional<Manifest>> existing = set.readManifest(runner);
        if (!existing) {
            // A manifest that does not parse belongs to a set that was never finished by us or
            // was altered: it is not trusted, and the set is rebuilt.
            staleFiles.append(Manifest::kFileName);
            outcome.rebuilt = true;
        } else if (existing->has_value()) {
            const Manifest& old = **existing;
            if (old.isComplete()) {
                BackupVerifier verifier(runner);
                verifier.setCancelFlag(m_cancel);
                Expected<VerificationReport> verified = verifier.verify(set, old);
                if (!verified)
                    return verified.error();
                if (verified->ok()) {
                    if (!sameDatabases(old, request))
                        return makeError(
                            QStringLiteral("A complete backup set for run %1 already exists but "
                                           "holds other databases than config.yaml names now")
                                .arg(set.runId()),
                            set.path(),
                            QStringLiteral("It is left untouched. Check config.yaml, or back up "
                                           "under a new run."));
                    outcome.manifest = old;
                    outcome.reused = true;
                    outcome.summary = QStringLiteral("Backup set %1 already exists and verifies "
                                                     "(sizes, sha256, trailers): reused")
                                          .arg(set.path());
                    progress(BackupProgress::Phase::Reused, -1, outcome.summary);
                    finish(outcome);
                    return outcome;
                }
            }
            for (const ManifestDatabase& db : old.databases)
                staleFiles << db.file << partialName(db.file) << failedName(db.file);
            staleFiles.append(Manifest::kFileName);
            outcome.rebuilt = true;
        } else {
            Expected<bool> exists = set.exists(runner);
            if (!exists)
                return exists.error();
            outcome.rebuilt = *exists;
        }
    }

    // 2. The tool, the directory, the host clock, the credentials.
    if (!m_tool) {
        Expected<DumpTool> tool = DumpTool::detect(runner);
        if (!tool)
            return tool.error();
        m_tool = *tool;
    }
    const DumpTool tool = *m_tool;

    if (Expected<void> made = set.createDirectory(runner); !made)
        return made.error();
    for (const BackupRequest::Database& db : request.databases) {
        const QString file = ManifestDatabase::fileNameFor(db.name);
        staleFiles << file << partialName(file) << failedName(file);
    }
    staleFiles << Manifest::kFileName + QStringLiteral(".tmp");
    staleFiles.removeDuplicates();
    if (outcome.rebuilt) {
        if (Expected<void> removed = set.removeFiles(runner, staleFiles); !removed)
            return removed.error();
    }

    Manifest manifest;
    manifest.runId = request.runId;
    Expected<QDateTime> now = hostClock(runner);
    if (!now)
        return now.error();
    manifest.createdAt = *now;
    manifest.container = request.container;
    manifest.sourceImage = request.sourceImage;
    manifest.sourceVersion = request.sourceVersion;
    manifest.targetImage = request.targetImage;
    manifest.serverVersion = request.serverVersion;
    manifest.dumpFlavour = tool.flavour();
    manifest.dumpVersion = tool.version();
    manifest.t1 = request.t1;
    manifest.inspect = request.inspect;
    manifest.configYamlMasked = request.configYamlMasked;
    manifest.notes = request.notes;
    if (outcome.rebuilt) {
        const QString note =
            QStringLiteral("An incomplete set for this run was found and rebuilt.");
        manifest.notes =
            manifest.notes.isEmpty() ? note : manifest.notes + QLatin1Char('\n') + note;
    }

    // The option file lives beside the sets (same owner, same file system), not inside one:
    // a set is copied and downloaded as a whole.
    Expected<std::unique_ptr<OptionFile>> optionFile =
        OptionFile::create(runner, request.credentials, set.backupDirectory());
    if (!optionFile)
        return optionFile.error();

    const QString password = request.credentials.password;
    // The password is masked even if the log redactor was never told about it; the redactor
    // adds the patterns (a -p<value>, an IDENTIFIED BY '...') and every other registered secret.
    const auto redact = [&password](const QString& text) {
        return log::Redactor::global().redact(maskSecret(text, password));
    };

    // Records the failed database and the ones not reached, so the manifest on the host tells
    // what happened even if this process dies right after.
    const auto fail = [&](int index, Error error) -> Expected<BackupOutcome> {
        for (int i = index; i < count; ++i) {
            ManifestDatabase db;
            db.role = request.databases.at(i).role;
            db.name = request.databases.at(i).name;
            db.file = ManifestDatabase::fileNameFor(db.name);
            db.completed = false;
            manifest.databases.append(db);
        }
        const QString note = QStringLiteral("FAILED: ") + error.message;
        manifest.notes =
            manifest.notes.isEmpty() ? note : manifest.notes + QLatin1Char('\n') + note;
        (void)set.writeManifest(runner, manifest); // best effort: the Error below matters more
        (void)(*optionFile)->remove();
        return error;
    };

    // 3. One dump per database, each verified before it gets its final name.
    for (int index = 0; index < count; ++index) {
        const BackupRequest::Database& db = request.databases.at(index);
        const QString file = ManifestDatabase::fileNameFor(db.name);
        const QString partial = partialName(file);

        Expected<QStringList> argv =
            tool.dumpCommand(db.name, (*optionFile)->path(), DumpOptions{true});
        if (!argv)
            return fail(index, argv.error());

        progress(BackupProgress::Phase::Dumping, index,
                 QStringLiteral("Dumping %1 (%2) to %3")
                     .arg(db.name, toString(db.role), set.filePath(file)));

        int tables = 0;
        StdErrLines stderrLines([&](const QString& line) {
            const QString table = tableFromVerboseLine(line);
            if (table.isEmpty())
                return;
            ++tables;
            BackupProgress p;
            p.phase = BackupProgress::Phase::Table;
            p.role = db.role;
            p.database = db.name;
            p.databaseIndex = index;
            p.databaseCount = count;
            p.table = table;
            p.tablesDone = tables;
            p.message = QStringLiteral("%1: table %2 (%3)").arg(db.name, table).arg(tables);
            report(p);
        });
        remote::ExecOptions dumpOptions;
        dumpOptions.cancel = m_cancel;
        dumpOptions.maxCapture = 256 * 1024;
        dumpOptions.onOutput = [&stderrLines](remote::OutputStream stream, QByteArrayView chunk) {
            if (stream == remote::OutputStream::StdErr)
                stderrLines.feed(chunk);
        };
        // exec: the tool replaces the shell, so the pid announced is the dump's, and a runner
        // that kills what it cancels (the local one) ends the dump itself.
        const QString commandLine = QStringLiteral("umask 077 && echo \"") + kPidPrefix +
                                    QStringLiteral("$$\" >&2 && exec ") + remote::shellJoin(*argv) +
                                    QStringLiteral(" > ") +
                                    remote::shellQuote(set.filePath(partial));
        const Expected<remote::CommandResult> dumped = runner.runShell(commandLine, dumpOptions);
        stderrLines.finish();
        if (!dumped || dumped->cancelled || dumped->timedOut)
            stopAbandonedDump(runner, stderrLines.pid(), (*optionFile)->path());

        const auto dumpFailed = [&](const QString& reason) {
            (void)set.renameFile(runner, partial, failedName(file));
            return fail(index,
                        makeError(QStringLiteral("Dump of database %1 (%2) failed: %3")
                                      .arg(db.name, toString(db.role), redact(reason)),
                                  set.filePath(failedName(file)),
                                  QStringLiteral("The backup set is incomplete and cannot be used "
                                                 "for a rollback. Fix the cause and run the backup "
                                                 "again: the set will be rebuilt.")));
        };
        if (!dumped) {
            (void)set.renameFile(runner, partial, failedName(file));
            Error error = dumped.error();
            error.message = QStringLiteral("Dump of database %1 (%2) failed: %3")
                                .arg(db.name, toString(db.role), redact(error.message));
            return fail(index, error);
        }
        if (dumped->cancelled)
            return dumpFailed(QStringLiteral("cancelled"));
        if (dumped->timedOut)
            return dumpFailed(QStringLiteral("timed out"));
        if (dumped->exitStatus != 0) {
            QString reason = dumped->exitStatus < 0
                                 ? QStringLiteral("killed by signal %1").arg(dumped->exitSignal)
                                 : QStringLiteral("exit status %1").arg(dumped->exitStatus);
            const QString excerpt = stderrLines.excerpt();
            if (!excerpt.isEmpty())
                reason += QStringLiteral(": ") + excerpt;
            return dumpFailed(reason);
        }

        progress(BackupProgress::Phase::Verifying, index,
                 QStringLiteral("Verifying %1 (size, trailer, sha256)").arg(file));
        Expected<HostFileFacts> facts = HostFileProbe::probe(
            runner, set.filePath(partial), HostFileProbe::Checksum::Compute, m_cancel);
        if (!facts)
            return dumpFailed(facts.error().message);
        if (!facts->exists)
            return dumpFailed(QStringLiteral("exit status 0 but no output file"));
        const QString trailer = DumpTrailer::lastLine(facts->tail);
        if (!DumpTrailer::isCompletionLine(trailer))
            return dumpFailed(QStringLiteral("exit status 0 but the last line is not \"%1 ...\" "
                                             "(last line: \"%2\")")
                                  .arg(DumpTrailer::kMarker, trailer.left(80)));
        if (facts->bytes <= 0)
            return dumpFailed(QStringLiteral("the dump is empty"));

        if (Expected<void> renamed = set.renameFile(runner, partial, file); !renamed)
            return fail(index, renamed.error());

        ManifestDatabase entry;
        entry.role = db.role;
        entry.name = db.name;
        entry.file = file;
        entry.bytes = facts->bytes;
        entry.sha256 = facts->sha256;
        entry.trailer = trailer;
        entry.completed = true;
        manifest.databases.append(entry);
        progress(BackupProgress::Phase::Dumped, index,
                 QStringLiteral("%1: %2 bytes, %3 tables, sha256 %4")
                     .arg(file)
                     .arg(entry.bytes)
                     .arg(tables)
                     .arg(entry.sha256));
    }

    // 4. The manifest, then the credentials go.
    if (Expected<void> written = set.writeManifest(runner, manifest); !written) {
        (void)(*optionFile)->remove();
        return written.error();
    }
    if (Expected<void> removed = (*optionFile)->remove(); !removed)
        return removed.error();

    outcome.manifest = manifest;
    QStringList files;
    qint64 total = 0;
    for (const ManifestDatabase& db : manifest.databases) {
        files.append(db.file);
        total += db.bytes;
    }
    finish(outcome);
    outcome.summary =
        QStringLiteral("Backup set %1 written%2: %3 (%4 bytes) in %5 ms")
            .arg(set.path(),
                 outcome.rebuilt ? QStringLiteral(" (an incomplete set was rebuilt)") : QString(),
                 files.join(QStringLiteral(", ")))
            .arg(total)
            .arg(outcome.elapsedMs);
    progress(BackupProgress::Phase::Done, -1, outcome.summary);
    return outcome;
}

} // namespace omsua::backup
