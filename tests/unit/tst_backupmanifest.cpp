// Manifest: JSON round trip and validation errors that name the field.
#include "backup/Manifest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace omsua;
using namespace omsua::backup;

namespace {

const QString kSha =
    QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");

Manifest sampleManifest()
{
    Manifest m;
    m.runId = QStringLiteral("20261125T161500Z-oms_330-3f9c");
    m.createdAt = QDateTime(QDate(2026, 11, 25), QTime(16, 2, 11, 123), Qt::UTC);
    m.container = QStringLiteral("oms_330");
    m.sourceImage = QStringLiteral("oms:feature_3.3.0_ce");
    m.sourceVersion = QStringLiteral("3.3.0");
    m.targetImage = QStringLiteral("oms:feature_3.3.1_ce");
    m.serverVersion = QStringLiteral("10.11.19-MariaDB-0+deb12u1");
    m.dumpFlavour = DumpFlavour::MariaDb;
    m.dumpVersion = QStringLiteral("10.11.19-MariaDB");
    m.t1 = QDateTime(QDate(2026, 11, 25), QTime(16, 0, 3, 456), Qt::UTC);
    const struct
    {
        DatabaseRole role;
        const char* name;
        qint64 bytes;
    } dbs[] = {{DatabaseRole::Rm, "rm_330", 12345},
               {DatabaseRole::Cm, "cm_330", 678},
               {DatabaseRole::CmHb, "cm_hb_330", 9000}};
    for (const auto& d : dbs) {
        ManifestDatabase db;
        db.role = d.role;
        db.name = QString::fromLatin1(d.name);
        db.file = ManifestDatabase::fileNameFor(db.name);
        db.bytes = d.bytes;
        db.sha256 = kSha;
        db.trailer = QStringLiteral("-- Dump completed on 2026-11-25 16:02:11");
        db.completed = true;
        m.databases.append(db);
    }
    m.inspect = QJsonObject{
        {QStringLiteral("Name"), QStringLiteral("/oms_330")},
        {QStringLiteral("HostConfig"),
         QJsonObject{
             {QStringLiteral("Binds"),
              QJsonArray{QStringLiteral("/data/config.yaml:/home/admin/conf/config.yaml")}}}}};
    m.configYamlMasked =
        QStringLiteral("oms_meta_password: '********'\ndrc_cm_heartbeat_db: cm_hb_330\n");
    m.notes = QStringLiteral("lab run; \"quotes\" and \\ backslashes and unicode \u00e9");
    return m;
}

QJsonObject sampleObject()
{
    return sampleManifest().toJsonObject();
}

} // namespace

