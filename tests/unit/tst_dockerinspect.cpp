#include "docker/ContainerInspect.h"
#include "docker/MountComparison.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace omsua::docker;

namespace {

QByteArray fixture(const QString& name)
{
    QFile file(QStringLiteral(OMSUA_SOURCE_DIR "/tests/data/docker/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray(); // the test using it fails on the empty input
    return file.readAll();
}

// Applies `mutation` at a dotted path ("State.Running", "Mounts[0].Destination") of the
// fixture's first object: removes the field or replaces its value.
QJsonValue mutate(const QJsonValue& node, QStringList path, bool remove,
                  const QJsonValue& replacement)
{
    const QString head = path.takeFirst();
    if (head.endsWith(QLatin1Char(']'))) {
        const qsizetype open = head.indexOf(QLatin1Char('['));
        const QString key = head.left(open);
        const int index = head.mid(open + 1, head.size() - open - 2).toInt();
        QJsonObject object = node.toObject();
        QJsonArray array = object.value(key).toArray();
        if (path.isEmpty()) {
            if (remove)
                array.removeAt(index);
            else
                array[index] = replacement;
        } else {
            array[index] = mutate(array.at(index), path, remove, replacement);
        }
        object[key] = array;
        return object;
    }
    QJsonObject object = node.toObject();
    if (path.isEmpty()) {
        if (remove)
            object.remove(head);
        else
            object[head] = replacement;
    } else {
        object[head] = mutate(object.value(head), path, remove, replacement);
    }
    return object;
}

QByteArray mutated(const QString& path, bool remove, const QJsonValue& replacement = {})
{
    const QJsonArray array =
        QJsonDocument::fromJson(fixture(QStringLiteral("inspect_https_handmade.json"))).array();
    const QJsonValue changed =
        mutate(array.first(), path.split(QLatin1Char('.')), remove, replacement);
    return QJsonDocument(QJsonArray{changed}).toJson();
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

} // namespace

class TestDockerInspect : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void handmadeFixture();
    void labFixture();
    void nullableFields();
    void singleObjectAccepted();
    void malformedInput_data();
    void malformedInput();
    void missingOrMistypedField_data();
    void missingOrMistypedField();
    void parseTime_data();
    void parseTime();
    void bindSpecs_data();
    void bindSpecs();
};

void TestDockerInspect::handmadeFixture()
{
    auto parsed = ContainerInspect::parse(fixture(QStringLiteral("inspect_https_handmade.json")));
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
    const ContainerInfo& info = *parsed;
    QCOMPARE(info.id,
             QStringLiteral("9d2c7e1f0a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5"));
    QCOMPARE(info.name, QStringLiteral("oms_330"));
    QCOMPARE(info.configImage,
             QStringLiteral("reg.docker.alibaba-inc.com/oceanbase/oms:feature_3.3.0"));
    QVERIFY(info.imageId.startsWith(QStringLiteral("sha256:5f1e")));
    QCOMPARE(info.created, utc(2024, 3, 18, 2, 11, 45, 118));
    QCOMPARE(info.state.status, QStringLiteral("exited"));
    QVERIFY(!info.state.running);
    QCOMPARE(info.state.exitCode, 137);
    QCOMPARE(info.state.startedAt, utc(2024, 3, 18, 2, 11, 46, 500));
    // +08:00 converted to UTC, nanoseconds cut to milliseconds.
    QCOMPARE(info.state.finishedAt, utc(2024, 5, 1, 0, 0, 1, 123));
    QCOMPARE(info.state.finishedAt.timeSpec(), Qt::UTC);

    QCOMPARE(info.env.value(QStringLiteral("OMS_HOST_IP")), QStringLiteral("10.0.0.2"));
    QCOMPARE(info.env.value(QStringLiteral("WITH_EQUALS")), QStringLiteral("a=b=c"));
    QVERIFY(info.env.contains(QStringLiteral("EMPTY")));
    QVERIFY(info.env.contains(QStringLiteral("NOVALUE")));
    QCOMPARE(info.envList.size(), 5);

    QCOMPARE(info.binds.size(), 6);
    QCOMPARE(info.binds.at(0).hostPath, QStringLiteral("/data/config.yaml"));
    QCOMPARE(info.binds.at(0).containerPath, QStringLiteral("/home/admin/conf/config.yaml"));
    QVERIFY(!info.binds.at(0).readOnly);
    QVERIFY(info.binds.at(4).readOnly);
    QVERIFY(info.binds.at(5).readOnly);
    QCOMPARE(info.binds.at(5).options, QStringLiteral("ro,Z"));

    QCOMPARE(info.mounts.size(), 7);
    QCOMPARE(info.mounts.at(6).type, QStringLiteral("volume"));
    QCOMPARE(info.mounts.at(6).name, QStringLiteral("4a5b6c"));
    QCOMPARE(info.mounts.at(1).propagation, QStringLiteral("rprivate"));
    QVERIFY(!info.mounts.at(4).rw);
    // bindMounts(): the binds only (not the volume), read-only flag kept.
    const BindMounts binds = info.bindMounts();
    QCOMPARE(binds.size(), 6);
    QVERIFY(binds.at(4).readOnly);

    QCOMPARE(info.networkMode, QStringLiteral("host"));
    QVERIFY(info.privileged);
    QCOMPARE(info.pidsLimit, std::optional<qint64>(-1));
    QCOMPARE(info.ulimits.size(), 1);
    QCOMPARE(info.ulimits.first().name, QStringLiteral("nproc"));
    QCOMPARE(info.ulimits.first().soft, qint64(65535));
    QCOMPARE(info.restartPolicy.name, QStringLiteral("always"));
    QCOMPARE(info.entrypoint, QStringList{QStringLiteral("/usr/bin/supervisord")});
    QVERIFY(info.cmd.isEmpty());
    QVERIFY(info.raw.contains(QStringLiteral("NetworkSettings")));

    // With HTTPS on, the plan built from it matches it exactly.
    QVERIFY(MountComparison::compare(binds, MountComparison::plannedFromOld(binds, true)).ok);
}

void TestDockerInspect::labFixture()
{
    // Captured from the lab's running oms_330 (`docker inspect oms_330`, see
    // tests/data/docker/README.md): the real engine's format, not our idea of it.
    const QByteArray json = fixture(QStringLiteral("inspect_oms_330_lab.json"));
    QVERIFY2(!json.isEmpty(), "tests/data/docker/inspect_oms_330_lab.json is missing");
    auto parsed = ContainerInspect::parse(json);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
    const ContainerInfo& info = *parsed;
    QCOMPARE(info.name, QStringLiteral("oms_330"));
    QCOMPARE(info.configImage, QStringLiteral("oms:feature_3.3.0_ce"));
    QVERIFY(info.state.running);
    QCOMPARE(info.state.status, QStringLiteral("running"));
    QVERIFY(info.state.startedAt.isValid());
    // Restarted by lab/up: finished before it started again (Docker's zero time if never).
    QVERIFY(info.state.finishedAt.isNull() || info.state.finishedAt < info.state.startedAt);
    QCOMPARE(info.state.startedAt.timeSpec(), Qt::UTC);
    QCOMPARE(info.networkMode, QStringLiteral("host"));
    QVERIFY(info.env.contains(QStringLiteral("OMS_HOST_IP")));
    const BindMounts binds = info.bindMounts();
    QCOMPARE(binds.size(), 4);
    QCOMPARE(info.binds.size(), 4);
    QStringList containerPaths;
    for (const BindMount& bind : binds)
        containerPaths.append(bind.containerPath);
    containerPaths.sort();
    QStringList required = MountComparison::requiredContainerPaths();
    required.sort();
    QCOMPARE(containerPaths, required);
    QVERIFY(MountComparison::compare(binds, MountComparison::plannedFromOld(binds, false)).ok);
    QVERIFY(MountComparison::compare(info.binds, binds).ok); // Binds and Mounts agree
}

void TestDockerInspect::nullableFields()
{
    QByteArray json = mutated(QStringLiteral("HostConfig.Binds"), false, QJsonValue::Null);
    json = QJsonDocument::fromJson(json).toJson(); // keep as is; next mutations on top
    QJsonObject object = QJsonDocument::fromJson(json).array().first().toObject();
    object[QStringLiteral("Mounts")] = QJsonValue::Null;
    QJsonObject config = object.value(QStringLiteral("Config")).toObject();
    config[QStringLiteral("Env")] = QJsonValue::Null;
    config.remove(QStringLiteral("Entrypoint"));
    object[QStringLiteral("Config")] = config;
    QJsonObject host = object.value(QStringLiteral("HostConfig")).toObject();
    host[QStringLiteral("PidsLimit")] = QJsonValue::Null;
    host[QStringLiteral("Ulimits")] = QJsonValue::Null;
    host.remove(QStringLiteral("Privileged"));
    host.remove(QStringLiteral("RestartPolicy"));
    object[QStringLiteral("HostConfig")] = host;
    object.remove(QStringLiteral("Created"));

    auto parsed = ContainerInspect::parse(QJsonDocument(QJsonArray{object}).toJson());
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
    QVERIFY(parsed->binds.isEmpty());
    QVERIFY(parsed->mounts.isEmpty());
    QVERIFY(parsed->bindMounts().isEmpty());
    QVERIFY(parsed->env.isEmpty());
    QVERIFY(!parsed->pidsLimit.has_value());
    QVERIFY(parsed->ulimits.isEmpty());
    QVERIFY(!parsed->privileged);
    QVERIFY(parsed->restartPolicy.name.isEmpty());
    QVERIFY(parsed->created.isNull());
}

void TestDockerInspect::singleObjectAccepted()
{
    const QJsonArray array =
        QJsonDocument::fromJson(fixture(QStringLiteral("inspect_https_handmade.json"))).array();
    auto parsed = ContainerInspect::parse(QJsonDocument(array.first().toObject()).toJson());
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->name, QStringLiteral("oms_330"));
}

void TestDockerInspect::malformedInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << QByteArray() << QStringLiteral("invalid JSON");
    QTest::newRow("truncated") << fixture(QStringLiteral("inspect_https_handmade.json")).left(500)
                               << QStringLiteral("invalid JSON");
    QTest::newRow("not json") << QByteArray("Error: No such container: x")
                              << QStringLiteral("invalid JSON");
    QTest::newRow("empty array") << QByteArray("[]") << QStringLiteral("no container");
    QTest::newRow("two objects") << QByteArray("[{},{}]") << QStringLiteral("2 objects");
    QTest::newRow("array of number") << QByteArray("[1]") << QStringLiteral("not an object");
    QTest::newRow("empty object") << QByteArray("[{}]") << QStringLiteral("field Id is missing");
}

