#pragma once

#include "Expected.h"
#include "backup/Manifest.h"
#include "remote/CommandRunner.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace omsua::backup {

// Where one backup set lives on the host: <backup directory>/<run id>/, holding one dump per
// database (named as its manifest entry says) and manifest.json. The object is only the
// location; the host operations take the runner that reaches the host.
class BackupSet
{
public:
    // Validates both parts (absolute path without `..`; a run id that is a plain name).
    static Expected<BackupSet> at(const QString& backupDirectory, const QString& runId);

    QString backupDirectory() const { return m_backupDirectory; }
    QString runId() const { return m_runId; }
    QString path() const;                            // <directory>/<runId>
    QString filePath(const QString& fileName) const; // <path>/<fileName>
    QString manifestPath() const { return filePath(Manifest::kFileName); }

    // `mkdir -p` under umask 077, then chmod 0700: dumps hold every credential OMS stores.
    Expected<void> createDirectory(remote::CommandRunner& runner) const;
    Expected<bool> exists(remote::CommandRunner& runner) const;

    // std::nullopt when the set has no manifest.json; an Error when it cannot be read or
    // does not validate.
    Expected<std::optional<Manifest>> readManifest(remote::CommandRunner& runner) const;
    // Atomically: the JSON goes over stdin into manifest.json.tmp (mode 0600), then `mv -f`.
    Expected<void> writeManifest(remote::CommandRunner& runner, const Manifest& manifest) const;
    // The same atomic write for any plain file name inside the set (e.g. the run's journal).
    Expected<void> writeFile(remote::CommandRunner& runner, const QString& fileName,
                             const QByteArray& contents) const;

    // `rm -f` of files inside the set (plain names only).
    Expected<void> removeFiles(remote::CommandRunner& runner, const QStringList& fileNames) const;
    // `mv -f` of one file inside the set to another name inside the set.
    Expected<void> renameFile(remote::CommandRunner& runner, const QString& from,
                              const QString& to) const;

private:
    QString m_backupDirectory;
    QString m_runId;
};

} // namespace omsua::backup
