#include "plan/Plan.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using omsua::plan::Plan;

class TestPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesTheDocumentedExample();
    void rejectsBadInput_data();
    void rejectsBadInput();
    void resolvesLocalPaths();
    void roundTripsThroughYaml();
    void controlCharactersRoundTrip();
    void savesPrivately();
};

static const char* const kDesignExample = R"(
ssh: {host: 10.0.0.2, port: 22, user: admin, identity_file: ~/.ssh/id_ed25519,
      known_hosts: ~/.ssh/known_hosts, docker: auto}      # docker: auto | docker | sudo docker
oms: {container: oms_330, target_image: oceanbase/oms:feature_3.3.1_ce,
      new_container: oms_331, host_ip: 10.0.0.2, https_cert: null, https_key: null,
      image_tarball: null, run_flags: [--privileged=true, --pids-limit, "-1",
      --ulimit, "nproc=65535:65535"]}
metadb: {host: null, port: null, user: null, tunnel: auto}  # null: from config.yaml
backup: {directory: /home/admin/oms-upgrade-backups}
ha: {apply: metadb, perceive_store_client_checkpoint: false, refetch_margin_min: 30}
)";

void TestPlan::parsesTheDocumentedExample()
{
    const auto plan = Plan::fromYaml(kDesignExample, QStringLiteral("/plans/p.yaml"));
    QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().toString()));
    QCOMPARE(plan->ssh.host, QStringLiteral("10.0.0.2"));
    QCOMPARE(plan->ssh.port, quint16(22));
    QCOMPARE(plan->ssh.user, QStringLiteral("admin"));
    QCOMPARE(plan->ssh.identityFile, QDir::homePath() + QStringLiteral("/.ssh/id_ed25519"));
    QCOMPARE(omsua::plan::toString(plan->ssh.docker),
             omsua::plan::toString(omsua::plan::DockerAccess::Auto));
    QCOMPARE(plan->oms.container, QStringLiteral("oms_330"));
    QCOMPARE(plan->oms.targetImage, QStringLiteral("oceanbase/oms:feature_3.3.1_ce"));
    QCOMPARE(plan->oms.newContainer, QStringLiteral("oms_331"));
    QVERIFY(plan->oms.httpsCert.isEmpty());
    QCOMPARE(plan->oms.runFlags,
             (QStringList{QStringLiteral("--privileged=true"), QStringLiteral("--pids-limit"),
                          QStringLiteral("-1"), QStringLiteral("--ulimit"),
                          QStringLiteral("nproc=65535:65535")}));
    QVERIFY(plan->metadb.host.isEmpty());
    QVERIFY(!plan->metadb.port.has_value());
    QCOMPARE(omsua::plan::toString(plan->metadb.tunnel),
             omsua::plan::toString(omsua::plan::TunnelMode::Auto));
    QCOMPARE(plan->backup.directory, QStringLiteral("/home/admin/oms-upgrade-backups"));
    QCOMPARE(omsua::plan::toString(plan->ha.apply),
             omsua::plan::toString(omsua::plan::HaApply::MetaDb));
    QCOMPARE(plan->ha.refetchMarginMin, 30);
}

void TestPlan::rejectsBadInput_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("mentions");
    const QByteArray base = "oms: {container: oms_330}\n";
    QTest::newRow("syntax") << QByteArray("ssh: {host: [unclosed\n")
                            << QStringLiteral("syntax error at line");
    QTest::newRow("not a map") << QByteArray("- a\n- b\n") << QStringLiteral("mapping");
    QTest::newRow("unknown section") << QByteArray("shh: {host: a}\n") << QStringLiteral("shh");
    QTest::newRow("typo key") << QByteArray("ssh: {hots: a, user: u}\n" + base)
                              << QStringLiteral("ssh.hots");
    QTest::newRow("no host") << QByteArray("ssh: {user: u}\n" + base) << QStringLiteral("ssh.host");
    QTest::newRow("no user") << QByteArray("ssh: {host: h}\n" + base) << QStringLiteral("ssh.user");
    QTest::newRow("bad port") << QByteArray("ssh: {host: h, user: u, port: 70000}\n" + base)
                              << QStringLiteral("ssh.port");
    QTest::newRow("port text") << QByteArray("ssh: {host: h, user: u, port: twenty}\n" + base)
                               << QStringLiteral("ssh.port");
    QTest::newRow("docker mode") << QByteArray("ssh: {host: h, user: u, docker: podman}\n" + base)
                                 << QStringLiteral("ssh.docker");
    QTest::newRow("no container") << QByteArray("ssh: {host: h, user: u}\noms: {}\n")
                                  << QStringLiteral("oms.container");
    QTest::newRow("flags not list")
        << QByteArray("ssh: {host: h, user: u}\noms: {container: c, run_flags: --x}\n")
        << QStringLiteral("oms.run_flags");
    QTest::newRow("relative backup dir")
        << QByteArray("ssh: {host: h, user: u}\n" + base + "backup: {directory: backups}\n")
        << QStringLiteral("backup.directory");
    QTest::newRow("ha apply") << QByteArray("ssh: {host: h, user: u}\n" + base +
                                            "ha: {apply: web}\n")
                              << QStringLiteral("ha.apply");
    QTest::newRow("margin negative")
        << QByteArray("ssh: {host: h, user: u}\n" + base + "ha: {refetch_margin_min: -5}\n")
        << QStringLiteral("ha.refetch_margin_min");
    QTest::newRow("bool") << QByteArray("ssh: {host: h, user: u}\n" + base +
                                        "ha: {perceive_store_client_checkpoint: maybe}\n")
                          << QStringLiteral("perceive_store_client_checkpoint");
    QTest::newRow("tunnel") << QByteArray("ssh: {host: h, user: u}\n" + base +
                                          "metadb: {tunnel: sometimes}\n")
                            << QStringLiteral("metadb.tunnel");
}

