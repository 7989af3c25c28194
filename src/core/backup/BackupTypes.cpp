#include "backup/BackupTypes.h"

#include "metadb/SqlIdentifier.h"
#include "remote/ArgumentValidation.h"

#include <QRegularExpression>

namespace omsua::backup {

QString toString(DatabaseRole role)
{
    switch (role) {
    case DatabaseRole::Rm:
        return QStringLiteral("rm");
    case DatabaseRole::Cm:
        return QStringLiteral("cm");
    case DatabaseRole::CmHb:
        return QStringLiteral("cm_hb");
    }
    return {};
}

std::optional<DatabaseRole> databaseRoleFromString(const QString& text)
{
    if (text == QLatin1String("rm"))
        return DatabaseRole::Rm;
    if (text == QLatin1String("cm"))
        return DatabaseRole::Cm;
    if (text == QLatin1String("cm_hb"))
        return DatabaseRole::CmHb;
    return std::nullopt;
}

bool isValidDatabaseName(const QString& name)
{
    return metadb::isValidDatabaseName(name);
}

Expected<void> validateDatabaseName(const QString& name, const QString& what)
{
    if (isValidDatabaseName(name))
        return {};
    return makeError(
        QStringLiteral("Database name \"%1\" is not accepted: only ASCII letters, digits, '_' and "
                       "'$', 1 to 64 characters")
            .arg(name.left(80)),
        what, QStringLiteral("Check the database names in config.yaml."));
}

Expected<void> validateRunId(const QString& runId)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$"));
    if (pattern.match(runId).hasMatch())
        return {};
    return makeError(QStringLiteral("Run id \"%1\" cannot name a backup set: only ASCII letters, "
                                    "digits, '.', '_' and '-', not starting with '.' or '-', at "
                                    "most 128 characters")
                         .arg(runId.left(80)),
                     QStringLiteral("run id"));
}

Expected<void> validateHostPath(const QString& path, const QString& what)
{
    Expected<void> valid = remote::validateRemotePath(path);
    if (valid)
        return {};
    Error error = valid.error();
    error.where = what;
    return error;
}

QString maskSecret(QString text, const QString& secret)
{
    if (!secret.isEmpty())
        text.replace(secret, QStringLiteral("********"));
    return text;
}

} // namespace omsua::backup
