// The whole upgrade 3.3.0 -> 3.3.1 through the command-line twin against the lab: the end state
// the procedure promises, the same end state after a kill -9 inside each step and a resume, and
// refusals that change nothing.
#include "LabEnvironment.h"
#include "LabState.h"
#include "backup/BackupSet.h"
#include "backup/BackupVerifier.h"
#include "docker/DockerCli.h"
#include "docker/MountComparison.h"
#include "metadb/MetaDbConnection.h"
#include "plan/Plan.h"
#include "upgrade/HostSession.h"
#include "upgrade/Journal.h"
#include "upgrade/JournalKeys.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace omsua;
using omsua::test::DatabaseSnapshot;
using omsua::test::LabEnvironment;
using omsua::test::LabState;

namespace {

const QString kOld = QStringLiteral("oms_330");
const QString kNew = QStringLiteral("oms_331");

// Every file under dir, concatenated (journals and logs), to look for secrets in.
QByteArray everythingUnder(const QString& dir)
{
    QByteArray all;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

} // namespace

class TestUpgrade : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void fullUpgradeByCli();
    void killedInsideAStepAndResumed_data();
    void killedInsideAStepAndResumed();
    void plannedMountMismatchIsRefusedAndChangesNothing();
    void untilStopsAndResumeContinues();

private:
    // Resets the lab and takes the "before" snapshot.
    void resetLab();
    // Asserts the state a finished upgrade must leave (QVERIFY inside: call through QVERIFY2
    // of the caller's result, or check QTest::currentTestFailed()).
    void verifyUpgraded(const QString& runId, const QString& dataDir);

    DatabaseSnapshot m_before;
    QString m_plan;
};

void TestUpgrade::initTestCase()
{
    OMSUA_REQUIRE_LAB();
    m_plan = LabEnvironment::instance().planFile();
}

void TestUpgrade::resetLab()
{
    QString error;
    QVERIFY2(LabEnvironment::reset(&error), qPrintable(error));
    LabState lab;
    QVERIFY2(lab.connect(&error), qPrintable(error));
    QVERIFY2(lab.snapshot(&m_before, &error), qPrintable(error));
    QVERIFY(m_before.heartbeatRows > 1); // the trim has something to do
}

