#include "docker/DockerCli.h"
#include "log/Redactor.h"
#include "remote/ShellQuote.h"

#include <QTest>
#include <functional>

using namespace omsua;
using namespace omsua::docker;
using omsua::remote::CommandResult;
using omsua::remote::ExecOptions;

namespace {

CommandResult result(int exitStatus, const QByteArray& out = {}, const QByteArray& err = {})
{
    CommandResult r;
    r.exitStatus = exitStatus;
    r.stdOut = out;
    r.stdErr = err;
    return r;
}

// Records every command and answers from a script: the test compares what ran with what it
// expected (a recorded log, as in Qt Creator's tests).
class FakeRunner : public remote::CommandRunner
{
public:
    struct Call
    {
        QStringList argv;  // run()
        QString shellLine; // runShell()
        ExecOptions options;
    };
    QList<Call> calls;
    // Answers by the command's shell form; unknown commands fail with exit 127.
    std::function<CommandResult(const QString& line)> answer = [](const QString&) {
        return result(0, "20.10.24\n");
    };

    Expected<CommandResult> run(const QStringList& argv, const ExecOptions& options) override
    {
        calls.append(Call{argv, QString(), options});
        return answer(remote::shellJoin(argv));
    }
    Expected<CommandResult> runShell(const QString& line, const ExecOptions& options) override
    {
        calls.append(Call{QStringList(), line, options});
        return answer(line);
    }
    QStringList lines() const
    {
        QStringList list;
        for (const Call& call : calls)
            list.append(call.argv.isEmpty() ? call.shellLine : remote::shellJoin(call.argv));
        return list;
    }
};

const QByteArray kPermissionDenied =
    "permission denied while trying to connect to the Docker daemon socket at "
    "unix:///var/run/docker.sock: Get \"http://%2Fvar%2Frun%2Fdocker.sock/v1.24/version\": "
    "dial unix /var/run/docker.sock: connect: permission denied\n";
const QByteArray kSudoPassword = "sudo: a password is required\n";
const QString kVersion = QStringLiteral("docker version --format '{{.Server.Version}}'");
const QString kSudoVersion =
    QStringLiteral("sudo -n docker version --format '{{.Server.Version}}'");

} // namespace

class TestDockerCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detectDirect();
    void detectFallsBackToSudo();
    void detectExplainsBothFailures();
    void detectDaemonDown();
    void explicitModes();
    void modeNames();
    void commandsAreArgvVectors_data();
    void commandsAreArgvVectors();
    void invalidArgumentsRunNothing();
    void existsDistinguishesMissingFromFailure();
    void listParsing();
    void loadParsing();
    void execReturnsExitStatus();
    void runSpecDocumentedForm();
    void runReturnsId();
    void errorsAreRedactedAndHinted();
    void timeouts();
};

void TestDockerCli::detectDirect()
{
    FakeRunner runner;
    DockerCli docker(runner);
    auto version = docker.detect();
    QVERIFY(version.ok());
    QCOMPARE(*version, QStringLiteral("20.10.24"));
    QCOMPARE(docker.prefix(), QStringList{QStringLiteral("docker")});
    QCOMPARE(runner.lines(), QStringList{kVersion});
    QVERIFY(runner.calls.first().options.timeoutMs > 0);
}

void TestDockerCli::detectFallsBackToSudo()
{
    FakeRunner runner;
    runner.answer = [](const QString& line) {
        if (line.startsWith(QStringLiteral("sudo -n docker")))
            return result(0, "20.10.24\n");
        return result(1, {}, kPermissionDenied);
    };
    DockerCli docker(runner);
    auto version = docker.detect();
    QVERIFY(version.ok());
    QCOMPARE(docker.prefix(),
             (QStringList{QStringLiteral("sudo"), QStringLiteral("-n"), QStringLiteral("docker")}));
    // Later commands use the prefix that worked.
    QVERIFY(docker.start(QStringLiteral("oms_330")).ok());
    QCOMPARE(runner.lines(),
             (QStringList{kVersion, kSudoVersion, QStringLiteral("sudo -n docker start oms_330")}));
}

