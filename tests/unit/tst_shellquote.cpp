#include "remote/LocalCommandRunner.h"
#include "remote/ShellQuote.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <csignal>

using namespace omsua::remote;

// shellQuote() against real shells (nothing in a quoted argument may execute or expand), and
// the LocalCommandRunner that tests and local hosts use to run such commands.
class TestShellQuote : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void quotedArgumentSurvivesShell_data();
    void quotedArgumentSurvivesShell();
    void nothingExecuted();
    void shellJoinKeepsArguments();
    void plainWordsStayReadable();

    void runnerRunsArgvWithoutShell_data();
    void runnerRunsArgvWithoutShell();
    void runnerExitStatusAndStreams();
    void runnerStdin();
    void runnerTimeoutKillsWholeGroup();
    void runnerCancel();
    void runnerStreamsOutputAsItArrives();
    void runnerMaxCapture();
    void runnerSignal();
    void runnerMissingProgram();
    void runnerEnvironment();

private:
    QStringList shells() const;
    QByteArray printThroughShell(const QString& shell, const QString& argument);

    QTemporaryDir m_dir;
    QString m_marker;
};

void TestShellQuote::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_marker = m_dir.filePath(QStringLiteral("executed"));
    QVERIFY(QFile::exists(QStringLiteral("/bin/sh")));
}

QStringList TestShellQuote::shells() const
{
    // The remote login shell is usually bash or dash; both must leave the argument alone.
    QStringList list{QStringLiteral("/bin/sh")};
    const QString bash = QStandardPaths::findExecutable(QStringLiteral("bash"));
    if (!bash.isEmpty())
        list << bash;
    return list;
}

QByteArray TestShellQuote::printThroughShell(const QString& shell, const QString& argument)
{
    QProcess process;
    process.start(shell,
                  {QStringLiteral("-c"), QStringLiteral("printf %s ") + shellQuote(argument)});
    process.waitForFinished(10000);
    return process.readAllStandardOutput();
}

void TestShellQuote::quotedArgumentSurvivesShell_data()
{
    QTest::addColumn<QString>("argument");

    QTest::newRow("empty") << QString();
    QTest::newRow("single quote") << QStringLiteral("'");
    QTest::newRow("quotes") << QStringLiteral("it's \"quoted\"");
    QTest::newRow("only quotes") << QStringLiteral("''''\"\"");
    QTest::newRow("escaped quote form") << QStringLiteral("'\\''");
    QTest::newRow("dollar") << QStringLiteral("$HOME ${PATH} $1 $@ $$");
    QTest::newRow("subshell") << QStringLiteral("$(touch ") + m_marker + QLatin1Char(')');
    QTest::newRow("backticks") << QStringLiteral("`touch ") + m_marker + QLatin1Char('`');
    QTest::newRow("semicolon") << QStringLiteral("a; touch ") + m_marker;
    QTest::newRow("and or pipe") << QStringLiteral("a && b || c | d & e");
    QTest::newRow("redirections") << QStringLiteral("> ") + m_marker +
                                         QStringLiteral(" < /etc/passwd 2>&1");
    QTest::newRow("backslashes") << QStringLiteral("\\ \\\\ \\n \\' \\\"");
    QTest::newRow("newline") << QStringLiteral("line1\nline2\n");
    QTest::newRow("carriage return tab") << QStringLiteral("a\rb\tc");
    QTest::newRow("spaces") << QStringLiteral("  leading and trailing  ");
    QTest::newRow("glob") << QStringLiteral("* ? [a-z] /*");
    QTest::newRow("tilde hash bang") << QStringLiteral("~ #comment !! !$");
    QTest::newRow("braces") << QStringLiteral("{a,b} {1..3}");
    QTest::newRow("ifs") << QStringLiteral("${IFS}x");
    QTest::newRow("printf format") << QStringLiteral("%s %d %n \\x41");
    QTest::newRow("option-like") << QStringLiteral("-n");
    QTest::newRow("control chars") << QStringLiteral("a\x01\x1b[31mb");
    QTest::newRow("unicode") << QStringLiteral("пароль 密码 ü");
    QTest::newRow("emoji") << QString::fromUtf8("\xF0\x9F\x94\x91 key");
    QTest::newRow("lab password") << QStringLiteral("Pa'ss \"w$rd; x\\ y`z`");
    QTest::newRow("long") << QString(20000, QLatin1Char('\'')) + QStringLiteral("$(id)");
}

void TestShellQuote::quotedArgumentSurvivesShell()
{
    QFETCH(QString, argument);
    for (const QString& shell : shells()) {
        QCOMPARE(printThroughShell(shell, argument), argument.toUtf8());
    }
    QVERIFY(!QFile::exists(m_marker));
}

