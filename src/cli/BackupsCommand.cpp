#include "CliOutput.h"
#include "Commands.h"
#include "ExitCode.h"
#include "HostConnector.h"
#include "TerminalPrompt.h"
#include "backup/BackupCatalogue.h"
#include "backup/BackupTransfer.h"
#include "upgrade/HostSession.h"
#include "upgrade/JournalStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <algorithm>
#include <atomic>
#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace omsua::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("omsua::cli", text);
}

// Ctrl-C during a transfer stops it between two buffers: the .part file stays consistent and
// the next download continues from it.
std::atomic<bool> g_interrupted{false};

void onInterrupt(int)
{
    g_interrupted = true;
}

// Only around long host work: a prompt must stay interruptible the ordinary way.
class InterruptGuard
{
public:
    InterruptGuard() { m_previous = std::signal(SIGINT, onInterrupt); }
    ~InterruptGuard() { std::signal(SIGINT, m_previous); }
    InterruptGuard(const InterruptGuard&) = delete;
    InterruptGuard& operator=(const InterruptGuard&) = delete;

private:
    void (*m_previous)(int) = SIG_DFL;
};

struct Options
{
    QString action;
    QString planFile;
    QString set;
    QString to;
    QString from;
    QString file;
    qint64 bytes = 2048;
    bool json = false;
    bool verify = false;
    bool yes = false;
    bool acceptHostKey = false;
};

QString usageText()
{
    return tr("Usage: oms-upgrade backups list --plan PLAN.yaml [--json] [--verify]\n"
              "       oms-upgrade backups verify --plan PLAN.yaml --set RUN_ID\n"
              "       oms-upgrade backups download --plan PLAN.yaml --set RUN_ID --to DIR\n"
              "       oms-upgrade backups upload --plan PLAN.yaml --from DIR\n"
              "       oms-upgrade backups preview --plan PLAN.yaml --set RUN_ID [--file NAME] "
              "[--bytes N]\n"
              "       oms-upgrade backups delete --plan PLAN.yaml --set RUN_ID [--yes]\n"
              "Common option: --accept-new-host-key");
}

int usage(CliOutput& out, const QString& problem)
{
    out.diagnostic(problem);
    out.diagnostic(usageText());
    return BadInput;
}

QString sizeText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString timeText(const QDateTime& when)
{
    return when.isValid() ? when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))
                          : QStringLiteral("-");
}

QString orDash(const QString& text)
{
    return text.isEmpty() ? QStringLiteral("-") : text;
}

// Refusals (nothing changed) exit 3, unknown names 2, everything else 1.
int exitCodeFor(const Error& error)
{
    static const QStringList refused{
        QStringLiteral("in-use"),        QStringLiteral("set-exists"),
        QStringLiteral("local-differs"), QStringLiteral("local-set-bad"),
        QStringLiteral("no-manifest"),   QStringLiteral("set-damaged")};
    static const QStringList badInput{QStringLiteral("bad-input"), QStringLiteral("no-such-set"),
                                      QStringLiteral("no-such-file")};
    if (refused.contains(error.code))
        return Refused;
    if (badInput.contains(error.code))
        return BadInput;
    return Failed;
}

int fail(CliOutput& out, const Error& error)
{
    out.error(error);
    return exitCodeFor(error);
}

// One line rewritten in place on a terminal; plain lines (one per file) otherwise.
class ProgressPrinter
{
public:
    ProgressPrinter(CliOutput& out, QString verb)
        : m_out(out)
        , m_verb(std::move(verb))
        , m_terminal(::isatty(STDERR_FILENO) == 1)
    {
        m_clock.start();
    }
    ~ProgressPrinter() { finishLine(); }