void TestDockerCli::detectExplainsBothFailures()
{
    FakeRunner runner;
    runner.answer = [](const QString& line) {
        if (line.startsWith(QStringLiteral("sudo")))
            return result(1, {}, kSudoPassword);
        return result(1, {}, kPermissionDenied);
    };
    DockerCli docker(runner);
    auto version = docker.detect();
    QVERIFY(!version.ok());
    const Error& e = version.error();
    QVERIFY2(e.message.contains(QStringLiteral("permission denied")), qPrintable(e.message));
    QVERIFY(e.message.contains(QStringLiteral("a password is required")));
    QVERIFY(e.message.contains(QStringLiteral("`docker version")));
    QVERIFY(e.message.contains(QStringLiteral("`sudo -n docker version")));
    QVERIFY(e.hint.contains(QStringLiteral("NOPASSWD")));
    QVERIFY(e.hint.contains(QStringLiteral("docker group")));
    QVERIFY(!docker.isDetected());
    // A command without detection tries again (and fails the same way) instead of guessing.
    QVERIFY(!docker.start(QStringLiteral("oms_330")).ok());
    QVERIFY(!runner.lines().contains(QStringLiteral("docker start oms_330")));
}

void TestDockerCli::detectDaemonDown()
{
    FakeRunner runner;
    runner.answer = [](const QString&) {
        return result(1, {},
                      "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is "
                      "the docker daemon running?\n");
    };
    DockerCli docker(runner);
    auto version = docker.detect();
    QVERIFY(!version.ok());
    QVERIFY(version.error().hint.contains(QStringLiteral("start it")));
}

void TestDockerCli::explicitModes()
{
    {
        FakeRunner runner;
        runner.answer = [](const QString&) { return result(1, {}, kPermissionDenied); };
        DockerCli docker(runner, DockerMode::Docker);
        QVERIFY(!docker.detect().ok());
        QCOMPARE(runner.lines(), QStringList{kVersion}); // no sudo attempt
    }
    {
        FakeRunner runner;
        DockerCli docker(runner, DockerMode::SudoDocker);
        QCOMPARE(docker.prefix().first(), QStringLiteral("sudo")); // before detection already
        QVERIFY(docker.detect().ok());
        QCOMPARE(runner.lines(), QStringList{kSudoVersion});
    }
}

void TestDockerCli::modeNames()
{
    QCOMPARE(*parseDockerMode(QStringLiteral("auto")), DockerMode::Auto);
    QCOMPARE(*parseDockerMode(QStringLiteral("docker")), DockerMode::Docker);
    QCOMPARE(*parseDockerMode(QStringLiteral("sudo docker")), DockerMode::SudoDocker);
    QCOMPARE(*parseDockerMode(QStringLiteral(" Sudo  Docker ")), DockerMode::SudoDocker);
    QCOMPARE(*parseDockerMode(QStringLiteral("sudo-docker")), DockerMode::SudoDocker);
    QCOMPARE(*parseDockerMode(QString()), DockerMode::Auto);
    QVERIFY(!parseDockerMode(QStringLiteral("podman")).ok());
    QCOMPARE(dockerModeName(DockerMode::SudoDocker), QStringLiteral("sudo docker"));
}

