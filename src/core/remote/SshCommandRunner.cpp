#include "remote/SshCommandRunner.h"

#include "remote/ShellQuote.h"
#include "remote/SshSession.h"

namespace omsua::remote {

SshCommandRunner::SshCommandRunner(SshSession& session)
    : m_session(session)
{}

Expected<CommandResult> SshCommandRunner::run(const QStringList& argv, const ExecOptions& options)
{
    if (argv.isEmpty())
        return makeError(QStringLiteral("No command to run (empty argument list)"));
    return m_session.exec(shellJoin(argv), options);
}

Expected<CommandResult> SshCommandRunner::runShell(const QString& commandLine,
                                                   const ExecOptions& options)
{
    if (commandLine.trimmed().isEmpty())
        return makeError(QStringLiteral("No command to run (empty command line)"));
    return m_session.exec(commandLine, options);
}

} // namespace omsua::remote