    void update(const backup::SetTransferProgress& p)
    {
        const bool verifying = p.phase == backup::SetTransferProgress::Phase::Verifying;
        const QString key = (verifying ? QStringLiteral("v:") : QStringLiteral("t:")) + p.file;
        if (!m_terminal) {
            if (key != m_lastKey) {
                m_lastKey = key;
                m_out.line(verifying ? tr("%1: checking %2 (%3 of %4)")
                                           .arg(m_verb, p.file)
                                           .arg(p.fileIndex + 1)
                                           .arg(p.fileCount)
                                     : tr("%1: %2 (%3 of %4, %5 bytes)")
                                           .arg(m_verb, p.file)
                                           .arg(p.fileIndex + 1)
                                           .arg(p.fileCount)
                                           .arg(p.fileBytes));
            }
            return;
        }
        // At most ten redraws a second, and always the last one of a file.
        if (key == m_lastKey && p.fileDone != p.fileBytes && m_clock.elapsed() - m_drawnAt < 100)
            return;
        m_lastKey = key;
        m_drawnAt = m_clock.elapsed();
        const double seconds = qMax<qint64>(1, m_clock.elapsed()) / 1000.0;
        const int percent = p.total > 0 ? int(p.done * 100 / p.total) : 100;
        const QString text = verifying ? tr("%1: checking sha256 of %2 (%3 of %4)")
                                             .arg(m_verb, p.file)
                                             .arg(p.fileIndex + 1)
                                             .arg(p.fileCount)
                                       : tr("%1: %2% %3 of %4, %5 (%6 of %7) %8/s")
                                             .arg(m_verb)
                                             .arg(percent)
                                             .arg(sizeText(p.done), sizeText(p.total), p.file)
                                             .arg(p.fileIndex + 1)
                                             .arg(p.fileCount)
                                             .arg(sizeText(qint64(p.done / seconds)));
        std::fprintf(stderr, "\r%s\033[K", text.toLocal8Bit().constData());
        std::fflush(stderr);
        m_open = true;
    }

    void finishLine()
    {
        if (m_open) {
            std::fputs("\n", stderr);
            std::fflush(stderr);
            m_open = false;
        }
    }

private:
    CliOutput& m_out;
    QString m_verb;
    bool m_terminal = false;
    bool m_open = false;
    QString m_lastKey;
    QElapsedTimer m_clock;
    qint64 m_drawnAt = -1000;
};

void printReport(CliOutput& out, const backup::VerificationReport& report)
{
    for (const backup::FileVerification& file : report.files)
        out.line(QStringLiteral("  %1  %2").arg(toString(file.status), -16).arg(file.detail));
    for (const QString& problem : report.problems)
        out.line(QStringLiteral("  %1  %2").arg(tr("problem"), -16).arg(problem));
}

QString runText(const backup::CatalogueEntry& entry)
{
    if (entry.hostRun)
        return entry.hostRun->state;
    if (!entry.localRuns.isEmpty())
        return entry.localRuns.first().state;
    return QStringLiteral("-");
}

