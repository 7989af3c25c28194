#pragma once

#include "Expected.h"
#include "backup/BackupSet.h"
#include "backup/BackupTypes.h"
#include "backup/DumpTool.h"
#include "remote/CommandRunner.h"

#include <QString>
#include <atomic>
#include <functional>
#include <optional>

namespace omsua::backup {

// Loads one dump of a backup set into an (empty) database with the host's client, as the
// rollback's restore does: `dd` reads the file and reports the bytes it passed on, the client
// gets the password from an option file (first option) and the SQL on stdin. Nothing here
// drops or creates databases; the caller does that, after the set verified.
class DumpLoader
{
public:
    using ProgressCallback = std::function<void(qint64 bytesRead, qint64 bytesTotal)>;

    explicit DumpLoader(remote::CommandRunner& runner);

    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }
    void setCancelFlag(const std::atomic<bool>* cancel) { m_cancel = cancel; }
    void setDumpTool(const DumpTool& tool) { m_tool = tool; }

    // The command line it runs (option file path shown, no secret in it), for the journal.
    Expected<QString> commandLine(const BackupSet& set, const ManifestDatabase& dump,
                                  const QString& optionFilePath);

    // Loads set/dump.file into dump.name. The option file must exist on the host.
    Expected<void> load(const BackupSet& set, const ManifestDatabase& dump,
                        const QString& optionFilePath);

    // "1048576 bytes (1.0 MB, 1.0 MiB) copied, ..." -> 1048576; -1 for other lines.
    static qint64 bytesFromDdLine(const QString& line);

private:
    Expected<void> ensureTool();

    remote::CommandRunner& m_runner;
    ProgressCallback m_progress;
    const std::atomic<bool>* m_cancel = nullptr;
    std::optional<DumpTool> m_tool;
};

} // namespace omsua::backup