void TestPlan::rejectsBadInput()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, mentions);
    const auto plan = Plan::fromYaml(yaml, QStringLiteral("/plans/bad.yaml"));
    QVERIFY(!plan.ok());
    QVERIFY2(plan.error().toString().contains(mentions), qPrintable(plan.error().toString()));
    QCOMPARE(plan.error().where, QStringLiteral("/plans/bad.yaml"));
}

void TestPlan::resolvesLocalPaths()
{
    const auto plan = Plan::fromYaml("ssh: {host: h, user: u, identity_file: keys/id, "
                                     "known_hosts: /etc/kh}\noms: {container: c}\n",
                                     QStringLiteral("/plans/site/p.yaml"));
    QVERIFY(plan.ok());
    QCOMPARE(plan->ssh.identityFile, QStringLiteral("/plans/site/keys/id"));
    QCOMPARE(plan->ssh.knownHosts, QStringLiteral("/etc/kh"));
}

void TestPlan::roundTripsThroughYaml()
{
    auto plan = Plan::fromYaml(kDesignExample, QStringLiteral("/plans/p.yaml"));
    QVERIFY(plan.ok());
    plan->ssh.docker = omsua::plan::DockerAccess::SudoDocker;
    plan->metadb.port = 2883;
    plan->metadb.tunnel = omsua::plan::TunnelMode::Always;
    plan->ha.apply = omsua::plan::HaApply::Console;
    plan->oms.runFlags.append(QStringLiteral("--label=a b \"c\""));
    const auto again = Plan::fromYaml(plan->toYaml(), QStringLiteral("/plans/p.yaml"));
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().toString()));
    QCOMPARE(again->toYaml(), plan->toYaml());
    QCOMPARE(omsua::plan::toString(again->ssh.docker),
             omsua::plan::toString(omsua::plan::DockerAccess::SudoDocker));
    QCOMPARE(again->metadb.port.value_or(0), quint16(2883));
    QCOMPARE(again->oms.runFlags, plan->oms.runFlags);
}

// yaml-cpp writes a lone carriage return in a plain scalar, where it does not read back the
// same (found by tests/fuzz/fuzz_plan): such values are written double-quoted.
void TestPlan::controlCharactersRoundTrip()
{
    auto plan = Plan::fromYaml(kDesignExample, QStringLiteral("/plans/p.yaml"));
    QVERIFY(plan.ok());
    plan->ssh.user = QStringLiteral("admin\r");
    plan->oms.httpsKey = QStringLiteral("null\r\r");
    plan->oms.container = QStringLiteral("oms\t330");
    plan->backup.directory = QStringLiteral("/data/\x7f");
    const QByteArray saved = plan->toYaml();
    const auto again = Plan::fromYaml(saved, QStringLiteral("/plans/p.yaml"));
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().toString()));
    QCOMPARE(again->ssh.user, plan->ssh.user);
    QCOMPARE(again->oms.httpsKey, plan->oms.httpsKey);
    QCOMPARE(again->oms.container, plan->oms.container);
    QCOMPARE(again->backup.directory, plan->backup.directory);
    QCOMPARE(again->toYaml(), saved);
    // Ordinary values stay plain, as a person would write them.
    QVERIFY(saved.contains("host: 10.0.0.2\n"));
}

void TestPlan::savesPrivately()
{
    QTemporaryDir dir;
    const auto plan = Plan::fromYaml(kDesignExample, QString());
    QVERIFY(plan.ok());
    const QString path = dir.filePath(QStringLiteral("saved.yaml"));
    QVERIFY(plan->save(path).ok());
    const QFileDevice::Permissions mode = QFile::permissions(path);
    QVERIFY(mode.testFlag(QFileDevice::ReadOwner) && mode.testFlag(QFileDevice::WriteOwner));
    QVERIFY2(!(mode & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther |
                       QFileDevice::WriteOther)),
             "the plan file must be readable by its owner only");
    const auto loaded = Plan::load(path);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->oms.container, QStringLiteral("oms_330"));
    QVERIFY(!Plan::load(dir.filePath(QStringLiteral("missing.yaml"))).ok());
}

QTEST_GUILESS_MAIN(TestPlan)
#include "tst_plan.moc"
