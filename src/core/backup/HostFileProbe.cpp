#include "backup/HostFileProbe.h"

#include "backup/DumpTrailer.h"
#include "remote/ShellQuote.h"

#include <QRegularExpression>

namespace omsua::backup {

namespace {

// The probe's exit status for "no such regular file", told apart from a failing tool.
constexpr int kMissingStatus = 44;

} // namespace

Expected<HostFileFacts> HostFileProbe::probe(remote::CommandRunner& runner, const QString& path,
                                             Checksum checksum, const std::atomic<bool>* cancel)
{
    const QString quoted = remote::shellQuote(path);
    // sha256sum reads stdin so that its output never carries the (escaped) file name.
    QString command = QStringLiteral("if [ ! -f ") + quoted + QStringLiteral(" ]; then exit ") +
                      QString::number(kMissingStatus) + QStringLiteral("; fi; stat -c %s -- ") +
                      quoted;
    if (checksum == Checksum::Compute)
        command += QStringLiteral(" && sha256sum < ") + quoted;
    command += QStringLiteral(" && tail -c ") + QString::number(DumpTrailer::kTailBytes) +
               QStringLiteral(" -- ") + quoted;

    remote::ExecOptions options;
    options.cancel = cancel;
    const Expected<remote::CommandResult> result = runner.runShell(command, options);
    if (!result)
        return result.error();
    if (result->cancelled)
        return makeError(QStringLiteral("Cancelled while checking %1").arg(path), path);
    if (result->exitStatus == kMissingStatus)
        return HostFileFacts{};
    if (!result->succeeded())
        return makeError(QStringLiteral("Cannot check %1 on the host (exit status %2): %3")
                             .arg(path)
                             .arg(result->exitStatus)
                             .arg(QString::fromUtf8(result->stdErr).trimmed().left(400)),
                         path);
    return parse(result->stdOut, checksum, path);
}

Expected<HostFileFacts> HostFileProbe::parse(const QByteArray& output, Checksum checksum,
                                             const QString& path)
{
    const auto malformed = [&] {
        return makeError(
            QStringLiteral("Unexpected output while checking %1 on the host").arg(path), path,
            QStringLiteral("The host needs GNU coreutils (stat -c, sha256sum, tail)."));
    };
    HostFileFacts facts;
    facts.exists = true;

    qsizetype newline = output.indexOf('\n');
    if (newline < 0)
        return malformed();
    bool ok = false;
    facts.bytes = output.left(newline).trimmed().toLongLong(&ok);
    if (!ok || facts.bytes < 0)
        return malformed();
    qsizetype rest = newline + 1;

    if (checksum == Checksum::Compute) {
        newline = output.indexOf('\n', rest);
        if (newline < 0)
            return malformed();
        static const QRegularExpression hash(QStringLiteral("^([0-9a-fA-F]{64})\\s"));
        const QRegularExpressionMatch match =
            hash.match(QString::fromLatin1(output.mid(rest, newline - rest + 1)));
        if (!match.hasMatch())
            return malformed();
        facts.sha256 = match.captured(1).toLower();
        rest = newline + 1;
    }
    facts.tail = output.mid(rest);
    return facts;
}

} // namespace omsua::backup
