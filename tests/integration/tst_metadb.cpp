// MetaDbConnection against the lab's MariaDB, directly on 127.0.0.1:<LAB_DB_PORT>.
//
// Read-only against the lab's own databases. Everything that writes happens in a scratch
// database of our own (omsua_test_<pid>), created as root over the lab's MariaDB socket because
// the lab's MetaDB user may only touch the three OMS databases; the test grants that user access
// to the scratch database for the duration of the test and revokes it again at the end.

#include "LabEnvironment.h"
#include "config/OmsConfig.h"
#include "metadb/MetaDbConnection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QThread>
#include <QtTest>

using namespace omsua::metadb;
using omsua::config::OmsConfig;
using omsua::test::LabEnvironment;

namespace {

const QString kAdminConnection = QStringLiteral("tst_metadb_admin");

// A MariaDB string literal (backslash escapes are on by default).
QString sqlString(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

QString errorText(const omsua::Error& error)
{
    return error.toString();
}

} // namespace

class TestMetaDb : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void opensWithHostilePassword();
    void localhostMeansTcp();
    void wrongPasswordIsAccessDenied();
    void closedPortFailsFast();
    void serverVersion();
    void databasesFromConfigArePresent();
    void readHaConfigOfTheLab();
    void missingDatabaseAndTable();
    void writeHaConfigMergedKeepsUnknownKeys();
    void writeHaConfigMergedRefusesBadChanges();
    void lockedRowHitsReadTimeout();
    void heartbeatRowCountMatches();
    void databaseSizes();
    void checksumsDetectChanges_data();
    void checksumsDetectChanges();
    void autoChecksumUsesServerAndFallbackAgrees();
    void rowHashIgnoresRowOrder();
    void checksumsOfLabDatabaseAreStable();
    void tableColumnCounts();
    void refusesUseFromAnotherThread();

private:
    MetaDbEndpoint endpoint() const;
    bool admin(const QString& sql);
    QVariant adminValue(const QString& sql);

    OmsConfig m_config;
    QString m_scratch;
    bool m_granted = false;
    MetaDbConnection* m_db = nullptr;
};

MetaDbEndpoint TestMetaDb::endpoint() const
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

bool TestMetaDb::admin(const QString& sql)
{
    QSqlQuery query(QSqlDatabase::database(kAdminConnection));
    if (!query.exec(sql)) {
        qWarning("admin SQL failed: %s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return false;
    }
    return true;
}

QVariant TestMetaDb::adminValue(const QString& sql)
{
    QSqlQuery query(QSqlDatabase::database(kAdminConnection));
    if (!query.exec(sql) || !query.next()) {
        qWarning("admin SQL failed: %s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return {};
    }
    return query.value(0);
}

void TestMetaDb::initTestCase()
{
    OMSUA_REQUIRE_LAB();
    const LabEnvironment& lab = LabEnvironment::instance();

    // The database names come from the lab's config.yaml, read with our own parser.
    const QString configPath = lab.value(QStringLiteral("LAB_CONFIG_YAML"),
                                         lab.labDir() + QStringLiteral("/host/data/config.yaml"));
    QFile file(configPath);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(configPath));
    auto parsed = OmsConfig::parse(file.readAll(), configPath);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : errorText(parsed.error())));
    m_config = std::move(parsed).value();
    QCOMPARE(m_config.metaPassword, lab.metaPassword());
    QCOMPARE(int(m_config.metaPort), int(lab.dbPort()));

    // Root over the socket, for the scratch database only.
    QSqlDatabase adminDb = QSqlDatabase::addDatabase(QStringLiteral("QMYSQL"), kAdminConnection);
    adminDb.setUserName(QStringLiteral("root"));
    adminDb.setConnectOptions(QStringLiteral("UNIX_SOCKET=") +
                              lab.value(QStringLiteral("LAB_DB_SOCK")));
    QVERIFY2(adminDb.open(), qPrintable(adminDb.lastError().text()));

    m_scratch = QStringLiteral("omsua_test_%1").arg(QCoreApplication::applicationPid());
    QVERIFY(admin(QStringLiteral("DROP DATABASE IF EXISTS `%1`").arg(m_scratch)));
    QVERIFY(admin(QStringLiteral("CREATE DATABASE `%1` CHARACTER SET utf8mb4").arg(m_scratch)));
    // GRANT takes no placeholders; the user name is quoted as a string literal instead.
    for (const char* host : {"127.0.0.1", "localhost"})
        QVERIFY(admin(QStringLiteral("GRANT ALL PRIVILEGES ON `%1`.* TO %2@'%3'")
                          .arg(m_scratch, sqlString(lab.metaUser()), QString::fromLatin1(host))));
    m_granted = true;

    // A copy of the lab's oms_normal_config, with a key OMS may add one day.
    const QString rm = m_config.rmDb;
    QVERIFY(admin(QStringLiteral("CREATE TABLE `%1`.oms_normal_config LIKE `%2`.oms_normal_config")
                      .arg(m_scratch, rm)));
    QVERIFY(admin(QStringLiteral("INSERT INTO `%1`.oms_normal_config SELECT * FROM "
                                 "`%2`.oms_normal_config")
                      .arg(m_scratch, rm)));

    m_db = new MetaDbConnection;
    const auto opened = m_db->open(endpoint());
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : errorText(opened.error())));
}

