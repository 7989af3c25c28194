#include "metadb/MetaDbConnection.h"

#include "metadb/SqlIdentifier.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>
#include <atomic>
#include <optional>

namespace omsua::metadb {

namespace {

const QString kHaConfigName = QStringLiteral("ha.config");

std::atomic<quint64> g_connectionCounter{0};

// MySQL / MariaDB client and server error numbers we tell apart.
enum : int {
    ErAccessDeniedToDatabase = 1044,
    ErAccessDenied = 1045,
    ErUnknownDatabase = 1049,
    ErTableAccessDenied = 1142,
    ErColumnAccessDenied = 1143,
    ErParseError = 1064,
    ErNoSuchTable = 1146,
    ErLockWaitTimeout = 1205,
    ErNotSupportedYet = 1235,
    ErSpecificAccessDenied = 1227,
    ErAccessDeniedNoPassword = 1698,
    ErStatementTimeoutMariaDb = 1969,
    ErStatementTimeoutMySql = 3024,
    CrConnectionError = 2002,
    CrConnHostError = 2003,
    CrUnknownHost = 2005,
    CrServerGoneError = 2006,
    CrServerLost = 2013,
    CrServerLostExtended = 2055,
};

struct TransactionGuard
{
    QSqlDatabase& db;
    bool active = true;
    ~TransactionGuard()
    {
        // A closed connection (lost) has rolled back on the server side already.
        if (active && db.isOpen())
            db.rollback();
    }
};

QString joinPlaceholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}

} // namespace

struct MetaDbConnection::Private
{
    QString name;
    QThread* owner = nullptr;
    QSqlDatabase db;
    MetaDbEndpoint endpoint;
    MetaDbErrorKind lastKind = MetaDbErrorKind::None;
    int lastNativeCode = 0; // server/client error number of the last failed statement

    QString scrub(QString text) const
    {
        if (!endpoint.password.isEmpty())
            text.replace(endpoint.password, QStringLiteral("********"));
        return text;
    }

    QString address() const
    {
        return endpoint.host + QLatin1Char(':') + QString::number(endpoint.port);
    }

    Error fail(MetaDbErrorKind kind, const QString& message, const QString& where,
               const QString& hint)
    {
        lastKind = kind;
        return makeError(scrub(message), scrub(where), scrub(hint));
    }

    std::optional<Error> checkUsable()
    {
        if (QThread::currentThread() != owner)
            return fail(MetaDbErrorKind::WrongThread,
                        QStringLiteral("MetaDB connection used from a thread that does not own it"),
                        name,
                        QStringLiteral("Create, use and destroy a MetaDbConnection in one thread "
                                       "(this is a bug in the caller)."));
        if (!db.isValid() || !db.isOpen())
            return fail(MetaDbErrorKind::Unreachable,
                        QStringLiteral("The MetaDB connection is not open"), address(),
                        QStringLiteral("Connect (again) to the MetaDB first."));
        lastKind = MetaDbErrorKind::None;
        return std::nullopt;
    }

    std::optional<Error> checkName(const QString& database)
    {
        if (isValidDatabaseName(database))
            return std::nullopt;
        return fail(MetaDbErrorKind::BadData,
                    QStringLiteral("'%1' is not a valid database name (allowed: letters, digits, "
                                   "_ and $, 1 to 64 characters)")
                        .arg(database.left(80)),
                    database.left(80), QStringLiteral("Check the database names in config.yaml."));
    }

    MetaDbErrorKind classify(int code, bool connecting, qint64 elapsedMs) const
    {
        switch (code) {
        case ErAccessDenied:
        case ErAccessDeniedNoPassword:
            return MetaDbErrorKind::AccessDenied;
        case ErAccessDeniedToDatabase:
        case ErTableAccessDenied:
        case ErColumnAccessDenied:
        case ErSpecificAccessDenied:
            return MetaDbErrorKind::NoPrivilege;
        case ErUnknownDatabase:
            return MetaDbErrorKind::UnknownDatabase;
        case ErNoSuchTable:
            return MetaDbErrorKind::MissingTable;
        case ErLockWaitTimeout:
        case ErStatementTimeoutMariaDb:
        case ErStatementTimeoutMySql:
            return MetaDbErrorKind::Timeout;
        case CrServerLost:
        case CrServerLostExtended:
            // The client reports an expired read timeout as a lost connection.
            if (!connecting && elapsedMs >= qint64(endpoint.readTimeoutSec) * 1000 - 500)
                return MetaDbErrorKind::Timeout;
            return MetaDbErrorKind::Unreachable;
        case CrConnectionError:
        case CrConnHostError:
        case CrUnknownHost:
        case CrServerGoneError:
            return MetaDbErrorKind::Unreachable;
        default:
            return MetaDbErrorKind::Other;
        }
    }

