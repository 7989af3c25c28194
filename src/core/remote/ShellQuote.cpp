#include "remote/ShellQuote.h"

namespace omsua::remote {

namespace {

// Characters that never need quoting; keeps logged commands readable.
bool isPlainShellWord(const QString& argument)
{
    if (argument.isEmpty())
        return false;
    for (const QChar c : argument) {
        const bool plain = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                           (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                           (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
                           QStringLiteral("-_./:=@,+%").contains(c);
        if (!plain)
            return false;
    }
    return true;
}

} // namespace

QString shellQuote(const QString& argument)
{
    if (isPlainShellWord(argument))
        return argument;
    QString quoted = argument;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString shellJoin(const QStringList& argv)
{
    QStringList quoted;
    quoted.reserve(argv.size());
    for (const QString& argument : argv)
        quoted.append(shellQuote(argument));
    return quoted.join(QLatin1Char(' '));
}

} // namespace omsua::remote
