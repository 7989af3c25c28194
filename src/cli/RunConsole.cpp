#include "RunConsole.h"

#include "CliOutput.h"
#include "TerminalPrompt.h"

#include <QCoreApplication>
#include <csignal>
#include <cstdio>

namespace omsua::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("omsua::cli", text);
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

std::atomic<bool> g_interrupted{false};

extern "C" void onRunInterrupt(int)
{
    g_interrupted.store(true);
}

} // namespace

void RunConsole::catchInterrupts(bool on)
{
    std::signal(SIGINT, on ? onRunInterrupt : SIG_DFL);
    std::signal(SIGTERM, on ? onRunInterrupt : SIG_DFL);
}

const std::atomic<bool>& RunConsole::interrupted()
{
    return g_interrupted;
}

RunConsole::RunConsole(CliOutput& out, bool assumeYes)
    : m_out(out)
    , m_assumeYes(assumeYes)
{}

upgrade::RunEvents RunConsole::events()
{
    upgrade::RunEvents events;
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
    events.stepFinished = [this](const QString& id, upgrade::StepState state, const QString& text) {
        clearBar();
        m_out.line(tr("[%1] %2: %3").arg(id, stateWord(state), text));
    };
    events.confirm = [this](const QString& id, const QString& title, const QString& description) {
        return confirm(id, title, description);
    };
    return events;
}

bool RunConsole::confirm(const QString& id, const QString& title, const QString& description)
{
    if (m_assumeYes)
        return true;
    clearBar();
    m_out.line(tr("Next: %1 (%2)").arg(title, id));
    for (const QString& line : description.split(QLatin1Char('\n')))
        m_out.line(QStringLiteral("  ") + line);
    if (!TerminalPrompt::available()) {
        m_out.diagnostic(tr("step %1 changes the host and needs a yes: run on a terminal, or pass "
                            "--yes")
                             .arg(id));
        return false;
    }
    return TerminalPrompt::confirm(tr("Proceed with %1? Type yes to go on: ").arg(id));
}

void RunConsole::bar(qint64 done, qint64 total)
{
    if (!m_out.stdoutIsTerminal())
        return;
    QString text;
    if (total > 0) {
        const int width = 30;
        const int filled = int(qBound(qint64(0), done * width / total, qint64(width)));
        text =
            QStringLiteral("  [%1%2] %3%")
                .arg(QString(filled, QLatin1Char('#')), QString(width - filled, QLatin1Char('.')))
                .arg(done * 100 / total);
    } else {
        text = tr("  %1 lines").arg(done);
    }
    std::fprintf(stderr, "\r%s", text.toLocal8Bit().constData());
    std::fflush(stderr);
    m_barShown = true;
}

void RunConsole::clearBar()
{
    if (!m_barShown)
        return;
    std::fprintf(stderr, "\r%*s\r", 60, "");
    std::fflush(stderr);
    m_barShown = false;
}

} // namespace omsua::cli