    Error sqlFailure(const QSqlError& error, const QString& what, const QString& where,
                     qint64 elapsedMs)
    {
        bool numeric = false;
        const int code = error.nativeErrorCode().toInt(&numeric);
        lastNativeCode = numeric ? code : 0;
        const MetaDbErrorKind kind = classify(numeric ? code : 0, false, elapsedMs);
        QString detail = error.databaseText().trimmed();
        if (detail.isEmpty())
            detail = error.text().trimmed();
        if (numeric)
            detail += QStringLiteral(" (error %1)").arg(code);
        if (numeric && isConnectionLost(code)) {
            // After a lost connection or an expired read timeout the protocol state is unknown
            // and the server may still be running the statement: never reuse the connection.
            // Callers see isOpen() == false and reconnect deliberately.
            db.close();
            detail += QStringLiteral("; the connection was closed");
        }
        QString hint;
        switch (kind) {
        case MetaDbErrorKind::Timeout:
            hint = QStringLiteral("The MetaDB did not answer within %1 s (a lock held by someone "
                                  "else, or a slow server); check its load and retry, or "
                                  "reconnect with a longer read timeout.")
                       .arg(endpoint.readTimeoutSec);
            break;
        case MetaDbErrorKind::Unreachable:
            hint = QStringLiteral("The connection to the MetaDB was lost; check the network or "
                                  "the SSH tunnel and retry.");
            break;
        case MetaDbErrorKind::NoPrivilege:
            hint = QStringLiteral("Grant the MetaDB user the privilege the statement needs, or "
                                  "use the user OMS itself uses (oms_meta_user).");
            break;
        case MetaDbErrorKind::UnknownDatabase:
        case MetaDbErrorKind::MissingTable:
            hint = QStringLiteral("Check the database names in config.yaml against the MetaDB.");
            break;
        default:
            hint = QStringLiteral("See the MetaDB's error above.");
            break;
        }
        return fail(kind, what + QStringLiteral(" failed: ") + detail, where, hint);
    }

    // Runs one statement; values are bound, never spliced into the SQL text.
    Expected<QSqlQuery> run(const QString& sql, const QVariantList& binds, const QString& what,
                            const QString& where)
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        // DECIMAL (SUM() results, row hashes) as exact text, never through double.
        query.setNumericalPrecisionPolicy(QSql::HighPrecision);
        QElapsedTimer timer;
        timer.start();
        bool ok = false;
        if (binds.isEmpty()) {
            ok = query.exec(sql);
        } else {
            ok = query.prepare(sql);
            if (ok) {
                for (const QVariant& value : binds)
                    query.addBindValue(value);
                ok = query.exec();
            }
        }
        if (ok)
            return query;
        const QSqlError error = query.lastError();
        query = QSqlQuery(); // release the statement before the connection may be closed
        return sqlFailure(error, what, where, timer.elapsed());
    }

    static bool isConnectionLost(int code)
    {
        return code == CrServerGoneError || code == CrServerLost || code == CrServerLostExtended;
    }

    // Tells "the database does not exist" from "the table does not exist" after error 1146, or
    // after a privilege error (1142): servers answer that for databases the user cannot see,
    // so as not to reveal whether they exist.
    Error missingTable(const QString& database, const QString& table, Error original)
    {
        const MetaDbErrorKind originalKind = lastKind;
        Expected<QSqlQuery> query =
            run(QStringLiteral("SELECT COUNT(*) FROM information_schema.SCHEMATA "
                               "WHERE SCHEMA_NAME = ?"),
                {database}, QStringLiteral("Looking up database"), database);
        if (query.ok() && query->next() && query->value(0).toLongLong() == 0)
            return fail(MetaDbErrorKind::UnknownDatabase,
                        QStringLiteral("Database %1 does not exist on the MetaDB at %2 (or user "
                                       "'%3' may not see it)")
                            .arg(database, address(), endpoint.user),
                        database,
                        QStringLiteral("Check the database names in config.yaml (drc_rm_db, "
                                       "drc_cm_db, drc_cm_heartbeat_db) against the MetaDB."));
        if (query.ok() && originalKind == MetaDbErrorKind::NoPrivilege) {
            lastKind = originalKind;
            return original;
        }
        if (query.ok())
            return fail(MetaDbErrorKind::MissingTable,
                        QStringLiteral("Table %1.%2 does not exist on the MetaDB at %3")
                            .arg(database, table, address()),
                        database + QLatin1Char('.') + table,
                        QStringLiteral("Is %1 really an OMS database of this installation? "
                                       "Check config.yaml.")
                            .arg(database));
        lastKind = originalKind;
        return original;
    }
};

MetaDbConnection::MetaDbConnection()
    : d(std::make_unique<Private>())
{
    d->name = QStringLiteral("omsua-metadb-%1").arg(g_connectionCounter.fetch_add(1) + 1);
    d->owner = QThread::currentThread();
}

MetaDbConnection::~MetaDbConnection()
{
    const QString name = d->name;
    const bool added = d->db.isValid() || QSqlDatabase::contains(name);
    if (d->db.isOpen())
        d->db.close();
    // removeDatabase() warns and leaks unless every QSqlDatabase handle of the connection is
    // gone, so drop ours first.
    d->db = QSqlDatabase();
    d.reset();
    if (added)
        QSqlDatabase::removeDatabase(name);
}

