#include "TerminalPrompt.h"

#include <QFile>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace omsua::cli {

namespace {

// Reads one line from the terminal itself (not stdin, which a script may have redirected).
QString readTerminalLine(bool echo)
{
    FILE* tty = std::fopen("/dev/tty", "r+");
    if (!tty)
        return {};
    termios saved{};
    const int fd = ::fileno(tty);
    const bool restore = !echo && ::tcgetattr(fd, &saved) == 0;
    if (restore) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    char buffer[4096];
    const char* line = std::fgets(buffer, sizeof buffer, tty);
    if (restore) {
        ::tcsetattr(fd, TCSAFLUSH, &saved);
        std::fputs("\n", tty);
    }
    std::fclose(tty);
    QString text = line ? QString::fromLocal8Bit(line) : QString();
    while (text.endsWith(QLatin1Char('\n')) || text.endsWith(QLatin1Char('\r')))
        text.chop(1);
    // Overwrite the stack copy of what may be a password.
    volatile char* wipe = buffer;
    for (size_t i = 0; i < sizeof buffer; ++i)
        wipe[i] = 0;
    return text;
}

void writeTerminal(const QString& text)
{
    if (FILE* tty = std::fopen("/dev/tty", "w")) {
        std::fputs(text.toLocal8Bit().constData(), tty);
        std::fclose(tty);
    }
}

} // namespace

bool TerminalPrompt::available()
{
    if (::isatty(STDIN_FILENO) != 1)
        return false;
    QFile tty(QStringLiteral("/dev/tty"));
    return tty.open(QIODevice::ReadWrite);
}

QString TerminalPrompt::askSecret(const QString& question)
{
    writeTerminal(question);
    return readTerminalLine(false);
}

bool TerminalPrompt::confirm(const QString& question, const QString& expected)
{
    writeTerminal(question);
    return readTerminalLine(true).trimmed() == expected;
}

} // namespace omsua::cli
