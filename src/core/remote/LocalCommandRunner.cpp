#include "remote/LocalCommandRunner.h"

#include "log/Redactor.h"
#include "remote/ShellQuote.h"

#include <QElapsedTimer>
#include <QProcess>
#include <algorithm>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/types.h>
#include <unistd.h>
#endif

namespace omsua::remote {

namespace {

constexpr int kStartTimeoutMs = 10000;
// After SIGTERM, how long a stopping command gets before SIGKILL.
constexpr int kTerminateGraceMs = 2000;

QString signalName(int signal)
{
#ifdef Q_OS_UNIX
    switch (signal) {
    case SIGHUP:
        return QStringLiteral("HUP");
    case SIGINT:
        return QStringLiteral("INT");
    case SIGQUIT:
        return QStringLiteral("QUIT");
    case SIGABRT:
        return QStringLiteral("ABRT");
    case SIGKILL:
        return QStringLiteral("KILL");
    case SIGSEGV:
        return QStringLiteral("SEGV");
    case SIGPIPE:
        return QStringLiteral("PIPE");
    case SIGALRM:
        return QStringLiteral("ALRM");
    case SIGTERM:
        return QStringLiteral("TERM");
    case SIGBUS:
        return QStringLiteral("BUS");
    case SIGFPE:
        return QStringLiteral("FPE");
    case SIGILL:
        return QStringLiteral("ILL");
    default:
        break;
    }
#endif
    return QString::number(signal);
}

// Appends what fits under the capture limit; the rest only reaches onOutput.
void capture(QByteArray& target, const QByteArray& chunk, qsizetype limit, bool& truncated)
{
    const qsizetype room = std::max<qsizetype>(0, limit - target.size());
    if (chunk.size() > room) {
        target.append(chunk.left(room));
        truncated = true;
    } else {
        target.append(chunk);
    }
}

} // namespace

LocalCommandRunner::LocalCommandRunner()
    : m_environment(QProcessEnvironment::systemEnvironment())
{}

LocalCommandRunner::LocalCommandRunner(const QProcessEnvironment& environment)
    : m_environment(environment)
{}

void LocalCommandRunner::setEnvironment(const QProcessEnvironment& environment)
{
    m_environment = environment;
}

Expected<CommandResult> LocalCommandRunner::run(const QStringList& argv, const ExecOptions& options)
{
    if (argv.isEmpty() || argv.first().isEmpty())
        return makeError(QStringLiteral("No command given"), QStringLiteral("local"),
                         QStringLiteral("This is a bug in the caller: argv must name a program."));
    return execute(argv.first(), argv.mid(1), shellJoin(argv), options);
}

Expected<CommandResult> LocalCommandRunner::runShell(const QString& commandLine,
                                                     const ExecOptions& options)
{
    return execute(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), commandLine}, commandLine,
                   options);
}

Expected<CommandResult> LocalCommandRunner::execute(const QString& program,
                                                    const QStringList& arguments,
                                                    const QString& display,
                                                    const ExecOptions& options)
{
    QElapsedTimer clock;
    clock.start();

    QProcess process;
    process.setProcessEnvironment(m_environment);
    if (!m_workingDirectory.isEmpty())
        process.setWorkingDirectory(m_workingDirectory);
#ifdef Q_OS_UNIX
    // Own process group: a timeout must also end what a shell line started in the background.
    process.setChildProcessModifier([] { ::setpgid(0, 0); });
#endif
    process.start(program, arguments);
    if (!process.waitForStarted(kStartTimeoutMs)) {
        const QString shown = log::Redactor::global().redact(display);
        return makeError(QStringLiteral("Cannot start `%1`: %2").arg(shown, process.errorString()),
                         QStringLiteral("local"),
                         QStringLiteral("Check that %1 is installed and in PATH.").arg(program));
    }
    const qint64 pid = process.processId();

    if (!options.stdinData.isEmpty())
        process.write(options.stdinData);
    process.closeWriteChannel();

    CommandResult result;
    auto drain = [&] {
        const QByteArray out = process.readAllStandardOutput();
        if (!out.isEmpty()) {
            capture(result.stdOut, out, options.maxCapture, result.truncated);
            if (options.onOutput)
                options.onOutput(OutputStream::StdOut, out);
        }
        const QByteArray err = process.readAllStandardError();
        if (!err.isEmpty()) {
            capture(result.stdErr, err, options.maxCapture, result.truncated);
            if (options.onOutput)
                options.onOutput(OutputStream::StdErr, err);
        }
    };
    auto stop = [&] {
#ifdef Q_OS_UNIX
        if (pid > 0)
            ::kill(-pid_t(pid), SIGTERM);
#else
        process.terminate();
#endif
        QElapsedTimer grace;
        grace.start();
        while (process.state() != QProcess::NotRunning && grace.elapsed() < kTerminateGraceMs) {
            process.waitForFinished(m_pollIntervalMs);
            drain();
        }
#ifdef Q_OS_UNIX
        // The group may outlive its leader (background jobs of a shell line): kill it either way.
        if (pid > 0)
            ::kill(-pid_t(pid), SIGKILL);
#endif
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(kTerminateGraceMs);
        }
    };

    for (;;) {
        drain();
        if (process.state() == QProcess::NotRunning)
            break;
        if (options.cancel && options.cancel->load()) {
            result.cancelled = true;
            stop();
            break;
        }
        if (options.timeoutMs > 0 && clock.elapsed() >= options.timeoutMs) {
            result.timedOut = true;
            stop();
            break;
        }
        process.waitForReadyRead(m_pollIntervalMs);
    }
    drain();

    if (process.exitStatus() == QProcess::CrashExit) {
        result.exitStatus = -1;
        result.exitSignal = signalName(process.exitCode());
    } else if (result.timedOut || result.cancelled) {
        result.exitStatus = -1;
    } else {
        result.exitStatus = process.exitCode();
    }
    result.elapsedMs = clock.elapsed();
    return result;
}

} // namespace omsua::remote