void TestMetaDb::cleanupTestCase()
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

void TestMetaDb::opensWithHostilePassword()
{
    const QString password = LabEnvironment::instance().metaPassword();
    // The lab's default password is hostile on purpose; say so if someone made it tame.
    const bool hostile =
        password.contains(QLatin1Char('\'')) || password.contains(QLatin1Char('"')) ||
        password.contains(QLatin1Char('$')) || password.contains(QLatin1Char(';')) ||
        password.contains(QLatin1Char('\\')) || password.contains(QLatin1Char(' '));
    if (!hostile)
        qWarning("LAB_META_PASSWORD has no special characters: this test proves less");

    MetaDbConnection db;
    // Qt warns about connect options it does not know; ours must all be known.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("QMYSQL|connect option")));
    QElapsedTimer timer;
    timer.start();
    const auto opened = db.open(endpoint());
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : errorText(opened.error())));
    qInfo("open took %lld ms", timer.elapsed());
    QVERIFY(db.isOpen());
    QCOMPARE(db.lastErrorKind(), MetaDbErrorKind::None);
    QVERIFY(db.connectionName() != m_db->connectionName());
}

void TestMetaDb::localhostMeansTcp()
{
    // With "localhost" libmariadb would use its default Unix socket and ignore the port (an
    // SSH tunnel would be bypassed); open() maps it to 127.0.0.1.
    MetaDbEndpoint e = endpoint();
    e.host = QStringLiteral("localhost");
    MetaDbConnection db;
    const auto opened = db.open(e);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : errorText(opened.error())));
    const auto present = db.databasesPresent({m_config.rmDb});
    QVERIFY(present.ok());
    QCOMPARE(*present, QStringList{m_config.rmDb});
}

void TestMetaDb::wrongPasswordIsAccessDenied()
{
    const QString right = LabEnvironment::instance().metaPassword();
    MetaDbEndpoint e = endpoint();
    e.password = right + QStringLiteral("x'; $wrong");
    MetaDbConnection db;
    const auto opened = db.open(e);
    QVERIFY(!opened.ok());
    QCOMPARE(db.lastErrorKind(), MetaDbErrorKind::AccessDenied);
    const QString text = errorText(opened.error());
    qInfo("%s", qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("denied")), qPrintable(text));
    QVERIFY2(text.contains(e.user), qPrintable(text));
    QVERIFY(!text.contains(e.password));
    QVERIFY(!text.contains(right));
    QVERIFY(!db.isOpen());
    QVERIFY(!db.serverVersion().ok());
}

