// MetaDbConnection::trimHeartbeat() against the lab's MariaDB.
//
// Never touches the lab's own cm_hb database: every test works on a copy of the structure of
// its heatbeat_sequence in a scratch database of our own (omsua_hbtrim_<pid>), created as root
// over the lab's MariaDB socket (as tst_metadb does); the lab's MetaDB user is granted access to
// it for the duration of the test only.

#include "LabEnvironment.h"
#include "metadb/MetaDbConnection.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>
#include <atomic>

using namespace omsua::metadb;
using omsua::test::LabEnvironment;

namespace {

const QString kAdminConnection = QStringLiteral("tst_heartbeattrim_admin");

// A MariaDB string literal (backslash escapes are on by default).
QString sqlString(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

} // namespace

class TestHeartbeatTrim : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void trimsAllButNewestAndKeepsNewerRows();
    void idRangeMethodHandlesGaps();
    void cancelAfterFirstBatchIsConsistent();
    void emptyAndOneRowTablesAreNoOps();
    void badDatabaseNameRefusedBeforeSql();

private:
    MetaDbEndpoint endpoint() const;
    bool admin(const QString& sql);
    QVariant adminValue(const QString& sql);
    // Recreates the scratch heatbeat_sequence; fills it from the given SEQUENCE table name
    // (e.g. seq_1_to_50000), or leaves it empty.
    bool recreateTable(const QString& sequence = {});
    QList<qint64> ids(int limit = 10);

    QString m_scratch;
    QString m_table;
    bool m_granted = false;
    MetaDbConnection* m_db = nullptr;
};

MetaDbEndpoint TestHeartbeatTrim::endpoint() const
{
    const LabEnvironment& lab = LabEnvironment::instance();
    MetaDbEndpoint e;
    e.host = QStringLiteral("127.0.0.1");
    e.port = lab.dbPort();
    e.user = lab.metaUser();
    e.password = lab.metaPassword();
    e.connectTimeoutSec = 5;
    e.readTimeoutSec = 30;
    e.writeTimeoutSec = 30;
    return e;
}

