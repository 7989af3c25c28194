#include "log/Redactor.h"
#include "remote/ShellQuote.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <atomic>
#include <thread>
#include <vector>

using omsua::log::Redactor;

namespace {
// The lab's kind of password: every character a shell, YAML or SQL layer cares about.
const QString kHostile = QStringLiteral("Pa'ss \"w$rd; x\\ y`z`");
} // namespace

class TestRedactor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void registeredSecrets_data();
    void registeredSecrets();
    void longestFirst();
    void quotedFormsOfASecret_data();
    void quotedFormsOfASecret();
    void patterns_data();
    void patterns();
    void nothingElseChanged_data();
    void nothingElseChanged();
    void emptyAndShortSecrets();
    void removeAndClear();
    void globalInstance();
    void concurrentUse();
};

void TestRedactor::registeredSecrets_data()
{
    QTest::addColumn<QStringList>("secrets");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << QStringList{QStringLiteral("hunter2")}
                           << QStringLiteral("login with hunter2 please")
                           << QStringLiteral("login with ******** please");
    QTest::newRow("hostile") << QStringList{kHostile}
                             << QStringLiteral("pw=[") + kHostile + QStringLiteral("]")
                             << QStringLiteral("pw=[********]");
    QTest::newRow("repeated") << QStringList{QStringLiteral("abc")}
                              << QStringLiteral("abc abcabc xabcx")
                              << QStringLiteral("******** **************** x********x");
    QTest::newRow("two secrets") << QStringList{QStringLiteral("one"), QStringLiteral("two")}
                                 << QStringLiteral("one and two")
                                 << QStringLiteral("******** and ********");
    QTest::newRow("multiline") << QStringList{QStringLiteral("s3cr3t")}
                               << QStringLiteral("line1\ns3cr3t\nline3")
                               << QStringLiteral("line1\n********\nline3");
    QTest::newRow("unicode") << QStringList{QStringLiteral("пароль密码")}
                             << QStringLiteral("x пароль密码 y") << QStringLiteral("x ******** y");
    QTest::newRow("regex metacharacters")
        << QStringList{QStringLiteral("a.b*c+(d)[e]^$|")}
        << QStringLiteral("axbbc a.b*c+(d)[e]^$| end") << QStringLiteral("axbbc ******** end");
    QTest::newRow("case sensitive")
        << QStringList{QStringLiteral("Secret")} << QStringLiteral("secret Secret")
        << QStringLiteral("secret ********");
}

void TestRedactor::registeredSecrets()
{
    QFETCH(QStringList, secrets);
    QFETCH(QString, input);
    QFETCH(QString, expected);
    Redactor redactor;
    for (const QString& secret : secrets)
        redactor.addSecret(secret);
    QCOMPARE(redactor.redact(input), expected);
    QCOMPARE(redactor.redactSecrets(input), expected);
}

void TestRedactor::longestFirst()
{
    Redactor redactor;
    redactor.addSecret(QStringLiteral("abc"));
    redactor.addSecret(QStringLiteral("abcdef")); // registered after the shorter one
    QCOMPARE(redactor.redact(QStringLiteral("xx abcdef yy abc")),
             QStringLiteral("xx ******** yy ********"));
    // Not "********def": the longer secret is masked whole.
    QVERIFY(!redactor.redact(QStringLiteral("abcdef")).contains(QStringLiteral("def")));
}

void TestRedactor::quotedFormsOfASecret_data()
{
    QTest::addColumn<QString>("text");

    const QByteArray json = QJsonDocument(QJsonArray{kHostile}).toJson(QJsonDocument::Compact);
    QTest::newRow("shell-quoted") << QStringLiteral("echo ") + omsua::remote::shellQuote(kHostile);
    QTest::newRow("json") << QString::fromUtf8(json);
    QTest::newRow("sql doubled quote") << QStringLiteral("SET x = 'Pa''ss \"w$rd; x\\ y`z`'");
    QTest::newRow("double-quoted shell")
        << QStringLiteral("echo \"Pa'ss \\\"w\\$rd; x\\\\ y\\`z\\`\"");
    QTest::newRow("percent-encoded") << QStringLiteral("mysql://u:") +
                                            QString::fromLatin1(QUrl::toPercentEncoding(kHostile)) +
                                            QStringLiteral("@h/db");
}

