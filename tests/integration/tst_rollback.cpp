// Rollback through the command-line twin against the lab: after a full upgrade the databases
// come back exactly as they were dumped, the old container runs its old image and HA is on
// again; a damaged backup set refuses the rollback before any DROP; a kill -9 in the middle of
// the restore is continued by running the same command again; reports of real runs hold no
// password.
#include "LabEnvironment.h"
#include "LabState.h"
#include "docker/DockerCli.h"
#include "upgrade/HostSession.h"
#include "upgrade/Journal.h"
#include "upgrade/JournalKeys.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace omsua;
using omsua::test::DatabaseSnapshot;
using omsua::test::LabEnvironment;
using omsua::test::LabState;

class TestRollback : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void upgradeThenRollback();
    void damagedSetIsRefusedBeforeAnyDrop_data();
    void damagedSetIsRefusedBeforeAnyDrop();
    void killedDuringRestoreThenContinued();

private:
    // Resets the lab, snapshots it, upgrades by CLI; returns the upgrade's run id.
    QString upgraded(const QString& dataDir);
    void verifyRolledBack(const QString& rollbackRunId, const QString& dataDir);

    DatabaseSnapshot m_before;
    QString m_plan;
};

void TestRollback::initTestCase()
{
    OMSUA_REQUIRE_LAB();
    m_plan = LabEnvironment::instance().planFile();
}

