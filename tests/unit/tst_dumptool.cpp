// DumpTool: flavour detection from `--version`, and the argument vectors per flavour.
#include "backup/DumpTool.h"
#include "remote/ShellQuote.h"

#include <QTest>

using namespace omsua;
using namespace omsua::backup;

namespace {

// Answers commands from a script (first matching substring wins) and records what ran.
class ScriptedRunner : public remote::CommandRunner
{
public:
    struct Answer
    {
        QString contains;
        int exitStatus = 0;
        QByteArray stdOut;
    };
    QList<Answer> answers;
    QStringList ran;

    Expected<remote::CommandResult> run(const QStringList& argv,
                                        const remote::ExecOptions& options) override
    {
        return runShell(remote::shellJoin(argv), options);
    }
    Expected<remote::CommandResult> runShell(const QString& commandLine,
                                             const remote::ExecOptions&) override
    {
        ran.append(commandLine);
        for (const Answer& answer : std::as_const(answers)) {
            if (commandLine.contains(answer.contains)) {
                remote::CommandResult result;
                result.exitStatus = answer.exitStatus;
                result.stdOut = answer.stdOut;
                return result;
            }
        }
        return makeError(QStringLiteral("unexpected command: ") + commandLine);
    }
};

const QString kOptionFile = QStringLiteral("/home/admin/backups/.omsua-cred.X1/client.cnf");

} // namespace

