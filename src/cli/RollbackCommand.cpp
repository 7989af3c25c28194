#include "CliOutput.h"
#include "Commands.h"
#include "ExitCode.h"
#include "HostConnector.h"
#include "RunConsole.h"
#include "TerminalPrompt.h"
#include "plan/Plan.h"
#include "upgrade/JournalStore.h"
#include "upgrade/RollbackRun.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <atomic>

namespace omsua::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("omsua::cli", text);
}

int usage(CliOutput& out, const QString& problem)
{
    out.diagnostic(problem);
    out.diagnostic(tr("Usage: oms-upgrade rollback --plan PLAN.yaml [--run RUN_ID] [--yes] "
                      "[--until STEP] [--accept-new-host-key]"));
    return BadInput;
}

} // namespace

int runRollback(const QStringList& args, CliOutput& out)
{
    QString planFile;
    QString runId;
    QString until;
    bool assumeYes = false;
    bool acceptHostKey = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        if (arg == QLatin1String("--plan") && i + 1 < args.size())
            planFile = args.at(++i);
        else if (arg == QLatin1String("--run") && i + 1 < args.size())
            runId = args.at(++i);
        else if (arg == QLatin1String("--until") && i + 1 < args.size())
            until = args.at(++i);
        else if (arg == QLatin1String("--yes"))
            assumeYes = true;
        else if (arg == QLatin1String("--accept-new-host-key"))
            acceptHostKey = true;
        else
            return usage(out, tr("rollback: unexpected argument '%1'").arg(arg));
    }
    if (planFile.isEmpty())
        return usage(out, tr("rollback: --plan is required"));
    if (!assumeYes && !TerminalPrompt::available())
        return usage(out, tr("rollback: not on a terminal, so the steps that change the host "
                             "cannot be confirmed; pass --yes to confirm them in advance"));
    const QString absolutePlan = QFileInfo(planFile).absoluteFilePath();
    upgrade::JournalStore store;
    if (runId.isEmpty()) {
        // The latest upgrade of this plan (DESIGN.md: --run left out means the latest run).
        for (const QString& id : store.runIds(absolutePlan)) {
            auto journal = store.open(id);
            if (journal && journal->kind() == QLatin1String("upgrade")) {
                runId = id;
                break;
            }
        }
        if (runId.isEmpty())
            return usage(out, tr("rollback: no upgrade of %1 is recorded here; name it with --run")
                                  .arg(planFile));
    }

    HostConnector connector(out);
    if (const int status = connector.connect(planFile, acceptHostKey); status != Done)
        return status;
    QFile file(planFile);
    if (!file.open(QIODevice::ReadOnly))
        return usage(out, tr("rollback: cannot read %1: %2").arg(planFile, file.errorString()));

    upgrade::RollbackRun::Request request;
    request.planFile = absolutePlan;
    request.planYaml = file.readAll();
    request.hostKeyFingerprint = connector.hostKeyFingerprint();
    request.upgradeRunId = runId;
    request.untilStepId = until;

    RunConsole console(out, assumeYes);
    upgrade::RollbackRun run(connector.host(), store, console.events());
    RunConsole::catchInterrupts(true);
    auto outcome = run.run(request, RunConsole::interrupted());
    RunConsole::catchInterrupts(false);
    if (!outcome) {
        out.error(outcome.error());
        return BadInput;
    }
    if (!run.journalPath().isEmpty())
        out.line(tr("journal: %1").arg(run.journalPath()));
    using Kind = upgrade::RunOutcome::Kind;
    switch (outcome->kind) {
    case Kind::Done:
        out.line(tr("rollback: done; some components may need manual recovery (JDBCWriter, "
                    "Connector, Full-Import): check the migration projects in the console"));
        return Done;
    case Kind::Paused:
        out.line(tr("rollback: paused after %1; run the same command again to continue")
                     .arg(outcome->stepId));
        return Done;
    case Kind::WaitingForOperator:
        out.line(tr("rollback: waiting for the operator at %1: %2")
                     .arg(outcome->stepId, outcome->message));
        return WaitingForOperator;
    case Kind::Refused:
        out.error(outcome->error);
        out.diagnostic(tr("rollback: refused%1; nothing was changed by that step")
                           .arg(outcome->stepId.isEmpty()
                                    ? QString()
                                    : QStringLiteral(" at ") + outcome->stepId));
        return Refused;
    case Kind::Declined:
        out.diagnostic(tr("rollback: not confirmed; stopped before %1").arg(outcome->stepId));
        return Refused;
    case Kind::Cancelled:
        out.diagnostic(tr("rollback: cancelled at %1; run the same command again to continue")
                           .arg(outcome->stepId));
        return Failed;
    case Kind::Failed:
        break;
    }
    out.error(outcome->error);
    out.diagnostic(tr("rollback: failed at %1; fix the cause and run the same command again")
                       .arg(outcome->stepId));
    return Failed;
}

} // namespace omsua::cli
