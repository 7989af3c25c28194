#pragma once

#include "Expected.h"

#include <QString>
#include <QTextStream>

namespace omsua::cli {

// Where the command line writes: results to stdout, diagnostics to stderr. Every text that
// could carry a secret goes through the log redactor first.
class CliOutput
{
public:
    CliOutput();

    void line(const QString& text);       // stdout
    void diagnostic(const QString& text); // stderr
    void error(const Error& error);       // stderr, as "error: what [where] - hint"
    bool stdoutIsTerminal() const { return m_stdoutTty; }
    bool stdinIsTerminal() const { return m_stdinTty; }

private:
    QTextStream m_out;
    QTextStream m_err;
    bool m_stdoutTty = false;
    bool m_stdinTty = false;
};

} // namespace omsua::cli