void TestRedactor::quotedFormsOfASecret()
{
    QFETCH(QString, text);
    Redactor redactor;
    redactor.addSecret(kHostile);
    const QString masked = redactor.redact(text);
    QVERIFY2(masked.contains(Redactor::kMask), qPrintable(masked));
    // No recognisable fragment of the password survives.
    for (const QString& fragment : {QStringLiteral("Pa"), QStringLiteral("w$rd"),
                                    QStringLiteral("rd;"), QStringLiteral("y`z")})
        QVERIFY2(!masked.contains(fragment), qPrintable(masked));
}

void TestRedactor::patterns_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("mysql -p") << QStringLiteral("mysql -h 127.0.0.1 -P 3307 -uroot -pS3cret rm_330")
                              << QStringLiteral(
                                     "mysql -h 127.0.0.1 -P 3307 -uroot -p******** rm_330");
    QTest::newRow("mysqldump -p quoted")
        << QStringLiteral("mysqldump -u oms -p'a b'\\''c' --single-transaction cm_330 > cm.sql")
        << QStringLiteral("mysqldump -u oms -p'********' --single-transaction cm_330 > cm.sql");
    QTest::newRow("mariadb-dump -p double-quoted")
        << QStringLiteral("/usr/bin/mariadb-dump -p\"x y\" db")
        << QStringLiteral("/usr/bin/mariadb-dump -p\"********\" db");
    QTest::newRow("two -p on one line") << QStringLiteral("mysql -pone; mysql -ptwo")
                                        << QStringLiteral("mysql -p********; mysql -p********");
    QTest::newRow("--password=") << QStringLiteral("tool --password=abc --user=root")
                                 << QStringLiteral("tool --password=******** --user=root");
    QTest::newRow("--password x") << QStringLiteral("client --password abc --user root")
                                  << QStringLiteral("client --password ******** --user root");
    QTest::newRow("yaml oms_meta_password")
        << QStringLiteral(
               "oms_meta_user: root@oms#obcluster\noms_meta_password: 'se cret'\nport: 1")
        << QStringLiteral(
               "oms_meta_user: root@oms#obcluster\noms_meta_password: '********'\nport: 1");
    QTest::newRow("yaml unquoted to end of line")
        << QStringLiteral("  tsdb_password: a b c\ntsdb_url: x")
        << QStringLiteral("  tsdb_password: ********\ntsdb_url: x");
    QTest::newRow("yaml drc_password") << QStringLiteral("drc_password: \"x\\\"y\"")
                                       << QStringLiteral("drc_password: \"********\"");
    QTest::newRow("json password")
        << QStringLiteral(R"({"user":"root","password":"a\"b","port":3306})")
        << QStringLiteral(R"({"user":"root","password":"********","port":3306})");
    QTest::newRow("json Password number")
        << QStringLiteral(R"({"Password": 12345})") << QStringLiteral(R"({"Password": ********})");
    QTest::newRow("ini password =") << QStringLiteral("[client]\npassword = my pass\nuser = x")
                                    << QStringLiteral("[client]\npassword = ********\nuser = x");
    QTest::newRow("ini password=")
        << QStringLiteral("password=abc") << QStringLiteral("password=********");
    QTest::newRow("env assignment")
        << QStringLiteral("OMS_META_PASSWORD=abc MYSQL_PWD=def cmd")
        << QStringLiteral("OMS_META_PASSWORD=******** MYSQL_PWD=******** cmd");
    QTest::newRow("identified by")
        << QStringLiteral("CREATE USER 'u'@'%' IDENTIFIED BY 'it''s'; GRANT ALL")
        << QStringLiteral("CREATE USER 'u'@'%' IDENTIFIED BY '********'; GRANT ALL");
    QTest::newRow("identified by lowercase")
        << QStringLiteral("alter user x identified by \"q\"")
        << QStringLiteral("alter user x identified by \"********\"");
    QTest::newRow("url userinfo") << QStringLiteral("mysql://oms:pw@127.0.0.1:3307/rm_330")
                                  << QStringLiteral("mysql://oms:********@127.0.0.1:3307/rm_330");
}

void TestRedactor::patterns()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    Redactor redactor; // nothing registered: the patterns alone
    QCOMPARE(redactor.redact(input), expected);
    QCOMPARE(Redactor::redactPatterns(input), expected);
    // Idempotent: masking twice changes nothing more.
    QCOMPARE(redactor.redact(expected), expected);
}

