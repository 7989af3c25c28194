#include "LabEnvironment.h"
#include "docker/DockerCli.h"
#include "docker/ImageReference.h"
#include "docker/MountComparison.h"
#include "remote/LocalCommandRunner.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <memory>

using namespace omsua;
using namespace omsua::docker;
using omsua::test::LabEnvironment;

namespace {

const QString kOldImage = QStringLiteral("oms:feature_3.3.0_ce");
const QString kNewImage = QStringLiteral("oms:feature_3.3.1_ce");

QString labDockerHost()
{
    const LabEnvironment& lab = LabEnvironment::instance();
    return lab.value(QStringLiteral("LAB_DOCKER_HOST"),
                     QStringLiteral("unix://") + lab.labDir() + QStringLiteral("/run/docker.sock"));
}

// The one place that decides how commands reach the lab's Docker. For now a local process with
// DOCKER_HOST set; the lead switches this to an SshCommandRunner (`sudo -n docker` over SSH)
// once feat/ssh is merged - nothing else in this file depends on the transport.
std::unique_ptr<remote::CommandRunner> makeRunner()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DOCKER_HOST"), labDockerHost());
    return std::make_unique<remote::LocalCommandRunner>(env);
}

DockerMode labDockerMode()
{
    return DockerMode::Docker;
}

} // namespace

class TestDocker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void serverVersion();
    void inspectOldContainer();
    void existence();
    void listings();
    void throwawayContainerCycle();
    void mountComparisonOfOldContainer();
    void errorsFromTheRealEngine();

private:
    QString labPath(const QString& relative) const
    {
        return LabEnvironment::instance().labDir() + relative;
    }
    void removeOwnContainers();
    QString logsOf(const QString& name, int tail)
    {
        auto logs = m_docker->logs(name, tail);
        return logs.ok() ? *logs : QString();
    }

    std::unique_ptr<remote::CommandRunner> m_runner;
    std::unique_ptr<DockerCli> m_docker;
    QString m_oldContainer;
    QString m_testName;
    QString m_renamed;
};

void TestDocker::initTestCase()
{
    OMSUA_REQUIRE_LAB();
    m_oldContainer = LabEnvironment::instance().value(QStringLiteral("LAB_CONTAINER"),
                                                      QStringLiteral("oms_330"));
    m_testName = QStringLiteral("omsua_test_%1").arg(QCoreApplication::applicationPid());
    m_renamed = m_testName + QStringLiteral("_renamed");
    m_runner = makeRunner();
    m_docker = std::make_unique<DockerCli>(*m_runner, labDockerMode());
    auto version = m_docker->detect();
    QVERIFY2(version.ok(), qPrintable(version.ok() ? QString() : version.error().toString()));
    removeOwnContainers(); // left over by an aborted earlier run with the same pid
}

void TestDocker::cleanupTestCase()
{
    if (m_docker)
        removeOwnContainers();
}

void TestDocker::removeOwnContainers()
{
    // Only the names this test made up; never the lab's containers.
    for (const QString& name : {m_testName, m_renamed}) {
        auto exists = m_docker->containerExists(name);
        if (exists.ok() && *exists)
            (void)m_docker->remove(name, true);
    }
}

void TestDocker::serverVersion()
{
    auto version = m_docker->serverVersion();
    QVERIFY(version.ok());
    QVERIFY2(version->startsWith(QStringLiteral("20.")) || version->at(0).isDigit(),
             qPrintable(*version));
    QCOMPARE(m_docker->prefix(), QStringList{QStringLiteral("docker")});
}