Expected<void> MetaDbConnection::open(const MetaDbEndpoint& endpoint)
{
    if (QThread::currentThread() != d->owner)
        return d->fail(
            MetaDbErrorKind::WrongThread,
            QStringLiteral("MetaDB connection opened from a thread that does not own it"), d->name,
            QStringLiteral("Create, use and destroy a MetaDbConnection in one thread."));
    close();
    d->endpoint = endpoint;
    if (d->endpoint.host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        d->endpoint.host = QStringLiteral("127.0.0.1");
    if (d->endpoint.host.isEmpty() || d->endpoint.port == 0)
        return d->fail(MetaDbErrorKind::Unreachable, QStringLiteral("No MetaDB host or port given"),
                       d->address(),
                       QStringLiteral("Set oms_meta_host and oms_meta_port in config.yaml or "
                                      "the plan."));

    if (!QSqlDatabase::contains(d->name))
        d->db = QSqlDatabase::addDatabase(QStringLiteral("QMYSQL"), d->name);
    else
        d->db = QSqlDatabase::database(d->name, false);
    if (!d->db.isValid())
        return d->fail(MetaDbErrorKind::Other,
                       QStringLiteral("The Qt MySQL driver (QMYSQL) is not available"),
                       d->address(),
                       QStringLiteral("Install the Qt SQL MySQL plugin (Debian: "
                                      "libqt6sql6-mysql)."));
    d->db.setHostName(d->endpoint.host);
    d->db.setPort(d->endpoint.port);
    d->db.setUserName(d->endpoint.user);
    d->db.setPassword(d->endpoint.password);
    // Names accepted by Qt 6.4's QMYSQL (it warns "Unknown connect option" otherwise). No
    // MYSQL_OPT_RECONNECT: see the class comment.
    d->db.setConnectOptions(QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=%1;MYSQL_OPT_READ_TIMEOUT=%2;"
                                           "MYSQL_OPT_WRITE_TIMEOUT=%3")
                                .arg(qMax(1, d->endpoint.connectTimeoutSec))
                                .arg(qMax(1, d->endpoint.readTimeoutSec))
                                .arg(qMax(1, d->endpoint.writeTimeoutSec)));

    QElapsedTimer timer;
    timer.start();
    if (d->db.open()) {
        d->lastKind = MetaDbErrorKind::None;
        return {};
    }
    const QSqlError error = d->db.lastError();
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric);
    const MetaDbErrorKind kind = d->classify(numeric ? code : 0, true, timer.elapsed());
    QString detail = error.databaseText().trimmed();
    if (detail.isEmpty())
        detail = error.text().trimmed();
    if (numeric)
        detail += QStringLiteral(" (error %1)").arg(code);
    d->db = QSqlDatabase();
    QSqlDatabase::removeDatabase(d->name);

    const QString where = d->endpoint.user + QLatin1Char('@') + d->address();
    switch (kind) {
    case MetaDbErrorKind::AccessDenied:
        return d->fail(kind,
                       QStringLiteral("The MetaDB at %1 denied access to user '%2': %3")
                           .arg(d->address(), d->endpoint.user, detail),
                       where,
                       QStringLiteral("Check oms_meta_user and oms_meta_password in config.yaml "
                                      "(or OMS_META_PASSWORD); the user may also be limited to "
                                      "certain client hosts."));
    case MetaDbErrorKind::Unreachable:
        return d->fail(kind,
                       QStringLiteral("Cannot reach the MetaDB at %1 (after %2 ms): %3")
                           .arg(d->address())
                           .arg(timer.elapsed())
                           .arg(detail),
                       where,
                       QStringLiteral("Check oms_meta_host and oms_meta_port, that the MetaDB is "
                                      "running, and firewalls; if it is reachable only from the "
                                      "OMS host, use an SSH tunnel (metadb.tunnel in the plan)."));
    case MetaDbErrorKind::UnknownDatabase:
        return d->fail(kind,
                       QStringLiteral("The MetaDB at %1 reports an unknown database: %2")
                           .arg(d->address(), detail),
                       where, QStringLiteral("Check the database names in config.yaml."));
    default:
        return d->fail(
            kind,
            QStringLiteral("Cannot connect to the MetaDB at %1: %2").arg(d->address(), detail),
            where, QStringLiteral("See the MetaDB's error above."));
    }
}

void MetaDbConnection::close()
{
    if (d->db.isValid()) {
        d->db.close();
        d->db = QSqlDatabase();
        QSqlDatabase::removeDatabase(d->name);
    }
}

bool MetaDbConnection::isOpen() const
{
    return d->db.isValid() && d->db.isOpen();
}

QString MetaDbConnection::connectionName() const
{
    return d->name;
}

MetaDbErrorKind MetaDbConnection::lastErrorKind() const
{
    return d->lastKind;
}

Expected<QString> MetaDbConnection::serverVersion()
{
    if (auto error = d->checkUsable())
        return *error;
    Expected<QSqlQuery> query = d->run(QStringLiteral("SELECT VERSION()"), {},
                                       QStringLiteral("Reading the server version"), d->address());
    if (!query)
        return query.error();
    if (!query->next())
        return d->fail(MetaDbErrorKind::BadData, QStringLiteral("SELECT VERSION() returned no row"),
                       d->address(), QString());
    return query->value(0).toString();
}

Expected<QStringList> MetaDbConnection::databasesPresent(const QStringList& names)
{
    if (auto error = d->checkUsable())
        return *error;
    if (names.isEmpty())
        return QStringList();
    QVariantList binds;
    for (const QString& name : names)
        binds.append(name);
    Expected<QSqlQuery> query =
        d->run(QStringLiteral("SELECT SCHEMA_NAME FROM information_schema.SCHEMATA "
                              "WHERE SCHEMA_NAME IN (") +
                   joinPlaceholders(names.size()) + QLatin1Char(')'),
               binds, QStringLiteral("Listing databases"), d->address());
    if (!query)
        return query.error();
    QStringList found;
    while (query->next())
        found.append(query->value(0).toString());
    QStringList present;
    for (const QString& name : names)
        if (found.contains(name) && !present.contains(name))
            present.append(name);
    return present;
}