void TestRedactor::nothingElseChanged_data()
{
    QTest::addColumn<QString>("input");
    const QStringList texts{
        QStringLiteral(
            "docker run -dit --net host -v /data/config.yaml:/home/admin/conf/config.yaml "
            "-e OMS_HOST_IP=10.0.0.2 -e IS_UPGRADE=true --privileged=true --pids-limit -1 "
            "--ulimit nproc=65535:65535 --name oms_331 oceanbase/oms:feature_3.3.1_ce"),
        QStringLiteral("mysql -h 127.0.0.1 -P 3307 -u oms_meta rm_330"),
        QStringLiteral("mysql -u root -p rm_330"),
        QStringLiteral("mysql --defaults-extra-file=/tmp/omsua.cnf -h 127.0.0.1 rm_330"),
        QStringLiteral("sudo: a password is required"),
        QStringLiteral("[sudo] password for omsadmin: "),
        QStringLiteral("Enter password:"),
        QStringLiteral("select cfg_value from oms_normal_config where cfg_name='ha.config'"),
        QStringLiteral(
            R"({"enable":true,"perceiveStoreClientCheckpoint":false,"refetchStoreIntervalMin":30})"),
        QStringLiteral("http://127.0.0.1:8089/oms/health"),
        QStringLiteral("drc_rm_db: rm_330\ndrc_cm_db: cm_330\ncm_url: http://10.0.0.2:8088"),
        QStringLiteral("-- Dump completed on 2024-05-01 10:00:00"),
        QStringLiteral("[Completed] All initialization steps are executed"),
        QStringLiteral("密码 пароль unicode ✓"),
        QStringLiteral("ssh-ed25519 SHA256:abcdef user@host"),
        QString(),
    };
    for (const QString& text : texts)
        QTest::newRow(qPrintable(text.left(40))) << text;
}

void TestRedactor::nothingElseChanged()
{
    QFETCH(QString, input);
    Redactor redactor;
    redactor.addSecret(QStringLiteral("not-in-any-of-these"));
    QCOMPARE(redactor.redact(input), input);
}

void TestRedactor::emptyAndShortSecrets()
{
    Redactor redactor;
    redactor.addSecret(QString());
    QCOMPARE(redactor.secretCount(), 0);
    QCOMPARE(redactor.redact(QStringLiteral("abc")), QStringLiteral("abc"));
    // Short secrets are masked too (documented: safety over readability).
    redactor.addSecret(QStringLiteral("q"));
    QCOMPARE(redactor.redact(QStringLiteral("aqa")), QStringLiteral("a********a"));
    redactor.addSecret(QStringLiteral("q")); // duplicates ignored
    QCOMPARE(redactor.secretCount(), 1);
}

void TestRedactor::removeAndClear()
{
    Redactor redactor;
    redactor.addSecret(QStringLiteral("alpha"));
    redactor.addSecret(QStringLiteral("beta"));
    redactor.removeSecret(QStringLiteral("alpha"));
    QCOMPARE(redactor.redact(QStringLiteral("alpha beta")), QStringLiteral("alpha ********"));
    redactor.clearSecrets();
    QCOMPARE(redactor.redact(QStringLiteral("alpha beta")), QStringLiteral("alpha beta"));
}

void TestRedactor::globalInstance()
{
    Redactor& global = Redactor::global();
    QCOMPARE(&global, &Redactor::global());
    global.addSecret(QStringLiteral("global-secret-42"));
    QCOMPARE(global.redact(QStringLiteral("x global-secret-42")), QStringLiteral("x ********"));
    global.removeSecret(QStringLiteral("global-secret-42"));
}

void TestRedactor::concurrentUse()
{
    Redactor redactor;
    std::atomic<bool> stop{false};
    std::atomic<int> leaks{0};
    redactor.addSecret(QStringLiteral("fixed-secret"));
    std::vector<std::thread> readers;
    for (int t = 0; t < 2; ++t) {
        readers.emplace_back([&] {
            while (!stop.load()) {
                if (redactor.redact(QStringLiteral("a fixed-secret b"))
                        .contains(QStringLiteral("fixed")))
                    ++leaks;
            }
        });
    }
    for (int i = 0; i < 100; ++i)
        redactor.addSecret(QStringLiteral("secret-%1").arg(i));
    stop = true;
    for (std::thread& t : readers)
        t.join();
    QCOMPARE(leaks.load(), 0);
    QCOMPARE(redactor.secretCount(), 101);
    QCOMPARE(redactor.redact(QStringLiteral("secret-99 secret-1")),
             QStringLiteral("******** ********"));
}

QTEST_GUILESS_MAIN(TestRedactor)
#include "tst_redactor.moc"
