#pragma once

#include <QByteArray>
#include <QString>

namespace omsua::backup {

// The completeness proof of a dump: mysqldump / mariadb-dump end a dump that finished with
// "-- Dump completed on <date>" (unless --compact / --skip-comments, which we never pass). A
// dump cut short by a crash, a full disk or a killed connection lacks it even when the tool's
// exit status was lost on the way.
class DumpTrailer
{
public:
    static inline const QString kMarker = QStringLiteral("-- Dump completed");
    // How much of the file's end is read to find the last line (`tail -c`).
    static constexpr int kTailBytes = 256;

    // The last line of a file's tail: one trailing line terminator (LF, CRLF or CR) is ignored
    // and a CR before it removed. A blank line after the trailer makes the last line empty:
    // the tools never write one, so such a file was changed after the dump.
    static QString lastLine(const QByteArray& tail);
    // Whether a line is the completion trailer: the marker, optionally followed by " on " and
    // the date and time, and nothing else.
    static bool isCompletionLine(const QString& line);
    // lastLine() + isCompletionLine().
    static bool endsWithCompletion(const QByteArray& tail)
    {
        return isCompletionLine(lastLine(tail));
    }
};

} // namespace omsua::backup
