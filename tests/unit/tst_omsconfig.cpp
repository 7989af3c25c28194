#include "config/OmsConfig.h"

#include <QFile>
#include <QRandomGenerator>
#include <QtTest>

using omsua::config::OmsConfig;

namespace {

QByteArray dataFile(const char* name)
{
    QFile file(QStringLiteral(OMSUA_SOURCE_DIR "/tests/data/config/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open test data %s", name);
    return file.readAll();
}

// A complete, valid config whose password line is given.
QByteArray withPasswordLine(const QByteArray& passwordLine)
{
    return QByteArray("oms_meta_host: db.example\n"
                      "oms_meta_port: 2883\n"
                      "oms_meta_user: root@oms#obcluster\n") +
           passwordLine +
           QByteArray("\n"
                      "drc_rm_db: rm_330\n"
                      "drc_cm_db: cm_330\n"
                      "drc_cm_heartbeat_db: cm_hb_330\n");
}

const QByteArray kMinimal = withPasswordLine("oms_meta_password: secret");
const QByteArray kMinimalMasked = withPasswordLine("oms_meta_password: '********'");

} // namespace

class TestOmsConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesValidFiles_data();
    void parsesValidFiles();
    void passwordsRoundTrip_data();
    void passwordsRoundTrip();
    void missingRequiredKey_data();
    void missingRequiredKey();
    void badPort_data();
    void badPort();
    void badDatabaseName_data();
    void badDatabaseName();
    void syntaxErrorNamesLine_data();
    void syntaxErrorNamesLine();
    void otherStructuralErrors_data();
    void otherStructuralErrors();
    void optionalPortsAndDefaults();
    void unknownKeysKept();
    void secretsListsEverySecret();
    void maskedYamlHidesSecretsOnly_data();
    void maskedYamlHidesSecretsOnly();
    void maskedYamlMasksSecretElsewhere();
    void maskedYamlAliasAndReuse();
    void maskedYamlFallbackStillHides();
    void randomPasswordsRoundTrip();
};

void TestOmsConfig::parsesValidFiles_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QStringList>("databases");
    QTest::addColumn<QStringList>("nodes");

    QTest::newRow("documented example")
        << dataFile("documented.yaml") << QStringLiteral("10.0.0.1") << 2883
        << QStringLiteral("root@oms#obcluster") << QStringLiteral("********")
        << QStringList{QStringLiteral("oms_rm"), QStringLiteral("oms_cm"),
                       QStringLiteral("oms_cm_hb")}
        << QStringList{QStringLiteral("10.0.0.2")};
    QTest::newRow("lab-like") << dataFile("lab-like.yaml") << QStringLiteral("127.0.0.1") << 3307
                              << QStringLiteral("oms_meta")
                              << QStringLiteral("Meta p@ss 'q' \"dq\" $HOME; \\x")
                              << QStringList{QStringLiteral("rm_330"), QStringLiteral("cm_330"),
                                             QStringLiteral("cm_hb_330")}
                              << QStringList{QStringLiteral("127.0.0.1")};
}

void TestOmsConfig::parsesValidFiles()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QStringList, databases);
    QFETCH(QStringList, nodes);

    const auto config = OmsConfig::parse(yaml, QStringLiteral("test.yaml"));
    QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().toString()));
    QCOMPARE(config->metaHost, host);
    QCOMPARE(int(config->metaPort), port);
    QCOMPARE(config->metaUser, user);
    QCOMPARE(config->metaPassword, password);
    QCOMPARE((QStringList{config->rmDb, config->cmDb, config->cmHbDb}), databases);
    QCOMPARE(config->cmNodes, nodes);
    QVERIFY(config->cmIsDefault);
    QCOMPARE(config->sourceName, QStringLiteral("test.yaml"));
    QCOMPARE(config->originalText(), yaml);
}

