#include "CliOutput.h"
#include "Commands.h"
#include "ExitCode.h"
#include "HostConnector.h"
#include "TerminalPrompt.h"
#include "upgrade/JournalStore.h"
#include "upgrade/UpgradeRun.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <atomic>
#include <csignal>
#include <cstdio>

namespace omsua::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cli", text);
}

int usage(CliOutput& out, const QString& problem)
{
    out.diagnostic(problem);
    out.diagnostic(tr("Usage: oms-upgrade upgrade --plan PLAN.yaml [--yes] [--until STEP] "
                      "[--resume RUN_ID] [--accept-new-host-key]"));
    return BadInput;
}

// Ctrl-C asks the run to stop at the next safe point (between statements, batches, polls);
// the journal then records where it stopped and `--resume` continues from there.
std::atomic<bool> g_cancel{false};
extern "C" void onInterrupt(int)
{
    g_cancel.store(true);
}

QString stateWord(upgrade::StepState state)
{
    switch (state) {
    case upgrade::StepState::Done:
        return tr("done");
    case upgrade::StepState::Skipped:
        return tr("skipped");
    case upgrade::StepState::Failed:
        return tr("FAILED");
    case upgrade::StepState::NeedsOperator:
        return tr("waiting for the operator");
    case upgrade::StepState::Cancelled:
        return tr("cancelled");
    case upgrade::StepState::Pending:
        return tr("not started");
    case upgrade::StepState::Running:
        break;
    }
    return tr("running");
}

// One line per step and the step's output indented below it; on a terminal a progress bar on
// stderr that the next line overwrites.
class UpgradeConsole
{
public:
    UpgradeConsole(CliOutput& out, bool assumeYes)
        : m_out(out)
        , m_assumeYes(assumeYes)
    {}

    upgrade::UpgradeRun::Events events()
    {
        upgrade::UpgradeRun::Events events;
        events.runOpened = [this](const QString& runId) {
            m_out.line(QStringLiteral("run: ") + runId);
        };
        events.stepStarted = [this](const QString& id, const QString& title, const QString&) {
            clearBar();
            m_out.line(tr("[%1] %2 ...").arg(id, title));
        };
        events.output = [this](const QString&, const QString& text) {
            clearBar();
            for (const QString& line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                m_out.line(QStringLiteral("    ") + line);
        };
        events.progress = [this](const QString&, qint64 done, qint64 total) { bar(done, total); };
        events.stepFinished = [this](const QString& id, upgrade::StepState state,
                                     const QString& text) {
            clearBar();
            m_out.line(tr("[%1] %2: %3").arg(id, stateWord(state), text));
        };
        events.confirm = [this](const QString& id, const QString& title,
                                const QString& description) {
            return confirm(id, title, description);
        };
        return events;
    }

private:
    bool confirm(const QString& id, const QString& title, const QString& description)
    {
        if (m_assumeYes)
            return true;
        clearBar();
        m_out.line(tr("Next: %1 (%2)").arg(title, id));
        for (const QString& line : description.split(QLatin1Char('\n')))
            m_out.line(QStringLiteral("  ") + line);
        if (!TerminalPrompt::available()) {
            m_out.diagnostic(tr("upgrade: step %1 changes the host and needs a yes: run on a "
                                "terminal, or pass --yes")
                                 .arg(id));
            return false;
        }
        return TerminalPrompt::confirm(tr("Proceed with %1? Type yes to go on: ").arg(id));
    }

    void bar(qint64 done, qint64 total)
    {
        if (!m_out.stdoutIsTerminal())
            return;
        QString text;
        if (total > 0) {
            const int width = 30;
            const int filled = int(qBound(qint64(0), done * width / total, qint64(width)));
            text = QStringLiteral("  [%1%2] %3%")
                       .arg(QString(filled, QLatin1Char('#')),
                            QString(width - filled, QLatin1Char('.')))
                       .arg(done * 100 / total);
        } else {
            text = tr("  %1 lines").arg(done);
        }
        std::fprintf(stderr, "\r%s", text.toLocal8Bit().constData());
        std::fflush(stderr);
        m_barShown = true;
    }

    void clearBar()
    {
        if (!m_barShown)
            return;
        std::fprintf(stderr, "\r%*s\r", 60, "");
        std::fflush(stderr);
        m_barShown = false;
    }

    CliOutput& m_out;
    bool m_assumeYes;
    bool m_barShown = false;
};

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

    UpgradeConsole console(out, assumeYes);
    upgrade::UpgradeRun run(connector.host(), upgrade::JournalStore(), console.events());
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    auto outcome = run.run(request, g_cancel);
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
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
