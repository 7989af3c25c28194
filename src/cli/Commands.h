#pragma once

#include <QStringList>
#include <memory>

class QCoreApplication;

namespace omsua::cli {

class CliOutput;

// One function per subcommand; each returns an ExitCode.
int runProbe(const QStringList& args, CliOutput& out);
int runPreflight(const QStringList& args, CliOutput& out);
int runStatus(const QStringList& args, CliOutput& out);
int runRefetchInterval(const QStringList& args, CliOutput& out);
int runUpgrade(const QStringList& args, CliOutput& out);
int runRollback(const QStringList& args, CliOutput& out);
int runBackups(const QStringList& args, CliOutput& out);
int runReport(const QStringList& args, CliOutput& out);

// A QCoreApplication, or a QGuiApplication where a command needs Qt's fonts (a PDF report).
std::unique_ptr<QCoreApplication> createApplication(int& argc, char** argv);

} // namespace omsua::cli