QString TestRollback::upgraded(const QString& dataDir)
{
    QString error;
    if (!LabEnvironment::reset(&error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    LabState lab;
    if (!lab.connect(&error) || !lab.snapshot(&m_before, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    const auto result = LabState::cli(
        {QStringLiteral("upgrade"), QStringLiteral("--plan"), m_plan, QStringLiteral("--yes")},
        dataDir);
    if (result.exitCode != 0) {
        qWarning("%s", qPrintable(result.out + result.err));
        return {};
    }
    return result.runId;
}

void TestRollback::verifyRolledBack(const QString& rollbackRunId, const QString& dataDir)
{
    QString error;
    LabState lab;
    QVERIFY2(lab.connect(&error), qPrintable(error));
    auto old = lab.host().docker().inspectContainer(QStringLiteral("oms_330"));
    auto fresh = lab.host().docker().inspectContainer(QStringLiteral("oms_331"));
    QVERIFY(old && fresh);
    QVERIFY(old->state.running);
    QCOMPARE(old->configImage, QStringLiteral("oms:feature_3.3.0_ce"));
    QVERIFY(!fresh->state.running);

    // Every table as before the upgrade, except what the procedure itself changes before the
    // dump: the heartbeat trimmed to its newest row and ha.config.
    DatabaseSnapshot after;
    QVERIFY2(lab.snapshot(&after, &error), qPrintable(error));
    QCOMPARE(after.checksums.keys(), m_before.checksums.keys());
    QCOMPARE(after.columns, m_before.columns);
    for (auto it = m_before.checksums.cbegin(); it != m_before.checksums.cend(); ++it) {
        if (it.key().endsWith(QLatin1String(".heatbeat_sequence"))) {
            QCOMPARE(after.heartbeatRows, 1);
            QCOMPARE(after.heartbeatMaxId, m_before.heartbeatMaxId);
        } else if (it.key().endsWith(QLatin1String(".oms_normal_config"))) {
            QCOMPARE(after.checksums.value(it.key()).rows, it->rows);
        } else {
            QVERIFY2(after.checksums.value(it.key()) == it.value(), qPrintable(it.key()));
        }
    }
    QCOMPARE(
        lab.value(
               QStringLiteral("SELECT MAX(version) FROM `%1`.oms_schema_version").arg(lab.rmDb()))
            .toString(),
        QStringLiteral("3.3.0"));

    auto journal = upgrade::Journal::load(dataDir + QStringLiteral("/runs/") + rollbackRunId +
                                          QStringLiteral(".json"));
    QVERIFY(journal);
    QCOMPARE(journal->kind(), QStringLiteral("rollback"));
    QCOMPARE(journal->state(), QStringLiteral("done"));
    const QDateTime t1 = journal->time(upgrade::keys::t1);
    const QDateTime t3 = journal->time(upgrade::keys::t3);
    const QDateTime t2 = journal->time(upgrade::keys::t2);
    QVERIFY(t1.isValid() && t3.isValid() && t1 < t3 && t3 < t2);
    // HA on again with refetchStoreIntervalMin over T1 -> now (+ margin 30).
    const QJsonObject ha = lab.haConfig();
    QCOMPARE(ha.value(QStringLiteral("enable")).toBool(), true);
    QVERIFY(ha.value(QStringLiteral("refetchStoreIntervalMin")).toInt() >=
            int((t1.msecsTo(t2) + 59999) / 60000) + 30);
    QVERIFY(!journal->facts().value(upgrade::keys::manualFollowUps).toArray().isEmpty());
}

void TestRollback::upgradeThenRollback()
{
    QTemporaryDir data;
    const QString upgradeRun = upgraded(data.path());
    QVERIFY(!upgradeRun.isEmpty());
    const auto result =
        LabState::cli({QStringLiteral("rollback"), QStringLiteral("--plan"), m_plan,
                       QStringLiteral("--run"), upgradeRun, QStringLiteral("--yes")},
                      data.path());
    QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
    QVERIFY(result.out.contains(QStringLiteral("JDBCWriter")));
    verifyRolledBack(result.runId, data.path());

    // Reports of both real runs, every format: no password of the lab in any of them.
    for (const QString& run : {upgradeRun, result.runId}) {
        for (const QString& format : {QStringLiteral("json"), QStringLiteral("html"),
                                      QStringLiteral("md"), QStringLiteral("pdf")}) {
            const QString file = data.filePath(run + QLatin1Char('.') + format);
            const auto report = LabState::cli({QStringLiteral("report"), QStringLiteral("--run"),
                                               run, QStringLiteral("--format"), format,
                                               QStringLiteral("--output"), file},
                                              data.path());
            QVERIFY2(report.exitCode == 0, qPrintable(report.out + report.err));
            QFile written(file);
            QVERIFY(written.open(QIODevice::ReadOnly));
            const QByteArray bytes = written.readAll();
            QVERIFY(bytes.size() > 500);
            for (const QString& secret : {LabEnvironment::instance().metaPassword(),
                                          LabEnvironment::instance().sshPassword()})
                QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(file));
            if (format == QLatin1String("json")) {
                const QJsonDocument doc = QJsonDocument::fromJson(bytes);
                QVERIFY(doc.isObject());
            }
        }
    }
}

void TestRollback::damagedSetIsRefusedBeforeAnyDrop_data()
{
    QTest::addColumn<QString>("damage"); // a shell command run inside the set's directory
    QTest::addColumn<QString>("named");  // the file the refusal must name
    QTest::newRow("trailer cut") << QStringLiteral("truncate -s -40 cm_330.sql")
                                 << QStringLiteral("cm_330.sql");
    QTest::newRow("one byte changed")
        << QStringLiteral("printf X | dd of=rm_330.sql bs=1 seek=2000 conv=notrunc 2>/dev/null")
        << QStringLiteral("rm_330.sql");
}

void TestRollback::damagedSetIsRefusedBeforeAnyDrop()
{
    QFETCH(QString, damage);
    QFETCH(QString, named);
    QTemporaryDir data;
    const QString upgradeRun = upgraded(data.path());
    QVERIFY(!upgradeRun.isEmpty());
    QString error;
    LabState lab;
    QVERIFY2(lab.connect(&error), qPrintable(error));
    int status = -1;
    lab.hostShell(QStringLiteral("cd ~/oms-upgrade-backups/%1 && %2").arg(upgradeRun, damage),
                  &status);
    QCOMPARE(status, 0);
    DatabaseSnapshot upgradedState;
    QVERIFY2(lab.snapshot(&upgradedState, &error), qPrintable(error));
    const QJsonObject haBefore = lab.haConfig();

    const auto result =
        LabState::cli({QStringLiteral("rollback"), QStringLiteral("--plan"), m_plan,
                       QStringLiteral("--run"), upgradeRun, QStringLiteral("--yes")},
                      data.path());
    QVERIFY2(result.exitCode == 3, qPrintable(result.out + result.err));
    QVERIFY2(result.err.contains(named), qPrintable(result.err));
    // Nothing dropped, nothing stopped, HA untouched.
    DatabaseSnapshot after;
    QVERIFY2(lab.snapshot(&after, &error), qPrintable(error));
    QCOMPARE(after.checksums, upgradedState.checksums);
    QCOMPARE(lab.haConfig(), haBefore);
    auto fresh = lab.host().docker().inspectContainer(QStringLiteral("oms_331"));
    QVERIFY(fresh && fresh->state.running);
}

void TestRollback::killedDuringRestoreThenContinued()
{
    QTemporaryDir data;
    const QString upgradeRun = upgraded(data.path());
    QVERIFY(!upgradeRun.isEmpty());
    const QStringList args{QStringLiteral("rollback"),
                           QStringLiteral("--plan"),
                           m_plan,
                           QStringLiteral("--run"),
                           upgradeRun,
                           QStringLiteral("--yes")};
    const auto killed =
        LabState::cli(args, data.path(), {QStringLiteral("OMSUA_FAULT_INJECT=restore:during")});
    QVERIFY2(killed.exitStatus == QProcess::CrashExit, qPrintable(killed.out + killed.err));
    const auto continued = LabState::cli(args, data.path());
    QVERIFY2(continued.exitCode == 0, qPrintable(continued.out + continued.err));
    // The same rollback run, continued rather than started twice.
    QCOMPARE(continued.runId, killed.runId);
    QVERIFY(continued.out.contains(QStringLiteral("restored again")));
    verifyRolledBack(continued.runId, data.path());
}

QTEST_GUILESS_MAIN(TestRollback)
#include "tst_rollback.moc"
