#pragma once

#include <QString>
#include <QStringList>

namespace omsua::remote {

// The one place where an argument becomes shell text. POSIX single quotes, with embedded single
// quotes written as '\'' so that nothing inside is ever expanded by the remote shell.
QString shellQuote(const QString& argument);

// Quotes every element and joins them with spaces.
QString shellJoin(const QStringList& argv);

} // namespace omsua::remote
