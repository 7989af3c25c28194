#include "LabEnvironment.h"
#include "remote/SshTunnel.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <atomic>
#include <thread>

using namespace omsua::remote;
using omsua::test::LabEnvironment;

namespace {

const LabEnvironment& lab()
{
    return LabEnvironment::instance();
}

SshEndpoint labEndpoint()
{
    SshEndpoint endpoint;
    endpoint.host = lab().sshHost();
    endpoint.port = lab().sshPort();
    endpoint.knownHostsFile = lab().knownHostsFile();
    return endpoint;
}

SshCredentials keyCredentials()
{
    SshCredentials credentials;
    credentials.user = lab().sshUser();
    credentials.identityFile = lab().identityFile();
    credentials.useAgent = false;
    return credentials;
}

// Opens a QMYSQL connection to the tunnel's local end with the lab's (hostile) password.
QSqlDatabase openMetaDb(const QString& name, quint16 port)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QMYSQL"), name);
    db.setHostName(QStringLiteral("127.0.0.1"));
    db.setPort(port);
    db.setUserName(lab().metaUser());
    db.setPassword(lab().metaPassword());
    db.setConnectOptions(QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=10;MYSQL_OPT_READ_TIMEOUT=30"));
    db.open();
    return db;
}

QStringList databases(QSqlDatabase& db)
{
    QSqlQuery query(db);
    QStringList names;
    if (!query.exec(QStringLiteral("SHOW DATABASES")))
        return names;
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

} // namespace

class TestTunnel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        OMSUA_REQUIRE_LAB();
        QVERIFY2(QSqlDatabase::isDriverAvailable(QStringLiteral("QMYSQL")),
                 "the Qt MySQL driver (libqt6sql6-mysql) is missing");
    }

    void queriesThroughTheTunnel()
    {
        SshTunnel tunnel;
        const auto started = tunnel.start(labEndpoint(), {}, keyCredentials(),
                                          QStringLiteral("127.0.0.1"), lab().dbPort());
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().toString()));
        QVERIFY(*started != 0);
        QVERIFY(*started != lab().dbPort());
        QCOMPARE(tunnel.localPort(), *started);
        QVERIFY(tunnel.isRunning());
        {
            QSqlDatabase db = openMetaDb(QStringLiteral("tunnel-one"), *started);
            QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
            QSqlQuery one(db);
            QVERIFY(one.exec(QStringLiteral("SELECT 1")));
            QVERIFY(one.next());
            QCOMPARE(one.value(0).toInt(), 1);
            const QStringList names = databases(db);
            for (const char* key : {"LAB_RM_DB", "LAB_CM_DB", "LAB_CMHB_DB"}) {
                const QString name = lab().value(QString::fromLatin1(key));
                QVERIFY(!name.isEmpty());
                QVERIFY2(names.contains(name), qPrintable(names.join(QLatin1Char(','))));
            }
            QCOMPARE(tunnel.connectionCount(), 1);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tunnel-one"));
        QTRY_COMPARE_WITH_TIMEOUT(tunnel.connectionCount(), 0, 5000);
        tunnel.stop();
        QVERIFY(!tunnel.isRunning());
        QVERIFY(tunnel.lastError().isEmpty());
    }

    void concurrentConnectionsInTheirOwnThreads()
    {
        SshTunnel tunnel;
        const auto started = tunnel.start(labEndpoint(), {}, keyCredentials(),
                                          QStringLiteral("127.0.0.1"), lab().dbPort());
        QVERIFY(started.ok());
        const quint16 port = *started;
        std::atomic<int> failures{0};
        std::atomic<int> open{0};
        QStringList errors(2);
        auto client = [&](int index) {
            const QString name = QStringLiteral("tunnel-concurrent-%1").arg(index);
            {
                QSqlDatabase db = openMetaDb(name, port);
                if (!db.isOpen()) {
                    errors[index] = db.lastError().text();
                    ++failures;
                } else {
                    ++open;
                    // Alternate small queries and a 4 MB result (several SSH windows) so that
                    // both channels are busy at the same time.
                    for (int i = 0; i < 20 && failures == 0; ++i) {
                        QSqlQuery query(db);
                        const bool big = i % 5 == 0;
                        const QString sql =
                            big ? QStringLiteral("SELECT REPEAT('%1', 4000000)").arg(index)
                                : QStringLiteral("SELECT %1 + %2").arg(index).arg(i);
                        if (!query.exec(sql) || !query.next()) {
                            errors[index] = query.lastError().text();
                            ++failures;
                            break;
                        }
                        const bool right = big ? query.value(0).toByteArray() ==
                                                     QByteArray(4000000, char('0' + index))
                                               : query.value(0).toInt() == index + i;
                        if (!right) {
                            errors[index] = QStringLiteral("wrong result for ") + sql;
                            ++failures;
                        }
                    }
                }
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        };
        std::thread first(client, 0);
        std::thread second(client, 1);
        first.join();
        second.join();
        QVERIFY2(failures == 0, qPrintable(errors.join(QStringLiteral(" | "))));
        QCOMPARE(open.load(), 2);
        QVERIFY(tunnel.lastError().isEmpty());
    }

    void stopClosesCleanly()
    {
        SshTunnel tunnel;
        const auto started = tunnel.start(labEndpoint(), {}, keyCredentials(),
                                          QStringLiteral("127.0.0.1"), lab().dbPort());
        QVERIFY(started.ok());
        QSqlDatabase db = openMetaDb(QStringLiteral("tunnel-stop"), *started);
        QVERIFY(db.isOpen());
        QElapsedTimer clock;
        clock.start();
        tunnel.stop();
        QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(!tunnel.isRunning());
        QCOMPARE(tunnel.localPort(), quint16(0));
        // The open connection is cut, and nobody listens any more.
        QSqlQuery query(db);
        QVERIFY(!query.exec(QStringLiteral("SELECT 1")));
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("tunnel-stop"));
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, *started);
        QVERIFY(!probe.waitForConnected(2000));
        // Stopping twice, and destroying a stopped tunnel, are fine.
        tunnel.stop();
    }

    void refusedTargetIsReported()
    {
        quint16 closed = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            closed = probe.serverPort();
        }
        SshTunnel tunnel;
        const auto started =
            tunnel.start(labEndpoint(), {}, keyCredentials(), QStringLiteral("127.0.0.1"), closed);
        QVERIFY(started.ok()); // listening; the target is only tried per connection
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, *started);
        QVERIFY(client.waitForConnected(2000));
        // The tunnel closes our connection when the host cannot reach the target.
        QVERIFY(client.state() == QAbstractSocket::UnconnectedState ||
                client.waitForDisconnected(5000));
        QTRY_VERIFY_WITH_TIMEOUT(!tunnel.lastError().isEmpty(), 5000);
        QVERIFY2(tunnel.lastError().contains(QString::number(closed)),
                 qPrintable(tunnel.lastError()));
        // It keeps serving.
        QVERIFY(tunnel.isRunning());
    }

    // sshd drops a client that answers no ClientAlive request for ClientAliveCountMax rounds
    // (lab: 4 x 30 s); an idle tunnel must answer them. Slow: OMSUA_SLOW_TESTS=1.
    void idleTunnelSurvivesClientAliveChecks()
    {
        if (qEnvironmentVariableIntValue("OMSUA_SLOW_TESTS") != 1)
            QSKIP("set OMSUA_SLOW_TESTS=1 to idle a tunnel for 160 s");
        SshTunnel tunnel;
        SshEndpoint endpoint = labEndpoint();
        endpoint.keepaliveSeconds = 0; // only the answers to sshd's requests keep it alive
        const auto started = tunnel.start(endpoint, {}, keyCredentials(),
                                          QStringLiteral("127.0.0.1"), lab().dbPort());
        QVERIFY(started.ok());
        QTest::qWait(160 * 1000);
        {
            QSqlDatabase db = openMetaDb(QStringLiteral("tunnel-idle"), *started);
            QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("SELECT 1")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tunnel-idle"));
        QVERIFY2(tunnel.lastError().isEmpty(), qPrintable(tunnel.lastError()));
    }

    void failedAuthenticationFailsStart()
    {
        SshTunnel tunnel;
        SshCredentials credentials;
        credentials.user = lab().sshUser();
        credentials.password = QStringLiteral("wrong");
        credentials.useAgent = false;
        const auto started = tunnel.start(labEndpoint(), {}, credentials,
                                          QStringLiteral("127.0.0.1"), lab().dbPort());
        QVERIFY(!started.ok());
        QVERIFY2(started.error().message.contains(QStringLiteral("Authentication failed")),
                 qPrintable(started.error().message));
        QVERIFY(!tunnel.isRunning());
        QCOMPARE(tunnel.localPort(), quint16(0));
    }
};

QTEST_GUILESS_MAIN(TestTunnel)
#include "tst_tunnel.moc"
