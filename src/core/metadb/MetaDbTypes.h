#pragma once

#include "metadb/HaConfig.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

namespace omsua::metadb {

// Where the MetaDB is reached. host/port may be a local SSH tunnel (127.0.0.1:<local port>).
struct MetaDbEndpoint
{
    QString host;
    quint16 port = 3306;
    QString user;
    QString password; // secret: never logged, never in an error
    // Seconds. The read timeout bounds every query of the connection (libmariadb applies it to
    // each wait for the server), so it must exceed the slowest statement the caller runs
    // (CHECKSUM TABLE of the largest table); open a second connection for long work rather than
    // raising it for everything.
    int connectTimeoutSec = 10;
    int readTimeoutSec = 60;
    int writeTimeoutSec = 60;
};

// What went wrong with the last failed call, for callers that react differently (retry through
// a tunnel when unreachable, ask for the password again when access is denied).
enum class MetaDbErrorKind {
    None,
    Unreachable,     // nothing listening, host unknown, connect timeout, connection lost
    AccessDenied,    // wrong user/password, or the user may not connect from here
    UnknownDatabase, // a database named in config.yaml does not exist
    MissingTable,    // the database exists but a table we need is not there
    NoPrivilege,     // the user lacks a privilege the statement needs
    Timeout,         // the server did not answer within the read timeout
    BadData,         // the data is not what OMS writes (malformed ha.config, duplicate rows)
    VerifyFailed,    // a write did not read back as written
    WrongThread,     // used from a thread other than the one that created the connection
    Other,
};

struct HaConfigRecord
{
    HaConfig config;
    QByteArray rawText; // cfg_value exactly as stored
};

struct ColumnInfo
{
    QString name;
    QString dataType;   // information_schema DATA_TYPE, e.g. "bigint"
    QString columnType; // COLUMN_TYPE, e.g. "bigint(20) unsigned"
    bool nullable = false;
    QString key;   // COLUMN_KEY: PRI, UNI, MUL or empty
    QString extra; // EXTRA, e.g. auto_increment
};

struct DatabaseSize
{
    qint64 bytes = 0;           // data_length + index_length of every table
    qint64 approximateRows = 0; // information_schema TABLE_ROWS: an estimate for InnoDB
    int tables = 0;
};

// How a table checksum was computed. Values computed by different methods are not comparable.
enum class ChecksumMethod {
    Auto,          // CHECKSUM TABLE, falling back to RowHash where it gives NULL or fails
    ChecksumTable, // the server's CHECKSUM TABLE only
    RowHash,       // order-independent hash of every row, computed by the server in SQL
};

struct TableChecksum
{
    qint64 rows = 0; // exact: COUNT(*)
    QString checksum;
    ChecksumMethod method = ChecksumMethod::ChecksumTable;

    bool operator==(const TableChecksum& other) const
    {
        return rows == other.rows && checksum == other.checksum && method == other.method;
    }
    bool operator!=(const TableChecksum& other) const { return !(*this == other); }
};

// How trimHeartbeat() cuts the old rows into batches.
enum class HeartbeatTrimMethod {
    Auto,         // OrderedLimit, falling back to IdRange if the server refuses DELETE ... LIMIT
    OrderedLimit, // DELETE ... WHERE pk < max ORDER BY pk LIMIT n
    IdRange,      // DELETE ... WHERE pk < LEAST(max, lowest + n), lowest re-read every batch
};

struct HeartbeatTrimResult
{
    qint64 keptMaxId = 0; // the max(pk) read before deleting; 0 when the table was empty
    qint64 deleted = 0;   // rows deleted (all below keptMaxId)
    qint64 remaining = 0; // rows still below keptMaxId afterwards (> 0 after a cancel)
    int batches = 0;      // DELETE statements run, including the final one that found nothing
    qint64 longestStatementMs = 0;
    qint64 totalMs = 0;
    bool cancelled = false; // stopped between batches on request; what was deleted stays deleted
    HeartbeatTrimMethod method = HeartbeatTrimMethod::OrderedLimit; // the one actually used
    QString keyColumn;                                              // the primary key used
};

} // namespace omsua::metadb