void TestOmsConfig::passwordsRoundTrip_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("expected");

    const QString hostile = QStringLiteral("a'b\"c $HOME; d\\e  f");
    QTest::newRow("single-quoted hostile")
        << QByteArray("oms_meta_password: 'a''b\"c $HOME; d\\e  f'") << hostile;
    QTest::newRow("double-quoted hostile")
        << QByteArray("oms_meta_password: \"a'b\\\"c $HOME; d\\\\e  f\"") << hostile;
    QTest::newRow("single-quoted unicode")
        << QByteArray("oms_meta_password: '\xd0\xbf\xd0\xb0\xd1\x80\xd0\xbe\xd0\xbb\xd1\x8c "
                      "\xe5\xaf\x86\xe7\xa0\x81 \xc3\xbc'")
        << QString::fromUtf8("пароль 密码 ü");
    QTest::newRow("double-quoted unicode escapes")
        << QByteArray("oms_meta_password: \"\\u00fc\\u5bc6 \\t x\"")
        << QString::fromUtf8("ü密 \t x");
    QTest::newRow("plain with $ ; and quote inside")
        << QByteArray("oms_meta_password: pa$$;wo'rd\"x") << QStringLiteral("pa$$;wo'rd\"x");
    QTest::newRow("plain with trailing comment")
        << QByteArray("oms_meta_password: p w   # comment") << QStringLiteral("p w");
    QTest::newRow("numeric-looking stays text")
        << QByteArray("oms_meta_password: 0123") << QStringLiteral("0123");
    QTest::newRow("empty quoted") << QByteArray("oms_meta_password: ''") << QString();
    QTest::newRow("anchored") << QByteArray("oms_meta_password: &pw 'x y'")
                              << QStringLiteral("x y");
}

void TestOmsConfig::passwordsRoundTrip()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, expected);
    const QByteArray yaml = withPasswordLine(line);
    const auto config = OmsConfig::parse(yaml, QStringLiteral("pw.yaml"));
    QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().toString()));
    QCOMPARE(config->metaPassword, expected);
    if (expected.isEmpty()) {
        QVERIFY(config->secrets().isEmpty());
        QCOMPARE(config->maskedYaml(), yaml);
    } else {
        QCOMPARE(config->secrets(), QStringList{expected});
        const QByteArray masked = config->maskedYaml();
        QVERIFY2(!masked.contains(expected.toUtf8()), masked.constData());
        const auto reparsed = OmsConfig::parse(masked, QStringLiteral("masked"));
        QVERIFY(reparsed.ok());
        QCOMPARE(reparsed->metaPassword, QStringLiteral("********"));
    }
}

void TestOmsConfig::missingRequiredKey_data()
{
    QTest::addColumn<QString>("key");
    for (const char* key : {"oms_meta_host", "oms_meta_port", "oms_meta_user", "oms_meta_password",
                            "drc_rm_db", "drc_cm_db", "drc_cm_heartbeat_db"})
        QTest::newRow(key) << QString::fromLatin1(key);
}

void TestOmsConfig::missingRequiredKey()
{
    QFETCH(QString, key);
    QByteArray yaml;
    const QList<QByteArray> lines = kMinimal.split('\n');
    for (const QByteArray& line : lines)
        if (!line.startsWith(QByteArray(key.toUtf8() + ':')) && !line.isEmpty())
            yaml += line + '\n';
    QVERIFY(yaml.size() < kMinimal.size());

    const auto config = OmsConfig::parse(yaml, QStringLiteral("/data/config.yaml"));
    QVERIFY(!config.ok());
    QVERIFY2(config.error().message.contains(key), qPrintable(config.error().message));
    QVERIFY(config.error().message.contains(QStringLiteral("missing")));
    QVERIFY(config.error().message.contains(QStringLiteral("/data/config.yaml")));
    QVERIFY(!config.error().hint.isEmpty());

    // A key present without a value is reported as such.
    const auto empty = OmsConfig::parse(yaml + key.toUtf8() + ":\n", QStringLiteral("c.yaml"));
    QVERIFY(!empty.ok());
    QVERIFY2(empty.error().message.contains(key), qPrintable(empty.error().message));
}

void TestOmsConfig::badPort_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("text") << QByteArray("abc");
    QTest::newRow("zero") << QByteArray("0");
    QTest::newRow("too big") << QByteArray("65536");
    QTest::newRow("negative") << QByteArray("-1");
    QTest::newRow("fraction") << QByteArray("80.5");
    QTest::newRow("list") << QByteArray("[1, 2]");
}

