#pragma once

#include <QString>

namespace omsua::cli {

// Questions on the controlling terminal: secrets without echo, and yes/no confirmations.
// Without a terminal nothing is asked (the callers then refuse or fail with a clear message).
class TerminalPrompt
{
public:
    static bool available();
    static QString askSecret(const QString& question);
    // True only when the operator typed the expected word exactly.
    static bool confirm(const QString& question, const QString& expected = QStringLiteral("yes"));
};

} // namespace omsua::cli