void printList(CliOutput& out, const QString& directory,
               const QList<backup::CatalogueEntry>& entries)
{
    out.line(tr("backup directory: %1").arg(directory));
    if (entries.isEmpty()) {
        out.line(tr("no backup sets"));
        return;
    }
    int nameWidth = int(tr("set").size());
    for (const backup::CatalogueEntry& entry : entries)
        nameWidth = std::max(nameWidth, int(entry.name.size()));
    out.line(QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8")
                 .arg(tr("set"), -nameWidth)
                 .arg(tr("created"), -23)
                 .arg(tr("from"), -7)
                 .arg(tr("to"), -7)
                 .arg(tr("size"), -10)
                 .arg(tr("state"), -10)
                 .arg(tr("run state"), -10)
                 .arg(tr("in use")));
    for (const backup::CatalogueEntry& entry : entries) {
        out.line(
            QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8")
                .arg(entry.name, -nameWidth)
                .arg(entry.manifest ? timeText(entry.manifest->createdAt) : QStringLiteral("-"),
                     -23)
                .arg(orDash(entry.fromVersion()), -7)
                .arg(orDash(entry.toVersion()), -7)
                .arg(sizeText(entry.totalBytes()), -10)
                .arg(entry.checkState(), -10)
                .arg(runText(entry), -10)
                .arg(entry.inUse() ? tr("yes") : tr("no")));
    }
    for (const backup::CatalogueEntry& entry : entries) {
        out.line(QString());
        out.line(tr("set: %1").arg(entry.path));
        if (entry.manifest) {
            const backup::Manifest& m = *entry.manifest;
            out.line(tr("  created: %1, T1: %2").arg(timeText(m.createdAt), timeText(m.t1)));
            out.line(tr("  versions: %1 -> %2 (%3 -> %4), container %5")
                         .arg(orDash(entry.fromVersion()), orDash(entry.toVersion()),
                              orDash(m.sourceImage), orDash(m.targetImage), orDash(m.container)));
        } else {
            out.line(tr("  unknown: %1").arg(entry.manifestProblem));
        }
        if (entry.hostRun)
            out.line(tr("  run: %1").arg(entry.hostRun->describe()));
        for (const backup::SetRun& run : entry.localRuns)
            out.line(tr("  run: %1").arg(run.describe()));
        if (!entry.hostRun && entry.localRuns.isEmpty())
            out.line(tr("  run: none recorded"));
        out.line(tr("  in use: %1").arg(entry.inUse() ? tr("yes") : tr("no")));
        if (entry.check)
            out.line(tr("  state: %1 - %2").arg(entry.checkState(), entry.check->summary()));
        if (entry.manifest) {
            int fileWidth = 0;
            int bytesWidth = 0;
            for (const backup::ManifestDatabase& db : entry.manifest->databases) {
                fileWidth = std::max(fileWidth, int(db.file.size()));
                bytesWidth = std::max(bytesWidth, int(QString::number(db.bytes).size()));
            }
            for (const backup::ManifestDatabase& db : entry.manifest->databases) {
                const backup::FileVerification* verdict =
                    entry.check ? entry.check->file(db.file) : nullptr;
                out.line(tr("  %1  %2  %3 bytes  sha256 %4  %5  (database %6)")
                             .arg(toString(db.role), -5)
                             .arg(db.file, -fileWidth)
                             .arg(db.bytes, bytesWidth)
                             .arg(orDash(db.sha256))
                             .arg(verdict ? toString(verdict->status) : QStringLiteral("-"))
                             .arg(db.name));
            }
        }
        for (const backup::CatalogueFile& file : entry.files) {
            const bool listed = entry.manifest && [&] {
                for (const backup::ManifestDatabase& db : entry.manifest->databases) {
                    if (db.file == file.name)
                        return true;
                }
                return false;
            }();
            if (!listed)
                out.line(tr("  file  %1  %2 bytes").arg(file.name).arg(file.bytes));
        }
    }
}

int runList(const Options& o, CliOutput& out, backup::BackupCatalogue& catalogue)
{
    const InterruptGuard interruptible;
    const Expected<QList<backup::CatalogueEntry>> entries = catalogue.list(o.verify);
    if (!entries)
        return fail(out, entries.error());
    if (o.json) {
        QJsonArray sets;
        for (const backup::CatalogueEntry& entry : *entries)
            sets.append(entry.toJson());
        const QJsonObject document{
            {QStringLiteral("backup_directory"), catalogue.backupDirectory()},
            {QStringLiteral("sets"), sets}};
        out.line(
            QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented)).trimmed());
        return Done;
    }
    printList(out, catalogue.backupDirectory(), *entries);
    return Done;
}

int runVerify(const Options& o, CliOutput& out, backup::BackupCatalogue& catalogue)
{
    const InterruptGuard interruptible;
    catalogue.setVerifyProgressCallback([&out](const QString& file, int index, int count) {
        out.line(tr("verify: computing sha256 of %1 on the host (%2 of %3)")
                     .arg(file)
                     .arg(index + 1)
                     .arg(count));
    });
    const Expected<backup::VerificationReport> report = catalogue.verify(o.set);
    if (!report) {
        out.error(report.error());
        // An unknown folder is not a good set: a failed verification, not a refusal.
        return report.error().code == QLatin1String("no-manifest") ? Failed
                                                                   : exitCodeFor(report.error());
    }
    printReport(out, *report);
    if (!report->ok()) {
        out.diagnostic(report->summary());
        return Failed;
    }
    out.line(report->summary());
    return Done;
}

