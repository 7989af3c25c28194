#include "docker/ImageReference.h"
#include "log/Redactor.h"
#include "remote/ArgumentValidation.h"

#include <QTest>

using namespace omsua::remote;

class TestValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void containerName_data();
    void containerName();
    void imageReference_data();
    void imageReference();
    void remotePath_data();
    void remotePath();
    void envName_data();
    void envName();
    void errorsNameValueRuleAndHint();
    void displayValueIsSafe();
    void imageReferenceParts_data();
    void imageReferenceParts();
    void imageTagVersion_data();
    void imageTagVersion();
};

void TestValidation::containerName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");

    QTest::newRow("oms_330") << QStringLiteral("oms_330") << true;
    QTest::newRow("dots dashes") << QStringLiteral("oms.3-3_1") << true;
    QTest::newRow("upper") << QStringLiteral("OMS331") << true;
    QTest::newRow("two chars") << QStringLiteral("ab") << true;
    QTest::newRow("id") << QStringLiteral(
                               "4f1c2a9b8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a1f0e9d8c7b6a5f4e3d2c1b")
                        << true;
    QTest::newRow("max length") << QString(kMaxContainerNameLength, QLatin1Char('a')) << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("one char") << QStringLiteral("a") << false;
    QTest::newRow("too long") << QString(kMaxContainerNameLength + 1, QLatin1Char('a')) << false;
    QTest::newRow("leading slash") << QStringLiteral("/oms_330") << false;
    QTest::newRow("leading dash") << QStringLiteral("-oms") << false;
    QTest::newRow("leading underscore") << QStringLiteral("_oms") << false;
    QTest::newRow("leading dot") << QStringLiteral(".oms") << false;
    QTest::newRow("space") << QStringLiteral("oms 330") << false;
    QTest::newRow("semicolon") << QStringLiteral("oms;rm -rf /") << false;
    QTest::newRow("dollar") << QStringLiteral("oms$(id)") << false;
    QTest::newRow("quote") << QStringLiteral("oms'x") << false;
    QTest::newRow("newline") << QStringLiteral("oms\nx") << false;
    QTest::newRow("colon") << QStringLiteral("oms:330") << false;
    QTest::newRow("slash inside") << QStringLiteral("oms/330") << false;
    QTest::newRow("unicode") << QStringLiteral("omsé") << false;
}

void TestValidation::containerName()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    const auto result = validateContainerName(name);
    QVERIFY2(result.ok() == valid,
             qPrintable(result.ok() ? QStringLiteral("accepted") : result.error().toString()));
}

void TestValidation::imageReference_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<bool>("valid");

    const QString digest = QStringLiteral("sha256:") + QString(64, QLatin1Char('a'));
    QTest::newRow("lab 3.3.0") << QStringLiteral("oms:feature_3.3.0_ce") << true;
    QTest::newRow("lab 3.3.1") << QStringLiteral("oms:feature_3.3.1_ce") << true;
    QTest::newRow("hub path") << QStringLiteral("oceanbase/oms:feature_4.2.2-ce") << true;
    QTest::newRow("registry port")
        << QStringLiteral("reg.example.com:5000/oceanbase/oms:feature_3.3.1") << true;
    QTest::newRow("documented registry")
        << QStringLiteral("reg.docker.alibaba-inc.com/oceanbase/oms:feature_3.3.1") << true;
    QTest::newRow("all-in-one") << QStringLiteral("oboms/oms-all-in-one:feature_4.0.0-ce") << true;
    QTest::newRow("localhost") << QStringLiteral("localhost:5000/oms") << true;
    QTest::newRow("no tag") << QStringLiteral("oms") << true;
    QTest::newRow("digest") << QStringLiteral("oms@") + digest << true;
    QTest::newRow("tag and digest") << QStringLiteral("oms:feature_3.3.1_ce@") + digest << true;
    QTest::newRow("double underscore") << QStringLiteral("a__b/c") << true;
    QTest::newRow("many dashes") << QStringLiteral("a---b") << true;
    QTest::newRow("image id") << QStringLiteral("sha256:") + QString(64, QLatin1Char('b')) << true;
    QTest::newRow("short id") << QStringLiteral("0123456789ab") << true;
    QTest::newRow("max tag") << QStringLiteral("oms:") + QString(128, QLatin1Char('t')) << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("upper repo") << QStringLiteral("OMS:feature_3.3.1") << false;
    QTest::newRow("upper path") << QStringLiteral("oceanbase/OMS:x") << false;
    QTest::newRow("leading dash") << QStringLiteral("--privileged") << false;
    QTest::newRow("space") << QStringLiteral("oms :tag") << false;
    QTest::newRow("semicolon") << QStringLiteral("oms;id") << false;
    QTest::newRow("subshell") << QStringLiteral("oms:$(id)") << false;
    QTest::newRow("tag too long") << QStringLiteral("oms:") + QString(129, QLatin1Char('t'))
                                  << false;
    QTest::newRow("tag leading dot") << QStringLiteral("oms:.x") << false;
    QTest::newRow("tag leading dash") << QStringLiteral("oms:-x") << false;
    QTest::newRow("empty tag") << QStringLiteral("oms:") << false;
    QTest::newRow("trailing separator") << QStringLiteral("oms_") << false;
    QTest::newRow("double slash") << QStringLiteral("a//b") << false;
    QTest::newRow("bad digest") << QStringLiteral("oms@sha256:abc") << false;
    QTest::newRow("newline") << QStringLiteral("oms\n:x") << false;
    QTest::newRow("repository too long") << QString(256, QLatin1Char('a')) << false;
}