class TestDumpTool : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void flavourFromVersion_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("flavour");
        QTest::addColumn<QString>("version");
        QTest::newRow("mariadb-dump 10.11 (Debian 12)")
            << QStringLiteral("mariadb-dump  Ver 10.19 Distrib 10.11.19-MariaDB, for "
                              "debian-linux-gnu (x86_64)")
            << int(DumpFlavour::MariaDb) << QStringLiteral("10.11.19-MariaDB");
        QTest::newRow("Debian mysqldump is MariaDB's")
            << QStringLiteral("mysqldump  Ver 10.19 Distrib 10.11.6-MariaDB, for debian-linux-gnu "
                              "(x86_64)")
            << int(DumpFlavour::MariaDb) << QStringLiteral("10.11.6-MariaDB");
        QTest::newRow("mariadb-dump 11.4")
            << QStringLiteral("mariadb-dump from 11.4.2-MariaDB, client 10.19 for Linux (x86_64)")
            << int(DumpFlavour::MariaDb) << QStringLiteral("11.4.2-MariaDB");
        QTest::newRow("MySQL 8.0")
            << QStringLiteral("mysqldump  Ver 8.0.36 for Linux on x86_64 (MySQL Community Server "
                              "- GPL)")
            << int(DumpFlavour::MySql) << QStringLiteral("8.0.36");
        QTest::newRow("MySQL 5.7")
            << QStringLiteral("mysqldump  Ver 10.13 Distrib 5.7.44, for Linux (x86_64)")
            << int(DumpFlavour::MySql) << QStringLiteral("5.7.44");
        QTest::newRow("Percona 8.0")
            << QStringLiteral("mysqldump  Ver 8.0.35-27 for Linux on x86_64 (Percona Server (GPL), "
                              "Release '27', Revision '2f8eeab2')")
            << int(DumpFlavour::MySql) << QStringLiteral("8.0.35-27");
        QTest::newRow("garbage") << QStringLiteral("hello") << int(DumpFlavour::Unknown)
                                 << QString();
    }
    void flavourFromVersion()
    {
        QFETCH(QString, text);
        QFETCH(int, flavour);
        QFETCH(QString, version);
        QCOMPARE(int(DumpTool::flavourFromVersionText(text)), flavour);
        QCOMPARE(DumpTool::versionFromVersionText(text), version);
    }

    void mariaDbArguments()
    {
        const DumpTool tool = DumpTool::fromVersionText(
            QStringLiteral("/usr/bin/mariadb-dump"),
            QStringLiteral("mariadb-dump  Ver 10.19 Distrib 10.11.19-MariaDB, for debian"));
        const Expected<QStringList> args =
            tool.dumpArguments(QStringLiteral("cm_hb_330"), kOptionFile);
        QVERIFY(args.ok());
        QCOMPARE(*args,
                 (QStringList{QStringLiteral("--defaults-extra-file=") + kOptionFile,
                              QStringLiteral("--single-transaction"), QStringLiteral("--routines"),
                              QStringLiteral("--events"), QStringLiteral("--triggers=false"),
                              QStringLiteral("cm_hb_330")}));
        const Expected<QStringList> command =
            tool.dumpCommand(QStringLiteral("rm_330"), kOptionFile, DumpOptions{true});
        QVERIFY(command.ok());
        QCOMPARE(command->first(), QStringLiteral("/usr/bin/mariadb-dump"));
        QVERIFY(command->at(1).startsWith(QStringLiteral("--defaults-extra-file=")));
        QVERIFY(command->contains(QStringLiteral("--verbose")));
        QCOMPARE(command->last(), QStringLiteral("rm_330"));
    }

    // MariaDB's tool rejects these (verified: "unknown variable 'column-statistics=0'"); an
    // unknown tool does not get them either.
    void mySqlOnlyFlagsNeverForOthers_data()
    {
        QTest::addColumn<QString>("versionText");
        QTest::addColumn<bool>("columnStatistics");
        QTest::addColumn<bool>("gtid");
        QTest::newRow("mariadb") << QStringLiteral("mysqldump  Ver 10.19 Distrib 10.11.6-MariaDB")
                                 << false << false;
        QTest::newRow("unknown") << QStringLiteral("dumper 1.0") << false << false;
        QTest::newRow("mysql 8.0") << QStringLiteral("mysqldump  Ver 8.0.36 for Linux (MySQL "
                                                     "Community Server - GPL)")
                                   << true << true;
        QTest::newRow("mysql 8.4") << QStringLiteral("mysqldump  Ver 8.4.0 for Linux on x86_64 "
                                                     "(MySQL Community Server - GPL)")
                                   << true << true;
        // 5.7's mysqldump has no --column-statistics and would refuse it.
        QTest::newRow("mysql 5.7") << QStringLiteral("mysqldump  Ver 10.13 Distrib 5.7.44, for "
                                                     "Linux (x86_64)")
                                   << false << true;
    }
    void mySqlOnlyFlagsNeverForOthers()
    {
        QFETCH(QString, versionText);
        QFETCH(bool, columnStatistics);
        QFETCH(bool, gtid);
        const DumpTool tool =
            DumpTool::fromVersionText(QStringLiteral("/usr/bin/mysqldump"), versionText);
        const Expected<QStringList> args =
            tool.dumpArguments(QStringLiteral("rm_330"), kOptionFile, DumpOptions{true});
        QVERIFY(args.ok());
        QCOMPARE(args->first(), QStringLiteral("--defaults-extra-file=") + kOptionFile);
        QCOMPARE(args->count(QStringLiteral("--defaults-extra-file=") + kOptionFile), 1);
        QCOMPARE(args->contains(QStringLiteral("--column-statistics=0")), columnStatistics);
        QCOMPARE(args->contains(QStringLiteral("--set-gtid-purged=OFF")), gtid);
        QVERIFY(args->contains(QStringLiteral("--triggers=false")));
        QVERIFY(args->contains(QStringLiteral("--single-transaction")));
        QCOMPARE(args->last(), QStringLiteral("rm_330"));
        // No password and no -p anywhere: it is in the option file.
        for (const QString& arg : *args)
            QVERIFY2(!arg.startsWith(QStringLiteral("-p")) &&
                         !arg.startsWith(QStringLiteral("--password")),
                     qPrintable(arg));
    }

    void badDatabaseNamesRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << QString();
        QTest::newRow("option") << QStringLiteral("--all-databases");
        QTest::newRow("dash") << QStringLiteral("-rf");
        QTest::newRow("space") << QStringLiteral("rm 330");
        QTest::newRow("semicolon") << QStringLiteral("rm;reboot");
        QTest::newRow("quote") << QStringLiteral("rm'330");
        QTest::newRow("slash") << QStringLiteral("../etc");
        QTest::newRow("too long") << QString(65, QLatin1Char('a'));
        QTest::newRow("non-ascii") << QStringLiteral("rm_\u00e9");
    }
    void badDatabaseNamesRefused()
    {
        QFETCH(QString, name);
        const DumpTool tool = DumpTool::fromVersionText(QStringLiteral("/usr/bin/mariadb-dump"),
                                                        QStringLiteral("10.11.19-MariaDB"));
        const Expected<QStringList> args = tool.dumpArguments(name, kOptionFile);
        QVERIFY(!args.ok());
        QVERIFY(args.error().message.contains(QStringLiteral("Database name")));
        QVERIFY(!tool.clientArguments(kOptionFile, name).ok());
    }

    void goodDatabaseNames()
    {
        const DumpTool tool = DumpTool::fromVersionText(QStringLiteral("/usr/bin/mariadb-dump"),
                                                        QStringLiteral("10.11.19-MariaDB"));
        for (const QString& name : {QStringLiteral("oms_cm_hb"), QStringLiteral("cm$1"),
                                    QString(64, QLatin1Char('z')), QStringLiteral("RM_322")})
            QVERIFY2(tool.dumpArguments(name, kOptionFile).ok(), qPrintable(name));
    }

    void optionFilePathChecked()
    {
        const DumpTool tool = DumpTool::fromVersionText(QStringLiteral("/usr/bin/mariadb-dump"),
                                                        QStringLiteral("10.11.19-MariaDB"));
        QVERIFY(!tool.dumpArguments(QStringLiteral("rm"), QStringLiteral("relative.cnf")).ok());
        QVERIFY(!tool.dumpArguments(QStringLiteral("rm"), QStringLiteral("/a/../b.cnf")).ok());
        QVERIFY(!tool.dumpArguments(QStringLiteral("rm"), QStringLiteral("/a\nb.cnf")).ok());
        // Spaces and quotes are fine: the whole option is one shellQuote()d argument.
        QVERIFY(
            tool.dumpArguments(QStringLiteral("rm"), QStringLiteral("/home/o'k dir/c.cnf")).ok());
    }

    void clientArguments()
    {
        DumpTool tool = DumpTool::fromVersionText(
            QStringLiteral("/usr/bin/mariadb-dump"),
            QStringLiteral("mariadb-dump  Ver 10.19 Distrib 10.11.19-MariaDB"),
            QStringLiteral("/usr/bin/mariadb"));
        const Expected<QStringList> args =
            tool.clientArguments(kOptionFile, QStringLiteral("cm_330"));
        QVERIFY(args.ok());
        QCOMPARE(*args, (QStringList{QStringLiteral("--defaults-extra-file=") + kOptionFile,
                                     QStringLiteral("cm_330")}));
        const Expected<QStringList> command =
            tool.clientCommand(kOptionFile, QStringLiteral("cm_330"));
        QVERIFY(command.ok());
        QCOMPARE(command->first(), QStringLiteral("/usr/bin/mariadb"));

        const DumpTool noClient = DumpTool::fromVersionText(QStringLiteral("/usr/bin/mariadb-dump"),
                                                            QStringLiteral("10.11.19-MariaDB"));
        QVERIFY(!noClient.clientCommand(kOptionFile, QStringLiteral("cm_330")).ok());
    }

    void detectPrefersMariaDbDump()
    {
        ScriptedRunner runner;
        runner.answers = {
            {QStringLiteral("command -v"), 0,
             "mariadb-dump\t/usr/bin/mariadb-dump\nmysqldump\t/usr/local/mysql/bin/mysqldump\n"
             "mariadb\t/usr/bin/mariadb\nmysql\t/usr/local/mysql/bin/mysql\n"},
            {QStringLiteral("/usr/bin/mariadb-dump --version"), 0,
             "mariadb-dump  Ver 10.19 Distrib 10.11.19-MariaDB, for debian-linux-gnu (x86_64)\n"},
        };
        const Expected<DumpTool> tool = DumpTool::detect(runner);
        QVERIFY2(tool.ok(), tool.ok() ? "" : qPrintable(tool.error().toString()));
        QCOMPARE(tool->dumpProgram(), QStringLiteral("/usr/bin/mariadb-dump"));
        QCOMPARE(tool->clientProgram(), QStringLiteral("/usr/bin/mariadb"));
        QCOMPARE(toString(tool->flavour()), QStringLiteral("mariadb"));
        QCOMPARE(tool->version(), QStringLiteral("10.11.19-MariaDB"));
        QCOMPARE(runner.ran.size(), 2);
    }

    void detectMySql()
    {
        ScriptedRunner runner;
        runner.answers = {
            {QStringLiteral("command -v"), 0,
             "mariadb-dump\t\nmysqldump\t/usr/bin/mysqldump\nmariadb\t\nmysql\t/usr/bin/mysql\n"},
            {QStringLiteral("/usr/bin/mysqldump --version"), 0,
             "mysqldump  Ver 8.0.36 for Linux on x86_64 (MySQL Community Server - GPL)\n"},
        };
        const Expected<DumpTool> tool = DumpTool::detect(runner);
        QVERIFY(tool.ok());
        QCOMPARE(toString(tool->flavour()), QStringLiteral("mysql"));
        QCOMPARE(tool->clientProgram(), QStringLiteral("/usr/bin/mysql"));
        QCOMPARE(tool->version(), QStringLiteral("8.0.36"));
    }

    void detectNothing()
    {
        ScriptedRunner runner;
        runner.answers = {{QStringLiteral("command -v"), 0,
                           "mariadb-dump\t\nmysqldump\t\nmariadb\t\nmysql\tmysql: aliased\n"}};
        const Expected<DumpTool> tool = DumpTool::detect(runner);
        QVERIFY(!tool.ok());
        QVERIFY(tool.error().message.contains(QStringLiteral("mysqldump")));
    }

    void flavourStrings()
    {
        for (const DumpFlavour f : {DumpFlavour::MariaDb, DumpFlavour::MySql, DumpFlavour::Unknown})
            QCOMPARE(int(dumpFlavourFromString(toString(f))), int(f));
    }
};

QTEST_GUILESS_MAIN(TestDumpTool)
#include "tst_dumptool.moc"