void TestShellQuote::nothingExecuted()
{
    // The data rows above try to create the marker in several ways; none may have.
    QVERIFY(!QFile::exists(m_marker));
}

void TestShellQuote::shellJoinKeepsArguments()
{
    const QStringList argv{QStringLiteral("a b"),  QString(),
                           QStringLiteral("'"),    QStringLiteral("$(id)"),
                           QStringLiteral("x\ny"), QStringLiteral("plain")};
    for (const QString& shell : shells()) {
        QProcess process;
        process.start(shell,
                      {QStringLiteral("-c"), QStringLiteral("printf '%s\\0' ") + shellJoin(argv)});
        QVERIFY(process.waitForFinished(10000));
        QList<QByteArray> parts = process.readAllStandardOutput().split('\0');
        QCOMPARE(parts.takeLast(), QByteArray()); // after the last NUL
        QCOMPARE(parts.size(), argv.size());
        for (qsizetype i = 0; i < argv.size(); ++i)
            QCOMPARE(parts.at(i), argv.at(i).toUtf8());
    }
}

void TestShellQuote::plainWordsStayReadable()
{
    QCOMPARE(shellQuote(QStringLiteral("oms_330")), QStringLiteral("oms_330"));
    QCOMPARE(shellQuote(QStringLiteral("/home/admin/logs")), QStringLiteral("/home/admin/logs"));
    QCOMPARE(shellQuote(QString()), QStringLiteral("''"));
    QCOMPARE(shellQuote(QStringLiteral("a b")), QStringLiteral("'a b'"));
    QCOMPARE(shellQuote(QStringLiteral("it's")), QStringLiteral("'it'\\''s'"));
}

void TestShellQuote::runnerRunsArgvWithoutShell_data()
{
    quotedArgumentSurvivesShell_data();
}

void TestShellQuote::runnerRunsArgvWithoutShell()
{
    QFETCH(QString, argument);
    LocalCommandRunner runner;
    // run(): argv straight to the program.
    auto direct = runner.run({QStringLiteral("printf"), QStringLiteral("%s"), argument});
    QVERIFY2(direct.ok(), qPrintable(direct.ok() ? QString() : direct.error().toString()));
    QCOMPARE(direct->stdOut, argument.toUtf8());
    QCOMPARE(direct->exitStatus, 0);
    // runShell(): a line quoted with shellQuote.
    auto shell = runner.runShell(QStringLiteral("printf %s ") + shellQuote(argument));
    QVERIFY(shell.ok());
    QCOMPARE(shell->stdOut, argument.toUtf8());
    QVERIFY(!QFile::exists(m_marker));
}

void TestShellQuote::runnerExitStatusAndStreams()
{
    LocalCommandRunner runner;
    auto r = runner.runShell(QStringLiteral("echo out; echo err >&2; exit 3"));
    QVERIFY(r.ok());
    QCOMPARE(r->exitStatus, 3);
    QVERIFY(!r->succeeded());
    QCOMPARE(r->stdOut, QByteArray("out\n"));
    QCOMPARE(r->stdErr, QByteArray("err\n"));
    QVERIFY(!r->timedOut);
    QVERIFY(!r->cancelled);
    QVERIFY(r->exitSignal.isEmpty());

    auto ok = runner.run({QStringLiteral("true")});
    QVERIFY(ok.ok());
    QVERIFY(ok->succeeded());
}

void TestShellQuote::runnerStdin()
{
    LocalCommandRunner runner;
    ExecOptions options;
    options.stdinData = QByteArray("hello\0world\n", 12);
    auto r = runner.run({QStringLiteral("cat")}, options);
    QVERIFY(r.ok());
    QCOMPARE(r->stdOut, options.stdinData);

    // Larger than a pipe buffer in both directions.
    options.stdinData = QByteArray(3 * 1024 * 1024, 'x');
    r = runner.run({QStringLiteral("cat")}, options);
    QVERIFY(r.ok());
    QCOMPARE(r->stdOut.size(), options.stdinData.size());

    // No stdin data: the command sees EOF at once instead of waiting.
    ExecOptions quick;
    quick.timeoutMs = 5000;
    r = runner.run({QStringLiteral("cat")}, quick);
    QVERIFY(r.ok());
    QVERIFY(!r->timedOut);
    QCOMPARE(r->exitStatus, 0);
}

