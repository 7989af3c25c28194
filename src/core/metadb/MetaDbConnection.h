#pragma once

#include "Expected.h"
#include "metadb/MetaDbTypes.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>
#include <memory>

namespace omsua::metadb {

// One connection to the OMS MetaDB (MySQL protocol, through Qt's QMYSQL driver).
//
// Thread rule: QSqlDatabase connections belong to the thread that created them. Create, use and
// destroy a MetaDbConnection in one thread (the runner's worker thread); calls from another
// thread fail with MetaDbErrorKind::WrongThread instead of corrupting the driver's state.
//
// Database names are validated with isValidDatabaseName() and backtick-quoted; values are always
// bound parameters. Errors are specific (unreachable, access denied, unknown database, missing
// table, timeout) and never contain the password. The connection does not auto-reconnect: a
// silently re-opened connection would lose the transaction and locks of a write in progress.
class MetaDbConnection
{
public:
    MetaDbConnection();
    ~MetaDbConnection(); // removes the Qt connection (after the QSqlDatabase handle is gone)
    MetaDbConnection(const MetaDbConnection&) = delete;
    MetaDbConnection& operator=(const MetaDbConnection&) = delete;

    // Connects (closing a previous connection first). "localhost" is replaced by 127.0.0.1:
    // the MySQL client library would otherwise use its Unix socket and ignore the port, which
    // breaks SSH tunnels.
    Expected<void> open(const MetaDbEndpoint& endpoint);
    void close();
    bool isOpen() const;
    // The Qt connection name (unique per instance), for diagnostics.
    QString connectionName() const;

    // The kind of the last error returned by any method; None after a success.
    MetaDbErrorKind lastErrorKind() const;

    // SELECT VERSION(), e.g. "10.11.6-MariaDB-0+deb12u1" or "5.7.25-OceanBase_CE-v4.2.1.0".
    Expected<QString> serverVersion();

    // Which of the given databases exist (in the order given).
    Expected<QStringList> databasesPresent(const QStringList& names);

    // ha.config from <rmDb>.oms_normal_config. Exactly one row must exist.
    Expected<HaConfigRecord> readHaConfig(const QString& rmDb);

    // In one transaction: lock the ha.config row (SELECT ... FOR UPDATE), merge the changes
    // (HaConfig::merged: other keys kept), UPDATE it (and gmt_modified when the table has such a
    // datetime column), commit; then read it back with a new statement and fail with
    // VerifyFailed unless every changed key has the requested value. Returns what was read back.
    Expected<HaConfig> writeHaConfigMerged(const QString& rmDb, const QJsonObject& changes);

    // SELECT COUNT(*) of <cmHbDb>.heatbeat_sequence (sic: the misspelling is OMS's).
    Expected<qint64> heartbeatRowCount(const QString& cmHbDb);
    // Its columns as the server describes them (not assumed: CE and enterprise may differ).
    Expected<QList<ColumnInfo>> heartbeatColumns(const QString& cmHbDb);

    // Deletes every heartbeat row older than the newest one (seed step 2.2), safely: reads
    // max(pk) first, then deletes rows with pk < max in autocommitted batches of batchRows, so
    // that row locks stay short while OMS may still write. Rows with pk >= max (the newest and
    // any written meanwhile) are never touched. The seed's single statement
    // "DELETE ... WHERE id < (SELECT max(id) FROM the same table)" is refused by MySQL (1093).
    // The primary key column is discovered (a single integer column), not assumed to be "id".
    // progress(deletedSoFar, totalToDelete) runs after every batch; *cancel is checked before
    // every batch: a cancelled trim is consistent, it just deleted fewer rows. Empty or one-row
    // tables are a no-op. Verifies at the end that the row with the kept max still exists.
    using TrimProgress = std::function<void(qint64 deletedSoFar, qint64 totalToDelete)>;
    Expected<HeartbeatTrimResult>
    trimHeartbeat(const QString& cmHbDb, int batchRows = 10000, const TrimProgress& progress = {},
                  const std::atomic<bool>* cancel = nullptr,
                  HeartbeatTrimMethod method = HeartbeatTrimMethod::Auto);

    // The default character set and collation of a database ({"utf8mb4", "utf8mb4_general_ci"});
    // an Error when it does not exist.
    Expected<std::pair<QString, QString>> databaseCharset(const QString& database);
    // DROP DATABASE IF EXISTS, then CREATE DATABASE with that character set and collation
    // (empty: the server's defaults). Rollback only, after the backup set verified.
    Expected<void> recreateDatabase(const QString& database, const QString& charset,
                                    const QString& collation);

    // Columns of any table, in ordinal order. Empty list: the table does not exist.
    Expected<QList<ColumnInfo>> columns(const QString& database, const QString& table);

    // Size of each existing database (missing ones are left out): bytes of data and indexes and
    // the estimated row count from information_schema.TABLES. Some servers (MySQL 8) cache
    // these statistics, so they are for sizing a backup, not for proving anything.
    Expected<QMap<QString, DatabaseSize>> databaseSizes(const QStringList& names);

    // table -> {exact row count, checksum} for every base table of the database. Auto uses
    // CHECKSUM TABLE and falls back to a row hash for tables where it returns NULL or the
    // statement fails (OceanBase). Counts and checksums are separate statements: take them on a
    // quiet database (container stopped) for before/after comparisons.
    Expected<QMap<QString, TableChecksum>>
    tableChecksums(const QString& database, ChecksumMethod method = ChecksumMethod::Auto);

    // table -> number of columns, for every base table (schema snapshot before/after
    // docker_init.sh).
    Expected<QMap<QString, int>> tableColumnCounts(const QString& database);

    static QString haConfigTable() { return QStringLiteral("oms_normal_config"); }
    static QString heartbeatTable() { return QStringLiteral("heatbeat_sequence"); }

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace omsua::metadb