void TestOmsConfig::badPort()
{
    QFETCH(QByteArray, value);
    QByteArray yaml = kMinimal;
    yaml.replace("oms_meta_port: 2883", QByteArray("oms_meta_port: " + value));
    const auto config = OmsConfig::parse(yaml, QStringLiteral("host:/conf/config.yaml"));
    QVERIFY(!config.ok());
    QVERIFY2(config.error().message.contains(QStringLiteral("oms_meta_port")),
             qPrintable(config.error().message));
    QVERIFY(config.error().message.contains(QStringLiteral("host:/conf/config.yaml")));
    QVERIFY(config.error().where.endsWith(QStringLiteral(":2"))); // the line of the key

    // Optional port keys are checked the same way.
    const auto optional =
        OmsConfig::parse(kMinimal + "ghana_server_port: " + value + '\n', QStringLiteral("c.yaml"));
    QVERIFY(!optional.ok());
    QVERIFY(optional.error().message.contains(QStringLiteral("ghana_server_port")));
}

void TestOmsConfig::badDatabaseName_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("semicolon") << QByteArray("rm;drop");
    QTest::newRow("quoted injection") << QByteArray("\"rm`; drop database x; --\"");
    QTest::newRow("dash") << QByteArray("rm-330");
    QTest::newRow("space") << QByteArray("'rm 330'");
    QTest::newRow("dot") << QByteArray("rm.x");
    QTest::newRow("empty") << QByteArray("''");
    QTest::newRow("65 characters") << QByteArray(65, 'a');
    QTest::newRow("shell") << QByteArray("'$(reboot)'");
    QTest::newRow("unicode") << QByteArray("'r\xc3\xbc'");
}

void TestOmsConfig::badDatabaseName()
{
    QFETCH(QByteArray, value);
    QByteArray yaml = kMinimal;
    yaml.replace("drc_rm_db: rm_330", QByteArray("drc_rm_db: " + value));
    const auto config = OmsConfig::parse(yaml, QStringLiteral("config.yaml"));
    QVERIFY(!config.ok());
    QVERIFY2(config.error().message.contains(QStringLiteral("drc_rm_db")),
             qPrintable(config.error().message));
    QVERIFY(config.error().message.contains(QStringLiteral("config.yaml")));

    // The limits themselves are accepted.
    QByteArray ok = kMinimal;
    ok.replace("drc_rm_db: rm_330", QByteArray("drc_rm_db: " + QByteArray(64, 'a')));
    ok.replace("drc_cm_db: cm_330", "drc_cm_db: Cm$1_x");
    QVERIFY(OmsConfig::parse(ok, QStringLiteral("config.yaml")).ok());
}

void TestOmsConfig::syntaxErrorNamesLine_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("line");
    QTest::newRow("unclosed flow sequence")
        << QByteArray("oms_meta_host: h\noms_meta_port: 1\ncm_nodes: [a, b\noms_meta_user: u\n")
        << QStringLiteral("line 4");
    QTest::newRow("text after a quoted value")
        << QByteArray("oms_meta_host: h\noms_meta_port: 1\noms_meta_password: 'abc' x\n")
        << QStringLiteral("line 3");
    QTest::newRow("tab indentation")
        << QByteArray("oms_meta_host: h\n\toms_meta_port: 1\n") << QStringLiteral("line 2");
    QTest::newRow("bad indentation")
        << QByteArray("oms_meta_host: h\n  oms_meta_port: 1\n oms_meta_user: u\n")
        << QStringLiteral("line 2");
}

void TestOmsConfig::syntaxErrorNamesLine()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, line);
    const auto config = OmsConfig::parse(yaml, QStringLiteral("broken.yaml"));
    QVERIFY(!config.ok());
    const QString message = config.error().message;
    QVERIFY2(message.contains(QStringLiteral("syntax")), qPrintable(message));
    QVERIFY2(message.contains(line), qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("column")));
    QVERIFY(message.contains(QStringLiteral("broken.yaml")));
    QVERIFY(!config.error().hint.isEmpty());
    QVERIFY(!message.contains(QStringLiteral("abc"))); // never quote a (possible) secret
}

void TestOmsConfig::otherStructuralErrors_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty file") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("only comments") << QByteArray("# nothing\n") << QStringLiteral("empty");
    QTest::newRow("top-level list") << QByteArray("- a\n- b\n") << QStringLiteral("top level");
    QTest::newRow("duplicate key") << kMinimal + "oms_meta_password: other\n"
                                   << QStringLiteral("oms_meta_password appears twice");
    QTest::newRow("password is a mapping")
        << withPasswordLine("oms_meta_password: {a: b}") << QStringLiteral("oms_meta_password");
    QTest::newRow("bool not a bool") << kMinimal + "cm_is_default: maybe\n"
                                     << QStringLiteral("cm_is_default");
    QTest::newRow("nodes a mapping") << kMinimal + "cm_nodes: {a: b}\n"
                                     << QStringLiteral("cm_nodes");
}

