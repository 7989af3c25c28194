#include "metadb/HaConfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using omsua::metadb::HaConfig;

namespace {

QJsonObject objectOf(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}

// What an OMS 3.3 console writes, with keys in its order and one key we do not know.
const QByteArray kStored =
    R"({"enable":true,"enableHost":false,"enableStore":true,"perceiveStoreClientCheckpoint":false,)"
    R"("enableConnector":true,"enableJdbcWriter":true,"subtopicStoreNumberThreshold":5,)"
    R"("checkRequestIntervalSec":600,"checkJdbcWriterIntervalSec":600,)"
    R"("checkHostDownIntervalSec":540,"checkModuleExceptionIntervalSec":240,)"
    R"("clearAbnormalResourceHours":72,"refetchStoreIntervalMin":30,"futureKnob":"x"})";

} // namespace

class TestHaConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsWhenAbsent();
    void readsStoredValues();
    void mergeKeepsUnknownKeysAndTypes();
    void mergeKeepsKeyOrder();
    void mergeAddsDocumentedKey();
    void mergeRefuses_data();
    void mergeRefuses();
    void malformed_data();
    void malformed();
    void keyOrderSurvivesTrickyText();
    void hasValuesComparesNumbersAsNumbers();
};

void TestHaConfig::defaultsWhenAbsent()
{
    const auto config = HaConfig::parse("{}");
    QVERIFY(config.ok());
    QCOMPARE(config->enable(), false);
    QCOMPARE(config->enableHost(), false);
    QCOMPARE(config->enableStore(), true);
    QCOMPARE(config->perceiveStoreClientCheckpoint(), false);
    QCOMPARE(config->enableConnector(), true);
    QCOMPARE(config->enableJdbcWriter(), true);
    QCOMPARE(config->subtopicStoreNumberThreshold(), 5);
    QCOMPARE(config->checkRequestIntervalSec(), 600);
    QCOMPARE(config->checkJdbcWriterIntervalSec(), 600);
    QCOMPARE(config->checkHostDownIntervalSec(), 540);
    QCOMPARE(config->checkModuleExceptionIntervalSec(), 240);
    QCOMPARE(config->clearAbnormalResourceHours(), 72);
    QCOMPARE(config->refetchStoreIntervalMin(), 30);
    QCOMPARE(config->knownKeys().size(), 13);
    QVERIFY(!config->contains(QStringLiteral("enable")));
    QCOMPARE(config->toJson(), QByteArray("{}"));
}

void TestHaConfig::readsStoredValues()
{
    const auto config = HaConfig::parse(R"({"enable":true,"enableStore":false,
        "refetchStoreIntervalMin":90, "checkHostDownIntervalSec": 1e3})");
    QVERIFY(config.ok());
    QCOMPARE(config->enable(), true);
    QCOMPARE(config->enableStore(), false);
    QCOMPARE(config->refetchStoreIntervalMin(), 90);
    QCOMPARE(config->checkHostDownIntervalSec(), 1000);
    QCOMPARE(config->enableConnector(), true); // absent: default
}

void TestHaConfig::mergeKeepsUnknownKeysAndTypes()
{
    const QByteArray text = R"({"zeta":"s","enable":true,"alpha":[1,{"b":null}],"ratio":1.5,)"
                            R"("nested":{"y":2,"x":"1"},"flag":false,"nothing":null,"big":)"
                            R"(9007199254740993,"refetchStoreIntervalMin":30})";
    const auto config = HaConfig::parse(text);
    QVERIFY(config.ok());
    const auto merged = config->merged(QJsonObject{{QStringLiteral("enable"), false}});
    QVERIFY(merged.ok());

    QJsonObject expected = objectOf(text);
    expected.insert(QStringLiteral("enable"), false);
    QCOMPARE(merged->object(), expected);
    QCOMPARE(merged->object().value(QStringLiteral("zeta")).type(), QJsonValue::String);
    QCOMPARE(merged->object().value(QStringLiteral("alpha")).type(), QJsonValue::Array);
    QCOMPARE(merged->object().value(QStringLiteral("nothing")).type(), QJsonValue::Null);
    QCOMPARE(merged->object().value(QStringLiteral("ratio")).toDouble(), 1.5);
    QCOMPARE(merged->enable(), false);
    // The original is untouched.
    QCOMPARE(config->enable(), true);

    // What is written back parses to the same object.
    const QByteArray written = merged->toJson();
    QVERIFY(!written.contains(' ') && !written.contains('\n'));
    QCOMPARE(objectOf(written), expected);
    // Integers beyond 2^53 are kept as written, not rounded through double.
    QVERIFY2(written.contains("\"big\":9007199254740993"), written.constData());
}

void TestHaConfig::mergeKeepsKeyOrder()
{
    const auto config = HaConfig::parse(kStored);
    QVERIFY(config.ok());
    QCOMPARE(config->toJson(), kStored); // unchanged text round-trips byte for byte
    const auto merged = config->merged(QJsonObject{
        {QStringLiteral("enable"), false}, {QStringLiteral("refetchStoreIntervalMin"), 90}});
    QVERIFY(merged.ok());
    QByteArray expected = kStored;
    expected.replace("\"enable\":true", "\"enable\":false");
    expected.replace("\"refetchStoreIntervalMin\":30", "\"refetchStoreIntervalMin\":90");
    QCOMPARE(merged->toJson(), expected);
}

