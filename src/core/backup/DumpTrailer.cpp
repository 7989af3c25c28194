#include "backup/DumpTrailer.h"

#include <QRegularExpression>

namespace omsua::backup {

QString DumpTrailer::lastLine(const QByteArray& tail)
{
    QByteArray text = tail;
    // Only the line terminators of the last line are dropped: one "\n", "\r\n" or "\r".
    if (text.endsWith('\n'))
        text.chop(1);
    if (text.endsWith('\r'))
        text.chop(1);
    const qsizetype start = text.lastIndexOf('\n') + 1;
    QByteArray line = text.mid(start);
    if (line.endsWith('\r'))
        line.chop(1);
    // The tail may start in the middle of a UTF-8 sequence; the last line of a dump is ASCII,
    // and a garbled one simply does not match the marker.
    return QString::fromUtf8(line);
}

bool DumpTrailer::isCompletionLine(const QString& line)
{
    // MariaDB writes "-- Dump completed on 2026-11-25  5:44:26" (hour space-padded), MySQL
    // "-- Dump completed on 2026-11-25 05:44:26", both "-- Dump completed" alone with
    // --skip-dump-date. Matching the whole line also rejects a trailer cut inside the date.
    static const QRegularExpression pattern(QStringLiteral(
        "^-- Dump completed(?: on \\d{4}-\\d{2}-\\d{2}\\s+\\d{1,2}:\\d{2}:\\d{2})?\\s*$"));
    return pattern.match(line).hasMatch();
}

} // namespace omsua::backup