void TestOmsConfig::otherStructuralErrors()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, expected);
    const auto config = OmsConfig::parse(yaml, QStringLiteral("c.yaml"));
    QVERIFY(!config.ok());
    QVERIFY2(config.error().message.contains(expected), qPrintable(config.error().message));
    QVERIFY(config.error().message.contains(QStringLiteral("c.yaml")));
    QVERIFY(!config.error().message.contains(QStringLiteral("secret")));
}

void TestOmsConfig::optionalPortsAndDefaults()
{
    const auto defaults = OmsConfig::parse(kMinimal, QStringLiteral("c.yaml"));
    QVERIFY(defaults.ok());
    QCOMPARE(defaults->nginxServerPort, quint16(8089));
    QCOMPARE(defaults->cmServerPort, quint16(8088));
    QCOMPARE(defaults->supervisorServerPort, quint16(9000));
    QCOMPARE(defaults->sshdServerPort, quint16(2023));
    QCOMPARE(defaults->ghanaServerPort, quint16(8090));
    QVERIFY(defaults->drcUser.isEmpty());
    QVERIFY(!defaults->tsdb.enabled);

    const auto custom = OmsConfig::parse(kMinimal + "nginx_server_port: 18089\n"
                                                    "cm_server_port: '18088'\n"
                                                    "supervisor_server_port: 19000\n"
                                                    "sshd_server_port: 12023\n"
                                                    "ghana_server_port:\n"
                                                    "drc_user: drc\n"
                                                    "drc_password: p\n"
                                                    "tsdb_enabled: yes\n"
                                                    "cm_nodes: 10.0.0.1, 10.0.0.2\n",
                                         QStringLiteral("c.yaml"));
    QVERIFY2(custom.ok(), qPrintable(custom.ok() ? QString() : custom.error().toString()));
    QCOMPARE(custom->nginxServerPort, quint16(18089));
    QCOMPARE(custom->cmServerPort, quint16(18088));
    QCOMPARE(custom->supervisorServerPort, quint16(19000));
    QCOMPARE(custom->sshdServerPort, quint16(12023));
    QCOMPARE(custom->ghanaServerPort, quint16(8090)); // present but empty: default
    QCOMPARE(custom->drcUser, QStringLiteral("drc"));
    QCOMPARE(custom->drcPassword, QStringLiteral("p"));
    QVERIFY(custom->tsdb.enabled);
    QCOMPARE(custom->cmNodes,
             (QStringList{QStringLiteral("10.0.0.1"), QStringLiteral("10.0.0.2")}));
}

void TestOmsConfig::unknownKeysKept()
{
    const auto config = OmsConfig::parse(dataFile("lab-like.yaml"), QStringLiteral("lab.yaml"));
    QVERIFY(config.ok());
    QVERIFY(config->keys.contains(QStringLiteral("some_future_key")));
    QCOMPARE(config->keys.constFirst(), QStringLiteral("oms_meta_host"));
    QCOMPARE(config->keys.constLast(), QStringLiteral("some_future_key"));
    const QVariantMap future = config->rawValues.value(QStringLiteral("some_future_key")).toMap();
    QCOMPARE(future.value(QStringLiteral("flag")).toString(), QStringLiteral("yes"));
    QCOMPARE(future.value(QStringLiteral("nested")).toList().size(), 2);
    QCOMPARE(config->rawValues.value(QStringLiteral("cm_location")).toString(),
             QStringLiteral("1"));
    QCOMPARE(config->cmLocation, QStringLiteral("1"));
    QVERIFY(!config->rawValues.value(QStringLiteral("tsdb_enabled")).toString().isEmpty());
}

void TestOmsConfig::secretsListsEverySecret()
{
    const auto config = OmsConfig::parse(kMinimal + "tsdb_password: 'ts pw'\n"
                                                    "drc_password: \"drc pw\"\n"
                                                    "future_api_token: tok123\n"
                                                    "nested: {inner_secret: deep1}\n"
                                                    "tsdb_username: not-a-secret\n"
                                                    "empty_password: ''\n",
                                         QStringLiteral("c.yaml"));
    QVERIFY(config.ok());
    QStringList secrets = config->secrets();
    secrets.sort();
    QStringList expected{QStringLiteral("secret"), QStringLiteral("ts pw"),
                         QStringLiteral("drc pw"), QStringLiteral("tok123"),
                         QStringLiteral("deep1")};
    expected.sort();
    QCOMPARE(secrets, expected);
    QCOMPARE(config->tsdb.password, QStringLiteral("ts pw"));
}