void TestMetaDb::closedPortFailsFast()
{
    // A port nobody listens on: bind one, note it, close it.
    quint16 port = 0;
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        port = server.serverPort();
    }
    MetaDbEndpoint e = endpoint();
    e.port = port;
    MetaDbConnection db;
    QElapsedTimer timer;
    timer.start();
    const auto opened = db.open(e);
    const qint64 elapsed = timer.elapsed();
    QVERIFY(!opened.ok());
    QCOMPARE(db.lastErrorKind(), MetaDbErrorKind::Unreachable);
    const QString text = errorText(opened.error());
    qInfo("closed port: %lld ms: %s", elapsed, qPrintable(text));
    QVERIFY2(elapsed < 3000, qPrintable(QString::number(elapsed)));
    QVERIFY(text.contains(QStringLiteral("127.0.0.1:%1").arg(port)));
    QVERIFY(text.contains(QStringLiteral("tunnel"))); // the hint says what to try
    QVERIFY(!text.contains(e.password));
}

void TestMetaDb::serverVersion()
{
    const auto version = m_db->serverVersion();
    QVERIFY(version.ok());
    qInfo("server version: %s", qPrintable(*version));
    QVERIFY(version->contains(QStringLiteral("MariaDB")));
}

void TestMetaDb::databasesFromConfigArePresent()
{
    const QStringList wanted{m_config.rmDb, m_config.cmDb, m_config.cmHbDb};
    const auto present = m_db->databasesPresent(
        wanted + QStringList{QStringLiteral("omsua_no_such_db"), QStringLiteral("rm;drop")});
    QVERIFY(present.ok());
    QCOMPARE(*present, wanted);
}

void TestMetaDb::readHaConfigOfTheLab()
{
    const auto record = m_db->readHaConfig(m_config.rmDb);
    QVERIFY2(record.ok(), qPrintable(record.ok() ? QString() : errorText(record.error())));
    QVERIFY(record->config.enable());
    QVERIFY(!record->rawText.isEmpty());
    QCOMPARE(QJsonDocument::fromJson(record->rawText).object(), record->config.object());

    QVERIFY(!m_db->readHaConfig(QStringLiteral("rm;drop")).ok());
    QCOMPARE(m_db->lastErrorKind(), MetaDbErrorKind::BadData);
}

void TestMetaDb::missingDatabaseAndTable()
{
    const auto noDb = m_db->readHaConfig(QStringLiteral("omsua_no_such_db"));
    QVERIFY(!noDb.ok());
    QCOMPARE(m_db->lastErrorKind(), MetaDbErrorKind::UnknownDatabase);
    QVERIFY2(noDb.error().message.contains(QStringLiteral("omsua_no_such_db")),
             qPrintable(noDb.error().message));

    // The cm database exists but has no oms_normal_config.
    const auto noTable = m_db->readHaConfig(m_config.cmDb);
    QVERIFY(!noTable.ok());
    QCOMPARE(m_db->lastErrorKind(), MetaDbErrorKind::MissingTable);
    QVERIFY(noTable.error().message.contains(QStringLiteral("oms_normal_config")));

    const auto noHeartbeat = m_db->heartbeatRowCount(m_config.rmDb);
    QVERIFY(!noHeartbeat.ok());
    QCOMPARE(m_db->lastErrorKind(), MetaDbErrorKind::MissingTable);
    QVERIFY(!m_db->heartbeatColumns(m_config.rmDb).ok());

    // The connection is still usable after errors.
    QVERIFY(m_db->serverVersion().ok());
}

