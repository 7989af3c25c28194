#pragma once

#include <QStringList>

namespace omsua::cli {

class CliOutput;

// One function per subcommand; each returns an ExitCode.
int runProbe(const QStringList& args, CliOutput& out);
int runPreflight(const QStringList& args, CliOutput& out);
int runStatus(const QStringList& args, CliOutput& out);
int runRefetchInterval(const QStringList& args, CliOutput& out);
int runUpgrade(const QStringList& args, CliOutput& out);
int runBackups(const QStringList& args, CliOutput& out);

} // namespace omsua::cli
