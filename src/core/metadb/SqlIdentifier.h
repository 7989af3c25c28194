#pragma once

#include <QString>

namespace omsua::metadb {

// Database names come from config.yaml and end up in SQL text and in remote commands
// (mysqldump arguments, file names). Bound parameters cannot carry identifiers, so instead we
// accept only the conservative subset every MySQL-compatible server (and a shell) handles
// without surprises: ASCII letters, digits, '_' and '$', 1 to 64 characters.
bool isValidDatabaseName(const QString& name);

// Backtick-quotes an identifier, doubling embedded backticks (MySQL rules). Callers validate
// names that come from outside first; this also makes names read from information_schema safe.
QString quoteIdentifier(const QString& identifier);

// `db`.`table`
QString qualifiedName(const QString& database, const QString& table);

} // namespace omsua::metadb
