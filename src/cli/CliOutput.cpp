#include "CliOutput.h"

#include <QCoreApplication>
#include <cstdio>
#include <unistd.h>

namespace omsua::cli {

CliOutput::CliOutput()
    : m_out(stdout)
    , m_err(stderr)
    , m_stdoutTty(::isatty(STDOUT_FILENO) == 1)
    , m_stdinTty(::isatty(STDIN_FILENO) == 1)
{}

void CliOutput::line(const QString& text)
{
    m_out << text << '\n';
    m_out.flush();
}

void CliOutput::diagnostic(const QString& text)
{
    m_err << text << '\n';
    m_err.flush();
}

void CliOutput::error(const Error& error)
{
    QString text = QCoreApplication::translate("cli", "error: %1").arg(error.message);
    if (!error.where.isEmpty())
        text += QStringLiteral(" [") + error.where + QLatin1Char(']');
    diagnostic(text);
    if (!error.hint.isEmpty())
        diagnostic(QCoreApplication::translate("cli", "hint: %1").arg(error.hint));
}

} // namespace omsua::cli