void TestDocker::inspectOldContainer()
{
    auto info = m_docker->inspectContainer(m_oldContainer);
    QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().toString()));
    QCOMPARE(info->name, m_oldContainer);
    QVERIFY(info->state.running);
    QCOMPARE(info->state.status, QStringLiteral("running"));
    QVERIFY(info->state.startedAt.isValid());
    QVERIFY(info->state.startedAt <= QDateTime::currentDateTimeUtc().addSecs(5));
    QCOMPARE(info->configImage, kOldImage);
    QVERIFY(info->imageId.startsWith(QStringLiteral("sha256:")));
    QCOMPARE(info->networkMode, QStringLiteral("host"));
    QVERIFY(info->env.contains(QStringLiteral("OMS_HOST_IP")));
    QVERIFY(!info->env.value(QStringLiteral("OMS_HOST_IP")).isEmpty());
    QVERIFY(!info->raw.isEmpty());

    // The documented four mounts, from the lab's host side.
    const QString configYaml = LabEnvironment::instance().value(
        QStringLiteral("LAB_CONFIG_YAML"), labPath(QStringLiteral("/host/data/config.yaml")));
    BindMounts expected{
        BindMount{configYaml, QStringLiteral("/home/admin/conf/config.yaml"), false, {}},
        BindMount{labPath(QStringLiteral("/host/data/oms/oms_logs")),
                  QStringLiteral("/home/admin/logs"),
                  false,
                  {}},
        BindMount{labPath(QStringLiteral("/host/data/oms/oms_store")),
                  QStringLiteral("/home/ds/store"),
                  false,
                  {}},
        BindMount{labPath(QStringLiteral("/host/data/oms/oms_run")),
                  QStringLiteral("/home/ds/run"),
                  false,
                  {}},
    };
    // Docker keeps the order they were given in, which the lab does not promise: compare sets.
    BindMounts actual = info->binds;
    const auto byContainerPath = [](const BindMount& a, const BindMount& b) {
        return a.containerPath < b.containerPath;
    };
    std::sort(actual.begin(), actual.end(), byContainerPath);
    std::sort(expected.begin(), expected.end(), byContainerPath);
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(actual.at(i).containerPath, expected.at(i).containerPath);
        QCOMPARE(actual.at(i).hostPath, expected.at(i).hostPath);
        QCOMPARE(actual.at(i).readOnly, expected.at(i).readOnly);
    }
    const MountComparisonResult same = MountComparison::compare(info->bindMounts(), expected);
    QVERIFY(same.ok);

    auto version = imageTagVersion(info->configImage);
    QVERIFY(version.ok());
    QCOMPARE(*version, QVersionNumber(3, 3, 0));
}

void TestDocker::existence()
{
    auto old = m_docker->containerExists(m_oldContainer);
    QVERIFY(old.ok());
    QVERIFY(*old);
    auto missing = m_docker->containerExists(
        QStringLiteral("omsua_no_such_%1").arg(QCoreApplication::applicationPid()));
    QVERIFY2(missing.ok(), qPrintable(missing.ok() ? QString() : missing.error().toString()));
    QVERIFY(!*missing);

    for (const QString& image : {kOldImage, kNewImage}) {
        auto exists = m_docker->imageExists(image);
        QVERIFY2(exists.ok(), qPrintable(exists.ok() ? QString() : exists.error().toString()));
        QVERIFY2(*exists, qPrintable(image));
        auto id = m_docker->imageId(image);
        QVERIFY(id.ok());
        QVERIFY(id->startsWith(QStringLiteral("sha256:")));
    }
    auto absent = m_docker->imageExists(QStringLiteral("oms:feature_9.9.9_ce"));
    QVERIFY2(absent.ok(), qPrintable(absent.ok() ? QString() : absent.error().toString()));
    QVERIFY(!*absent);
    // The old container runs the old image.
    auto info = m_docker->inspectContainer(m_oldContainer);
    QVERIFY(info.ok());
    QCOMPARE(*m_docker->imageId(kOldImage), info->imageId);
}

void TestDocker::listings()
{
    auto containers = m_docker->listContainers();
    QVERIFY2(containers.ok(),
             qPrintable(containers.ok() ? QString() : containers.error().toString()));
    bool found = false;
    for (const ContainerSummary& c : std::as_const(*containers)) {
        if (c.names == m_oldContainer) {
            found = true;
            QCOMPARE(c.state, QStringLiteral("running"));
            QCOMPARE(c.image, kOldImage);
            QCOMPARE(c.id.size(), 64);
        }
    }
    QVERIFY(found);

    auto images = m_docker->listImages();
    QVERIFY(images.ok());
    QStringList references;
    for (const ImageSummary& image : std::as_const(*images))
        references.append(image.reference());
    QVERIFY2(references.contains(kOldImage), qPrintable(references.join(QLatin1Char(','))));
    QVERIFY(references.contains(kNewImage));
}