void TestDockerCli::commandsAreArgvVectors_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("expected");

    QTest::newRow("inspect") << "inspect"
                             << "sudo -n docker container inspect oms_330";
    QTest::newRow("exists") << "exists"
                            << "sudo -n docker container inspect --format '{{.Id}}' oms_330";
    QTest::newRow("ps") << "ps"
                        << "sudo -n docker ps -a --no-trunc --format '{{json .}}'";
    QTest::newRow("images") << "images"
                            << "sudo -n docker images --no-trunc --format '{{json .}}'";
    QTest::newRow("imageExists")
        << "imageExists"
        << "sudo -n docker image inspect --format '{{.Id}}' oms:feature_3.3.1_ce";
    QTest::newRow("imageId")
        << "imageId"
        << "sudo -n docker image inspect --format '{{.Id}}' oms:feature_3.3.1_ce";
    QTest::newRow("stop") << "stop"
                          << "sudo -n docker stop -t 45 oms_330";
    QTest::newRow("start") << "start"
                           << "sudo -n docker start oms_330";
    QTest::newRow("restart") << "restart"
                             << "sudo -n docker restart -t 5 oms_330";
    QTest::newRow("rm") << "rm"
                        << "sudo -n docker rm oms_330";
    QTest::newRow("rm -f") << "rm -f"
                           << "sudo -n docker rm -f oms_330";
    QTest::newRow("rename") << "rename"
                            << "sudo -n docker rename oms_330 oms_330_old";
    QTest::newRow("logs") << "logs"
                          << "sudo -n docker logs --tail 20 oms_330 2>&1";
    QTest::newRow("exec") << "exec"
                          << "sudo -n docker exec oms_331 bash /root/docker_init.sh";
    QTest::newRow("exec stdin") << "exec stdin"
                                << "sudo -n docker exec -i oms_331 sh -c 'cat > /tmp/x'";
    QTest::newRow("load") << "load"
                          << "sudo -n docker load -i '/data/images/oms 3.3.1.tar.gz'";
    QTest::newRow("version") << "version"
                             << "sudo -n docker version --format '{{.Server.Version}}'";
}

void TestDockerCli::commandsAreArgvVectors()
{
    QFETCH(QString, operation);
    QFETCH(QString, expected);
    FakeRunner runner;
    runner.answer = [](const QString& line) {
        if (line.contains(QStringLiteral(" load ")))
            return result(0, "Loaded image: oms:feature_3.3.1_ce\n");
        if (line.contains(QStringLiteral("container inspect oms_330")))
            return result(1, "[]\n", "Error: No such container: oms_330\n");
        return result(0, "20.10.24\n");
    };
    DockerCli docker(runner, DockerMode::SudoDocker);
    QVERIFY(docker.detect().ok());
    runner.calls.clear();
    const QString name = QStringLiteral("oms_330");
    const QString image = QStringLiteral("oms:feature_3.3.1_ce");
    if (operation == QStringLiteral("inspect"))
        (void)docker.inspectContainer(name);
    else if (operation == QStringLiteral("exists"))
        (void)docker.containerExists(name);
    else if (operation == QStringLiteral("ps"))
        (void)docker.listContainers();
    else if (operation == QStringLiteral("images"))
        (void)docker.listImages();
    else if (operation == QStringLiteral("imageExists"))
        (void)docker.imageExists(image);
    else if (operation == QStringLiteral("imageId"))
        (void)docker.imageId(image);
    else if (operation == QStringLiteral("stop"))
        (void)docker.stop(name, 45);
    else if (operation == QStringLiteral("start"))
        (void)docker.start(name);
    else if (operation == QStringLiteral("restart"))
        (void)docker.restart(name, 5);
    else if (operation == QStringLiteral("rm"))
        (void)docker.remove(name);
    else if (operation == QStringLiteral("rm -f"))
        (void)docker.remove(name, true);
    else if (operation == QStringLiteral("rename"))
        (void)docker.rename(name, QStringLiteral("oms_330_old"));
    else if (operation == QStringLiteral("logs"))
        (void)docker.logs(name, 20);
    else if (operation == QStringLiteral("exec"))
        (void)docker.exec(QStringLiteral("oms_331"),
                          {QStringLiteral("bash"), QStringLiteral("/root/docker_init.sh")});
    else if (operation == QStringLiteral("exec stdin")) {
        ExecOptions options;
        options.stdinData = "data";
        (void)docker.exec(
            QStringLiteral("oms_331"),
            {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("cat > /tmp/x")}, options);
    } else if (operation == QStringLiteral("load"))
        (void)docker.load(QStringLiteral("/data/images/oms 3.3.1.tar.gz"));
    else if (operation == QStringLiteral("version"))
        (void)docker.serverVersion();
    else
        QFAIL("unknown operation");
    QCOMPARE(runner.lines(), QStringList{expected});
    // Everything except logs (which needs 2>&1) goes through run() as a vector.
    QCOMPARE(runner.calls.first().argv.isEmpty(), operation == QStringLiteral("logs"));
    QVERIFY(runner.calls.first().options.timeoutMs > 0);
}

