#pragma once

#include "remote/CommandRunner.h"

#include <QProcessEnvironment>
#include <QString>

namespace omsua::remote {

// A CommandRunner for the machine we are running on (QProcess). run() executes argv directly,
// without a shell, so nothing in it is ever interpreted; runShell() hands the line to
// `/bin/sh -c`. Used by tests and when the OMS host is this machine.
//
// Blocking, no event loop needed: it polls the process, so it works in a worker thread that has
// none. Each command runs in its own process group (Unix), so a timeout or cancellation ends
// the whole pipeline a shell line may have started, not only the shell.
class LocalCommandRunner : public CommandRunner
{
public:
    LocalCommandRunner();
    explicit LocalCommandRunner(const QProcessEnvironment& environment);

    // The environment every command gets (default: this process's environment), e.g. with
    // DOCKER_HOST pointing at another engine.
    void setEnvironment(const QProcessEnvironment& environment);
    QProcessEnvironment environment() const { return m_environment; }

    // Working directory for the commands (default: inherited).
    void setWorkingDirectory(const QString& directory) { m_workingDirectory = directory; }

    // How often cancellation and the timeout are checked, and output forwarded to onOutput.
    void setPollIntervalMs(int milliseconds) { m_pollIntervalMs = milliseconds; }

    Expected<CommandResult> run(const QStringList& argv, const ExecOptions& options = {}) override;
    Expected<CommandResult> runShell(const QString& commandLine,
                                     const ExecOptions& options = {}) override;

private:
    Expected<CommandResult> execute(const QString& program, const QStringList& arguments,
                                    const QString& display, const ExecOptions& options);

    QProcessEnvironment m_environment;
    QString m_workingDirectory;
    int m_pollIntervalMs = 20;
};

} // namespace omsua::remote