class TestBackupManifest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        const Manifest original = sampleManifest();
        const QByteArray json = original.toJson();
        const Expected<Manifest> back = Manifest::fromJson(json);
        QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().toString()));
        QCOMPARE(back->toJson(), json);
        QCOMPARE(back->runId, original.runId);
        QCOMPARE(back->createdAt, original.createdAt);
        QCOMPARE(back->t1, original.t1);
        QCOMPARE(back->t1.time().msec(), 456);
        QCOMPARE(back->databases.size(), 3);
        QCOMPARE(back->databases.at(2).name, QStringLiteral("cm_hb_330"));
        QCOMPARE(back->databases.at(2).file, QStringLiteral("cm_hb_330.sql"));
        QCOMPARE(back->databases.at(2).bytes, 9000);
        QCOMPARE(back->inspect, original.inspect);
        QCOMPARE(back->configYamlMasked, original.configYamlMasked);
        QCOMPARE(back->notes, original.notes);
        QCOMPARE(int(back->dumpFlavour), int(DumpFlavour::MariaDb));
        QVERIFY(back->isComplete());
        QCOMPARE(back->database(DatabaseRole::Cm)->name, QStringLiteral("cm_330"));
    }

    // The documented field names, as other tools (and people) read them.
    void fieldNames()
    {
        const QJsonObject o = sampleObject();
        for (const char* key : {"format", "runId", "createdAt", "container", "sourceImage",
                                "sourceVersion", "targetImage", "serverVersion", "dumpTool", "T1",
                                "databases", "inspect", "configYamlMasked", "notes"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o.value(QStringLiteral("format")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("dumpTool"))
                     .toObject()
                     .value(QStringLiteral("flavour"))
                     .toString(),
                 QStringLiteral("mariadb"));
        const QJsonObject db = o.value(QStringLiteral("databases")).toArray().at(2).toObject();
        QCOMPARE(db.value(QStringLiteral("role")).toString(), QStringLiteral("cm_hb"));
        for (const char* key : {"role", "name", "file", "bytes", "sha256", "trailer", "completed"})
            QVERIFY2(db.contains(QLatin1String(key)), key);
    }

    void bigSizesSurvive()
    {
        Manifest m = sampleManifest();
        m.databases[0].bytes = 123456789012345; // beyond 32 bits, within a double's 53
        const Expected<Manifest> back = Manifest::fromJson(m.toJson());
        QVERIFY(back.ok());
        QCOMPARE(back->databases.at(0).bytes, Q_INT64_C(123456789012345));
    }

    void nullT1()
    {
        Manifest m = sampleManifest();
        m.t1 = QDateTime();
        QVERIFY(m.toJsonObject().value(QStringLiteral("T1")).isNull());
        const Expected<Manifest> back = Manifest::fromJson(m.toJson());
        QVERIFY(back.ok());
        QVERIFY(!back->t1.isValid());
    }

    void incompleteSet()
    {
        Manifest m = sampleManifest();
        m.databases[1].completed = false;
        m.databases[1].sha256.clear();
        m.databases[1].trailer.clear();
        m.databases[1].bytes = 0;
        QVERIFY(!m.isComplete());
        const Expected<Manifest> back = Manifest::fromJson(m.toJson());
        QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().toString()));
        QVERIFY(!back->isComplete());
        m.databases.removeLast();
        QVERIFY(!m.isComplete());
    }

    void validationNamesTheField_data()
    {
        QTest::addColumn<QString>("path"); // "key" or "databases/1/key"; empty value = remove
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");
        const QJsonValue remove;
        QTest::newRow("format missing")
            << QStringLiteral("format") << remove << QStringLiteral("format");
        QTest::newRow("format 2") << QStringLiteral("format") << QJsonValue(2)
                                  << QStringLiteral("format");
        QTest::newRow("format text") << QStringLiteral("format") << QJsonValue(QStringLiteral("1"))
                                     << QStringLiteral("format");
        QTest::newRow("runId missing")
            << QStringLiteral("runId") << remove << QStringLiteral("runId");
        QTest::newRow("runId path")
            << QStringLiteral("runId") << QJsonValue(QStringLiteral("../../etc"))
            << QStringLiteral("runId");
        QTest::newRow("createdAt bad")
            << QStringLiteral("createdAt") << QJsonValue(QStringLiteral("yesterday"))
            << QStringLiteral("createdAt");
        QTest::newRow("T1 number")
            << QStringLiteral("T1") << QJsonValue(17) << QStringLiteral("T1");
        QTest::newRow("container number")
            << QStringLiteral("container") << QJsonValue(3) << QStringLiteral("container");
        QTest::newRow("dumpTool flavour")
            << QStringLiteral("dumpTool/flavour") << QJsonValue(QStringLiteral("oracle"))
            << QStringLiteral("dumpTool.flavour");
        QTest::newRow("inspect array")
            << QStringLiteral("inspect") << QJsonValue(QJsonArray{}) << QStringLiteral("inspect");
        QTest::newRow("databases missing")
            << QStringLiteral("databases") << remove << QStringLiteral("databases");
        QTest::newRow("databases object")
            << QStringLiteral("databases") << QJsonValue(QJsonObject{})
            << QStringLiteral("databases");
        QTest::newRow("role bad") << QStringLiteral("databases/1/role")
                                  << QJsonValue(QStringLiteral("hb"))
                                  << QStringLiteral("databases[1].role");
        QTest::newRow("role twice")
            << QStringLiteral("databases/2/role") << QJsonValue(QStringLiteral("rm"))
            << QStringLiteral("databases[2]");
        QTest::newRow("name bad") << QStringLiteral("databases/0/name")
                                  << QJsonValue(QStringLiteral("rm; drop"))
                                  << QStringLiteral("databases[0].name");
        QTest::newRow("file with slash")
            << QStringLiteral("databases/2/file") << QJsonValue(QStringLiteral("../cm_hb_322.sql"))
            << QStringLiteral("databases[2].file");
        QTest::newRow("file twice")
            << QStringLiteral("databases/2/file") << QJsonValue(QStringLiteral("rm_330.sql"))
            << QStringLiteral("databases[2]");
        QTest::newRow("bytes negative") << QStringLiteral("databases/0/bytes") << QJsonValue(-1)
                                        << QStringLiteral("databases[0].bytes");
        QTest::newRow("bytes fraction") << QStringLiteral("databases/0/bytes") << QJsonValue(1.5)
                                        << QStringLiteral("databases[0].bytes");
        // Beyond qint64: refused, not converted (found by tests/fuzz/fuzz_manifest under UBSan).
        QTest::newRow("bytes beyond 64 bits")
            << QStringLiteral("databases/0/bytes") << QJsonValue(9.9e32)
            << QStringLiteral("databases[0].bytes");
        QTest::newRow("bytes 2^63")
            << QStringLiteral("databases/0/bytes") << QJsonValue(9223372036854775808.0)
            << QStringLiteral("databases[0].bytes");
        QTest::newRow("bytes zero when completed")
            << QStringLiteral("databases/0/bytes") << QJsonValue(0)
            << QStringLiteral("databases[0].bytes");
        QTest::newRow("sha256 short")
            << QStringLiteral("databases/1/sha256") << QJsonValue(QStringLiteral("abc"))
            << QStringLiteral("databases[1].sha256");
        QTest::newRow("sha256 upper")
            << QStringLiteral("databases/1/sha256") << QJsonValue(kSha.toUpper())
            << QStringLiteral("databases[1].sha256");
        QTest::newRow("trailer wrong when completed")
            << QStringLiteral("databases/2/trailer") << QJsonValue(QStringLiteral("INSERT INTO"))
            << QStringLiteral("databases[2].trailer");
        QTest::newRow("completed missing") << QStringLiteral("databases/2/completed") << remove
                                           << QStringLiteral("databases[2].completed");
        QTest::newRow("completed text")
            << QStringLiteral("databases/2/completed") << QJsonValue(QStringLiteral("yes"))
            << QStringLiteral("databases[2].completed");
    }
    void validationNamesTheField()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);

        QJsonObject o = sampleObject();
        const QStringList parts = path.split(QLatin1Char('/'));
        const auto apply = [&value](QJsonObject& object, const QString& key) {
            if (value.isUndefined())
                object.remove(key);
            else
                object.insert(key, value);
        };
        if (parts.size() == 1) {
            apply(o, parts[0]);
        } else if (parts[0] == QLatin1String("databases")) {
            QJsonArray dbs = o.value(parts[0]).toArray();
            QJsonObject db = dbs.at(parts[1].toInt()).toObject();
            apply(db, parts[2]);
            dbs[parts[1].toInt()] = db;
            o.insert(parts[0], dbs);
        } else {
            QJsonObject inner = o.value(parts[0]).toObject();
            apply(inner, parts[1]);
            o.insert(parts[0], inner);
        }
        const Expected<Manifest> parsed =
            Manifest::fromJson(QJsonDocument(o).toJson(), QStringLiteral("/b/run/manifest.json"));
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().message.contains(field), qPrintable(parsed.error().toString()));
        QVERIFY2(parsed.error().where.contains(field), qPrintable(parsed.error().where));
    }

    void notJson()
    {
        Expected<Manifest> parsed = Manifest::fromJson("{\"format\": 1,");
        QVERIFY(!parsed.ok());
        QVERIFY(parsed.error().message.contains(QStringLiteral("not valid JSON")));
        parsed = Manifest::fromJson("[1,2]");
        QVERIFY(!parsed.ok());
        QVERIFY(parsed.error().message.contains(QStringLiteral("not a JSON object")));
        parsed = Manifest::fromJson(QByteArray());
        QVERIFY(!parsed.ok());
    }

    // Optional context fields may be absent (an older writer, a hand-made set).
    void optionalFieldsMayBeAbsent()
    {
        QJsonObject o = sampleObject();
        for (const char* key :
             {"container", "sourceImage", "sourceVersion", "targetImage", "serverVersion",
              "dumpTool", "T1", "inspect", "configYamlMasked", "notes"})
            o.remove(QLatin1String(key));
        const Expected<Manifest> parsed = Manifest::fromJsonObject(o);
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().toString()));
        QVERIFY(parsed->isComplete());
    }

    void fileNameComesFromTheName()
    {
        QCOMPARE(ManifestDatabase::fileNameFor(QStringLiteral("cm_hb_322")),
                 QStringLiteral("cm_hb_322.sql"));
    }
};

QTEST_GUILESS_MAIN(TestBackupManifest)
#include "tst_backupmanifest.moc"
