// OptionFile: the MetaDB credentials as a MySQL option file. Quoting is checked by reading the
// file back twice: with a port of the MySQL/MariaDB option file parser (mysys
// search_default_file_with_buffers + remove_end_comment) and, where installed, with the real
// my_print_defaults.
#include "backup/OptionFile.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace omsua;
using namespace omsua::backup;

namespace {

// mysys: '#' outside quotes ends the line's value; quotes may be escaped with '\'.
QByteArray removeEndComment(const QByteArray& line)
{
    char quote = 0;
    bool escape = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char c = line.at(i);
        if ((c == '\'' || c == '"') && !escape) {
            if (!quote)
                quote = c;
            else if (quote == c)
                quote = 0;
        }
        if (!quote && c == '#')
            return line.left(i);
        escape = quote && c == '\\' && !escape;
    }
    return line;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

// Returns the options of one group as "key=value" strings, the way the client receives them.
QMap<QString, QString> parseGroup(const QByteArray& text, const QByteArray& group)
{
    QMap<QString, QString> options;
    bool inGroup = false;
    const QList<QByteArray> lines = text.split('\n');
    for (QByteArray line : lines) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith('#') || line.startsWith(';'))
            continue;
        if (line.startsWith('[')) {
            const qsizetype end = line.indexOf(']');
            inGroup = end > 0 && line.mid(1, end - 1).trimmed() == group;
            continue;
        }
        if (!inGroup)
            continue;
        line = removeEndComment(line);
        const qsizetype eq = line.indexOf('=');
        if (eq < 0) {
            options.insert(QString::fromUtf8(line.trimmed()), QString());
            continue;
        }
        const QByteArray key = line.left(eq).trimmed();
        qsizetype begin = eq + 1;
        qsizetype end = line.size();
        while (begin < end && isSpace(line.at(begin)))
            ++begin;
        while (end > begin && isSpace(line.at(end - 1)))
            --end;
        if (end - begin > 1 && (line.at(begin) == '"' || line.at(begin) == '\'') &&
            line.at(begin) == line.at(end - 1)) {
            ++begin;
            --end;
        }
        QByteArray value;
        for (qsizetype i = begin; i < end; ++i) {
            const char c = line.at(i);
            if (c == '\\' && i != end - 1) {
                const char next = line.at(++i);
                switch (next) {
                case 'n':
                    value += '\n';
                    break;
                case 't':
                    value += '\t';
                    break;
                case 'r':
                    value += '\r';
                    break;
                case 'b':
                    value += '\b';
                    break;
                case 's':
                    value += ' ';
                    break;
                case '"':
                    value += '"';
                    break;
                case '\'':
                    value += '\'';
                    break;
                case '\\':
                    value += '\\';
                    break;
                default:
                    value += '\\';
                    value += next;
                }
            } else {
                value += c;
            }
        }
        options.insert(QString::fromUtf8(key), QString::fromUtf8(value));
    }
    return options;
}

MetaDbCredentials credentialsWithPassword(const QString& password)
{
    return MetaDbCredentials{QStringLiteral("127.0.0.1"), 3307, QStringLiteral("oms_meta"),
                             password};
}

} // namespace

class TestBackupOptionFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quoteValue_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("plain") << QStringLiteral("secret") << QStringLiteral("\"secret\"");
        QTest::newRow("empty") << QString() << QStringLiteral("\"\"");
        QTest::newRow("double quote") << QStringLiteral("a\"b") << QStringLiteral("\"a\\\"b\"");
        QTest::newRow("single quote") << QStringLiteral("a'b") << QStringLiteral("\"a\\'b\"");
        QTest::newRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("\"a\\\\b\"");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\\nb\"");
        QTest::newRow("hash and semicolon stay")
            << QStringLiteral("a#b;c") << QStringLiteral("\"a#b;c\"");
    }
    void quoteValue()
    {
        QFETCH(QString, value);
        QFETCH(QString, quoted);
        QCOMPARE(OptionFile::quoteValue(value), quoted);
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("password");
        // The lab's style of hostile password: ' " $ ; \ and spaces.
        QTest::newRow("lab style") << QStringLiteral("p a'ss\"w$rd;\\ x");
        QTest::newRow("leading and trailing spaces") << QStringLiteral("  both ends  ");
        QTest::newRow("comment char") << QStringLiteral("abc # not a comment");
        QTest::newRow("ends with backslash") << QStringLiteral("abc\\");
        QTest::newRow("ends with quote") << QStringLiteral("abc\"");
        QTest::newRow("only a quote") << QStringLiteral("\"");
        QTest::newRow("only a single quote") << QStringLiteral("'");
        QTest::newRow("quoted already") << QStringLiteral("\"quoted\"");
        QTest::newRow("single quoted already") << QStringLiteral("'quoted'");
        QTest::newRow("escapes literally") << QStringLiteral("\\n\\t\\s\\\\");
        QTest::newRow("control") << QStringLiteral("tab\there\nnew\rcr\bbs");
        QTest::newRow("shell") << QStringLiteral("$(reboot) `id` ${HOME} && rm -rf / | x > y");
        QTest::newRow("unicode") << QStringLiteral("\u5bc6\u7801-\u00e9\u00fc");
        QTest::newRow("empty") << QString();
        QTest::newRow("equals") << QStringLiteral("a=b==c");
        QTest::newRow("brackets") << QStringLiteral("[client]");
    }
    void roundTrip()
    {
        QFETCH(QString, password);
        const MetaDbCredentials credentials = credentialsWithPassword(password);
        const Expected<QByteArray> text = OptionFile::render(credentials);
        QVERIFY(text.ok());
        const QMap<QString, QString> options = parseGroup(*text, "client");
        QCOMPARE(options.value(QStringLiteral("password")), password);
        QCOMPARE(options.value(QStringLiteral("user")), QStringLiteral("oms_meta"));
        QCOMPARE(options.value(QStringLiteral("host")), QStringLiteral("127.0.0.1"));
        QCOMPARE(options.value(QStringLiteral("port")), QStringLiteral("3307"));
    }

    // The real parser, where the MariaDB/MySQL client is installed (the lab host has it).
    void roundTripWithMyPrintDefaults_data() { roundTrip_data(); }
    void roundTripWithMyPrintDefaults()
    {
        QFETCH(QString, password);
        const QString tool = QStandardPaths::findExecutable(QStringLiteral("my_print_defaults"));
        if (tool.isEmpty())
            QSKIP("my_print_defaults is not installed");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Expected<QByteArray> text = OptionFile::render(credentialsWithPassword(password));
        QVERIFY(text.ok());
        QFile file(dir.filePath(QStringLiteral("client.cnf")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(*text);
        file.close();
        QProcess process;
        process.start(
            tool, {QStringLiteral("--defaults-file=") + file.fileName(), QStringLiteral("client")});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 0);
        // One option per line; a newline inside a value makes the split ambiguous, so compare
        // the whole output.
        const QString expected = QStringLiteral("--host=127.0.0.1\n--port=3307\n--user=oms_meta\n"
                                                "--password=") +
                                 password + QLatin1Char('\n');
        QCOMPARE(QString::fromUtf8(process.readAllStandardOutput()), expected);
    }

    void layout()
    {
        const Expected<QByteArray> text =
            OptionFile::render(credentialsWithPassword(QStringLiteral("x")));
        QVERIFY(text.ok());
        QVERIFY(text->contains("\n[client]\n"));
        QVERIFY(text->contains("\nport=3307\n"));
        QVERIFY(text->endsWith("password=\"x\"\n"));
    }

    void refusals()
    {
        QVERIFY(!OptionFile::render(credentialsWithPassword(QStringLiteral("a") + QChar(0))).ok());
        MetaDbCredentials noHost = credentialsWithPassword(QStringLiteral("x"));
        noHost.host.clear();
        QVERIFY(!OptionFile::render(noHost).ok());
        MetaDbCredentials noPort = credentialsWithPassword(QStringLiteral("x"));
        noPort.port = 0;
        QVERIFY(!OptionFile::render(noPort).ok());
        // Errors never quote the secret.
        const Expected<QByteArray> failed =
            OptionFile::render(credentialsWithPassword(QStringLiteral("s3cr3t") + QChar(0)));
        QVERIFY(!failed.error().toString().contains(QStringLiteral("s3cr3t")));
    }
};

QTEST_GUILESS_MAIN(TestBackupOptionFile)
#include "tst_backupoptionfile.moc"
