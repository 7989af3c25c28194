#include "backup/BackupTypes.h"

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
    if (name.isEmpty() || name.size() > 64)
        return false;
    for (const QChar c : name) {
        const bool allowed = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                             (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                             (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
                             c == QLatin1Char('_') || c == QLatin1Char('$');
        if (!allowed)
            return false;
    }
    return true;
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
    const auto fail = [&](const QString& rule) -> Expected<void> {
        return makeError(
            QStringLiteral("Host path \"%1\" is not accepted: %2").arg(path.left(120), rule), what);
    };
    if (!path.startsWith(QLatin1Char('/')))
        return fail(QStringLiteral("it must be absolute"));
    if (path.size() > 4096)
        return fail(QStringLiteral("it is longer than 4096 characters"));
    if (path.contains(QChar(0)) || path.contains(QLatin1Char('\n')) ||
        path.contains(QLatin1Char('\r')))
        return fail(QStringLiteral("it contains a NUL, newline or carriage return"));
    const QStringList parts = path.split(QLatin1Char('/'));
    if (parts.contains(QStringLiteral("..")))
        return fail(QStringLiteral("it contains a `..` component"));
    return {};
}

QString maskSecret(QString text, const QString& secret)
{
    if (!secret.isEmpty())
        text.replace(secret, QStringLiteral("********"));
    return text;
}

} // namespace omsua::backup