Expected<std::pair<QString, QString>> MetaDbConnection::databaseCharset(const QString& database)
{
    if (auto error = d->checkUsable())
        return *error;
    if (auto error = d->checkName(database))
        return *error;
    Expected<QSqlQuery> query = d->run(
        QStringLiteral("SELECT DEFAULT_CHARACTER_SET_NAME, DEFAULT_COLLATION_NAME FROM "
                       "information_schema.SCHEMATA WHERE SCHEMA_NAME = ?"),
        {database}, QStringLiteral("Reading the character set of %1").arg(database), database);
    if (!query)
        return query.error();
    if (!query->next())
        return makeError(QStringLiteral("Database %1 does not exist").arg(database), database);
    return std::pair<QString, QString>{query->value(0).toString(), query->value(1).toString()};
}

Expected<void> MetaDbConnection::recreateDatabase(const QString& database, const QString& charset,
                                                  const QString& collation)
{
    if (auto error = d->checkUsable())
        return *error;
    if (auto error = d->checkName(database))
        return *error;
    // Character set and collation names are identifiers of the server ([A-Za-z0-9_]); anything
    // else is refused rather than quoted into DDL.
    static const QRegularExpression plainName(QStringLiteral("^[A-Za-z0-9_]{0,64}$"));
    if (!plainName.match(charset).hasMatch() || !plainName.match(collation).hasMatch())
        return makeError(QStringLiteral("Refusing the character set \"%1\" / collation \"%2\"")
                             .arg(charset, collation),
                         database);
    if (auto dropped =
            d->run(QStringLiteral("DROP DATABASE IF EXISTS ") + quoteIdentifier(database), {},
                   QStringLiteral("Dropping %1").arg(database), database);
        !dropped)
        return dropped.error();
    QString create = QStringLiteral("CREATE DATABASE ") + quoteIdentifier(database);
    if (!charset.isEmpty())
        create += QStringLiteral(" CHARACTER SET ") + charset;
    if (!collation.isEmpty())
        create += QStringLiteral(" COLLATE ") + collation;
    if (auto created = d->run(create, {}, QStringLiteral("Creating %1").arg(database), database);
        !created)
        return created.error();
    return {};
}

Expected<HaConfigRecord> MetaDbConnection::readHaConfig(const QString& rmDb)
{
    if (auto error = d->checkUsable())
        return *error;
    if (auto error = d->checkName(rmDb))
        return *error;
    const QString where = rmDb + QLatin1Char('.') + haConfigTable();
    Expected<QSqlQuery> query =
        d->run(QStringLiteral("SELECT cfg_value FROM ") + qualifiedName(rmDb, haConfigTable()) +
                   QStringLiteral(" WHERE cfg_name = ?"),
               {kHaConfigName}, QStringLiteral("Reading ha.config"), where);
    if (!query) {
        if (d->lastKind == MetaDbErrorKind::MissingTable ||
            d->lastKind == MetaDbErrorKind::NoPrivilege)
            return d->missingTable(rmDb, haConfigTable(), query.error());
        return query.error();
    }
    QList<QVariant> values;
    while (query->next())
        values.append(query->value(0));
    if (values.size() != 1)
        return d->fail(MetaDbErrorKind::BadData,
                       values.isEmpty()
                           ? QStringLiteral("%1 has no ha.config row").arg(where)
                           : QStringLiteral("%1 has %2 ha.config rows; OMS keeps exactly one")
                                 .arg(where)
                                 .arg(values.size()),
                       where,
                       QStringLiteral("Check System Management > System Parameters in the OMS "
                                      "console; do not edit ha.config through the MetaDB until "
                                      "this is resolved."));
    if (values.constFirst().isNull())
        return d->fail(MetaDbErrorKind::BadData, QStringLiteral("%1: ha.config is NULL").arg(where),
                       where, QStringLiteral("Set ha.config in the OMS console."));
    HaConfigRecord record;
    record.rawText = values.constFirst().toByteArray();
    Expected<HaConfig> parsed =
        HaConfig::parse(record.rawText, where + QStringLiteral(" ha.config"));
    if (!parsed) {
        d->lastKind = MetaDbErrorKind::BadData;
        return parsed.error();
    }
    record.config = std::move(parsed).value();
    return record;
}

