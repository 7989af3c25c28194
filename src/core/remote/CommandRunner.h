#pragma once

#include "Expected.h"
#include "remote/CommandResult.h"

#include <QStringList>

namespace omsua::remote {

// Runs a command on the target host. The seam between the engine and the transport: the
// engine builds argument vectors, a runner quotes and executes them (over SSH in production,
// as a local process where the "host" is this machine).
class CommandRunner
{
public:
    virtual ~CommandRunner() = default;

    // argv is quoted argument by argument (shellQuote) before it reaches a shell; nothing in it
    // is ever interpreted by the remote shell. An Error means the command could not be started
    // or the transport failed; a non-zero exit status is a normal CommandResult.
    virtual Expected<CommandResult> run(const QStringList& argv,
                                        const ExecOptions& options = {}) = 0;

    // Same, for a pipeline the caller has composed from shellQuote()d parts itself.
    virtual Expected<CommandResult> runShell(const QString& commandLine,
                                             const ExecOptions& options = {}) = 0;
};

} // namespace omsua::remote