void TestUpgrade::verifyUpgraded(const QString& runId, const QString& dataDir)
{
    QString error;
    LabState lab;
    QVERIFY2(lab.connect(&error), qPrintable(error));

    // One new container beside the old one: no side effect doubled.
    QCOMPARE(lab.containers(), (QStringList{kOld, kNew}));
    docker::DockerCli& docker = lab.host().docker();
    auto old = docker.inspectContainer(kOld);
    auto fresh = docker.inspectContainer(kNew);
    QVERIFY(old && fresh);
    QVERIFY(!old->state.running);
    QVERIFY(fresh->state.running);
    QCOMPARE(fresh->configImage, QStringLiteral("oms:feature_3.3.1_ce"));
    const auto mounts = docker::MountComparison::compare(old->bindMounts(), fresh->bindMounts());
    QVERIFY(mounts.ok);
    QCOMPARE(fresh->bindMounts().size(), old->bindMounts().size());
    QCOMPARE(fresh->env.value(QStringLiteral("IS_UPGRADE")), QStringLiteral("true"));
    QCOMPARE(fresh->env.value(QStringLiteral("OMS_HOST_IP")),
             old->env.value(QStringLiteral("OMS_HOST_IP")));

    // Schema migrated in place, every seeded row still there.
    QCOMPARE(
        lab.value(
               QStringLiteral("SELECT MAX(version) FROM `%1`.oms_schema_version").arg(lab.rmDb()))
            .toString(),
        QStringLiteral("3.3.1"));
    DatabaseSnapshot after;
    QVERIFY2(lab.snapshot(&after, &error), qPrintable(error));
    for (auto it = m_before.checksums.cbegin(); it != m_before.checksums.cend(); ++it) {
        const QString& table = it.key();
        QVERIFY2(after.checksums.contains(table), qPrintable(table + QStringLiteral(" is gone")));
        const qint64 rowsAfter = after.checksums.value(table).rows;
        if (table.endsWith(QLatin1String(".heatbeat_sequence"))) {
            // Only the newest row is left.
            QCOMPARE(rowsAfter, 1);
            QCOMPARE(after.heartbeatMaxId, m_before.heartbeatMaxId);
        } else if (table.endsWith(QLatin1String(".oms_schema_version"))) {
            QCOMPARE(rowsAfter, it->rows + 1);
        } else {
            QVERIFY2(rowsAfter == it->rows, qPrintable(table));
            // Tables the migration did not touch are byte for byte the same (ha.config changes).
            if (after.columns.value(table) == m_before.columns.value(table) &&
                !table.endsWith(QLatin1String(".oms_normal_config")))
                QVERIFY2(after.checksums.value(table).checksum == it->checksum, qPrintable(table));
        }
    }

    // The journal: every step done, T1 < T2, HA back on with at least the computed interval.
    auto journal = upgrade::Journal::load(dataDir + QStringLiteral("/runs/") + runId +
                                          QStringLiteral(".json"));
    QVERIFY2(journal, qPrintable(journal ? QString() : journal.error().toString()));
    QCOMPARE(journal->state(), QStringLiteral("done"));
    for (const upgrade::StepRecord& step : journal->steps())
        QVERIFY2(step.state == upgrade::StepState::Done ||
                     step.state == upgrade::StepState::Skipped,
                 qPrintable(step.id));
    const QDateTime t1 = journal->time(upgrade::keys::t1);
    const QDateTime t2 = journal->time(upgrade::keys::t2);
    QVERIFY(t1.isValid() && t2.isValid() && t1 < t2);
    QCOMPARE(t1, old->state.finishedAt);
    const int computed = int((t1.msecsTo(t2) + 59999) / 60000) + 30;
    const QJsonObject ha = lab.haConfig(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(ha.value(QStringLiteral("enable")).toBool(), true);
    QVERIFY(ha.value(QStringLiteral("refetchStoreIntervalMin")).toInt() >= computed);
    QCOMPARE(ha.value(QStringLiteral("refetchStoreIntervalMin")).toInt(),
             journal->facts()
                 .value(upgrade::keys::refetch)
                 .toObject()
                 .value(QStringLiteral("minutes"))
                 .toInt());
    // Keys the tool does not change are kept.
    QCOMPARE(ha.value(QStringLiteral("checkHostDownIntervalSec")).toInt(), 540);

    // One backup set, the run's, verifying, with the journal beside it.
    QCOMPARE(lab.backupSets(), QStringList{runId});
    auto set = backup::BackupSet::at(lab.host().plan().backup.directory, runId);
    QVERIFY(set);
    backup::BackupVerifier verifier(lab.host().runner());
    auto report = verifier.verify(*set);
    QVERIFY2(report && report->ok(),
             qPrintable(report ? report->summary() : report.error().toString()));
    const QJsonDocument hostJournal = QJsonDocument::fromJson(
        lab.hostShell(QStringLiteral("cat ") + set->filePath(upgrade::keys::hostJournalFile))
            .toUtf8());
    QCOMPARE(hostJournal.object().value(QStringLiteral("runId")).toString(), runId);
    QCOMPARE(hostJournal.object().value(QStringLiteral("state")).toString(),
             QStringLiteral("done"));

    // No password of the lab in the journal or the logs.
    const QByteArray written = everythingUnder(dataDir);
    QVERIFY(!written.isEmpty());
    for (const QString& secret :
         {LabEnvironment::instance().metaPassword(), LabEnvironment::instance().sshPassword()})
        QVERIFY2(!written.contains(secret.toUtf8()),
                 "a lab password was written to the data directory");
}

void TestUpgrade::fullUpgradeByCli()
{
    resetLab();
    QTemporaryDir data;
    const auto result = LabState::cli(
        {QStringLiteral("upgrade"), QStringLiteral("--plan"), m_plan, QStringLiteral("--yes")},
        data.path());
    QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
    QVERIFY(result.out.startsWith(QStringLiteral("run: ")));
    QVERIFY(result.out.contains(QStringLiteral("upgrade: done")));
    verifyUpgraded(result.runId, data.path());
}

void TestUpgrade::killedInsideAStepAndResumed_data()
{
    QTest::addColumn<QString>("point");
    // Seed steps 1-5: after each effect and inside each long operation.
    for (const char* point :
         {"disable_ha:after-act", "pretrim_heartbeat:during", "stop_old:after-act", "backup:during",
          "backup:after-act", "start_new:during", "start_new:after-act", "docker_init:during",
          "docker_init:after-act", "health:during", "enable_ha:after-act"})
        QTest::newRow(point) << QString::fromLatin1(point);
}

void TestUpgrade::killedInsideAStepAndResumed()
{
    QFETCH(QString, point);
    resetLab();
    QTemporaryDir data;
    const QStringList args{QStringLiteral("upgrade"), QStringLiteral("--plan"), m_plan,
                           QStringLiteral("--yes")};
    const auto killed =
        LabState::cli(args, data.path(), {QStringLiteral("OMSUA_FAULT_INJECT=") + point});
    QVERIFY2(killed.exitStatus == QProcess::CrashExit, qPrintable(killed.out + killed.err));
    QVERIFY(!killed.runId.isEmpty());

    // The journal on disk says where it was: the step is recorded as running.
    auto journal = upgrade::Journal::load(data.path() + QStringLiteral("/runs/") + killed.runId +
                                          QStringLiteral(".json"));
    QVERIFY(journal);
    QCOMPARE(upgrade::toString(journal->step(point.section(QLatin1Char(':'), 0, 0)).state),
             upgrade::toString(upgrade::StepState::Running));

    const auto resumed =
        LabState::cli(args + QStringList{QStringLiteral("--resume"), killed.runId}, data.path());
    QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.out + resumed.err));
    QCOMPARE(resumed.runId, killed.runId);
    verifyUpgraded(killed.runId, data.path());
}