void TestDockerCli::invalidArgumentsRunNothing()
{
    FakeRunner runner;
    DockerCli docker(runner, DockerMode::Docker);
    const QString hostile = QStringLiteral("oms; rm -rf /");
    QVERIFY(!docker.inspectContainer(hostile).ok());
    QVERIFY(!docker.containerExists(QStringLiteral("-f")).ok());
    QVERIFY(!docker.stop(hostile).ok());
    QVERIFY(!docker.start(QStringLiteral("$(id)")).ok());
    QVERIFY(!docker.remove(QStringLiteral("/oms_330")).ok());
    QVERIFY(!docker.rename(QStringLiteral("oms_330"), QStringLiteral("new name")).ok());
    QVERIFY(!docker.logs(hostile).ok());
    QVERIFY(!docker.exec(hostile, {QStringLiteral("id")}).ok());
    QVERIFY(!docker.exec(QStringLiteral("oms_330"), {}).ok());
    QVERIFY(!docker.imageExists(QStringLiteral("--help")).ok());
    QVERIFY(!docker.imageId(QStringLiteral("OMS")).ok());
    QVERIFY(!docker.load(QStringLiteral("relative.tar")).ok());
    QVERIFY(!docker.load(QStringLiteral("/data/../etc/shadow")).ok());
    RunSpec spec;
    spec.name = QStringLiteral("oms_331");
    spec.image = QStringLiteral("oms:feature_3.3.1_ce");
    spec.binds.append(
        BindMount{QStringLiteral("/data/a:b"), QStringLiteral("/home/admin/logs"), false, {}});
    auto run = docker.run(spec);
    QVERIFY(!run.ok());
    QVERIFY(run.error().message.contains(QStringLiteral("':'")));
    QVERIFY(runner.calls.isEmpty());
}

void TestDockerCli::existsDistinguishesMissingFromFailure()
{
    FakeRunner runner;
    runner.answer = [](const QString& line) {
        if (line.contains(QStringLiteral("missing")))
            return result(1, "\n", "Error: No such container: missing\n");
        if (line.contains(QStringLiteral("nope:1.0")))
            return result(1, "\n", "Error: No such image: nope:1.0\n");
        if (line.contains(QStringLiteral("broken")))
            return result(1, {},
                          "Cannot connect to the Docker daemon at unix:///var/run/docker.sock\n");
        return result(0, "abc\n");
    };
    DockerCli docker(runner, DockerMode::Docker);
    QCOMPARE(*docker.containerExists(QStringLiteral("oms_330")), true);
    QCOMPARE(*docker.containerExists(QStringLiteral("missing")), false);
    QCOMPARE(*docker.imageExists(QStringLiteral("nope:1.0")), false);
    auto broken = docker.containerExists(QStringLiteral("broken"));
    QVERIFY(!broken.ok());
    QVERIFY(broken.error().hint.contains(QStringLiteral("not running")));
    auto inspect = docker.inspectContainer(QStringLiteral("missing"));
    QVERIFY(!inspect.ok());
    QVERIFY(inspect.error().message.contains(QStringLiteral("No such container")));
    QVERIFY(inspect.error().hint.contains(QStringLiteral("docker ps -a")));
}