void TestDockerInspect::malformedInput()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    auto parsed = ContainerInspect::parse(json);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().message.contains(expected), qPrintable(parsed.error().message));
    QVERIFY(!parsed.error().hint.isEmpty());
}

void TestDockerInspect::missingOrMistypedField_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("remove");
    QTest::addColumn<QJsonValue>("replacement");
    QTest::addColumn<QString>("expected");

    for (const char* field :
         {"Id", "Name", "Image", "Config", "Config.Image", "State", "State.Status", "State.Running",
          "State.ExitCode", "State.StartedAt", "State.FinishedAt", "HostConfig",
          "HostConfig.NetworkMode", "Mounts[0].Destination", "Mounts[2].Source", "Mounts[1].Type",
          "HostConfig.Ulimits[0].Name"}) {
        const QString path = QString::fromLatin1(field);
        QTest::newRow(qPrintable(QStringLiteral("missing ") + path))
            << path << true << QJsonValue() << QStringLiteral("field %1 is missing").arg(path);
    }
    QTest::newRow("Running as string")
        << QStringLiteral("State.Running") << false << QJsonValue(QStringLiteral("true"))
        << QStringLiteral("field State.Running is not a boolean");
    QTest::newRow("ExitCode as string")
        << QStringLiteral("State.ExitCode") << false << QJsonValue(QStringLiteral("0"))
        << QStringLiteral("field State.ExitCode is not a number");
    QTest::newRow("Id as number") << QStringLiteral("Id") << false << QJsonValue(5)
                                  << QStringLiteral("field Id is not a string");
    QTest::newRow("State as array") << QStringLiteral("State") << false << QJsonValue(QJsonArray{})
                                    << QStringLiteral("field State is not an object");
    QTest::newRow("Env as number") << QStringLiteral("Config.Env") << false << QJsonValue(5)
                                   << QStringLiteral("field Config.Env is not a list");
    QTest::newRow("Env entry number") << QStringLiteral("Config.Env[1]") << false << QJsonValue(5)
                                      << QStringLiteral("field Config.Env[1] is not a string");
    QTest::newRow("Binds entry number")
        << QStringLiteral("HostConfig.Binds[0]") << false << QJsonValue(1)
        << QStringLiteral("field HostConfig.Binds[0] is not a string");
    QTest::newRow("Binds entry without colon")
        << QStringLiteral("HostConfig.Binds[0]") << false
        << QJsonValue(QStringLiteral("/data/only")) << QStringLiteral("HostConfig.Binds");
    QTest::newRow("Mounts as object")
        << QStringLiteral("Mounts") << false << QJsonValue(QJsonObject{})
        << QStringLiteral("field Mounts is not a list");
    QTest::newRow("Mount entry string")
        << QStringLiteral("Mounts[3]") << false << QJsonValue(QStringLiteral("x"))
        << QStringLiteral("field Mounts[3] is not an object");
    QTest::newRow("StartedAt garbage")
        << QStringLiteral("State.StartedAt") << false << QJsonValue(QStringLiteral("yesterday"))
        << QStringLiteral("State.StartedAt");
    QTest::newRow("FinishedAt bad month")
        << QStringLiteral("State.FinishedAt") << false
        << QJsonValue(QStringLiteral("2024-13-01T00:00:00Z")) << QStringLiteral("State.FinishedAt");
    QTest::newRow("Ulimit soft string")
        << QStringLiteral("HostConfig.Ulimits[0].Soft") << false << QJsonValue(QStringLiteral("x"))
        << QStringLiteral("field HostConfig.Ulimits[0].Soft is not a number");
    QTest::newRow("Privileged string")
        << QStringLiteral("HostConfig.Privileged") << false << QJsonValue(QStringLiteral("yes"))
        << QStringLiteral("field HostConfig.Privileged is not a boolean");
}

