#pragma once

#include "Expected.h"
#include "upgrade/Journal.h"

#include <QString>
#include <QStringList>

namespace omsua::upgrade {

// Where the journals of this workstation live: <data dir>/runs/<run id>.json. The data dir is
// QStandardPaths::AppDataLocation, or $OMSUA_DATA_DIR when set (tests, portable installs).
class JournalStore
{
public:
    explicit JournalStore(QString dataDirectory = defaultDataDirectory());

    static QString defaultDataDirectory();

    QString directory() const;
    QString pathFor(const QString& runId) const;

    // Validates the run id (it becomes a file name) and loads it.
    Expected<Journal> open(const QString& runId) const;
    // A new journal placed in this store and saved once.
    Expected<Journal> create(const QString& kind, const QString& container, const QString& planFile,
                             const QByteArray& planYaml) const;

    // Run ids, newest first; planFile filters to runs of that plan (absolute path) when given.
    QStringList runIds(const QString& planFile = {}) const;
    QString latestRunId(const QString& planFile = {}) const;

private:
    QString m_dataDirectory;
};

} // namespace omsua::upgrade