int runDownload(const Options& o, CliOutput& out, upgrade::HostSession& host,
                backup::BackupCatalogue& catalogue)
{
    const InterruptGuard interruptible;
    const Expected<backup::BackupSet> set =
        backup::BackupSet::at(catalogue.backupDirectory(), o.set);
    if (!set) {
        out.error(set.error());
        return BadInput;
    }
    backup::BackupTransfer transfer(host.runner(), host.sftp());
    ProgressPrinter printer(out, tr("download"));
    transfer.setProgressCallback(
        [&printer](const backup::SetTransferProgress& p) { printer.update(p); });
    transfer.setCancelFlag(&g_interrupted);
    QElapsedTimer clock;
    clock.start();
    const Expected<backup::DownloadOutcome> outcome = transfer.download(*set, o.to);
    printer.finishLine();
    if (!outcome)
        return fail(out, outcome.error());
    for (const QString& file : outcome->alreadyPresent)
        out.line(tr("download: %1 was already complete here (checked)").arg(file));
    if (outcome->resumedBytes > 0)
        out.line(tr("download: resumed, %1 bytes were already here").arg(outcome->resumedBytes));
    out.line(tr("download: %1 bytes transferred in %2 s")
                 .arg(outcome->transferredBytes)
                 .arg(QLocale::c().toString(clock.elapsed() / 1000.0, 'f', 1)));
    printReport(out, outcome->report);
    out.line(tr("downloaded: %1 (sha256 of every dump checked here)").arg(outcome->localPath));
    return Done;
}

int runUpload(const Options& o, CliOutput& out, upgrade::HostSession& host,
              backup::BackupCatalogue& catalogue)
{
    const InterruptGuard interruptible;
    backup::BackupTransfer transfer(host.runner(), host.sftp());
    ProgressPrinter printer(out, tr("upload"));
    transfer.setProgressCallback(
        [&printer](const backup::SetTransferProgress& p) { printer.update(p); });
    transfer.setCancelFlag(&g_interrupted);
    const Expected<backup::UploadOutcome> outcome =
        transfer.upload(o.from, catalogue.backupDirectory());
    printer.finishLine();
    if (!outcome)
        return fail(out, outcome.error());
    if (outcome->alreadyPresent)
        out.line(tr("upload: an identical set is already on the host; nothing was sent"));
    else
        out.line(tr("upload: %1 bytes sent").arg(outcome->transferredBytes));
    printReport(out, outcome->report);
    out.line(tr("uploaded: %1 (verified on the host)").arg(outcome->set.path()));
    return Done;
}

// The bytes as text; the line end the output adds replaces the file's own last one.
QString previewText(const QByteArray& bytes)
{
    QString text = QString::fromUtf8(bytes);
    if (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    return text;
}

int runPreview(const Options& o, CliOutput& out, backup::BackupCatalogue& catalogue)
{
    QStringList files;
    if (!o.file.isEmpty()) {
        files.append(o.file);
    } else {
        const Expected<backup::CatalogueEntry> entry = catalogue.entry(o.set);
        if (!entry)
            return fail(out, entry.error());
        if (entry->manifest) {
            for (const backup::ManifestDatabase& db : entry->manifest->databases)
                files.append(db.file);
        } else {
            for (const backup::CatalogueFile& file : entry->files) {
                if (file.name.endsWith(QLatin1String(".sql")))
                    files.append(file.name);
            }
        }
        if (files.isEmpty()) {
            out.diagnostic(tr("preview: set %1 holds no dump; name one with --file").arg(o.set));
            return BadInput;
        }
    }
    for (const QString& file : files) {
        const Expected<backup::DumpPreview> preview = catalogue.preview(o.set, file, o.bytes);
        if (!preview)
            return fail(out, preview.error());
        if (preview->whole) {
            out.line(tr("==> %1: %2 bytes, the whole file <==").arg(file).arg(preview->bytes));
            out.line(previewText(preview->head));
            continue;
        }
        out.line(
            tr("==> %1: %2 bytes, the first %3 <==").arg(file).arg(preview->bytes).arg(o.bytes));
        out.line(previewText(preview->head));
        out.line(tr("==> %1: the last %2 bytes <==").arg(file).arg(o.bytes));
        out.line(previewText(preview->tail));
    }
    return Done;
}

int runDelete(const Options& o, CliOutput& out, backup::BackupCatalogue& catalogue)
{
    // The in-use rule before any question: a refused delete asks nothing.
    const Expected<backup::CatalogueEntry> entry = catalogue.entry(o.set);
    if (!entry)
        return fail(out, entry.error());
    if (const backup::SetRun* run = entry->blockingRun()) {
        out.diagnostic(
            tr("delete: refused, backup set %1 is in use: %2").arg(o.set, run->describe()));
        out.diagnostic(tr("Finish the run (or roll it back) first; nothing was deleted."));
        return Refused;
    }
    if (!o.yes) {
        if (!TerminalPrompt::available()) {
            out.diagnostic(tr("delete: refused without a terminal to confirm; pass --yes. "
                              "Nothing was deleted."));
            return Refused;
        }
        out.diagnostic(tr("This deletes %1 (%2) on the host.")
                           .arg(entry->path, sizeText(entry->totalBytes())));
        if (!TerminalPrompt::confirm(tr("Type yes to delete it: "))) {
            out.diagnostic(tr("delete: not confirmed; nothing was deleted."));
            return Refused;
        }
    }
    if (Expected<void> removed = catalogue.remove(o.set); !removed)
        return fail(out, removed.error());
    out.line(tr("deleted: %1").arg(entry->path));
    return Done;
}

} // namespace