void TestShellQuote::runnerTimeoutKillsWholeGroup()
{
    LocalCommandRunner runner;
    const QString pidFile = m_dir.filePath(QStringLiteral("bg.pid"));
    ExecOptions options;
    options.timeoutMs = 500;
    QElapsedTimer clock;
    clock.start();
    auto r = runner.runShell(QStringLiteral("sleep 30 & echo $! > ") + shellQuote(pidFile) +
                                 QStringLiteral("; wait"),
                             options);
    QVERIFY(r.ok());
    QVERIFY(r->timedOut);
    QCOMPARE(r->exitStatus, -1);
    QVERIFY(!r->succeeded());
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    // The background sleep died with its shell.
    QFile file(pidFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const pid_t pid = pid_t(file.readAll().trimmed().toLongLong());
    QVERIFY(pid > 0);
    QTRY_VERIFY_WITH_TIMEOUT(::kill(pid, 0) != 0, 3000);
}

void TestShellQuote::runnerCancel()
{
    LocalCommandRunner runner;
    std::atomic<bool> cancel{false};
    ExecOptions options;
    options.cancel = &cancel;
    options.onOutput = [&](OutputStream, QByteArrayView data) {
        if (data.contains(QByteArrayView("ready")))
            cancel = true;
    };
    QElapsedTimer clock;
    clock.start();
    auto r = runner.runShell(QStringLiteral("echo ready; sleep 20"), options);
    QVERIFY(r.ok());
    QVERIFY(r->cancelled);
    QVERIFY(!r->timedOut);
    QCOMPARE(r->exitStatus, -1);
    QVERIFY(clock.elapsed() < 5000);
    QCOMPARE(r->stdOut, QByteArray("ready\n"));
}

void TestShellQuote::runnerStreamsOutputAsItArrives()
{
    LocalCommandRunner runner;
    QElapsedTimer clock;
    clock.start();
    struct Chunk
    {
        OutputStream stream;
        QByteArray data;
        qint64 at;
    };
    QList<Chunk> chunks;
    ExecOptions options;
    options.onOutput = [&](OutputStream stream, QByteArrayView data) {
        chunks.append(Chunk{stream, data.toByteArray(), clock.elapsed()});
    };
    auto r = runner.runShell(QStringLiteral("echo a; sleep 0.4; echo b >&2; sleep 0.4; echo c"),
                             options);
    QVERIFY(r.ok());
    QCOMPARE(r->stdOut, QByteArray("a\nc\n"));
    QCOMPARE(r->stdErr, QByteArray("b\n"));
    QCOMPARE(chunks.size(), 3);
    QCOMPARE(chunks.at(0).stream, OutputStream::StdOut);
    QCOMPARE(chunks.at(0).data, QByteArray("a\n"));
    QCOMPARE(chunks.at(1).stream, OutputStream::StdErr);
    QCOMPARE(chunks.at(1).data, QByteArray("b\n"));
    QCOMPARE(chunks.at(2).data, QByteArray("c\n"));
    // The first line arrived while the command was still running.
    QVERIFY2(chunks.at(0).at + 500 < r->elapsedMs,
             qPrintable(QStringLiteral("%1 vs %2").arg(chunks.at(0).at).arg(r->elapsedMs)));
}

void TestShellQuote::runnerMaxCapture()
{
    LocalCommandRunner runner;
    qsizetype streamed = 0;
    ExecOptions options;
    options.maxCapture = 1000;
    options.onOutput = [&](OutputStream, QByteArrayView data) { streamed += data.size(); };
    auto r = runner.runShell(QStringLiteral("head -c 100000 /dev/zero"), options);
    QVERIFY(r.ok());
    QCOMPARE(r->stdOut.size(), qsizetype(1000));
    QVERIFY(r->truncated);
    QCOMPARE(streamed, qsizetype(100000));
    QCOMPARE(r->exitStatus, 0);
}

void TestShellQuote::runnerSignal()
{
    LocalCommandRunner runner;
    auto r = runner.runShell(QStringLiteral("kill -KILL $$"));
    QVERIFY(r.ok());
    QCOMPARE(r->exitStatus, -1);
    QCOMPARE(r->exitSignal, QStringLiteral("KILL"));
    QVERIFY(!r->succeeded());
}

void TestShellQuote::runnerMissingProgram()
{
    LocalCommandRunner runner;
    auto r =
        runner.run({QStringLiteral("/nonexistent/omsua-no-such-program"), QStringLiteral("x")});
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.contains(QStringLiteral("omsua-no-such-program")));
    QVERIFY(!r.error().hint.isEmpty());

    auto empty = runner.run({});
    QVERIFY(!empty.ok());
}

void TestShellQuote::runnerEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("OMSUA_TEST_VALUE"), QStringLiteral("it's $HOME"));
    LocalCommandRunner runner(env);
    runner.setWorkingDirectory(m_dir.path());
    auto r = runner.runShell(QStringLiteral("printf '%s|%s' \"$OMSUA_TEST_VALUE\" \"$(pwd)\""));
    QVERIFY(r.ok());
    QCOMPARE(QString::fromUtf8(r->stdOut),
             QStringLiteral("it's $HOME|") + QDir(m_dir.path()).canonicalPath());
}

QTEST_GUILESS_MAIN(TestShellQuote)
#include "tst_shellquote.moc"
