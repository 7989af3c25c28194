#pragma once

#include "Expected.h"
#include "remote/CommandRunner.h"

#include <QString>
#include <QStringList>

namespace omsua::backup {

// Whose dump tool the host has. They differ in the options they accept: MariaDB's (which is
// also Debian's `mysqldump`) rejects --column-statistics and --set-gtid-purged; MySQL 8's needs
// them against some servers.
enum class DumpFlavour { MariaDb, MySql, Unknown };
QString toString(DumpFlavour flavour); // "mariadb", "mysql", "unknown"
DumpFlavour dumpFlavourFromString(const QString& text);

// What decides the arguments of one dump beyond the documented set.
struct DumpOptions
{
    // --verbose: the tool reports each table on stderr ("-- Retrieving table structure for
    // table X..."), which is how progress is shown.
    bool verbose = false;
};

// The dump tool (mariadb-dump / mysqldump) and the client (mariadb / mysql) found on the host,
// and the argument vectors for them. The flavour is detected from `--version`, never assumed
// from the program's name.
class DumpTool
{
public:
    // Looks for the programs with `command -v` and reads `<tool> --version` through the runner.
    // Prefers mariadb-dump when both exist (mysqldump may be MySQL 8's, which fails against
    // OceanBase 4.1). An Error when neither dump program is found.
    static Expected<DumpTool> detect(remote::CommandRunner& runner);

    // From a `--version` line; empty program names when not known.
    static DumpTool fromVersionText(const QString& dumpProgram, const QString& versionText,
                                    const QString& clientProgram = {});
    static DumpFlavour flavourFromVersionText(const QString& versionText);
    // "10.11.19-MariaDB" for MariaDB's tools (the distribution version, not the tool's own
    // "Ver 10.19"), "8.0.36" for MySQL's; empty when not recognised.
    static QString versionFromVersionText(const QString& versionText);

    DumpFlavour flavour() const { return m_flavour; }
    QString version() const { return m_version; }
    QString versionText() const { return m_versionText; } // the tool's first --version line
    QString dumpProgram() const { return m_dumpProgram; } // as found (absolute path) or the name
    QString clientProgram() const { return m_clientProgram; } // empty when none was found

    // Options for one dump, without the program: --defaults-extra-file=FILE FIRST (the tools
    // ignore it anywhere else), the documented set, flavour-specific flags, then the database.
    // An Error when the database name or the option file path is not acceptable.
    Expected<QStringList> dumpArguments(const QString& database, const QString& optionFilePath,
                                        const DumpOptions& options = {}) const;
    // dumpProgram() followed by dumpArguments().
    Expected<QStringList> dumpCommand(const QString& database, const QString& optionFilePath,
                                      const DumpOptions& options = {}) const;

    // Options for the client that restores a dump into `database` (SQL on stdin), without the
    // program; --defaults-extra-file=FILE first.
    Expected<QStringList> clientArguments(const QString& optionFilePath,
                                          const QString& database) const;
    // clientProgram() followed by clientArguments(); an Error when no client was found.
    Expected<QStringList> clientCommand(const QString& optionFilePath,
                                        const QString& database) const;

private:
    DumpFlavour m_flavour = DumpFlavour::Unknown;
    QString m_version;
    QString m_versionText;
    QString m_dumpProgram;
    QString m_clientProgram;
};

} // namespace omsua::backup