void TestMetaDb::writeHaConfigMergedKeepsUnknownKeys()
{
    // Seed the scratch copy with a key we do not know, of an unusual type, and an old
    // gmt_modified so that its update shows.
    const auto original = m_db->readHaConfig(m_scratch);
    QVERIFY2(original.ok(), qPrintable(original.ok() ? QString() : errorText(original.error())));
    // Appended to the stored text so that the stored key order stays as the lab wrote it.
    QByteArray seededText = original->rawText.trimmed();
    QVERIFY(seededText.endsWith('}'));
    seededText.chop(1);
    seededText += ",\"omsuaFutureKey\":[1,\"two\",null]}";
    const QJsonObject seeded = QJsonDocument::fromJson(seededText).object();
    QCOMPARE(seeded.value(QStringLiteral("omsuaFutureKey")).toArray().size(), 3);
    {
        QSqlQuery update(QSqlDatabase::database(kAdminConnection));
        QVERIFY(update.prepare(QStringLiteral("UPDATE `%1`.oms_normal_config SET cfg_value = ?, "
                                              "gmt_modified = '2020-01-01 00:00:00' "
                                              "WHERE cfg_name = 'ha.config'")
                                   .arg(m_scratch)));
        update.addBindValue(QString::fromUtf8(seededText));
        QVERIFY2(update.exec(), qPrintable(update.lastError().text()));
    }

    const auto written = m_db->writeHaConfigMerged(
        m_scratch, QJsonObject{{QStringLiteral("enable"), false},
                               {QStringLiteral("refetchStoreIntervalMin"), 90}});
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : errorText(written.error())));
    QCOMPARE(written->enable(), false);
    QCOMPARE(written->refetchStoreIntervalMin(), 90);

    const auto readBack = m_db->readHaConfig(m_scratch);
    QVERIFY(readBack.ok());
    QJsonObject expected = seeded;
    expected.insert(QStringLiteral("enable"), false);
    expected.insert(QStringLiteral("refetchStoreIntervalMin"), 90);
    QCOMPARE(readBack->config.object(), expected);
    QCOMPARE(readBack->config.object().value(QStringLiteral("omsuaFutureKey")).toArray().size(), 3);
    // Written in the stored key order: "enable" first as in the lab's row, our key last.
    QVERIFY2(readBack->rawText.startsWith("{\"enable\":false,"), readBack->rawText.constData());
    QVERIFY2(readBack->rawText.endsWith(",\"omsuaFutureKey\":[1,\"two\",null]}"),
             readBack->rawText.constData());

    // gmt_modified exists in the lab schema and is a datetime: it was touched.
    QVERIFY(adminValue(QStringLiteral("SELECT gmt_modified > '2020-01-01 00:00:00' FROM "
                                      "`%1`.oms_normal_config WHERE cfg_name = 'ha.config'")
                           .arg(m_scratch))
                .toBool());
    // Other rows untouched.
    QCOMPARE(adminValue(QStringLiteral("SELECT COUNT(*) FROM `%1`.oms_normal_config a JOIN "
                                       "`%2`.oms_normal_config b USING (cfg_name) WHERE "
                                       "a.cfg_name <> 'ha.config' AND NOT (a.cfg_value <=> "
                                       "b.cfg_value)")
                            .arg(m_scratch, m_config.rmDb))
                 .toInt(),
             0);

    // Writing the same values again is accepted (no change, still verified).
    const auto again =
        m_db->writeHaConfigMerged(m_scratch, QJsonObject{{QStringLiteral("enable"), false}});
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : errorText(again.error())));

    // The lab's real ha.config was not touched.
    const auto lab = m_db->readHaConfig(m_config.rmDb);
    QVERIFY(lab.ok());
    QVERIFY(lab->config.enable());
}