Expected<HaConfig> MetaDbConnection::writeHaConfigMerged(const QString& rmDb,
                                                         const QJsonObject& changes)
{
    if (auto error = d->checkUsable())
        return *error;
    if (auto error = d->checkName(rmDb))
        return *error;
    const QString where = rmDb + QLatin1Char('.') + haConfigTable();
    const QString table = qualifiedName(rmDb, haConfigTable());

    // Which columns to touch is discovered, not assumed: gmt_modified only if it is a date.
    Expected<QList<ColumnInfo>> columnList = columns(rmDb, haConfigTable());
    if (!columnList)
        return columnList.error();
    if (columnList->isEmpty())
        return d->missingTable(rmDb, haConfigTable(),
                               makeError(QStringLiteral("%1 does not exist").arg(where), where));
    bool touchModified = false;
    for (const ColumnInfo& column : *columnList) {
        if (column.name.compare(QLatin1String("gmt_modified"), Qt::CaseInsensitive) == 0) {
            const QString type = column.dataType.toLower();
            touchModified = type == QLatin1String("datetime") || type == QLatin1String("timestamp");
        }
    }

    if (!d->db.transaction())
        return d->sqlFailure(d->db.lastError(), QStringLiteral("Starting a transaction"), where, 0);
    TransactionGuard guard{d->db};

    Expected<QSqlQuery> locked =
        d->run(QStringLiteral("SELECT cfg_value FROM ") + table +
                   QStringLiteral(" WHERE cfg_name = ? FOR UPDATE"),
               {kHaConfigName}, QStringLiteral("Locking ha.config"), where);
    if (!locked)
        return locked.error();
    QList<QByteArray> values;
    while (locked->next())
        values.append(locked->value(0).toByteArray());
    locked->finish();
    if (values.size() != 1)
        return d->fail(MetaDbErrorKind::BadData,
                       QStringLiteral("%1 has %2 ha.config rows; expected exactly one, nothing "
                                      "was changed")
                           .arg(where)
                           .arg(values.size()),
                       where, QStringLiteral("Check System Parameters in the OMS console."));
    Expected<HaConfig> current =
        HaConfig::parse(values.constFirst(), where + QStringLiteral(" ha.config"));
    if (!current) {
        d->lastKind = MetaDbErrorKind::BadData;
        return current.error();
    }
    Expected<HaConfig> merged = current->merged(changes);
    if (!merged) {
        d->lastKind = MetaDbErrorKind::BadData;
        return merged.error();
    }

    if (merged->object() != current->object()) {
        const QString sql = QStringLiteral("UPDATE ") + table +
                            QStringLiteral(" SET cfg_value = ?") +
                            (touchModified ? QStringLiteral(", gmt_modified = NOW()") : QString()) +
                            QStringLiteral(" WHERE cfg_name = ?");
        Expected<QSqlQuery> update =
            d->run(sql, {QString::fromUtf8(merged->toJson()), kHaConfigName},
                   QStringLiteral("Updating ha.config"), where);
        if (!update)
            return update.error();
        if (update->numRowsAffected() > 1)
            return d->fail(MetaDbErrorKind::BadData,
                           QStringLiteral("Updating ha.config would change %1 rows; rolled back")
                               .arg(update->numRowsAffected()),
                           where, QStringLiteral("Check System Parameters in the OMS console."));
    }
    if (!d->db.commit())
        return d->sqlFailure(d->db.lastError(),
                             QStringLiteral("Committing ha.config (its state is unknown: read it "
                                            "again)"),
                             where, 0);
    guard.active = false;

    Expected<HaConfigRecord> readBack = readHaConfig(rmDb);
    if (!readBack)
        return readBack.error();
    QString mismatch;
    if (!readBack->config.hasValues(changes, &mismatch))
        return d->fail(MetaDbErrorKind::VerifyFailed,
                       QStringLiteral("ha.config was written but reads back with %1 = %2 instead "
                                      "of the requested value")
                           .arg(mismatch, QString::fromUtf8(readBack->rawText).left(400)),
                       where,
                       QStringLiteral("Something else changes ha.config (the OMS console?); "
                                      "check System Parameters and retry."));
    return readBack->config;
}

Expected<qint64> MetaDbConnection::heartbeatRowCount(const QString& cmHbDb)
{
    if (auto error = d->checkUsable())
        return *error;
    if (auto error = d->checkName(cmHbDb))
        return *error;
    const QString where = cmHbDb + QLatin1Char('.') + heartbeatTable();
    Expected<QSqlQuery> query =
        d->run(QStringLiteral("SELECT COUNT(*) FROM ") + qualifiedName(cmHbDb, heartbeatTable()),
               {}, QStringLiteral("Counting heartbeat rows"), where);
    if (!query) {
        if (d->lastKind == MetaDbErrorKind::MissingTable ||
            d->lastKind == MetaDbErrorKind::NoPrivilege)
            return d->missingTable(cmHbDb, heartbeatTable(), query.error());
        return query.error();
    }
    if (!query->next())
        return d->fail(MetaDbErrorKind::BadData, QStringLiteral("COUNT(*) returned no row"), where,
                       QString());
    return query->value(0).toLongLong();
}

Expected<QList<ColumnInfo>> MetaDbConnection::heartbeatColumns(const QString& cmHbDb)
{
    Expected<QList<ColumnInfo>> result = columns(cmHbDb, heartbeatTable());
    if (result && result->isEmpty())
        return d->missingTable(
            cmHbDb, heartbeatTable(),
            makeError(QStringLiteral("%1.%2 does not exist").arg(cmHbDb, heartbeatTable())));
    return result;
}

namespace {

bool isIntegerType(const QString& dataType)
{
    const QString type = dataType.toLower();
    return type == QLatin1String("bigint") || type == QLatin1String("int") ||
           type == QLatin1String("mediumint") || type == QLatin1String("smallint") ||
           type == QLatin1String("tinyint");
}

} // namespace

