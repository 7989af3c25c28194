#pragma once

#include "Expected.h"
#include "backup/BackupTypes.h"
#include "backup/DumpTool.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace omsua::backup {

// One database of a backup set. The file name is recorded here once and read back from here
// (restore, verify, download): never retyped, so a dump cannot be written under one name and
// looked for under another (the V3.3.0 doc's cm_hb_322bp.sql / cm_hb_322.sql trap).
struct ManifestDatabase
{
    DatabaseRole role = DatabaseRole::Rm;
    QString name;           // the database, as config.yaml names it
    QString file;           // file name inside the set, "<name>.sql"
    qint64 bytes = 0;       // size on the host
    QString sha256;         // lower-case hex, computed on the host
    QString trailer;        // the dump's last line ("-- Dump completed on ...")
    bool completed = false; // exit status 0, trailer present, size > 0, checksum taken

    static QString fileNameFor(const QString& databaseName)
    {
        return databaseName + QStringLiteral(".sql");
    }
};

// manifest.json of a backup set: what was dumped, from where, when, with what, and enough of
// the old container (its full `docker inspect`) and config.yaml (secrets masked) to put things
// back by hand if the tool is gone.
struct Manifest
{
    static constexpr int kFormat = 1;
    static inline const QString kFileName = QStringLiteral("manifest.json");

    QString runId;
    QDateTime createdAt; // host clock, UTC
    QString container;   // the old container
    QString sourceImage;
    QString sourceVersion;
    QString targetImage;
    QString serverVersion; // the MetaDB's SELECT VERSION()
    DumpFlavour dumpFlavour = DumpFlavour::Unknown;
    QString dumpVersion;
    QDateTime t1; // State.FinishedAt of the stopped old container; null when not known
    QList<ManifestDatabase> databases;
    QJsonObject inspect; // the old container's `docker inspect` object
    QString configYamlMasked;
    QString notes;

    // The entry for a role; nullptr when the set has none.
    const ManifestDatabase* database(DatabaseRole role) const;
    // True when every role is present and completed.
    bool isComplete() const;

    QJsonObject toJsonObject() const;
    QByteArray toJson() const; // indented, UTF-8

    // Parses and validates; errors name the offending field ("databases[2].sha256").
    static Expected<Manifest> fromJson(const QByteArray& json, const QString& source = {});
    static Expected<Manifest> fromJsonObject(const QJsonObject& object, const QString& source = {});
};

} // namespace omsua::backup