void TestMetaDb::writeHaConfigMergedRefusesBadChanges()
{
    const auto before = m_db->readHaConfig(m_scratch);
    QVERIFY(before.ok());

    const auto wrongType = m_db->writeHaConfigMerged(
        m_scratch, QJsonObject{{QStringLiteral("enable"), QStringLiteral("no")}});
    QVERIFY(!wrongType.ok());
    QCOMPARE(m_db->lastErrorKind(), MetaDbErrorKind::BadData);
    QVERIFY(wrongType.error().message.contains(QStringLiteral("enable")));

    const auto typo =
        m_db->writeHaConfigMerged(m_scratch, QJsonObject{{QStringLiteral("enabel"), true}});
    QVERIFY(!typo.ok());

    const auto noTable =
        m_db->writeHaConfigMerged(m_config.cmDb, QJsonObject{{QStringLiteral("enable"), false}});
    QVERIFY(!noTable.ok());
    QCOMPARE(m_db->lastErrorKind(), MetaDbErrorKind::MissingTable);

    // Nothing changed, and the transaction was rolled back (the row is not left locked: a
    // second connection can lock it at once).
    const auto after = m_db->readHaConfig(m_scratch);
    QVERIFY(after.ok());
    QCOMPARE(after->rawText, before->rawText);
    MetaDbConnection other;
    MetaDbEndpoint e = endpoint();
    e.readTimeoutSec = 10;
    QVERIFY(other.open(e).ok());
    const auto locked =
        other.writeHaConfigMerged(m_scratch, QJsonObject{{QStringLiteral("enable"), false}});
    QVERIFY2(locked.ok(), qPrintable(locked.ok() ? QString() : errorText(locked.error())));
}

void TestMetaDb::lockedRowHitsReadTimeout()
{
    // Someone else holds the ha.config row (the console saving System Parameters): the write
    // must give up after the read timeout with a Timeout error, not hang for the server's lock
    // wait timeout (50 s by default). This also proves MYSQL_OPT_READ_TIMEOUT reaches libmariadb.
    QSqlDatabase adminDb = QSqlDatabase::database(kAdminConnection);
    QVERIFY(adminDb.transaction());
    QVERIFY(admin(QStringLiteral("SELECT cfg_value FROM `%1`.oms_normal_config WHERE cfg_name = "
                                 "'ha.config' FOR UPDATE")
                      .arg(m_scratch)));
    MetaDbConnection db;
    MetaDbEndpoint e = endpoint();
    e.readTimeoutSec = 2;
    QVERIFY(db.open(e).ok());
    QElapsedTimer timer;
    timer.start();
    const auto written =
        db.writeHaConfigMerged(m_scratch, QJsonObject{{QStringLiteral("enable"), true}});
    const qint64 elapsed = timer.elapsed();
    QVERIFY(adminDb.rollback());
    QVERIFY(!written.ok());
    qInfo("locked row: %lld ms: %s", elapsed, qPrintable(errorText(written.error())));
    QCOMPARE(db.lastErrorKind(), MetaDbErrorKind::Timeout);
    QVERIFY2(elapsed >= 1500 && elapsed < 10000, qPrintable(QString::number(elapsed)));
    // The timed-out connection is not reused (its protocol state is unknown).
    QVERIFY(!db.isOpen());
    QVERIFY(!db.serverVersion().ok());
    QCOMPARE(db.lastErrorKind(), MetaDbErrorKind::Unreachable);
    QVERIFY(db.open(e).ok());
    QVERIFY(db.serverVersion().ok());

    // The value is unchanged once the lock is gone.
    const auto after = m_db->readHaConfig(m_scratch);
    QVERIFY(after.ok());
    QCOMPARE(after->config.enable(), false);
}

void TestMetaDb::heartbeatRowCountMatches()
{
    const auto count = m_db->heartbeatRowCount(m_config.cmHbDb);
    QVERIFY2(count.ok(), qPrintable(count.ok() ? QString() : errorText(count.error())));
    const qint64 expected =
        adminValue(
            QStringLiteral("SELECT COUNT(*) FROM `%1`.heatbeat_sequence").arg(m_config.cmHbDb))
            .toLongLong();
    QCOMPARE(*count, expected);
    qInfo("heartbeat rows: %lld", *count);

    const auto columns = m_db->heartbeatColumns(m_config.cmHbDb);
    QVERIFY(columns.ok());
    QVERIFY(!columns->isEmpty());
    QCOMPARE(columns->constFirst().name, QStringLiteral("id"));
    QCOMPARE(columns->constFirst().key, QStringLiteral("PRI"));
    QVERIFY(columns->constFirst().extra.contains(QStringLiteral("auto_increment")));
    QStringList names;
    for (const ColumnInfo& column : *columns)
        names.append(column.name);
    QVERIFY2(names.contains(QStringLiteral("gmt_created")), qPrintable(names.join(u',')));
}