Expected<HeartbeatTrimResult> MetaDbConnection::trimHeartbeat(const QString& cmHbDb, int batchRows,
                                                              const TrimProgress& progress,
                                                              const std::atomic<bool>* cancel,
                                                              HeartbeatTrimMethod method)
{
    // The name is checked before anything else, so a bad name never reaches the server.
    if (auto error = d->checkName(cmHbDb))
        return *error;
    if (auto error = d->checkUsable())
        return *error;
    QElapsedTimer total;
    total.start();
    const QString where = cmHbDb + QLatin1Char('.') + heartbeatTable();
    const QString table = qualifiedName(cmHbDb, heartbeatTable());
    const qint64 batch = qMax(1, batchRows);

    // The key column is discovered: exactly one integer primary key column, else we refuse
    // (batching by anything else could not promise "newest row kept").
    Expected<QList<ColumnInfo>> columnList = heartbeatColumns(cmHbDb);
    if (!columnList)
        return columnList.error();
    QList<ColumnInfo> keys;
    for (const ColumnInfo& column : std::as_const(*columnList)) {
        if (column.key == QLatin1String("PRI"))
            keys.append(column);
    }
    if (keys.size() != 1 || !isIntegerType(keys.constFirst().dataType))
        return d->fail(
            MetaDbErrorKind::BadData,
            QStringLiteral("%1 has no single integer primary key column; not trimming").arg(where),
            where,
            QStringLiteral("Trim the heartbeat table by hand after checking its "
                           "structure."));
    HeartbeatTrimResult result;
    result.keyColumn = keys.constFirst().name;
    const QString key = quoteIdentifier(result.keyColumn);

    Expected<QSqlQuery> maxQuery =
        d->run(QStringLiteral("SELECT MAX(") + key + QStringLiteral(") FROM ") + table, {},
               QStringLiteral("Reading the newest heartbeat id"), where);
    if (!maxQuery)
        return maxQuery.error();
    const QVariant maxValue = maxQuery->next() ? maxQuery->value(0) : QVariant();
    maxQuery->finish();
    if (maxValue.isNull()) { // empty table: nothing to keep, nothing to delete
        result.totalMs = total.elapsed();
        d->lastKind = MetaDbErrorKind::None;
        return result;
    }
    result.keptMaxId = maxValue.toLongLong();
    const qint64 maxId = result.keptMaxId;

    auto countBelowMax = [&]() -> Expected<qint64> {
        Expected<QSqlQuery> count =
            d->run(QStringLiteral("SELECT COUNT(*) FROM ") + table + QStringLiteral(" WHERE ") +
                       key + QStringLiteral(" < ?"),
                   {maxId}, QStringLiteral("Counting old heartbeat rows"), where);
        if (!count)
            return count.error();
        return count->next() ? count->value(0).toLongLong() : qint64(0);
    };
    Expected<qint64> toDelete = countBelowMax();
    if (!toDelete)
        return toDelete.error();
    const qint64 totalToDelete = *toDelete;

    HeartbeatTrimMethod current =
        method == HeartbeatTrimMethod::IdRange ? method : HeartbeatTrimMethod::OrderedLimit;
    // LIMIT takes our own integer, never outside text.
    const QString orderedSql = QStringLiteral("DELETE FROM ") + table + QStringLiteral(" WHERE ") +
                               key + QStringLiteral(" < ? ORDER BY ") + key +
                               QStringLiteral(" LIMIT ") + QString::number(batch);
    const QString minSql = QStringLiteral("SELECT MIN(") + key + QStringLiteral(") FROM ") + table +
                           QStringLiteral(" WHERE ") + key + QStringLiteral(" < ?");
    const QString rangeSql = QStringLiteral("DELETE FROM ") + table + QStringLiteral(" WHERE ") +
                             key + QStringLiteral(" < LEAST(?, ?)");

    // Autocommit: every DELETE is its own transaction, so its locks end with it.
    while (totalToDelete > 0) {
        if (cancel && cancel->load()) {
            result.cancelled = true;
            break;
        }
        qint64 affected = 0;
        QElapsedTimer statement;
        if (current == HeartbeatTrimMethod::OrderedLimit) {
            statement.start();
            Expected<QSqlQuery> deleted =
                d->run(orderedSql, {maxId}, QStringLiteral("Deleting old heartbeat rows"), where);
            const qint64 elapsed = statement.elapsed();
            if (!deleted) {
                // Servers without DELETE ... ORDER BY ... LIMIT: switch to id ranges, once,
                // before anything was deleted.
                const bool unsupported =
                    d->lastNativeCode == ErParseError || d->lastNativeCode == ErNotSupportedYet;
                if (method == HeartbeatTrimMethod::Auto && result.batches == 0 && unsupported &&
                    isOpen()) {
                    current = HeartbeatTrimMethod::IdRange;
                    continue;
                }
                return deleted.error();
            }
            affected = deleted->numRowsAffected();
            result.longestStatementMs = qMax(result.longestStatementMs, elapsed);
        } else {
            // The lowest old id is re-read every batch, so gaps in the ids cost no empty batches.
            Expected<QSqlQuery> lowest =
                d->run(minSql, {maxId}, QStringLiteral("Reading the oldest heartbeat id"), where);
            if (!lowest)
                return lowest.error();
            const QVariant lowValue = lowest->next() ? lowest->value(0) : QVariant();
            lowest->finish();
            statement.start();
            if (lowValue.isNull()) {
                ++result.batches; // counted like the ordered loop's final empty DELETE
                break;
            }
            const qint64 upper =
                lowValue.toLongLong() > maxId - batch ? maxId : lowValue.toLongLong() + batch;
            Expected<QSqlQuery> deleted = d->run(
                rangeSql, {maxId, upper}, QStringLiteral("Deleting old heartbeat rows"), where);
            const qint64 elapsed = statement.elapsed();
            if (!deleted)
                return deleted.error();
            affected = deleted->numRowsAffected();
            result.longestStatementMs = qMax(result.longestStatementMs, elapsed);
        }
        ++result.batches;
        if (affected < 0)
            affected = 0;
        result.deleted += affected;
        if (current == HeartbeatTrimMethod::OrderedLimit && affected == 0)
            break;
        if (progress)
            progress(result.deleted, totalToDelete);
    }
    result.method = current;

    Expected<qint64> left = countBelowMax();
    if (!left)
        return left.error();
    result.remaining = *left;
    Expected<QSqlQuery> kept =
        d->run(QStringLiteral("SELECT COUNT(*) FROM ") + table + QStringLiteral(" WHERE ") + key +
                   QStringLiteral(" = ?"),
               {maxId}, QStringLiteral("Checking the newest heartbeat row"), where);
    if (!kept)
        return kept.error();
    if (!kept->next() || kept->value(0).toLongLong() != 1)
        return d->fail(MetaDbErrorKind::VerifyFailed,
                       QStringLiteral("The newest heartbeat row (%1 = %2) is gone after the trim")
                           .arg(result.keyColumn)
                           .arg(maxId),
                       where,
                       QStringLiteral("Something else deletes heartbeat rows (OMS itself?); "
                                      "check the table before starting OMS."));
    result.totalMs = total.elapsed();
    d->lastKind = MetaDbErrorKind::None;
    return result;
}

