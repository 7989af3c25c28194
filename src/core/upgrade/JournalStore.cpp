#include "upgrade/JournalStore.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>

namespace omsua::upgrade {

JournalStore::JournalStore(QString dataDirectory)
    : m_dataDirectory(std::move(dataDirectory))
{}

QString JournalStore::defaultDataDirectory()
{
    const QString overridden = qEnvironmentVariable("OMSUA_DATA_DIR");
    if (!overridden.isEmpty())
        return overridden;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString JournalStore::directory() const
{
    return m_dataDirectory + QStringLiteral("/runs");
}

QString JournalStore::pathFor(const QString& runId) const
{
    return directory() + QLatin1Char('/') + runId + QStringLiteral(".json");
}

Expected<Journal> JournalStore::open(const QString& runId) const
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_.-]{1,128}$"));
    if (!valid.match(runId).hasMatch() || runId.startsWith(QLatin1Char('.')))
        return makeError(QStringLiteral("'%1' is not a run id").arg(runId), QString(),
                         QStringLiteral("run ids look like 20261125T161500Z-oms_330-3f9c; "
                                        "`oms-upgrade status` lists them"));
    const QString path = pathFor(runId);
    if (!QFile::exists(path))
        return makeError(QStringLiteral("no run %1 on this workstation").arg(runId), path,
                         QStringLiteral("`oms-upgrade status` lists the known runs"));
    return Journal::load(path);
}

Expected<Journal> JournalStore::create(const QString& kind, const QString& container,
                                       const QString& planFile, const QByteArray& planYaml) const
{
    Journal journal = Journal::create(kind, container, planFile, planYaml);
    journal.setPath(pathFor(journal.runId()));
    if (auto saved = journal.save(); !saved)
        return saved.error();
    return journal;
}

QStringList JournalStore::runIds(const QString& planFile) const
{
    const QDir dir(directory());
    QStringList ids;
    // Run ids start with a UTC timestamp, so a reverse name sort is newest first.
    const QStringList files =
        dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QString& file : files) {
        const QString id = file.chopped(5);
        if (!planFile.isEmpty()) {
            const auto journal = Journal::load(dir.filePath(file));
            if (!journal || journal->planFile() != planFile)
                continue;
        }
        ids.append(id);
    }
    return ids;
}

QString JournalStore::latestRunId(const QString& planFile) const
{
    const QStringList ids = runIds(planFile);
    return ids.isEmpty() ? QString() : ids.first();
}

} // namespace omsua::upgrade