void TestDocker::throwawayContainerCycle()
{
    // A container of our own: another name, no network, our own entrypoint; oms_330 untouched.
    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/omsua docker 'bind' XXXXXX"));
    QVERIFY(dir.isValid());
    {
        QFile file(dir.filePath(QStringLiteral("note.txt")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("from the host\n");
    }
    const QString hostile =
        QStringLiteral("it's \"quoted\" $HOME; `id` \\ $(touch /tmp/omsua-pwned)");
    RunSpec spec;
    spec.name = m_testName;
    spec.image = kOldImage;
    spec.networkHost = false;
    spec.interactive = false;
    spec.tty = false;
    spec.binds.append(BindMount{dir.path(), QStringLiteral("/mnt/omsua"), true, {}});
    spec.setEnv(QStringLiteral("OMSUA_TEST_VALUE"), hostile);
    spec.extraFlags = {QStringLiteral("--network"), QStringLiteral("none"),
                       QStringLiteral("--entrypoint"), QStringLiteral("/bin/sh")};
    spec.command = {QStringLiteral("-c"),
                    QStringLiteral("trap 'echo omsua-stopping; exit 0' TERM; echo omsua-started; "
                                   "while :; do sleep 1; done")};

    const QDateTime beforeRun = QDateTime::currentDateTimeUtc().addSecs(-2);
    auto id = m_docker->run(spec);
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().toString()));
    QCOMPARE(id->size(), 64);

    auto info = m_docker->inspectContainer(m_testName);
    QVERIFY(info.ok());
    QCOMPARE(info->id, *id);
    QVERIFY(info->state.running);
    QVERIFY(info->state.startedAt >= beforeRun);
    QCOMPARE(info->env.value(QStringLiteral("OMSUA_TEST_VALUE")), hostile);
    QCOMPARE(info->bindMounts().size(), 1);
    QCOMPARE(info->bindMounts().first().hostPath, dir.path());
    QVERIFY(info->bindMounts().first().readOnly);
    QCOMPARE(info->networkMode, QStringLiteral("none"));

    // exec: the environment and arguments arrive byte for byte; the exit status is reported.
    auto env = m_docker->exec(m_testName, {QStringLiteral("sh"), QStringLiteral("-c"),
                                           QStringLiteral("printf %s \"$OMSUA_TEST_VALUE\"")});
    QVERIFY(env.ok());
    QCOMPARE(QString::fromUtf8(env->stdOut), hostile);
    auto args = m_docker->exec(m_testName, {QStringLiteral("printf"), QStringLiteral("%s|"),
                                            hostile, QStringLiteral("a b")});
    QVERIFY(args.ok());
    QCOMPARE(QString::fromUtf8(args->stdOut), hostile + QStringLiteral("|a b|"));
    QVERIFY(!QFile::exists(QStringLiteral("/tmp/omsua-pwned")));
    auto bound =
        m_docker->exec(m_testName, {QStringLiteral("cat"), QStringLiteral("/mnt/omsua/note.txt")});
    QVERIFY(bound.ok());
    QCOMPARE(bound->stdOut, QByteArray("from the host\n"));
    auto status = m_docker->exec(m_testName, {QStringLiteral("sh"), QStringLiteral("-c"),
                                              QStringLiteral("echo to-stderr >&2; exit 7")});
    QVERIFY(status.ok());
    QCOMPARE(status->exitStatus, 7);
    QCOMPARE(status->stdErr, QByteArray("to-stderr\n"));

    // stdin and streaming.
    remote::ExecOptions options;
    options.stdinData = QByteArray("line one\nline two\n");
    QList<QByteArray> chunks;
    options.onOutput = [&](remote::OutputStream stream, QByteArrayView data) {
        if (stream == remote::OutputStream::StdOut)
            chunks.append(data.toByteArray());
    };
    auto piped = m_docker->exec(m_testName, {QStringLiteral("cat")}, options);
    QVERIFY(piped.ok());
    QCOMPARE(piped->stdOut, options.stdinData);
    QCOMPARE(chunks.join(), options.stdinData);

    // A timeout abandons a hanging exec without hanging the caller.
    remote::ExecOptions quick;
    quick.timeoutMs = 1000;
    auto hung = m_docker->exec(m_testName, {QStringLiteral("sleep"), QStringLiteral("30")}, quick);
    QVERIFY(hung.ok());
    QVERIFY(hung->timedOut);

    // logs: the entrypoint's first line.
    QTRY_VERIFY_WITH_TIMEOUT(logsOf(m_testName, 10).contains(QStringLiteral("omsua-started")),
                             10000);

    // stop: the trap answers SIGTERM, so this is quick; T1-style FinishedAt is recorded.
    auto stop = m_docker->stop(m_testName, 10);
    QVERIFY2(stop.ok(), qPrintable(stop.ok() ? QString() : stop.error().toString()));
    info = m_docker->inspectContainer(m_testName);
    QVERIFY(info.ok());
    QVERIFY(!info->state.running);
    QCOMPARE(info->state.status, QStringLiteral("exited"));
    QCOMPARE(info->state.exitCode, 0);
    QVERIFY(info->state.finishedAt.isValid());
    QVERIFY(info->state.finishedAt >= info->state.startedAt);
    QVERIFY(qAbs(info->state.finishedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QVERIFY(logsOf(m_testName, 5).contains(QStringLiteral("omsua-stopping")));

    // exec into a stopped container is Docker's refusal, not a command result.
    auto refused = m_docker->exec(m_testName, {QStringLiteral("true")});
    QVERIFY(!refused.ok());

    // start again, then rename (the upgrade renames nothing of the lab's; this is ours).
    QVERIFY(m_docker->start(m_testName).ok());
    QVERIFY(m_docker->inspectContainer(m_testName)->state.running);
    QVERIFY(m_docker->restart(m_testName, 5).ok());
    QVERIFY(m_docker->rename(m_testName, m_renamed).ok());
    QCOMPARE(*m_docker->containerExists(m_testName), false);
    QCOMPARE(*m_docker->containerExists(m_renamed), true);
    QCOMPARE(m_docker->inspectContainer(m_renamed)->id, *id);

    // Removing a running container needs force; without it Docker refuses.
    auto refusedRemove = m_docker->remove(m_renamed);
    QVERIFY(!refusedRemove.ok());
    QVERIFY(m_docker->stop(m_renamed, 5).ok());
    QVERIFY(m_docker->remove(m_renamed).ok());
    QCOMPARE(*m_docker->containerExists(m_renamed), false);

    // The lab's container was not disturbed.
    QVERIFY(m_docker->inspectContainer(m_oldContainer)->state.running);
}

void TestDocker::mountComparisonOfOldContainer()
{
    auto info = m_docker->inspectContainer(m_oldContainer);
    QVERIFY(info.ok());
    const BindMounts old = info->bindMounts();
    // The tool's default plan is identical.
    const MountComparisonResult same =
        MountComparison::compare(old, MountComparison::plannedFromOld(old, false));
    QVERIFY(same.ok);
    QCOMPARE(same.rows.size(), 4);

    // One changed path is flagged with both paths.
    BindMounts planned = MountComparison::plannedFromOld(old, false);
    const QString changed = QStringLiteral("/data/elsewhere/oms_store");
    for (BindMount& bind : planned) {
        if (bind.containerPath == QStringLiteral("/home/ds/store"))
            bind.hostPath = changed;
    }
    const MountComparisonResult result = MountComparison::compare(old, planned);
    QVERIFY(!result.ok);
    const QList<MountRow> problems = result.problems();
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().containerPath, QStringLiteral("/home/ds/store"));
    QCOMPARE(problems.first().verdict, MountVerdict::HostPathChanged);
    QCOMPARE(problems.first().oldHostPath, labPath(QStringLiteral("/host/data/oms/oms_store")));
    QCOMPARE(problems.first().plannedHostPath, changed);
}

void TestDocker::errorsFromTheRealEngine()
{
    auto missing = m_docker->inspectContainer(
        QStringLiteral("omsua_no_such_%1").arg(QCoreApplication::applicationPid()));
    QVERIFY(!missing.ok());
    QVERIFY2(
        missing.error().message.contains(QStringLiteral("No such container"), Qt::CaseInsensitive),
        qPrintable(missing.error().toString()));
    QVERIFY(missing.error().hint.contains(QStringLiteral("docker ps -a")));

    // An engine that is not there: the detection error says so and what to do.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DOCKER_HOST"),
               QStringLiteral("unix:///nonexistent/omsua-docker.sock"));
    remote::LocalCommandRunner nowhere(env);
    DockerCli absent(nowhere, DockerMode::Docker);
    auto version = absent.detect();
    QVERIFY(!version.ok());
    QVERIFY2(
        version.error().message.contains(QStringLiteral("Cannot connect to the Docker daemon")),
        qPrintable(version.error().toString()));
    QVERIFY(version.error().hint.contains(QStringLiteral("start it")));
}

QTEST_GUILESS_MAIN(TestDocker)
#include "tst_docker.moc"