Expected<QList<ColumnInfo>> MetaDbConnection::columns(const QString& database, const QString& table)
{
    if (auto error = d->checkUsable())
        return *error;
    if (auto error = d->checkName(database))
        return *error;
    Expected<QSqlQuery> query = d->run(
        QStringLiteral("SELECT COLUMN_NAME, DATA_TYPE, COLUMN_TYPE, IS_NULLABLE, COLUMN_KEY, EXTRA "
                       "FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? "
                       "ORDER BY ORDINAL_POSITION"),
        {database, table}, QStringLiteral("Reading the columns"),
        database + QLatin1Char('.') + table);
    if (!query)
        return query.error();
    QList<ColumnInfo> result;
    while (query->next()) {
        ColumnInfo column;
        column.name = query->value(0).toString();
        column.dataType = query->value(1).toString();
        column.columnType = query->value(2).toString();
        column.nullable =
            query->value(3).toString().compare(QLatin1String("YES"), Qt::CaseInsensitive) == 0;
        column.key = query->value(4).toString();
        column.extra = query->value(5).toString();
        result.append(column);
    }
    return result;
}

Expected<QMap<QString, DatabaseSize>> MetaDbConnection::databaseSizes(const QStringList& names)
{
    if (auto error = d->checkUsable())
        return *error;
    QMap<QString, DatabaseSize> sizes;
    if (names.isEmpty())
        return sizes;
    QVariantList binds;
    for (const QString& name : names)
        binds.append(name);
    Expected<QSqlQuery> query =
        d->run(QStringLiteral(
                   "SELECT s.SCHEMA_NAME, COUNT(t.TABLE_NAME), "
                   "COALESCE(SUM(COALESCE(t.DATA_LENGTH, 0) + COALESCE(t.INDEX_LENGTH, 0)), 0), "
                   "COALESCE(SUM(COALESCE(t.TABLE_ROWS, 0)), 0) "
                   "FROM information_schema.SCHEMATA s "
                   "LEFT JOIN information_schema.TABLES t "
                   "ON t.TABLE_SCHEMA = s.SCHEMA_NAME AND t.TABLE_TYPE = 'BASE TABLE' "
                   "WHERE s.SCHEMA_NAME IN (") +
                   joinPlaceholders(names.size()) + QStringLiteral(") GROUP BY s.SCHEMA_NAME"),
               binds, QStringLiteral("Measuring the databases"), names.join(QStringLiteral(", ")));
    if (!query)
        return query.error();
    while (query->next()) {
        DatabaseSize size;
        size.tables = query->value(1).toInt();
        // SUM() yields DECIMAL, which QMYSQL hands over as text.
        size.bytes = query->value(2).toString().toLongLong();
        size.approximateRows = query->value(3).toString().toLongLong();
        sizes.insert(query->value(0).toString(), size);
    }
    return sizes;
}