void TestMetaDb::databaseSizes()
{
    const QStringList names{m_config.rmDb, m_config.cmDb, m_config.cmHbDb};
    const auto sizes = m_db->databaseSizes(names + QStringList{QStringLiteral("omsua_no_such_db")});
    QVERIFY(sizes.ok());
    QCOMPARE(sizes->keys(), [&] {
        QStringList sorted = names;
        sorted.sort();
        return sorted;
    }());
    for (const QString& name : names) {
        const DatabaseSize size = sizes->value(name);
        qInfo("%s: %lld bytes, ~%lld rows, %d tables", qPrintable(name), size.bytes,
              size.approximateRows, size.tables);
        QVERIFY(size.bytes > 0);
        QVERIFY(size.tables > 0);
    }
}

void TestMetaDb::checksumsDetectChanges_data()
{
    QTest::addColumn<int>("method");
    QTest::newRow("CHECKSUM TABLE") << int(ChecksumMethod::ChecksumTable);
    QTest::newRow("row hash (the fallback, forced)") << int(ChecksumMethod::RowHash);
}

void TestMetaDb::checksumsDetectChanges()
{
    QFETCH(int, method);
    const auto m = ChecksumMethod(method);
    QVERIFY(admin(QStringLiteral("DROP TABLE IF EXISTS `%1`.ck").arg(m_scratch)));
    QVERIFY(admin(QStringLiteral("CREATE TABLE `%1`.ck (id INT PRIMARY KEY, name VARCHAR(64) NULL, "
                                 "amount DECIMAL(12,3), at DATETIME, blob_col BLOB, f DOUBLE) "
                                 "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4")
                      .arg(m_scratch)));
    QVERIFY(admin(QStringLiteral("INSERT INTO `%1`.ck VALUES "
                                 "(1, 'a', 1.5, '2024-01-01 00:00:00', 0x00ff, 0.1), "
                                 "(2, NULL, NULL, NULL, NULL, NULL), "
                                 "(3, '库 it''s \"q\"', -2.25, '2024-05-01 10:00:00', '', 1e300)")
                      .arg(m_scratch)));

    const auto first = m_db->tableChecksums(m_scratch, m);
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : errorText(first.error())));
    const auto second = m_db->tableChecksums(m_scratch, m);
    QVERIFY(second.ok());
    const TableChecksum before = first->value(QStringLiteral("ck"));
    QCOMPARE(before.rows, qint64(3));
    QCOMPARE(int(before.method), method);
    QVERIFY(!before.checksum.isEmpty());
    QCOMPARE(second->value(QStringLiteral("ck")), before);
    QVERIFY(first->contains(QStringLiteral("oms_normal_config")));
    qInfo("checksum: %s", qPrintable(before.checksum));

    auto checksumAfter = [&](const QString& sql) {
        if (!admin(sql.arg(m_scratch)))
            return TableChecksum{};
        const auto result = m_db->tableChecksums(m_scratch, m);
        return result.ok() ? result->value(QStringLiteral("ck")) : TableChecksum{};
    };
    const TableChecksum changed =
        checksumAfter(QStringLiteral("UPDATE `%1`.ck SET name = 'b' WHERE id = 1"));
    QCOMPARE(changed.rows, qint64(3));
    QVERIFY(changed.checksum != before.checksum);
    // NULL and '' are different.
    const TableChecksum emptied =
        checksumAfter(QStringLiteral("UPDATE `%1`.ck SET name = '' WHERE id = 2"));
    QVERIFY(emptied.checksum != changed.checksum);
    // A change in a binary column.
    const TableChecksum blob =
        checksumAfter(QStringLiteral("UPDATE `%1`.ck SET blob_col = 0x00fe WHERE id = 1"));
    QVERIFY(blob.checksum != emptied.checksum);
    // Back to the original rows: back to the original checksum.
    const TableChecksum restored = checksumAfter(
        QStringLiteral("UPDATE `%1`.ck SET name = IF(id = 1, 'a', NULL), blob_col = IF(id = 1, "
                       "0x00ff, blob_col) WHERE id IN (1, 2)"));
    QCOMPARE(restored, before);
    // A deleted row changes count and checksum.
    const TableChecksum deleted = checksumAfter(QStringLiteral("DELETE FROM `%1`.ck WHERE id = 3"));
    QCOMPARE(deleted.rows, qint64(2));
    QVERIFY(deleted.checksum != before.checksum);
}