void TestDockerInspect::missingOrMistypedField()
{
    QFETCH(QString, path);
    QFETCH(bool, remove);
    QFETCH(QJsonValue, replacement);
    QFETCH(QString, expected);
    auto parsed = ContainerInspect::parse(mutated(path, remove, replacement));
    QVERIFY2(!parsed.ok(), "accepted");
    QVERIFY2(parsed.error().message.contains(expected), qPrintable(parsed.error().message));
    QCOMPARE(parsed.error().where, QStringLiteral("docker inspect"));
}

void TestDockerInspect::parseTime_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QDateTime>("expected");

    QTest::newRow("nanoseconds") << QStringLiteral("2024-05-01T08:00:01.123456789Z") << true
                                 << utc(2024, 5, 1, 8, 0, 1, 123);
    QTest::newRow("not rounded up") << QStringLiteral("2024-05-01T08:00:01.999999999Z") << true
                                    << utc(2024, 5, 1, 8, 0, 1, 999);
    QTest::newRow("no fraction") << QStringLiteral("2024-05-01T08:00:01Z") << true
                                 << utc(2024, 5, 1, 8, 0, 1, 0);
    QTest::newRow("one digit") << QStringLiteral("2024-05-01T08:00:01.5Z") << true
                               << utc(2024, 5, 1, 8, 0, 1, 500);
    QTest::newRow("micro") << QStringLiteral("2024-05-01T08:00:01.000123Z") << true
                           << utc(2024, 5, 1, 8, 0, 1, 0);
    QTest::newRow("plus offset") << QStringLiteral("2024-05-01T08:00:01.123456789+08:00") << true
                                 << utc(2024, 5, 1, 0, 0, 1, 123);
    QTest::newRow("minus offset") << QStringLiteral("2024-05-01T08:00:01-05:30") << true
                                  << utc(2024, 5, 1, 13, 30, 1, 0);
    QTest::newRow("across midnight")
        << QStringLiteral("2024-01-01T01:00:00+02:00") << true << utc(2023, 12, 31, 23, 0, 0, 0);
    QTest::newRow("lower case") << QStringLiteral("2024-05-01t08:00:01z") << true
                                << utc(2024, 5, 1, 8, 0, 1, 0);
    QTest::newRow("zero time") << QStringLiteral("0001-01-01T00:00:00Z") << true << QDateTime();
    QTest::newRow("bad month") << QStringLiteral("2024-13-01T00:00:00Z") << false << QDateTime();
    QTest::newRow("bad day") << QStringLiteral("2023-02-29T00:00:00Z") << false << QDateTime();
    QTest::newRow("space separator")
        << QStringLiteral("2024-05-01 08:00:01Z") << false << QDateTime();
    QTest::newRow("ten digits") << QStringLiteral("2024-05-01T08:00:01.1234567890Z") << false
                                << QDateTime();
    QTest::newRow("no zone") << QStringLiteral("2024-05-01T08:00:01") << false << QDateTime();
    QTest::newRow("empty") << QString() << false << QDateTime();
}