void TestUpgrade::plannedMountMismatchIsRefusedAndChangesNothing()
{
    resetLab();
    QString error;
    LabState lab;
    QVERIFY2(lab.connect(&error), qPrintable(error));
    // A plan that would give the new container an HTTPS certificate the old one never had: the
    // binds would differ, so nothing may happen.
    auto plan = plan::Plan::load(m_plan);
    QVERIFY(plan);
    const QString home = lab.hostShell(QStringLiteral("printf %s \"$HOME\"")).trimmed();
    lab.hostShell(QStringLiteral("touch ~/tst-cert.crt ~/tst-cert.key"));
    plan->oms.httpsCert = home + QStringLiteral("/tst-cert.crt");
    plan->oms.httpsKey = home + QStringLiteral("/tst-cert.key");
    QTemporaryDir data;
    const QString planFile = data.filePath(QStringLiteral("plan.yaml"));
    QVERIFY(plan->save(planFile));

    const auto result = LabState::cli(
        {QStringLiteral("upgrade"), QStringLiteral("--plan"), planFile, QStringLiteral("--yes")},
        data.path());
    lab.hostShell(QStringLiteral("rm -f ~/tst-cert.crt ~/tst-cert.key"));
    QVERIFY2(result.exitCode == 3, qPrintable(result.out + result.err));
    QVERIFY2(result.err.contains(QStringLiteral("/etc/pki/nginx/oms_server.crt")),
             qPrintable(result.err));

    // Nothing changed: HA still on, the old container running alone, no backup, same data.
    QCOMPARE(lab.haConfig().value(QStringLiteral("enable")).toBool(), true);
    QCOMPARE(lab.containers(), QStringList{kOld});
    auto old = lab.host().docker().inspectContainer(kOld);
    QVERIFY(old && old->state.running);
    QVERIFY(lab.backupSets().isEmpty());
    DatabaseSnapshot after;
    QVERIFY2(lab.snapshot(&after, &error), qPrintable(error));
    QCOMPARE(after.checksums, m_before.checksums);
}

void TestUpgrade::untilStopsAndResumeContinues()
{
    resetLab();
    QTemporaryDir data;
    const QStringList args{QStringLiteral("upgrade"), QStringLiteral("--plan"), m_plan,
                           QStringLiteral("--yes")};
    const auto paused = LabState::cli(
        args + QStringList{QStringLiteral("--until"), QStringLiteral("backup")}, data.path());
    QVERIFY2(paused.exitCode == 0, qPrintable(paused.out + paused.err));
    QVERIFY(paused.out.contains(QStringLiteral("paused after backup")));
    QString error;
    {
        LabState lab;
        QVERIFY2(lab.connect(&error), qPrintable(error));
        QCOMPARE(lab.containers(), QStringList{kOld}); // stopped, nothing new yet
        QCOMPARE(lab.backupSets(), QStringList{paused.runId});
    }
    // Another plan file with other contents may not continue this run.
    QTemporaryDir other;
    auto plan = plan::Plan::load(m_plan);
    QVERIFY(plan);
    plan->oms.newContainer = QStringLiteral("oms_other");
    const QString otherPlan = other.filePath(QStringLiteral("plan.yaml"));
    QVERIFY(plan->save(otherPlan));
    const auto wrongPlan =
        LabState::cli({QStringLiteral("upgrade"), QStringLiteral("--plan"), otherPlan,
                       QStringLiteral("--yes"), QStringLiteral("--resume"), paused.runId},
                      data.path());
    QCOMPARE(wrongPlan.exitCode, 2);
    QVERIFY(wrongPlan.err.contains(QStringLiteral("plan differs")));

    const auto resumed =
        LabState::cli(args + QStringList{QStringLiteral("--resume"), paused.runId}, data.path());
    QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.out + resumed.err));
    verifyUpgraded(paused.runId, data.path());
}

QTEST_GUILESS_MAIN(TestUpgrade)
#include "tst_upgrade.moc"