void TestMetaDb::autoChecksumUsesServerAndFallbackAgrees()
{
    // MariaDB supports CHECKSUM TABLE, so Auto uses it; both methods see the same changes.
    const auto autoResult = m_db->tableChecksums(m_scratch);
    QVERIFY(autoResult.ok());
    for (const TableChecksum& entry : *autoResult)
        QCOMPARE(entry.method, ChecksumMethod::ChecksumTable);
    const auto rowHash = m_db->tableChecksums(m_scratch, ChecksumMethod::RowHash);
    QVERIFY(rowHash.ok());
    QCOMPARE(rowHash->keys(), autoResult->keys());
    for (auto it = rowHash->cbegin(); it != rowHash->cend(); ++it)
        QCOMPARE(it->rows, autoResult->value(it.key()).rows);

    // Change one table: both methods report a change in exactly that table.
    QVERIFY(admin(QStringLiteral("UPDATE `%1`.oms_normal_config SET description = "
                                 "CONCAT(COALESCE(description, ''), '!') WHERE cfg_name = "
                                 "'console.banner'")
                      .arg(m_scratch)));
    const auto autoAfter = m_db->tableChecksums(m_scratch);
    const auto rowHashAfter = m_db->tableChecksums(m_scratch, ChecksumMethod::RowHash);
    QVERIFY(autoAfter.ok() && rowHashAfter.ok());
    for (auto it = autoResult->cbegin(); it != autoResult->cend(); ++it) {
        const bool serverSaw = autoAfter->value(it.key()) != *it;
        const bool hashSaw = rowHashAfter->value(it.key()) != rowHash->value(it.key());
        QCOMPARE(hashSaw, serverSaw);
        QCOMPARE(serverSaw, it.key() == QLatin1String("oms_normal_config"));
    }
}

void TestMetaDb::rowHashIgnoresRowOrder()
{
    QVERIFY(admin(QStringLiteral("DROP TABLE IF EXISTS `%1`.heap").arg(m_scratch)));
    QVERIFY(admin(
        QStringLiteral("CREATE TABLE `%1`.heap (v VARCHAR(10)) ENGINE=InnoDB").arg(m_scratch)));
    QVERIFY(
        admin(QStringLiteral("INSERT INTO `%1`.heap VALUES ('a'), ('b'), ('b')").arg(m_scratch)));
    const auto first = m_db->tableChecksums(m_scratch, ChecksumMethod::RowHash);
    QVERIFY(first.ok());
    QVERIFY(admin(QStringLiteral("TRUNCATE TABLE `%1`.heap").arg(m_scratch)));
    QVERIFY(
        admin(QStringLiteral("INSERT INTO `%1`.heap VALUES ('b'), ('a'), ('b')").arg(m_scratch)));
    const auto second = m_db->tableChecksums(m_scratch, ChecksumMethod::RowHash);
    QVERIFY(second.ok());
    QCOMPARE(second->value(QStringLiteral("heap")), first->value(QStringLiteral("heap")));
    // Duplicates count: one 'b' fewer is a different table.
    QVERIFY(admin(QStringLiteral("DELETE FROM `%1`.heap WHERE v = 'b' LIMIT 1").arg(m_scratch)));
    const auto third = m_db->tableChecksums(m_scratch, ChecksumMethod::RowHash);
    QVERIFY(third.ok());
    QVERIFY(third->value(QStringLiteral("heap")).checksum !=
            first->value(QStringLiteral("heap")).checksum);
    QVERIFY(admin(QStringLiteral("DROP TABLE `%1`.heap").arg(m_scratch)));
}