void TestOmsConfig::maskedYamlHidesSecretsOnly_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QByteArray>("expected");

    QByteArray lab = dataFile("lab-like.yaml");
    QByteArray labMasked = lab;
    labMasked.replace("'Meta p@ss ''q'' \"dq\" $HOME; \\x'", "'********'");
    labMasked.replace("\"drc \\\"pass\\\" $; \\\\ end\"", "\"********\"");
    QVERIFY(labMasked != lab);
    QTest::newRow("lab-like") << lab << labMasked;

    QByteArray documented = dataFile("documented.yaml");
    QTest::newRow("documented (already masked)") << documented << documented;

    QTest::newRow("plain with comment")
        << withPasswordLine("oms_meta_password: p$w;d   # the password")
        << withPasswordLine("oms_meta_password: '********'   # the password");
    QTest::newRow("plain at end of file without newline")
        << QByteArray(kMinimal + "tsdb_password: xyz\\q")
        << QByteArray(kMinimalMasked + "tsdb_password: '********'");
    QTest::newRow("crlf line ends")
        << QByteArray("oms_meta_host: h\r\noms_meta_port: 1\r\noms_meta_user: u\r\n"
                      "oms_meta_password: 'a b'\r\ndrc_rm_db: r\r\ndrc_cm_db: c\r\n"
                      "drc_cm_heartbeat_db: hb\r\n")
        << QByteArray("oms_meta_host: h\r\noms_meta_port: 1\r\noms_meta_user: u\r\n"
                      "oms_meta_password: '********'\r\ndrc_rm_db: r\r\ndrc_cm_db: c\r\n"
                      "drc_cm_heartbeat_db: hb\r\n");
    QTest::newRow("unicode before and in the secret")
        << withPasswordLine("# \xc3\xa9t\xc3\xa9\noms_meta_password: \"\xe5\xaf\x86 \\\" x\"")
        << withPasswordLine("# \xc3\xa9t\xc3\xa9\noms_meta_password: \"********\"");
    QTest::newRow("block scalar")
        << QByteArray(kMinimal + "tsdb_password: |\n  line one\n  line two\ntsdb_url: u\n")
        << QByteArray(kMinimalMasked + "tsdb_password: '********'\ntsdb_url: u\n");
    QTest::newRow("anchor kept") << withPasswordLine("oms_meta_password: &pw 'x y'")
                                 << withPasswordLine("oms_meta_password: &pw '********'");
    QTest::newRow("nested secret")
        << QByteArray(kMinimal + "extra:\n  api_token: \"t0k\"  # note\n  other: 1\n")
        << QByteArray(kMinimalMasked + "extra:\n  api_token: \"********\"  # note\n  other: 1\n");
}

void TestOmsConfig::maskedYamlHidesSecretsOnly()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QByteArray, expected);
    const auto config = OmsConfig::parse(yaml, QStringLiteral("c.yaml"));
    QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().toString()));
    const QByteArray masked = config->maskedYaml();
    QCOMPARE(masked, expected);
    for (const QString& secret : config->secrets())
        if (secret != QLatin1String("********"))
            QVERIFY2(!masked.contains(secret.toUtf8()), qPrintable(secret));
    // The masked text is still a valid config with the same non-secret values.
    const auto reparsed = OmsConfig::parse(masked, QStringLiteral("masked"));
    QVERIFY(reparsed.ok());
    QCOMPARE(reparsed->keys, config->keys);
    QCOMPARE(reparsed->metaHost, config->metaHost);
    QCOMPARE(reparsed->rmDb, config->rmDb);
}

void TestOmsConfig::maskedYamlAliasAndReuse()
{
    // The secret's text also belongs to a non-secret key (alias, reuse): masked there too.
    const QByteArray yaml = QByteArray("shared: &pw 'Al1as pw'\n") +
                            withPasswordLine("oms_meta_password: *pw") +
                            "tsdb_username: Al1as pw\n";
    const auto config = OmsConfig::parse(yaml, QStringLiteral("c.yaml"));
    QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().toString()));
    QCOMPARE(config->metaPassword, QStringLiteral("Al1as pw"));
    const QByteArray masked = config->maskedYaml();
    QVERIFY2(masked.startsWith("shared: &pw '********'\n"), masked.constData());
    QVERIFY2(masked.contains("oms_meta_password: *pw\n"), masked.constData());
    QVERIFY2(masked.endsWith("tsdb_username: '********'\n"), masked.constData());
}

