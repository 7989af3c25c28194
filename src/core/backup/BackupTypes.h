#pragma once

#include "Expected.h"

#include <QString>
#include <optional>

namespace omsua::backup {

// The three OMS metadata databases a backup set holds. Their NAMES come from config.yaml (and,
// once a set exists, from its manifest); the role is what the procedure calls them.
enum class DatabaseRole { Rm, Cm, CmHb };

QString toString(DatabaseRole role); // "rm", "cm", "cm_hb"
std::optional<DatabaseRole> databaseRoleFromString(const QString& text);

// Where the dump tool connects to: the MetaDB as seen from the host. The password only ever
// travels to the host on a command's stdin (OptionFile), never on a command line.
struct MetaDbCredentials
{
    QString host;
    quint16 port = 3306;
    QString user;
    QString password; // secret
};

// Database names end up in dump arguments, file names and SQL. Only the conservative subset
// every MySQL-compatible server, shell and file system handles without surprises is accepted:
// metadb::isValidDatabaseName (ASCII letters, digits, '_' and '$', 1 to 64 characters). This
// also guarantees a name never starts with '-' and so is never read as an option.
bool isValidDatabaseName(const QString& name);
Expected<void> validateDatabaseName(const QString& name, const QString& what);

// A run id names the set's directory: [A-Za-z0-9._-], not starting with '.' or '-', at most
// 128 characters (Journal ids such as 20261125T161500Z-oms_330-3f9c fit).
Expected<void> validateRunId(const QString& runId);

// An absolute host path that is safe to hand to remote commands (after shellQuote):
// remote::validateRemotePath, with `what` as the error's where.
Expected<void> validateHostPath(const QString& path, const QString& what);

// The secret masked out of a text shown to the operator (stderr excerpts and the like).
QString maskSecret(QString text, const QString& secret);

} // namespace omsua::backup