void TestMetaDb::checksumsOfLabDatabaseAreStable()
{
    // Read-only on the lab's cm database (small); the heartbeat table keeps changing while the
    // old container runs, so it is not used here.
    QElapsedTimer timer;
    timer.start();
    const auto first = m_db->tableChecksums(m_config.cmDb);
    const qint64 checksumMs = timer.elapsed();
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : errorText(first.error())));
    timer.restart();
    const auto hashed = m_db->tableChecksums(m_config.cmDb, ChecksumMethod::RowHash);
    const qint64 hashMs = timer.elapsed();
    QVERIFY(hashed.ok());
    qInfo("%s: %lld tables; CHECKSUM TABLE %lld ms, row hash %lld ms", qPrintable(m_config.cmDb),
          qint64(first->size()), checksumMs, hashMs);
    QVERIFY(!first->isEmpty());
    const auto second = m_db->tableChecksums(m_config.cmDb);
    QVERIFY(second.ok());
    QCOMPARE(second->keys(), first->keys());
}

void TestMetaDb::tableColumnCounts()
{
    QVERIFY(admin(QStringLiteral("DROP TABLE IF EXISTS `%1`.schema_t").arg(m_scratch)));
    QVERIFY(admin(QStringLiteral("CREATE TABLE `%1`.schema_t (a INT, b INT)").arg(m_scratch)));
    QVERIFY(admin(QStringLiteral("CREATE OR REPLACE VIEW `%1`.schema_v AS SELECT a FROM "
                                 "`%1`.schema_t")
                      .arg(m_scratch)));
    const auto before = m_db->tableColumnCounts(m_scratch);
    QVERIFY(before.ok());
    QCOMPARE(before->value(QStringLiteral("schema_t")), 2);
    QVERIFY(!before->contains(QStringLiteral("schema_v"))); // views are not tables
    QVERIFY(before->value(QStringLiteral("oms_normal_config")) >= 5);

    QVERIFY(admin(QStringLiteral("ALTER TABLE `%1`.schema_t ADD COLUMN c TEXT").arg(m_scratch)));
    const auto after = m_db->tableColumnCounts(m_scratch);
    QVERIFY(after.ok());
    QCOMPARE(after->value(QStringLiteral("schema_t")), 3);

    const auto lab = m_db->tableColumnCounts(m_config.rmDb);
    QVERIFY(lab.ok());
    QVERIFY(lab->contains(QStringLiteral("oms_normal_config")));
}

void TestMetaDb::refusesUseFromAnotherThread()
{
    omsua::Expected<QString> fromThread = omsua::makeError(QStringLiteral("not run"));
    MetaDbErrorKind kind = MetaDbErrorKind::None;
    QThread* thread = QThread::create([&] {
        fromThread = m_db->serverVersion();
        kind = m_db->lastErrorKind();
    });
    thread->start();
    QVERIFY(thread->wait(10000));
    delete thread;
    QVERIFY(!fromThread.ok());
    QCOMPARE(kind, MetaDbErrorKind::WrongThread);
    QVERIFY(m_db->serverVersion().ok());

    // A connection created and used inside a worker thread works there.
    bool workerOk = false;
    const MetaDbEndpoint e = endpoint();
    QThread* worker = QThread::create([&] {
        MetaDbConnection db;
        workerOk = db.open(e).ok() && db.serverVersion().ok();
    });
    worker->start();
    QVERIFY(worker->wait(20000));
    delete worker;
    QVERIFY(workerOk);
}

QTEST_GUILESS_MAIN(TestMetaDb)
#include "tst_metadb.moc"