void TestHaConfig::mergeAddsDocumentedKey()
{
    const auto config = HaConfig::parse(R"({"enable":true,"other":1})");
    QVERIFY(config.ok());
    const auto merged =
        config->merged(QJsonObject{{QStringLiteral("perceiveStoreClientCheckpoint"), true}});
    QVERIFY(merged.ok());
    QCOMPARE(merged->toJson(),
             QByteArray(R"({"enable":true,"other":1,"perceiveStoreClientCheckpoint":true})"));
    QCOMPARE(merged->perceiveStoreClientCheckpoint(), true);

    // An unknown key that is already stored may be changed (and keeps its position).
    const auto changed =
        config->merged(QJsonObject{{QStringLiteral("other"), QStringLiteral("2")}});
    QVERIFY(changed.ok());
    QCOMPARE(changed->toJson(), QByteArray(R"({"enable":true,"other":"2"})"));
}

void TestHaConfig::mergeRefuses_data()
{
    QTest::addColumn<QByteArray>("changes");
    QTest::addColumn<QString>("key");
    QTest::newRow("bool as string")
        << QByteArray(R"({"enable":"false"})") << QStringLiteral("enable");
    QTest::newRow("bool as number") << QByteArray(R"({"enable":0})") << QStringLiteral("enable");
    QTest::newRow("int as string") << QByteArray(R"({"refetchStoreIntervalMin":"90"})")
                                   << QStringLiteral("refetchStoreIntervalMin");
    QTest::newRow("fraction") << QByteArray(R"({"refetchStoreIntervalMin":1.5})")
                              << QStringLiteral("refetchStoreIntervalMin");
    QTest::newRow("null") << QByteArray(R"({"enableHost":null})") << QStringLiteral("enableHost");
    QTest::newRow("typo") << QByteArray(R"({"enabel":false})") << QStringLiteral("enabel");
}

void TestHaConfig::mergeRefuses()
{
    QFETCH(QByteArray, changes);
    QFETCH(QString, key);
    const auto config = HaConfig::parse(kStored);
    QVERIFY(config.ok());
    const auto merged = config->merged(objectOf(changes));
    QVERIFY(!merged.ok());
    QVERIFY2(merged.error().message.contains(key), qPrintable(merged.error().message));
}

void TestHaConfig::malformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("not valid JSON");
    QTest::newRow("truncated") << QByteArray(R"({"enable":tru)")
                               << QStringLiteral("not valid JSON");
    QTest::newRow("trailing comma")
        << QByteArray(R"({"enable":true,})") << QStringLiteral("not valid JSON");
    QTest::newRow("array") << QByteArray("[1,2]") << QStringLiteral("JSON object");
    QTest::newRow("bool as string")
        << QByteArray(R"({"enable":"true"})") << QStringLiteral("enable must be true or false");
    QTest::newRow("int as string")
        << QByteArray(R"({"refetchStoreIntervalMin":"30"})")
        << QStringLiteral("refetchStoreIntervalMin must be a whole number");
    QTest::newRow("fraction") << QByteArray(R"({"checkRequestIntervalSec":1.5})")
                              << QStringLiteral("checkRequestIntervalSec");
    QTest::newRow("object") << QByteArray(R"({"enableHost":{}})") << QStringLiteral("enableHost");
    QTest::newRow("too big") << QByteArray(R"({"clearAbnormalResourceHours":1e12})")
                             << QStringLiteral("clearAbnormalResourceHours");
}

void TestHaConfig::malformed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const auto config = HaConfig::parse(json, QStringLiteral("rm_330.oms_normal_config"));
    QVERIFY(!config.ok());
    QVERIFY2(config.error().message.contains(expected), qPrintable(config.error().message));
    QVERIFY(config.error().message.contains(QStringLiteral("rm_330.oms_normal_config")));
    QVERIFY(!config.error().hint.isEmpty());
}

void TestHaConfig::keyOrderSurvivesTrickyText()
{
    // Escaped quotes in keys, braces inside strings, nested objects and arrays, whitespace.
    const QByteArray text = "\n { \"b\\\"q\" : 1 ,\"a\":{\"z\":1,\"y\":[{\"k\":\"}\"}]},"
                            "\"c\":\"{\\\"fake\\\":1}\", \"\\u00e9\":true }\n";
    const auto config = HaConfig::parse(text);
    QVERIFY(config.ok());
    const QByteArray out = config->toJson();
    QCOMPARE(objectOf(out), objectOf(text));
    const qsizetype b = out.indexOf("\"b\\\"q\"");
    const qsizetype a = out.indexOf("\"a\"");
    const qsizetype c = out.indexOf("\"c\"");
    const qsizetype e = out.indexOf("\"\xc3\xa9\"");
    QVERIFY2(b >= 0 && b < a && a < c && c < e, out.constData());
    QVERIFY(!out.contains("\"fake\":1,")); // the string value was not mistaken for a key
}

void TestHaConfig::hasValuesComparesNumbersAsNumbers()
{
    const auto config = HaConfig::parse(R"({"refetchStoreIntervalMin":90.0,"enable":false})");
    QVERIFY(config.ok());
    QVERIFY(config->hasValues(QJsonObject{{QStringLiteral("refetchStoreIntervalMin"), 90}}));
    QString mismatch;
    QVERIFY(!config->hasValues(QJsonObject{{QStringLiteral("enable"), false},
                                           {QStringLiteral("refetchStoreIntervalMin"), 91}},
                               &mismatch));
    QCOMPARE(mismatch, QStringLiteral("refetchStoreIntervalMin"));
    QVERIFY(!config->hasValues(QJsonObject{{QStringLiteral("enableHost"), false}}));
}

QTEST_GUILESS_MAIN(TestHaConfig)
#include "tst_haconfig.moc"
