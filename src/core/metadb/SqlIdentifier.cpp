#include "metadb/SqlIdentifier.h"

namespace omsua::metadb {

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

QString quoteIdentifier(const QString& identifier)
{
    QString quoted = identifier;
    quoted.replace(QLatin1Char('`'), QStringLiteral("``"));
    return QLatin1Char('`') + quoted + QLatin1Char('`');
}

QString qualifiedName(const QString& database, const QString& table)
{
    return quoteIdentifier(database) + QLatin1Char('.') + quoteIdentifier(table);
}

} // namespace omsua::metadb
