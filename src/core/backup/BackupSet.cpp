#include "backup/BackupSet.h"

#include "remote/ShellQuote.h"

namespace omsua::backup {

namespace {

constexpr int kCommandTimeoutMs = 60000;
constexpr int kAbsentStatus = 44;

remote::ExecOptions quickOptions()
{
    remote::ExecOptions options;
    options.timeoutMs = kCommandTimeoutMs;
    return options;
}

QString excerpt(const QByteArray& text)
{
    return QString::fromUtf8(text).trimmed().left(400);
}

Error commandError(const QString& what, const remote::CommandResult& result, const QString& where)
{
    return makeError(
        QStringLiteral("%1 (exit status %2): %3")
            .arg(what)
            .arg(result.exitStatus)
            .arg(result.timedOut ? QStringLiteral("timed out") : excerpt(result.stdErr)),
        where);
}

bool isPlainFileName(const QString& name)
{
    return !name.isEmpty() && name != QLatin1String(".") && name != QLatin1String("..") &&
           !name.contains(QLatin1Char('/')) && !name.contains(QLatin1Char('\n')) &&
           !name.contains(QChar(0));
}

} // namespace

Expected<BackupSet> BackupSet::at(const QString& backupDirectory, const QString& runId)
{
    if (Expected<void> valid =
            validateHostPath(backupDirectory, QStringLiteral("backup directory"));
        !valid)
        return valid.error();
    if (Expected<void> valid = validateRunId(runId); !valid)
        return valid.error();
    BackupSet set;
    set.m_backupDirectory = backupDirectory;
    while (set.m_backupDirectory.size() > 1 && set.m_backupDirectory.endsWith(QLatin1Char('/')))
        set.m_backupDirectory.chop(1);
    set.m_runId = runId;
    return set;
}

QString BackupSet::path() const
{
    if (m_backupDirectory == QLatin1String("/"))
        return QLatin1Char('/') + m_runId;
    return m_backupDirectory + QLatin1Char('/') + m_runId;
}

QString BackupSet::filePath(const QString& fileName) const
{
    return path() + QLatin1Char('/') + fileName;
}

Expected<void> BackupSet::createDirectory(remote::CommandRunner& runner) const
{
    const QString quoted = remote::shellQuote(path());
    const Expected<remote::CommandResult> made =
        runner.runShell(QStringLiteral("umask 077 && mkdir -p -- ") + quoted +
                            QStringLiteral(" && chmod 0700 -- ") + quoted,
                        quickOptions());
    if (!made)
        return made.error();
    if (!made->succeeded())
        return commandError(QStringLiteral("Cannot create the backup set directory"), *made,
                            path());
    return {};
}

Expected<bool> BackupSet::exists(remote::CommandRunner& runner) const
{
    const Expected<remote::CommandResult> tested =
        runner.run({QStringLiteral("test"), QStringLiteral("-d"), path()}, quickOptions());
    if (!tested)
        return tested.error();
    if (tested->timedOut || tested->cancelled || tested->exitStatus < 0)
        return commandError(QStringLiteral("Cannot check the backup set directory"), *tested,
                            path());
    return tested->exitStatus == 0;
}

Expected<std::optional<Manifest>> BackupSet::readManifest(remote::CommandRunner& runner) const
{
    const QString quoted = remote::shellQuote(manifestPath());
    const Expected<remote::CommandResult> read = runner.runShell(
        QStringLiteral("if [ ! -f ") + quoted + QStringLiteral(" ]; then exit ") +
            QString::number(kAbsentStatus) + QStringLiteral("; fi; cat -- ") + quoted,
        quickOptions());
    if (!read)
        return read.error();
    if (read->exitStatus == kAbsentStatus)
        return std::optional<Manifest>();
    if (!read->succeeded())
        return commandError(QStringLiteral("Cannot read the manifest"), *read, manifestPath());
    Expected<Manifest> manifest = Manifest::fromJson(read->stdOut, manifestPath());
    if (!manifest)
        return manifest.error();
    return std::optional<Manifest>(std::move(*manifest));
}

Expected<void> BackupSet::writeManifest(remote::CommandRunner& runner,
                                        const Manifest& manifest) const
{
    return writeFile(runner, Manifest::kFileName, manifest.toJson());
}

Expected<void> BackupSet::writeFile(remote::CommandRunner& runner, const QString& fileName,
                                    const QByteArray& contents) const
{
    if (!isPlainFileName(fileName))
        return makeError(
            QStringLiteral("Refusing to write \"%1\": not a plain file name").arg(fileName),
            path());
    const QString path = filePath(fileName);
    const QString target = remote::shellQuote(path);
    const QString temporary = remote::shellQuote(path + QStringLiteral(".tmp"));
    remote::ExecOptions options = quickOptions();
    options.stdinData = contents;
    // mv within one directory is a rename: readers see the old or the new file, never half.
    const Expected<remote::CommandResult> written =
        runner.runShell(QStringLiteral("umask 077 && cat > ") + temporary +
                            QStringLiteral(" && mv -f -- ") + temporary + QLatin1Char(' ') + target,
                        options);
    if (!written)
        return written.error();
    if (!written->succeeded())
        return commandError(QStringLiteral("Cannot write %1").arg(fileName), *written, path);
    return {};
}

Expected<void> BackupSet::removeFiles(remote::CommandRunner& runner,
                                      const QStringList& fileNames) const
{
    QStringList argv{QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("--")};
    for (const QString& name : fileNames) {
        if (!isPlainFileName(name))
            return makeError(QStringLiteral("Refusing to remove \"%1\": not a plain file name "
                                            "inside the backup set")
                                 .arg(name.left(80)),
                             path());
        argv.append(filePath(name));
    }
    if (fileNames.isEmpty())
        return {};
    const Expected<remote::CommandResult> removed = runner.run(argv, quickOptions());
    if (!removed)
        return removed.error();
    if (!removed->succeeded())
        return commandError(QStringLiteral("Cannot remove files of the backup set"), *removed,
                            path());
    return {};
}

Expected<void> BackupSet::renameFile(remote::CommandRunner& runner, const QString& from,
                                     const QString& to) const
{
    if (!isPlainFileName(from) || !isPlainFileName(to))
        return makeError(QStringLiteral("Refusing to rename \"%1\" to \"%2\": not plain file "
                                        "names inside the backup set")
                             .arg(from.left(80), to.left(80)),
                         path());
    const Expected<remote::CommandResult> moved =
        runner.run({QStringLiteral("mv"), QStringLiteral("-f"), QStringLiteral("--"),
                    filePath(from), filePath(to)},
                   quickOptions());
    if (!moved)
        return moved.error();
    if (!moved->succeeded())
        return commandError(QStringLiteral("Cannot rename %1 to %2").arg(from, to), *moved, path());
    return {};
}

} // namespace omsua::backup
