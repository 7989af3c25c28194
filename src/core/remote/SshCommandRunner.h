#pragma once

#include "remote/CommandRunner.h"

namespace omsua::remote {

class SshSession;

// CommandRunner over an authenticated SshSession: every command is one SSH exec channel. Used
// in the thread that owns the session.
class SshCommandRunner : public CommandRunner
{
public:
    explicit SshCommandRunner(SshSession& session);

    // exec(shellJoin(argv)): every argument quoted, nothing expanded by the remote shell.
    Expected<CommandResult> run(const QStringList& argv, const ExecOptions& options = {}) override;
    Expected<CommandResult> runShell(const QString& commandLine,
                                     const ExecOptions& options = {}) override;

private:
    SshSession& m_session;
};

} // namespace omsua::remote