bool TestHeartbeatTrim::admin(const QString& sql)
{
    QSqlQuery query(QSqlDatabase::database(kAdminConnection));
    if (!query.exec(sql)) {
        qWarning("admin SQL failed: %s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return false;
    }
    return true;
}

QVariant TestHeartbeatTrim::adminValue(const QString& sql)
{
    QSqlQuery query(QSqlDatabase::database(kAdminConnection));
    if (!query.exec(sql) || !query.next()) {
        qWarning("admin SQL failed: %s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return {};
    }
    return query.value(0);
}

bool TestHeartbeatTrim::recreateTable(const QString& sequence)
{
    const QString labDb = LabEnvironment::instance().value(QStringLiteral("LAB_CMHB_DB"));
    if (!admin(QStringLiteral("DROP TABLE IF EXISTS ") + m_table) ||
        !admin(QStringLiteral("CREATE TABLE %1 LIKE `%2`.heatbeat_sequence").arg(m_table, labDb)))
        return false;
    if (sequence.isEmpty())
        return true;
    // The SEQUENCE engine's tables live in every database; ours is the current one here.
    return admin(QStringLiteral("INSERT INTO %1 (id, gmt_created, gmt_modified) "
                                "SELECT seq, NOW(), NOW() FROM `%2`.%3")
                     .arg(m_table, m_scratch, sequence));
}

QList<qint64> TestHeartbeatTrim::ids(int limit)
{
    QList<qint64> result;
    QSqlQuery query(QSqlDatabase::database(kAdminConnection));
    if (!query.exec(
            QStringLiteral("SELECT id FROM %1 ORDER BY id LIMIT %2").arg(m_table).arg(limit)))
        return result;
    while (query.next())
        result.append(query.value(0).toLongLong());
    return result;
}

void TestHeartbeatTrim::initTestCase()
{
    OMSUA_REQUIRE_LAB();
    const LabEnvironment& lab = LabEnvironment::instance();
    QVERIFY(!lab.value(QStringLiteral("LAB_CMHB_DB")).isEmpty());

    QSqlDatabase adminDb = QSqlDatabase::addDatabase(QStringLiteral("QMYSQL"), kAdminConnection);
    adminDb.setUserName(QStringLiteral("root"));
    adminDb.setConnectOptions(QStringLiteral("UNIX_SOCKET=") +
                              lab.value(QStringLiteral("LAB_DB_SOCK")));
    QVERIFY2(adminDb.open(), qPrintable(adminDb.lastError().text()));

    m_scratch = QStringLiteral("omsua_hbtrim_%1").arg(QCoreApplication::applicationPid());
    m_table = QStringLiteral("`%1`.heatbeat_sequence").arg(m_scratch);
    QVERIFY(admin(QStringLiteral("DROP DATABASE IF EXISTS `%1`").arg(m_scratch)));
    QVERIFY(admin(QStringLiteral("CREATE DATABASE `%1` CHARACTER SET utf8mb4").arg(m_scratch)));
    for (const char* host : {"127.0.0.1", "localhost"})
        QVERIFY(admin(QStringLiteral("GRANT ALL PRIVILEGES ON `%1`.* TO %2@'%3'")
                          .arg(m_scratch, sqlString(lab.metaUser()), QString::fromLatin1(host))));
    m_granted = true;

    m_db = new MetaDbConnection;
    const auto opened = m_db->open(endpoint());
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
}

void TestHeartbeatTrim::cleanupTestCase()
{
    delete m_db;
    m_db = nullptr;
    if (!QSqlDatabase::contains(kAdminConnection))
        return;
    {
        QSqlDatabase adminDb = QSqlDatabase::database(kAdminConnection);
        if (adminDb.isOpen() && !m_scratch.isEmpty()) {
            if (m_granted) {
                for (const char* host : {"127.0.0.1", "localhost"})
                    admin(QStringLiteral("REVOKE ALL PRIVILEGES ON `%1`.* FROM %2@'%3'")
                              .arg(m_scratch, sqlString(LabEnvironment::instance().metaUser()),
                                   QString::fromLatin1(host)));
            }
            admin(QStringLiteral("DROP DATABASE IF EXISTS `%1`").arg(m_scratch));
            QCOMPARE(adminValue(QStringLiteral("SELECT COUNT(*) FROM information_schema.SCHEMATA "
                                               "WHERE SCHEMA_NAME = '%1'")
                                    .arg(m_scratch))
                         .toInt(),
                     0);
        }
        adminDb.close();
    }
    QSqlDatabase::removeDatabase(kAdminConnection);
}

void TestHeartbeatTrim::trimsAllButNewestAndKeepsNewerRows()
{
    QVERIFY(recreateTable(QStringLiteral("seq_1_to_50000")));
    QCOMPARE(adminValue(QStringLiteral("SELECT COUNT(*) FROM ") + m_table).toLongLong(), 50000);

    QList<qint64> seen;
    qint64 seenTotal = -1;
    bool inserted = false;
    // After the first batch a heartbeat arrives (second connection, like OMS writing while we
    // trim): its id is above the max read at the start, so it must survive.
    auto progress = [&](qint64 deletedSoFar, qint64 totalToDelete) {
        seen.append(deletedSoFar);
        seenTotal = totalToDelete;
        if (!inserted) {
            inserted = admin(QStringLiteral("INSERT INTO %1 (id, gmt_created, gmt_modified) "
                                            "VALUES (60000, NOW(), NOW())")
                                 .arg(m_table));
        }
    };
    const auto trimmed = m_db->trimHeartbeat(m_scratch, 7000, progress);
    QVERIFY2(trimmed.ok(), qPrintable(trimmed.ok() ? QString() : trimmed.error().toString()));
    QVERIFY(inserted);
    const HeartbeatTrimResult& r = *trimmed;
    qInfo("50000-row trim: %d batches, deleted %lld, longest statement %lld ms, total %lld ms",
          r.batches, r.deleted, r.longestStatementMs, r.totalMs);

    QCOMPARE(r.keyColumn, QStringLiteral("id"));
    QCOMPARE(r.method, HeartbeatTrimMethod::OrderedLimit);
    QCOMPARE(r.keptMaxId, 50000);
    QCOMPARE(r.deleted, 49999);
    QCOMPARE(r.remaining, 0);
    QVERIFY(!r.cancelled);
    // ceil(49999 / 7000) = 8 batches with rows, then the one that finds none.
    QCOMPARE(r.batches, 9);
    QVERIFY(r.longestStatementMs <= r.totalMs);

    QCOMPARE(seenTotal, 49999);
    QCOMPARE(seen.size(), 8);
    for (qsizetype i = 1; i < seen.size(); ++i)
        QVERIFY(seen.at(i) > seen.at(i - 1));
    QCOMPARE(seen.constFirst(), 7000);
    QCOMPARE(seen.constLast(), 49999);

    QCOMPARE(ids(), (QList<qint64>{50000, 60000}));
}

void TestHeartbeatTrim::idRangeMethodHandlesGaps()
{
    // Ids 1, 4, 7, ... 19999 (6667 rows) with a large gap before the newest row: the range
    // method re-reads the lowest id, so the gap costs no empty batches.
    QVERIFY(recreateTable(QStringLiteral("seq_1_to_20000_step_3")));
    QVERIFY(admin(QStringLiteral("INSERT INTO %1 (id, gmt_created, gmt_modified) "
                                 "VALUES (1000000, NOW(), NOW())")
                      .arg(m_table)));
    QList<qint64> seen;
    const auto trimmed = m_db->trimHeartbeat(
        m_scratch, 1000, [&](qint64 done, qint64) { seen.append(done); }, nullptr,
        HeartbeatTrimMethod::IdRange);
    QVERIFY2(trimmed.ok(), qPrintable(trimmed.ok() ? QString() : trimmed.error().toString()));
    const HeartbeatTrimResult& r = *trimmed;
    qInfo("id-range trim: %d batches, deleted %lld, total %lld ms", r.batches, r.deleted,
          r.totalMs);
    QCOMPARE(r.method, HeartbeatTrimMethod::IdRange);
    QCOMPARE(r.keptMaxId, 1000000);
    QCOMPARE(r.deleted, 6667);
    QCOMPARE(r.remaining, 0);
    // Each range of 1000 ids holds ~333 rows: 20 ranges, then the MIN() that finds nothing.
    QCOMPARE(r.batches, 21);
    for (qsizetype i = 1; i < seen.size(); ++i)
        QVERIFY(seen.at(i) > seen.at(i - 1));
    QCOMPARE(ids(), (QList<qint64>{1000000}));
}

void TestHeartbeatTrim::cancelAfterFirstBatchIsConsistent()
{
    QVERIFY(recreateTable(QStringLiteral("seq_1_to_20000")));
    std::atomic<bool> cancel{false};
    int calls = 0;
    const auto trimmed = m_db->trimHeartbeat(
        m_scratch, 7000,
        [&](qint64, qint64) {
            ++calls;
            cancel = true;
        },
        &cancel);
    QVERIFY2(trimmed.ok(), qPrintable(trimmed.ok() ? QString() : trimmed.error().toString()));
    const HeartbeatTrimResult& r = *trimmed;
    QVERIFY(r.cancelled);
    QCOMPARE(calls, 1);
    QCOMPARE(r.batches, 1);
    QCOMPARE(r.deleted, 7000);
    QCOMPARE(r.remaining, 12999);
    QCOMPARE(r.keptMaxId, 20000);
    const qint64 left = adminValue(QStringLiteral("SELECT COUNT(*) FROM ") + m_table).toLongLong();
    QCOMPARE(left, 13000);
    QCOMPARE(left, r.remaining + 1);
    // The oldest rows went first: what is left is a contiguous tail.
    QCOMPARE(adminValue(QStringLiteral("SELECT MIN(id) FROM ") + m_table).toLongLong(), 7001);

    // Cancelled before it starts: nothing deleted, still a valid result.
    const auto again = m_db->trimHeartbeat(m_scratch, 7000, {}, &cancel);
    QVERIFY(again.ok());
    QVERIFY(again->cancelled);
    QCOMPARE(again->deleted, 0);
    QCOMPARE(again->batches, 0);
    QCOMPARE(again->remaining, 12999);
}

void TestHeartbeatTrim::emptyAndOneRowTablesAreNoOps()
{
    QVERIFY(recreateTable());
    int calls = 0;
    auto counter = [&](qint64, qint64) { ++calls; };
    auto empty = m_db->trimHeartbeat(m_scratch, 7000, counter);
    QVERIFY2(empty.ok(), qPrintable(empty.ok() ? QString() : empty.error().toString()));
    QCOMPARE(empty->keptMaxId, 0);
    QCOMPARE(empty->deleted, 0);
    QCOMPARE(empty->batches, 0);
    QCOMPARE(empty->remaining, 0);
    QVERIFY(!empty->cancelled);

    QVERIFY(admin(QStringLiteral("INSERT INTO %1 (id, gmt_created, gmt_modified) "
                                 "VALUES (42, NOW(), NOW())")
                      .arg(m_table)));
    auto one = m_db->trimHeartbeat(m_scratch, 7000, counter);
    QVERIFY2(one.ok(), qPrintable(one.ok() ? QString() : one.error().toString()));
    QCOMPARE(one->keptMaxId, 42);
    QCOMPARE(one->deleted, 0);
    QCOMPARE(one->batches, 0);
    QCOMPARE(one->remaining, 0);
    QCOMPARE(calls, 0);
    QCOMPARE(ids(), QList<qint64>{42});
}

void TestHeartbeatTrim::badDatabaseNameRefusedBeforeSql()
{
    const QStringList bad = {QStringLiteral("cm_hb`; DROP DATABASE x; --"), QStringLiteral("cm-hb"),
                             QStringLiteral("cm hb"), QString(), QString(65, QLatin1Char('a'))};
    // A connection that was never opened: if any SQL were attempted, the error would be
    // "not open" (Unreachable), not the name check's BadData.
    MetaDbConnection closed;
    for (const QString& name : bad) {
        const auto result = closed.trimHeartbeat(name, 7000);
        QVERIFY(!result.ok());
        QCOMPARE(closed.lastErrorKind(), MetaDbErrorKind::BadData);
        QVERIFY2(result.error().message.contains(QStringLiteral("not a valid database name")),
                 qPrintable(result.error().toString()));
    }
    // Same on the open connection, which stays usable.
    const auto refused = m_db->trimHeartbeat(bad.constFirst(), 7000);
    QVERIFY(!refused.ok());
    QCOMPARE(m_db->lastErrorKind(), MetaDbErrorKind::BadData);
    QVERIFY(m_db->serverVersion().ok());
}

QTEST_GUILESS_MAIN(TestHeartbeatTrim)
#include "tst_heartbeattrim.moc"