void TestDockerCli::listParsing()
{
    FakeRunner runner;
    runner.answer = [](const QString& line) {
        if (line.contains(QStringLiteral(" ps ")))
            return result(
                0,
                R"({"Command":"\"/entrypoint\"","CreatedAt":"2024-05-01 10:00:00 +0000 UTC","ID":"abc123","Image":"oms:feature_3.3.0_ce","Names":"oms_330","State":"running","Status":"Up 2 hours"}
{"Command":"\"sleep 1\"","CreatedAt":"2024-05-01 11:00:00 +0000 UTC","ID":"def456","Image":"oms:feature_3.3.1_ce","Names":"oms_331","State":"exited","Status":"Exited (0) 1 minute ago"}
)");
        if (line.contains(QStringLiteral(" images ")))
            return result(
                0,
                R"({"Containers":"N/A","CreatedAt":"2024-05-01 09:00:00 +0000 UTC","Digest":"\u003cnone\u003e","ID":"sha256:111","Repository":"oms","Size":"19.2MB","Tag":"feature_3.3.0_ce"}
{"Containers":"N/A","CreatedAt":"2024-05-01 09:00:00 +0000 UTC","Digest":"\u003cnone\u003e","ID":"sha256:222","Repository":"\u003cnone\u003e","Size":"1MB","Tag":"\u003cnone\u003e"}
)");
        return result(0, "20.10.24\n");
    };
    DockerCli docker(runner, DockerMode::Docker);
    auto containers = docker.listContainers();
    QVERIFY(containers.ok());
    QCOMPARE(containers->size(), 2);
    QCOMPARE(containers->at(0).names, QStringLiteral("oms_330"));
    QCOMPARE(containers->at(0).state, QStringLiteral("running"));
    QCOMPARE(containers->at(1).image, QStringLiteral("oms:feature_3.3.1_ce"));
    QCOMPARE(containers->at(1).id, QStringLiteral("def456"));
    auto images = docker.listImages();
    QVERIFY(images.ok());
    QCOMPARE(images->size(), 2);
    QCOMPARE(images->at(0).reference(), QStringLiteral("oms:feature_3.3.0_ce"));
    QCOMPARE(images->at(1).reference(), QStringLiteral("sha256:222"));

    runner.answer = [](const QString&) { return result(0, "not json\n"); };
    DockerCli broken(runner, DockerMode::Docker);
    QVERIFY(broken.detect().ok());
    QVERIFY(!broken.listContainers().ok());
}

void TestDockerCli::loadParsing()
{
    FakeRunner runner;
    runner.answer = [](const QString& line) {
        if (line.contains(QStringLiteral("/a.tar")))
            return result(0, "Loaded image: oms:feature_3.3.1_ce\nLoaded image ID: sha256:abc\n");
        if (line.contains(QStringLiteral("/b.tar")))
            return result(0, "nothing useful\n");
        return result(0, "20.10.24\n");
    };
    DockerCli docker(runner, DockerMode::Docker);
    auto loaded = docker.load(QStringLiteral("/a.tar"));
    QVERIFY(loaded.ok());
    QCOMPARE(*loaded,
             (QStringList{QStringLiteral("oms:feature_3.3.1_ce"), QStringLiteral("sha256:abc")}));
    QVERIFY(!docker.load(QStringLiteral("/b.tar")).ok());
    QVERIFY(runner.calls.last().options.timeoutMs >= 30 * 60 * 1000);
}

void TestDockerCli::execReturnsExitStatus()
{
    FakeRunner runner;
    runner.answer = [](const QString& line) {
        if (line.contains(QStringLiteral("exec stopped")))
            return result(1, {}, "Error response from daemon: Container abc is not running\n");
        if (line.contains(QStringLiteral("exec ")))
            return result(3, "partial output\n", "script failed\n");
        return result(0, "20.10.24\n");
    };
    DockerCli docker(runner, DockerMode::Docker);
    int chunks = 0;
    ExecOptions options;
    options.onOutput = [&](remote::OutputStream, QByteArrayView) { ++chunks; };
    auto r = docker.exec(QStringLiteral("oms_331"),
                         {QStringLiteral("bash"), QStringLiteral("/root/docker_init.sh")}, options);
    QVERIFY(r.ok()); // the script's failure is the caller's to judge
    QCOMPARE(r->exitStatus, 3);
    QCOMPARE(r->stdOut, QByteArray("partial output\n"));
    // Streaming options reach the runner; a default timeout was added.
    QVERIFY(bool(runner.calls.last().options.onOutput));
    QCOMPARE(runner.calls.last().options.timeoutMs, 30 * 60 * 1000);

    auto stopped = docker.exec(QStringLiteral("stopped"), {QStringLiteral("true")});
    QVERIFY(!stopped.ok());
    QVERIFY(stopped.error().hint.contains(QStringLiteral("Start the container")));
}