void TestValidation::imageReference()
{
    QFETCH(QString, reference);
    QFETCH(bool, valid);
    const auto result = validateImageReference(reference);
    QVERIFY2(result.ok() == valid,
             qPrintable(result.ok() ? QStringLiteral("accepted") : result.error().toString()));
}

void TestValidation::remotePath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("valid");

    QTest::newRow("root") << QStringLiteral("/") << true;
    QTest::newRow("documented") << QStringLiteral("/data/oms/oms_logs") << true;
    QTest::newRow("trailing slash") << QStringLiteral("/data/oms/") << true;
    QTest::newRow("spaces") << QStringLiteral("/data/my backups/oms") << true;
    QTest::newRow("shell metacharacters") << QStringLiteral("/data/a'b\"c$d;e`f`\\g|h&i") << true;
    QTest::newRow("dot component") << QStringLiteral("/data/./oms") << true;
    QTest::newRow("dots in name") << QStringLiteral("/data/..hidden/x..y") << true;
    QTest::newRow("unicode") << QStringLiteral("/data/备份") << true;
    QTest::newRow("max length") << QStringLiteral("/") +
                                       QString(kMaxRemotePathLength - 1, QLatin1Char('a'))
                                << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("relative") << QStringLiteral("data/oms") << false;
    QTest::newRow("tilde") << QStringLiteral("~/backups") << false;
    QTest::newRow("dotdot") << QStringLiteral("/data/../etc/passwd") << false;
    QTest::newRow("trailing dotdot") << QStringLiteral("/data/..") << false;
    QTest::newRow("newline") << QStringLiteral("/data/a\nb") << false;
    QTest::newRow("carriage return") << QStringLiteral("/data/a\rb") << false;
    QTest::newRow("nul") << QStringLiteral("/data/a") + QChar(0) + QStringLiteral("b") << false;
    QTest::newRow("too long") << QStringLiteral("/") +
                                     QString(kMaxRemotePathLength, QLatin1Char('a'))
                              << false;
}

void TestValidation::remotePath()
{
    QFETCH(QString, path);
    QFETCH(bool, valid);
    const auto result = validateRemotePath(path);
    QVERIFY2(result.ok() == valid,
             qPrintable(result.ok() ? QStringLiteral("accepted") : result.error().toString()));
}

void TestValidation::envName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");

    QTest::newRow("OMS_HOST_IP") << QStringLiteral("OMS_HOST_IP") << true;
    QTest::newRow("IS_UPGRADE") << QStringLiteral("IS_UPGRADE") << true;
    QTest::newRow("underscore first") << QStringLiteral("_x") << true;
    QTest::newRow("lower") << QStringLiteral("path") << true;
    QTest::newRow("single") << QStringLiteral("A") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("digit first") << QStringLiteral("1A") << false;
    QTest::newRow("equals") << QStringLiteral("A=B") << false;
    QTest::newRow("dash") << QStringLiteral("A-B") << false;
    QTest::newRow("space") << QStringLiteral("A B") << false;
    QTest::newRow("dollar") << QStringLiteral("$A") << false;
    QTest::newRow("too long") << QString(kMaxEnvNameLength + 1, QLatin1Char('A')) << false;
}

void TestValidation::envName()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    const auto result = validateEnvName(name);
    QVERIFY2(result.ok() == valid,
             qPrintable(result.ok() ? QStringLiteral("accepted") : result.error().toString()));
}

void TestValidation::errorsNameValueRuleAndHint()
{
    const auto name = validateContainerName(QStringLiteral("oms 330"));
    QVERIFY(!name.ok());
    QVERIFY(name.error().message.contains(QStringLiteral("\"oms 330\"")));
    QVERIFY(name.error().message.contains(QStringLiteral("[a-zA-Z0-9][a-zA-Z0-9_.-]+")));
    QCOMPARE(name.error().where, QStringLiteral("container name"));
    QVERIFY(!name.error().hint.isEmpty());

    const auto image = validateImageReference(QStringLiteral("OMS"));
    QVERIFY(!image.ok());
    QVERIFY(image.error().message.contains(QStringLiteral("lower case")));
    QVERIFY(!image.error().hint.isEmpty());

    const auto option = validateImageReference(QStringLiteral("-v"));
    QVERIFY(option.error().message.contains(QStringLiteral("option")));

    const auto path = validateRemotePath(QStringLiteral("/a/../b"));
    QVERIFY(path.error().message.contains(QStringLiteral("\"/a/../b\"")));
    QVERIFY(path.error().message.contains(QStringLiteral("..")));

    const auto relative = validateRemotePath(QStringLiteral("a/b"));
    QVERIFY(relative.error().message.contains(QStringLiteral("not absolute")));

    const auto env = validateEnvName(QStringLiteral("1X"));
    QVERIFY(env.error().message.contains(QStringLiteral("[A-Za-z_][A-Za-z0-9_]*")));
}