void TestOmsConfig::maskedYamlFallbackStillHides()
{
    // A folded plain scalar over a blank line defeats the in-place scanner; the check catches
    // it and the data is emitted again (comments lost), the secret still hidden.
    const QByteArray yaml = kMinimal + "# comment\ntsdb_password: abc\n\n  def\ncm_url: u\n";
    const auto config = OmsConfig::parse(yaml, QStringLiteral("c.yaml"));
    QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().toString()));
    QCOMPARE(config->tsdb.password, QStringLiteral("abc\ndef"));
    const QByteArray masked = config->maskedYaml();
    QVERIFY2(!masked.contains("abc") && !masked.contains("def"), masked.constData());
    QVERIFY2(!masked.contains("# comment"), masked.constData()); // proves the fallback ran
    const auto reparsed = OmsConfig::parse(masked, QStringLiteral("masked"));
    QVERIFY2(reparsed.ok(), masked.constData());
    QCOMPARE(reparsed->tsdb.password, QStringLiteral("********"));
    QCOMPARE(reparsed->metaPassword, QStringLiteral("********"));
    QCOMPARE(reparsed->cmUrl, QStringLiteral("u"));
    QCOMPARE(reparsed->keys, config->keys);
}

void TestOmsConfig::maskedYamlMasksSecretElsewhere()
{
    const QByteArray yaml = withPasswordLine("oms_meta_password: 'S3cr;t $x'") +
                            "# old password was S3cr;t $x\ncm_url: http://u:S3cr;t $x@h\n";
    const auto config = OmsConfig::parse(yaml, QStringLiteral("c.yaml"));
    QVERIFY(config.ok());
    const QByteArray masked = config->maskedYaml();
    QVERIFY2(!masked.contains("S3cr;t $x"), masked.constData());
    QVERIFY(masked.contains("# old password was ********\n"));
    QVERIFY(masked.contains("oms_meta_host: db.example\n"));
}

void TestOmsConfig::randomPasswordsRoundTrip()
{
    // Passwords drawn from the characters that break quoting, in both YAML quote styles.
    const QString alphabet =
        QString::fromUtf8("abcXYZ019 '\"$;\\#:-{}[],&*!|>%@`~?=\t\u00fc\u5bc6") +
        QString::fromUtf8("\xf0\x9f\x94\x91"); // an emoji (4 UTF-8 bytes)
    QRandomGenerator random(20240521);
    for (int i = 0; i < 500; ++i) {
        QString password;
        const int length = 8 + int(random.bounded(20));
        while (password.size() < length) {
            const int index = int(random.bounded(alphabet.size()));
            if (alphabet.at(index).isHighSurrogate())
                password += alphabet.mid(index, 2);
            else if (!alphabet.at(index).isLowSurrogate())
                password += alphabet.at(index);
        }
        const bool doubleQuoted = i % 2 == 1;
        QByteArray quoted;
        if (doubleQuoted) {
            QString escaped = password;
            escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
            escaped.replace(QLatin1Char('"'), QStringLiteral("\\\""));
            escaped.replace(QLatin1Char('\t'), QStringLiteral("\\t"));
            quoted = '"' + escaped.toUtf8() + '"';
        } else {
            QString escaped = password;
            escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
            quoted = '\'' + escaped.toUtf8() + '\'';
        }
        const QByteArray yaml = withPasswordLine("oms_meta_password: " + quoted + "  # pw") +
                                "tsdb_password: " + quoted + "\n";
        const auto config = OmsConfig::parse(yaml, QStringLiteral("random.yaml"));
        QVERIFY2(config.ok(), yaml.constData());
        QCOMPARE(config->metaPassword, password);
        QCOMPARE(config->tsdb.password, password);
        const QByteArray masked = config->maskedYaml();
        QVERIFY2(!masked.contains(password.toUtf8()), masked.constData());
        QByteArray expected = yaml;
        expected.replace(quoted,
                         doubleQuoted ? QByteArray("\"********\"") : QByteArray("'********'"));
        QCOMPARE(masked, expected);
    }
}

QTEST_GUILESS_MAIN(TestOmsConfig)
#include "tst_omsconfig.moc"
