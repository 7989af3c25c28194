#include "CliOutput.h"
#include "Commands.h"
#include "ExitCode.h"
#include "upgrade/JournalStore.h"

#include <QCoreApplication>
#include <QLocale>

namespace omsua::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("omsua::cli", text);
}

QString shortTime(const QDateTime& when)
{
    return when.isValid() ? when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))
                          : QStringLiteral("-");
}

void printRun(const upgrade::Journal& journal, CliOutput& out)
{
    out.line(tr("run: %1").arg(journal.runId()));
    out.line(tr("kind: %1").arg(journal.kind()));
    out.line(tr("state: %1").arg(journal.state()));
    out.line(tr("plan: %1").arg(journal.planFile()));
    out.line(tr("created: %1").arg(shortTime(journal.createdAt())));
    for (const char* name : {"T1", "T2", "T3"}) {
        const QDateTime when = journal.time(QString::fromLatin1(name));
        if (when.isValid())
            out.line(QStringLiteral("%1: %2").arg(QString::fromLatin1(name), shortTime(when)));
    }
    for (const upgrade::StepRecord& step : journal.steps()) {
        QString line = QStringLiteral("  %1 %2").arg(step.id, -20).arg(toString(step.state), -15);
        if (step.startedAt.isValid() && step.finishedAt.isValid())
            line += tr(" %1 s").arg(
                QLocale::c().toString(step.startedAt.msecsTo(step.finishedAt) / 1000.0, 'f', 1));
        if (!step.error.isEmpty())
            line += QStringLiteral("  ") + step.error;
        out.line(line);
    }
}

} // namespace

int runStatus(const QStringList& args, CliOutput& out)
{
    QString runId;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--run") && i + 1 < args.size()) {
            runId = args.at(++i);
        } else {
            out.diagnostic(tr("status: unexpected argument '%1'").arg(args.at(i)));
            out.diagnostic(tr("Usage: oms-upgrade status [--run RUN_ID]"));
            return BadInput;
        }
    }
    const upgrade::JournalStore store;
    if (runId.isEmpty()) {
        const QStringList ids = store.runIds();
        if (ids.isEmpty()) {
            out.line(tr("No runs recorded in %1").arg(store.directory()));
            return Done;
        }
        for (const QString& id : ids) {
            const auto journal = store.open(id);
            if (!journal) {
                out.line(QStringLiteral("%1  %2").arg(id, journal.error().message));
                continue;
            }
            out.line(QStringLiteral("%1  %2  %3  %4")
                         .arg(id, journal->kind(), journal->state(), journal->planFile()));
        }
        return Done;
    }
    const auto journal = store.open(runId);
    if (!journal) {
        out.error(journal.error());
        return BadInput;
    }
    printRun(*journal, out);
    return Done;
}

} // namespace omsua::cli