void TestDockerCli::runSpecDocumentedForm()
{
    RunSpec spec;
    spec.name = QStringLiteral("oms_331");
    spec.image = QStringLiteral("reg.docker.alibaba-inc.com/oceanbase/oms:feature_3.3.1");
    spec.binds = {
        BindMount{QStringLiteral("/data/config.yaml"),
                  QStringLiteral("/home/admin/conf/config.yaml"),
                  false,
                  {}},
        BindMount{
            QStringLiteral("/data/oms/oms_logs"), QStringLiteral("/home/admin/logs"), false, {}},
        BindMount{
            QStringLiteral("/data/oms/oms_store"), QStringLiteral("/home/ds/store"), false, {}},
        BindMount{QStringLiteral("/data/oms/oms_run"), QStringLiteral("/home/ds/run"), false, {}},
    };
    spec.setEnv(QStringLiteral("OMS_HOST_IP"), QStringLiteral("10.0.0.2"));
    spec.setEnv(QStringLiteral("IS_UPGRADE"), QStringLiteral("true"));
    spec.extraFlags = {QStringLiteral("--privileged=true"), QStringLiteral("--pids-limit"),
                       QStringLiteral("-1"), QStringLiteral("--ulimit"),
                       QStringLiteral("nproc=65535:65535")};
    QVERIFY(spec.validate().ok());
    // The seed document's command, argument for argument.
    const QString documented = QStringLiteral(
        "docker run -dit --net host -v /data/config.yaml:/home/admin/conf/config.yaml "
        "-v /data/oms/oms_logs:/home/admin/logs -v /data/oms/oms_store:/home/ds/store "
        "-v /data/oms/oms_run:/home/ds/run -e OMS_HOST_IP=10.0.0.2 -e IS_UPGRADE=true "
        "--privileged=true --pids-limit -1 --ulimit nproc=65535:65535 --name oms_331 "
        "reg.docker.alibaba-inc.com/oceanbase/oms:feature_3.3.1");
    QCOMPARE(remote::shellJoin(QStringList{QStringLiteral("docker")} + spec.toArgv()), documented);
    log::Redactor redactor;
    QCOMPARE(spec.displayCommand(redactor), documented);

    // setEnv replaces; secret values are masked for display but passed for real.
    spec.setEnv(QStringLiteral("IS_UPGRADE"), QStringLiteral("false"));
    QCOMPARE(spec.envValue(QStringLiteral("IS_UPGRADE")), QStringLiteral("false"));
    QCOMPARE(spec.env.size(), 2);
    spec.setEnv(QStringLiteral("TOKEN"), QStringLiteral("t0k'en"), true);
    QVERIFY(spec.toArgv().contains(QStringLiteral("TOKEN=t0k'en")));
    const QString shown = spec.displayCommand(
        redactor, {QStringLiteral("sudo"), QStringLiteral("-n"), QStringLiteral("docker")});
    QVERIFY(shown.startsWith(QStringLiteral("sudo -n docker run -dit")));
    QVERIFY(shown.contains(QStringLiteral("'TOKEN=********'")));
    QVERIFY(!shown.contains(QStringLiteral("t0k")));
    // And the redactor's secrets too.
    redactor.addSecret(QStringLiteral("10.0.0.2"));
    QVERIFY(!spec.displayCommand(redactor).contains(QStringLiteral("10.0.0.2")));

    // Options: no -dit when switched off; read-only binds; command override.
    RunSpec plain;
    plain.name = QStringLiteral("t1");
    plain.image = QStringLiteral("oms:feature_3.3.0_ce");
    plain.detach = true;
    plain.interactive = false;
    plain.tty = false;
    plain.networkHost = false;
    plain.binds.append(BindMount{QStringLiteral("/a b"), QStringLiteral("/c"), true, {}});
    plain.command = {QStringLiteral("sleep"), QStringLiteral("300")};
    QCOMPARE(plain.toArgv(),
             (QStringList{QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("-v"),
                          QStringLiteral("/a b:/c:ro"), QStringLiteral("--name"),
                          QStringLiteral("t1"), QStringLiteral("oms:feature_3.3.0_ce"),
                          QStringLiteral("sleep"), QStringLiteral("300")}));

    RunSpec badEnv = plain;
    badEnv.setEnv(QStringLiteral("A-B"), QStringLiteral("x"));
    QVERIFY(!badEnv.validate().ok());
    RunSpec relative = plain;
    relative.binds[0].hostPath = QStringLiteral("data");
    QVERIFY(!relative.validate().ok());
}