Expected<QMap<QString, TableChecksum>> MetaDbConnection::tableChecksums(const QString& database,
                                                                        ChecksumMethod method)
{
    if (auto error = d->checkUsable())
        return *error;
    if (auto error = d->checkName(database))
        return *error;
    Expected<QSqlQuery> tableQuery =
        d->run(QStringLiteral("SELECT TABLE_NAME FROM information_schema.TABLES "
                              "WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'BASE TABLE' "
                              "ORDER BY TABLE_NAME"),
               {database}, QStringLiteral("Listing tables"), database);
    if (!tableQuery)
        return tableQuery.error();
    QStringList tables;
    while (tableQuery->next())
        tables.append(tableQuery->value(0).toString());
    tableQuery->finish();

    QMap<QString, TableChecksum> result;
    for (const QString& table : tables) {
        Expected<QSqlQuery> count =
            d->run(QStringLiteral("SELECT COUNT(*) FROM ") + qualifiedName(database, table), {},
                   QStringLiteral("Counting rows"), database + QLatin1Char('.') + table);
        if (!count)
            return count.error();
        TableChecksum entry;
        entry.rows = count->next() ? count->value(0).toLongLong() : 0;
        result.insert(table, entry);
    }
    if (tables.isEmpty())
        return result;

    QStringList needRowHash;
    if (method == ChecksumMethod::RowHash) {
        needRowHash = tables;
    } else {
        QStringList targets;
        for (const QString& table : tables)
            targets.append(qualifiedName(database, table));
        Expected<QSqlQuery> checksum =
            d->run(QStringLiteral("CHECKSUM TABLE ") + targets.join(QStringLiteral(", ")), {},
                   QStringLiteral("CHECKSUM TABLE"), database);
        if (!checksum) {
            const MetaDbErrorKind kind = d->lastKind;
            if (method == ChecksumMethod::ChecksumTable || kind == MetaDbErrorKind::Unreachable ||
                kind == MetaDbErrorKind::Timeout)
                return checksum.error();
            needRowHash = tables; // the server does not support it (OceanBase)
        } else {
            QMap<QString, QVariant> byTable;
            while (checksum->next()) {
                // The Table column reads "db.table"; database names contain no dot.
                const QString qualified = checksum->value(0).toString();
                byTable.insert(qualified.mid(qualified.indexOf(QLatin1Char('.')) + 1),
                               checksum->value(1));
            }
            for (const QString& table : tables) {
                const QVariant value = byTable.value(table);
                if (value.isNull()) {
                    if (method == ChecksumMethod::ChecksumTable)
                        return d->fail(MetaDbErrorKind::Other,
                                       QStringLiteral("CHECKSUM TABLE returned NULL for %1.%2")
                                           .arg(database, table),
                                       database + QLatin1Char('.') + table,
                                       QStringLiteral("Use the row hash method for this server."));
                    needRowHash.append(table);
                    continue;
                }
                result[table].checksum = value.toString();
                result[table].method = ChecksumMethod::ChecksumTable;
            }
        }
    }

    for (const QString& table : std::as_const(needRowHash)) {
        const QString where = database + QLatin1Char('.') + table;
        Expected<QList<ColumnInfo>> columnList = columns(database, table);
        if (!columnList)
            return columnList.error();
        if (columnList->isEmpty())
            return d->fail(MetaDbErrorKind::MissingTable,
                           QStringLiteral("%1 disappeared while checksumming").arg(where), where,
                           QString());
        // Per row: MD5 over fixed-size per-column digests (NULL told apart from ''), cast to
        // binary so that collations never meet. Per table: the sums of the two 64-bit halves of
        // the row digests, which do not depend on row order and count duplicate rows.
        QStringList parts;
        for (const ColumnInfo& column : std::as_const(*columnList)) {
            const QString c = quoteIdentifier(column.name);
            parts.append(
                QStringLiteral("IF(%1 IS NULL, 'N', CONCAT('V', MD5(CAST(%1 AS BINARY))))").arg(c));
        }
        const QString sql =
            QStringLiteral("SELECT COUNT(*), "
                           "COALESCE(SUM(CAST(CONV(SUBSTRING(h, 1, 16), 16, 10) AS UNSIGNED)), 0), "
                           "COALESCE(SUM(CAST(CONV(SUBSTRING(h, 17, 16), 16, 10) AS UNSIGNED)), 0) "
                           "FROM (SELECT MD5(CONCAT(") +
            parts.join(QStringLiteral(", ")) + QStringLiteral(")) AS h FROM ") +
            qualifiedName(database, table) + QStringLiteral(") AS omsua_rows");
        Expected<QSqlQuery> hash = d->run(sql, {}, QStringLiteral("Hashing rows"), where);
        if (!hash)
            return hash.error();
        if (!hash->next())
            return d->fail(MetaDbErrorKind::BadData, QStringLiteral("Row hash returned no row"),
                           where, QString());
        TableChecksum& entry = result[table];
        entry.rows = hash->value(0).toLongLong();
        entry.checksum = hash->value(1).toString() + QLatin1Char(':') + hash->value(2).toString();
        entry.method = ChecksumMethod::RowHash;
    }
    d->lastKind = MetaDbErrorKind::None;
    return result;
}

Expected<QMap<QString, int>> MetaDbConnection::tableColumnCounts(const QString& database)
{
    if (auto error = d->checkUsable())
        return *error;
    if (auto error = d->checkName(database))
        return *error;
    Expected<QSqlQuery> query =
        d->run(QStringLiteral("SELECT c.TABLE_NAME, COUNT(*) FROM information_schema.COLUMNS c "
                              "JOIN information_schema.TABLES t "
                              "ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME "
                              "WHERE c.TABLE_SCHEMA = ? AND t.TABLE_TYPE = 'BASE TABLE' "
                              "GROUP BY c.TABLE_NAME"),
               {database}, QStringLiteral("Reading the schema"), database);
    if (!query)
        return query.error();
    QMap<QString, int> counts;
    while (query->next())
        counts.insert(query->value(0).toString(), query->value(1).toInt());
    return counts;
}

} // namespace omsua::metadb