int runBackups(const QStringList& args, CliOutput& out)
{
    static const QStringList actions{QStringLiteral("list"),     QStringLiteral("verify"),
                                     QStringLiteral("download"), QStringLiteral("upload"),
                                     QStringLiteral("preview"),  QStringLiteral("delete")};
    Options o;
    if (args.isEmpty() || !actions.contains(args.first()))
        return usage(out, args.isEmpty() ? tr("backups: name an action")
                                         : tr("backups: unknown action '%1'").arg(args.first()));
    o.action = args.first();
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        const bool hasValue = i + 1 < args.size();
        if (arg == QLatin1String("--plan") && hasValue)
            o.planFile = args.at(++i);
        else if (arg == QLatin1String("--set") && hasValue)
            o.set = args.at(++i);
        else if (arg == QLatin1String("--to") && hasValue)
            o.to = args.at(++i);
        else if (arg == QLatin1String("--from") && hasValue)
            o.from = args.at(++i);
        else if (arg == QLatin1String("--file") && hasValue)
            o.file = args.at(++i);
        else if (arg == QLatin1String("--bytes") && hasValue) {
            bool ok = false;
            o.bytes = args.at(++i).toLongLong(&ok);
            if (!ok || o.bytes <= 0 || o.bytes > backup::BackupCatalogue::kMaxPreviewBytes)
                return usage(out, tr("backups: --bytes takes 1 to %1")
                                      .arg(backup::BackupCatalogue::kMaxPreviewBytes));
        } else if (arg == QLatin1String("--json"))
            o.json = true;
        else if (arg == QLatin1String("--verify"))
            o.verify = true;
        else if (arg == QLatin1String("--yes"))
            o.yes = true;
        else if (arg == QLatin1String("--accept-new-host-key"))
            o.acceptHostKey = true;
        else
            return usage(out, tr("backups: unexpected argument '%1'").arg(arg));
    }
    if (o.planFile.isEmpty())
        return usage(out, tr("backups: --plan is required"));
    const bool needsSet = o.action != QLatin1String("list") && o.action != QLatin1String("upload");
    if (needsSet && o.set.isEmpty())
        return usage(out, tr("backups %1: --set is required").arg(o.action));
    if (o.action == QLatin1String("download") && o.to.isEmpty())
        return usage(out, tr("backups download: --to is required"));
    if (o.action == QLatin1String("upload") && o.from.isEmpty())
        return usage(out, tr("backups upload: --from is required"));

    HostConnector connector(out);
    if (const int status = connector.connect(o.planFile, o.acceptHostKey); status != Done)
        return status;
    backup::BackupCatalogue catalogue(connector.host().runner(), connector.plan().backup.directory);
    catalogue.setLocalRuns(backup::BackupCatalogue::localRunsFrom(upgrade::JournalStore()));
    catalogue.setCancelFlag(&g_interrupted);

    if (o.action == QLatin1String("list"))
        return runList(o, out, catalogue);
    if (o.action == QLatin1String("verify"))
        return runVerify(o, out, catalogue);
    if (o.action == QLatin1String("download"))
        return runDownload(o, out, connector.host(), catalogue);
    if (o.action == QLatin1String("upload"))
        return runUpload(o, out, connector.host(), catalogue);
    if (o.action == QLatin1String("preview"))
        return runPreview(o, out, catalogue);
    return runDelete(o, out, catalogue);
}

} // namespace omsua::cli
