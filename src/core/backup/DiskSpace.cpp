#include "backup/DiskSpace.h"

#include "backup/BackupTypes.h"
#include "remote/ShellQuote.h"

#include <QRegularExpression>

namespace omsua::backup {

namespace {
constexpr int kCommandTimeoutMs = 30000;
constexpr qint64 kBlock = 1024;
} // namespace

Expected<DiskSpace> DiskSpace::measure(remote::CommandRunner& runner, const QString& path)
{
    if (Expected<void> valid = validateHostPath(path, QStringLiteral("backup directory")); !valid)
        return valid.error();
    // The backup directory is usually created by the backup itself; what counts is the file
    // system it will be created on. The measured path is printed first, then df.
    const QString command =
        QStringLiteral("p=") + remote::shellQuote(path) +
        QStringLiteral("; while [ ! -e \"$p\" ]; do p=$(dirname -- \"$p\"); done; "
                       "printf '%s\\n' \"$p\"; df -Pk -- \"$p\"");
    remote::ExecOptions options;
    options.timeoutMs = kCommandTimeoutMs;
    const Expected<remote::CommandResult> result = runner.runShell(command, options);
    if (!result)
        return result.error();
    if (!result->succeeded())
        return makeError(QStringLiteral("Cannot measure free disk space (exit status %1): %2")
                             .arg(result->exitStatus)
                             .arg(QString::fromUtf8(result->stdErr).trimmed().left(400)),
                         path);
    const QByteArray& out = result->stdOut;
    const qsizetype newline = out.indexOf('\n');
    if (newline < 0)
        return makeError(QStringLiteral("Unexpected output of df"), path);
    Expected<DiskSpace> space = parseDfOutput(out.mid(newline + 1), path);
    if (!space)
        return space.error();
    space->measuredPath = QString::fromUtf8(out.left(newline));
    return space;
}

Expected<DiskSpace> DiskSpace::parseDfOutput(const QByteArray& output, const QString& path)
{
    // POSIX format: "Filesystem 1024-blocks Used Available Capacity Mounted on", then one line
    // per file system. Device and mount point may contain spaces, so the numbers are matched
    // in the middle rather than by splitting.
    static const QRegularExpression line(
        QStringLiteral("^(.*\\S)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+|-)%?\\s+(/.*)$"));
    const QStringList lines =
        QString::fromUtf8(output).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (int i = 1; i < lines.size(); ++i) {
        const QRegularExpressionMatch match = line.match(lines.at(i));
        if (!match.hasMatch())
            continue;
        DiskSpace space;
        space.path = path;
        space.measuredPath = path;
        space.totalBytes = match.captured(2).toLongLong() * kBlock;
        space.availableBytes = match.captured(4).toLongLong() * kBlock;
        space.mountPoint = match.captured(6);
        return space;
    }
    return makeError(QStringLiteral("Cannot read the output of `df -Pk`: %1")
                         .arg(QString::fromUtf8(output).trimmed().left(200)),
                     path);
}

qint64 DiskSpace::requiredBytes(qint64 databaseBytes)
{
    if (databaseBytes <= 0)
        return 0;
    return databaseBytes + (databaseBytes + 1) / 2;
}

} // namespace omsua::backup