void TestDockerInspect::parseTime()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QDateTime, expected);
    auto parsed = ContainerInspect::parseTime(text);
    QCOMPARE(parsed.ok(), valid);
    if (valid) {
        QCOMPARE(*parsed, expected);
        QCOMPARE(parsed->isNull(), expected.isNull());
        if (!expected.isNull()) {
            QCOMPARE(parsed->timeSpec(), Qt::UTC);
            QCOMPARE(parsed->time().msec(), expected.time().msec());
        }
    }
}

void TestDockerInspect::bindSpecs_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("container");
    QTest::addColumn<bool>("readOnly");

    QTest::newRow("plain") << QStringLiteral("/a:/b") << true << QStringLiteral("/a")
                           << QStringLiteral("/b") << false;
    QTest::newRow("ro") << QStringLiteral("/a:/b:ro") << true << QStringLiteral("/a")
                        << QStringLiteral("/b") << true;
    QTest::newRow("rw,z") << QStringLiteral("/a:/b:rw,z") << true << QStringLiteral("/a")
                          << QStringLiteral("/b") << false;
    QTest::newRow("z,ro") << QStringLiteral("/a:/b:z,ro") << true << QStringLiteral("/a")
                          << QStringLiteral("/b") << true;
    QTest::newRow("spaces") << QStringLiteral("/my dir:/b") << true << QStringLiteral("/my dir")
                            << QStringLiteral("/b") << false;
    QTest::newRow("volume name") << QStringLiteral("logs:/b") << true << QStringLiteral("logs")
                                 << QStringLiteral("/b") << false;
    QTest::newRow("no colon") << QStringLiteral("/a") << false << QString() << QString() << false;
    QTest::newRow("four parts") << QStringLiteral("/a:/b:ro:x") << false << QString() << QString()
                                << false;
    QTest::newRow("empty destination")
        << QStringLiteral("/a:") << false << QString() << QString() << false;
}

void TestDockerInspect::bindSpecs()
{
    QFETCH(QString, spec);
    QFETCH(bool, valid);
    QFETCH(QString, host);
    QFETCH(QString, container);
    QFETCH(bool, readOnly);
    auto bind = BindMount::fromSpec(spec);
    QCOMPARE(bind.ok(), valid);
    if (!valid)
        return;
    QCOMPARE(bind->hostPath, host);
    QCOMPARE(bind->containerPath, container);
    QCOMPARE(bind->readOnly, readOnly);
    QCOMPARE(bind->toSpec(), spec);
}

QTEST_GUILESS_MAIN(TestDockerInspect)
#include "tst_dockerinspect.moc"