void TestValidation::displayValueIsSafe()
{
    QCOMPARE(displayValue(QStringLiteral("a\nb")), QStringLiteral("\"a\\nb\""));
    QCOMPARE(displayValue(QStringLiteral("a") + QChar(0) + QStringLiteral("b")),
             QStringLiteral("\"a\\x00b\""));
    QCOMPARE(displayValue(QStringLiteral("a\x1b[31m")), QStringLiteral("\"a\\x1b[31m\""));
    QCOMPARE(displayValue(QString(100, QLatin1Char('x')), 10), QStringLiteral("\"xxxxxxx...\""));
    omsua::log::Redactor::global().addSecret(QStringLiteral("validation-secret"));
    QCOMPARE(displayValue(QStringLiteral("/data/validation-secret")),
             QStringLiteral("\"/data/********\""));
    omsua::log::Redactor::global().removeSecret(QStringLiteral("validation-secret"));
}

void TestValidation::imageReferenceParts_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QString>("registry");
    QTest::addColumn<QString>("repository");
    QTest::addColumn<QString>("tag");

    QTest::newRow("local") << QStringLiteral("oms:feature_3.3.0_ce") << QString()
                           << QStringLiteral("oms") << QStringLiteral("feature_3.3.0_ce");
    QTest::newRow("hub") << QStringLiteral("oceanbase/oms:feature_4.2.2-ce") << QString()
                         << QStringLiteral("oceanbase/oms") << QStringLiteral("feature_4.2.2-ce");
    QTest::newRow("registry port")
        << QStringLiteral("reg.example.com:5000/oceanbase/oms:feature_3.3.1")
        << QStringLiteral("reg.example.com:5000") << QStringLiteral("oceanbase/oms")
        << QStringLiteral("feature_3.3.1");
    QTest::newRow("registry port no tag")
        << QStringLiteral("localhost:5000/oms") << QStringLiteral("localhost:5000")
        << QStringLiteral("oms") << QString();
}

void TestValidation::imageReferenceParts()
{
    QFETCH(QString, reference);
    QFETCH(QString, registry);
    QFETCH(QString, repository);
    QFETCH(QString, tag);
    const auto ref = omsua::docker::ImageReference::parse(reference);
    QVERIFY2(ref.ok(), qPrintable(ref.ok() ? QString() : ref.error().toString()));
    QCOMPARE(ref->registry, registry);
    QCOMPARE(ref->repository, repository);
    QCOMPARE(ref->tag, tag);
    QCOMPARE(ref->toString(), reference);
}

void TestValidation::imageTagVersion_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QString>("version"); // empty: an Error is expected

    QTest::newRow("3.3.0 ce") << QStringLiteral("oms:feature_3.3.0_ce") << QStringLiteral("3.3.0");
    QTest::newRow("4.2.2 -ce") << QStringLiteral("oceanbase/oms:feature_4.2.2-ce")
                               << QStringLiteral("4.2.2");
    QTest::newRow("registry") << QStringLiteral("reg.example.com:5000/oceanbase/oms:feature_3.3.1")
                              << QStringLiteral("3.3.1");
    QTest::newRow("all-in-one") << QStringLiteral("oboms/oms-all-in-one:feature_4.0.0-ce")
                                << QStringLiteral("4.0.0");
    QTest::newRow("plain") << QStringLiteral("oms:4.2.9") << QStringLiteral("4.2.9");
    QTest::newRow("two parts") << QStringLiteral("oms:v4.1") << QStringLiteral("4.1");
    QTest::newRow("bp suffix") << QStringLiteral("oms:feature_3.2.2_bp1")
                               << QStringLiteral("3.2.2");
    QTest::newRow("no tag") << QStringLiteral("oceanbase/oms") << QString();
    QTest::newRow("latest") << QStringLiteral("oms:latest") << QString();
    QTest::newRow("single number") << QStringLiteral("oms:feature_4") << QString();
    QTest::newRow("invalid reference") << QStringLiteral("OMS:feature_3.3.1") << QString();
    QTest::newRow("port is not a version") << QStringLiteral("localhost:5000/oms") << QString();
}

void TestValidation::imageTagVersion()
{
    QFETCH(QString, reference);
    QFETCH(QString, version);
    const auto parsed = omsua::docker::imageTagVersion(reference);
    if (version.isEmpty()) {
        QVERIFY(!parsed.ok());
        QVERIFY(!parsed.error().message.isEmpty());
        QVERIFY(!parsed.error().hint.isEmpty());
    } else {
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
        QCOMPARE(*parsed, QVersionNumber::fromString(version));
    }
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
