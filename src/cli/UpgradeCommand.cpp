#include "CliOutput.h"
#include "Commands.h"
#include "ExitCode.h"
#include "HostConnector.h"
#include "RunConsole.h"
#include "TerminalPrompt.h"
#include "upgrade/JournalStore.h"
#include "upgrade/UpgradeRun.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace omsua::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("omsua::cli", text);
}

int usage(CliOutput& out, const QString& problem)
{
    out.diagnostic(problem);
    out.diagnostic(tr("Usage: oms-upgrade upgrade --plan PLAN.yaml [--yes] [--until STEP] "
                      "[--resume RUN_ID] [--accept-new-host-key]"));
    return BadInput;
}

} // namespace

int runUpgrade(const QStringList& args, CliOutput& out)
{
    QString planFile;
    QString until;
    QString resume;
    bool assumeYes = false;
    bool acceptHostKey = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        if (arg == QLatin1String("--plan") && i + 1 < args.size())
            planFile = args.at(++i);
        else if (arg == QLatin1String("--until") && i + 1 < args.size())
            until = args.at(++i);
        else if (arg == QLatin1String("--resume") && i + 1 < args.size())
            resume = args.at(++i);
        else if (arg == QLatin1String("--yes"))
            assumeYes = true;
        else if (arg == QLatin1String("--accept-new-host-key"))
            acceptHostKey = true;
        else
            return usage(out, tr("upgrade: unexpected argument '%1'").arg(arg));
    }
    if (planFile.isEmpty())
        return usage(out, tr("upgrade: --plan is required"));
    // Without a terminal nobody can answer the questions: refuse before the first change rather
    // than stop half-way at the first step that needs a yes.
    if (!assumeYes && !TerminalPrompt::available())
        return usage(out, tr("upgrade: not on a terminal, so the steps that change the host cannot "
                             "be confirmed; pass --yes to confirm them in advance"));

    HostConnector connector(out);
    if (const int status = connector.connect(planFile, acceptHostKey); status != Done)
        return status;
    QFile file(planFile);
    if (!file.open(QIODevice::ReadOnly))
        return usage(out, tr("upgrade: cannot read %1: %2").arg(planFile, file.errorString()));

    upgrade::UpgradeRun::Request request;
    request.planFile = QFileInfo(planFile).absoluteFilePath();
    request.planYaml = file.readAll();
    request.hostKeyFingerprint = connector.hostKeyFingerprint();
    request.resumeRunId = resume;
    request.untilStepId = until;

    RunConsole console(out, assumeYes);
    upgrade::UpgradeRun run(connector.host(), upgrade::JournalStore(), console.events());
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
        out.line(tr("upgrade: done"));
        return Done;
    case Kind::Paused:
        out.line(tr("upgrade: paused after %1; continue with --resume %2")
                     .arg(outcome->stepId, run.runId()));
        return Done;
    case Kind::WaitingForOperator:
        out.line(tr("upgrade: waiting for the operator at %1: %2")
                     .arg(outcome->stepId, outcome->message));
        out.line(tr("when it is done: oms-upgrade upgrade --plan %1 --resume %2")
                     .arg(planFile, run.runId()));
        return WaitingForOperator;
    case Kind::Refused:
        out.error(outcome->error);
        out.diagnostic(tr("upgrade: refused%1; nothing was changed by that step")
                           .arg(outcome->stepId.isEmpty()
                                    ? QString()
                                    : QStringLiteral(" at ") + outcome->stepId));
        return Refused;
    case Kind::Declined:
        out.diagnostic(tr("upgrade: not confirmed; stopped before %1, nothing was changed by it")
                           .arg(outcome->stepId));
        return Refused;
    case Kind::Cancelled:
        out.diagnostic(tr("upgrade: cancelled at %1; continue with --resume %2")
                           .arg(outcome->stepId, run.runId()));
        return Failed;
    case Kind::Failed:
        break;
    }
    out.error(outcome->error);
    out.diagnostic(
        tr("upgrade: failed at %1; fix the cause and continue with --resume %2, or roll back")
            .arg(outcome->stepId, run.runId()));
    return Failed;
}

} // namespace omsua::cli