void TestDockerCli::runReturnsId()
{
    const QByteArray id = "4f1c2a9b8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a1f0e9d8c7b6a5f4e3d2c1b";
    FakeRunner runner;
    runner.answer = [&](const QString& line) {
        if (line.contains(QStringLiteral(" run ")))
            return result(0, id + "\n");
        return result(0, "20.10.24\n");
    };
    DockerCli docker(runner, DockerMode::Docker);
    RunSpec spec;
    spec.name = QStringLiteral("oms_331");
    spec.image = QStringLiteral("oms:feature_3.3.1_ce");
    auto r = docker.run(spec);
    QVERIFY(r.ok());
    QCOMPARE(*r, QString::fromLatin1(id));
    QVERIFY(runner.calls.last().options.timeoutMs >= 60000);

    runner.answer = [](const QString& line) {
        if (line.contains(QStringLiteral(" run ")))
            return result(
                125, {},
                "docker: Error response from daemon: Conflict. The container name \"/oms_331\" is "
                "already in use by container \"abc\".\n");
        return result(0, "20.10.24\n");
    };
    auto conflict = docker.run(spec);
    QVERIFY(!conflict.ok());
    QVERIFY(conflict.error().message.contains(QStringLiteral("already in use")));
    QVERIFY(conflict.error().message.contains(QStringLiteral("docker run -dit")));
    QVERIFY(conflict.error().hint.contains(QStringLiteral("name is taken")));
}

void TestDockerCli::errorsAreRedactedAndHinted()
{
    log::Redactor::global().addSecret(QStringLiteral("Sup3r'Secret"));
    FakeRunner runner;
    runner.answer = [](const QString& line) {
        if (line.contains(QStringLiteral("start")))
            return result(1, {}, "Error: something about Sup3r'Secret and mysql -pAlsoSecret\n");
        return result(0, "20.10.24\n");
    };
    DockerCli docker(runner, DockerMode::Docker);
    auto r = docker.start(QStringLiteral("oms_330"));
    log::Redactor::global().removeSecret(QStringLiteral("Sup3r'Secret"));
    QVERIFY(!r.ok());
    const QString text = r.error().toString();
    QVERIFY2(!text.contains(QStringLiteral("Sup3r")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("AlsoSecret")));
    QVERIFY(text.contains(QStringLiteral("exit status 1")));
    QVERIFY(text.contains(QStringLiteral("docker start oms_330")));
    QCOMPARE(r.error().where, QStringLiteral("docker"));
    QVERIFY(!r.error().hint.isEmpty());
}

void TestDockerCli::timeouts()
{
    FakeRunner runner;
    runner.answer = [](const QString& line) {
        if (line.contains(QStringLiteral("stop"))) {
            CommandResult r;
            r.timedOut = true;
            return r;
        }
        return result(0, "20.10.24\n");
    };
    DockerCli docker(runner, DockerMode::Docker);
    docker.setCommandTimeoutMs(1000);
    auto r = docker.stop(QStringLiteral("oms_330"), 10);
    QVERIFY(!r.ok());
    QCOMPARE(runner.calls.last().options.timeoutMs, 10 * 1000 + 1000);
    QVERIFY(r.error().message.contains(QStringLiteral("did not finish within 11 s")));
    (void)docker.start(QStringLiteral("oms_330"));
    QCOMPARE(runner.calls.last().options.timeoutMs, 1000);
}

QTEST_GUILESS_MAIN(TestDockerCli)
#include "tst_dockercli.moc"
