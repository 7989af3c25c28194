#include "backup/DumpLoader.h"

#include "remote/ShellQuote.h"

#include <QRegularExpression>

namespace omsua::backup {

namespace {
// A restore of a large cm database can take long; the caller can cancel it.
constexpr int kLoadTimeoutMs = 6 * 60 * 60 * 1000;
} // namespace

DumpLoader::DumpLoader(remote::CommandRunner& runner)
    : m_runner(runner)
{}

qint64 DumpLoader::bytesFromDdLine(const QString& line)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d+) bytes"));
    const auto match = pattern.match(line);
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

Expected<void> DumpLoader::ensureTool()
{
    if (m_tool)
        return {};
    auto tool = DumpTool::detect(m_runner);
    if (!tool)
        return tool.error();
    m_tool = *tool;
    return {};
}

Expected<QString> DumpLoader::commandLine(const BackupSet& set, const ManifestDatabase& dump,
                                          const QString& optionFilePath)
{
    if (auto tool = ensureTool(); !tool)
        return tool.error();
    auto client = m_tool->clientCommand(optionFilePath, dump.name);
    if (!client)
        return client.error();
    // pipefail: a read error of dd must fail the load even though the client exits 0 on the
    // shortened input. bash, because POSIX sh has no pipefail.
    const QString script =
        QStringLiteral("set -o pipefail; dd if=%1 bs=4M status=progress | %2")
            .arg(remote::shellQuote(set.filePath(dump.file)), remote::shellJoin(*client));
    return remote::shellJoin({QStringLiteral("bash"), QStringLiteral("-c"), script});
}

Expected<void> DumpLoader::load(const BackupSet& set, const ManifestDatabase& dump,
                                const QString& optionFilePath)
{
    auto command = commandLine(set, dump, optionFilePath);
    if (!command)
        return command.error();
    remote::ExecOptions options;
    options.timeoutMs = kLoadTimeoutMs;
    options.cancel = m_cancel;
    QString pending;
    options.onOutput = [&](remote::OutputStream stream, QByteArrayView data) {
        if (stream != remote::OutputStream::StdErr)
            return;
        // dd rewrites its progress line with \r; the final summary ends with \n.
        pending += QString::fromUtf8(data.data(), data.size());
        const QStringList parts = pending.split(QRegularExpression(QStringLiteral("[\\r\\n]")));
        pending = parts.last();
        for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
            const qint64 bytes = bytesFromDdLine(parts.at(i));
            if (bytes >= 0 && m_progress)
                m_progress(bytes, dump.bytes);
        }
    };
    auto result = m_runner.runShell(*command, options);
    if (!result)
        return result.error();
    if (result->cancelled)
        return makeError(QStringLiteral("Restore of %1 cancelled").arg(dump.name), dump.name);
    if (!result->succeeded()) {
        QStringList lines;
        for (const QString& line : QString::fromUtf8(result->stdErr).split(QLatin1Char('\n'))) {
            if (!line.isEmpty() && bytesFromDdLine(line) < 0 &&
                !line.contains(QLatin1String("records ")))
                lines << line.trimmed();
        }
        return makeError(QStringLiteral("Restoring %1 from %2 failed (exit status %3): %4")
                             .arg(dump.name, dump.file)
                             .arg(result->exitStatus)
                             .arg(lines.join(QStringLiteral("; ")).right(800)),
                         set.filePath(dump.file),
                         QStringLiteral("the database is incomplete: fix the cause and resume the "
                                        "rollback, which restores it again from the start"));
    }
    if (m_progress)
        m_progress(dump.bytes, dump.bytes);
    return {};
}

} // namespace omsua::backup
