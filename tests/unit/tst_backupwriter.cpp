// BackupWriter, BackupVerifier, OptionFile on a host, HostFileProbe and DiskSpace, run against
// this machine through a local shell runner, with a stand-in dump tool
// (tests/data/backup/fake-mariadb-dump) so that no database is needed.
#include "backup/BackupVerifier.h"
#include "backup/BackupWriter.h"
#include "backup/DiskSpace.h"
#include "backup/HostFileProbe.h"
#include "backup/OptionFile.h"
#include "remote/ShellQuote.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <csignal>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace omsua;
using namespace omsua::backup;

namespace {

// `/bin/sh -c` on this machine, recording every command line; streams output and honours the
// cancel flag like the real runners.
class ShellRunner : public remote::CommandRunner
{
public:
    QStringList commands;
    // false: a cancelled command is left running, as an SSH runner abandons its channel.
    bool killOnCancel = true;
    std::vector<std::unique_ptr<QProcess>> abandoned;

    ~ShellRunner() override
    {
        // processId() is 0 once a process has finished, and kill(-0) would hit our own group.
        for (const auto& process : abandoned) {
            if (process->state() != QProcess::NotRunning && process->processId() > 1)
                ::kill(-pid_t(process->processId()), SIGKILL);
        }
    }

    Expected<remote::CommandResult> run(const QStringList& argv,
                                        const remote::ExecOptions& options) override
    {
        return runShell(remote::shellJoin(argv), options);
    }

    Expected<remote::CommandResult> runShell(const QString& commandLine,
                                             const remote::ExecOptions& options) override
    {
        commands.append(commandLine);
        auto owned = std::make_unique<QProcess>();
        QProcess& process = *owned;
        process.setChildProcessModifier([] { ::setpgid(0, 0); });
        process.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), commandLine});
        if (!process.waitForStarted(5000))
            return makeError(QStringLiteral("cannot start sh"));
        process.write(options.stdinData);
        process.closeWriteChannel();
        remote::CommandResult result;
        QElapsedTimer clock;
        clock.start();
        const auto drain = [&] {
            const QByteArray out = process.readAllStandardOutput();
            const QByteArray err = process.readAllStandardError();
            result.stdOut += out;
            result.stdErr += err;
            if (options.onOutput && !out.isEmpty())
                options.onOutput(remote::OutputStream::StdOut, out);
            if (options.onOutput && !err.isEmpty())
                options.onOutput(remote::OutputStream::StdErr, err);
        };
        while (!process.waitForFinished(20)) {
            drain();
            const bool cancelled = options.cancel && options.cancel->load();
            const bool timedOut = options.timeoutMs > 0 && clock.elapsed() > options.timeoutMs;
            if (cancelled || timedOut) {
                if (killOnCancel) {
                    if (process.processId() > 1)
                        ::kill(-pid_t(process.processId()), SIGKILL);
                    process.waitForFinished(5000);
                } else {
                    abandoned.push_back(std::move(owned));
                }
                result.cancelled = cancelled;
                result.timedOut = timedOut;
                result.exitStatus = -1;
                return result;
            }
        }
        drain();
        result.exitStatus = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.elapsedMs = clock.elapsed();
        return result;
    }
};

const QString kPassword = QStringLiteral("p a'ss\"w$rd;\\ x");

QString fakeDump()
{
    return QStringLiteral(OMSUA_SOURCE_DIR) +
           QStringLiteral("/tests/data/backup/fake-mariadb-dump");
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString localSha256(const QString& path)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256).toHex());
}

bool writeFile(const QString& path, const QByteArray& data)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(data) == data.size();
}

// Permission bits as `stat -c %a` shows them.
int modeOf(const QString& path)
{
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

QStringList entries(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

class TestBackupWriter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir* m_dir = nullptr;
    QString m_backupDir;

    BackupRequest request(const QStringList& names = {QStringLiteral("rm_t"),
                                                      QStringLiteral("cm_t"),
                                                      QStringLiteral("cm_hb_t")},
                          const QString& runId = QStringLiteral("run-1")) const
    {
        BackupRequest r;
        r.backupDirectory = m_backupDir;
        r.runId = runId;
        r.credentials = MetaDbCredentials{QStringLiteral("127.0.0.1"), 3307,
                                          QStringLiteral("oms_meta"), kPassword};
        const DatabaseRole roles[] = {DatabaseRole::Rm, DatabaseRole::Cm, DatabaseRole::CmHb};
        for (int i = 0; i < names.size(); ++i)
            r.databases.append({roles[i], names.at(i)});
        r.container = QStringLiteral("oms_330");
        r.sourceImage = QStringLiteral("oms:feature_3.3.0_ce");
        r.targetImage = QStringLiteral("oms:feature_3.3.1_ce");
        r.t1 = QDateTime(QDate(2026, 11, 25), QTime(16, 0), Qt::UTC);
        r.inspect = QJsonObject{{QStringLiteral("Name"), QStringLiteral("/oms_330")}};
        r.configYamlMasked = QStringLiteral("oms_meta_password: '********'\n");
        return r;
    }

    static DumpTool fakeTool()
    {
        return DumpTool::fromVersionText(
            fakeDump(), QStringLiteral("mariadb-dump  Ver 10.19 Distrib 10.11.19-MariaDB"));
    }

    Expected<BackupOutcome> writeSet(ShellRunner& runner, const BackupRequest& r,
                                     QList<BackupProgress>* progress = nullptr,
                                     const std::atomic<bool>* cancel = nullptr)
    {
        BackupWriter writer(runner);
        writer.setDumpTool(fakeTool());
        writer.setCancelFlag(cancel);
        if (progress)
            writer.setProgressCallback(
                [progress](const BackupProgress& p) { progress->append(p); });
        return writer.write(r);
    }

    QString setPath(const QString& runId = QStringLiteral("run-1")) const
    {
        return m_backupDir + QLatin1Char('/') + runId;
    }

    void verifyNoCredentialsLeft() const
    {
        for (const QString& name : entries(m_backupDir))
            QVERIFY2(!name.startsWith(QStringLiteral(".omsua-cred")), qPrintable(name));
    }

private Q_SLOTS:
    void init()
    {
        m_dir = new QTemporaryDir;
        QVERIFY(m_dir->isValid());
        // A directory name the shell would love to misread.
        m_backupDir = m_dir->path() + QStringLiteral("/back ups $HOME 'x'");
        qunsetenv("FAKE_DUMP_LEAK");
    }
    void cleanup()
    {
        delete m_dir;
        m_dir = nullptr;
    }

    void fullSet()
    {
        ShellRunner runner;
        QList<BackupProgress> progress;
        const Expected<BackupOutcome> outcome = writeSet(runner, request(), &progress);
        QVERIFY2(outcome.ok(), outcome.ok() ? "" : qPrintable(outcome.error().toString()));
        QVERIFY(!outcome->reused);
        QVERIFY(!outcome->rebuilt);
        QCOMPARE(outcome->set.path(), setPath());

        QCOMPARE(entries(setPath()),
                 (QStringList{QStringLiteral("cm_hb_t.sql"), QStringLiteral("cm_t.sql"),
                              QStringLiteral("manifest.json"), QStringLiteral("rm_t.sql")}));
        QCOMPARE(modeOf(setPath()), 0700);
        const Manifest& manifest = outcome->manifest;
        QVERIFY(manifest.isComplete());
        QCOMPARE(manifest.runId, QStringLiteral("run-1"));
        QVERIFY(manifest.createdAt.isValid());
        QCOMPARE(manifest.container, QStringLiteral("oms_330"));
        QCOMPARE(toString(manifest.dumpFlavour), QStringLiteral("mariadb"));
        QCOMPARE(manifest.dumpVersion, QStringLiteral("10.11.19-MariaDB"));
        for (const ManifestDatabase& db : manifest.databases) {
            const QString path = setPath() + QLatin1Char('/') + db.file;
            QCOMPARE(db.file, db.name + QStringLiteral(".sql"));
            QCOMPARE(db.sha256, localSha256(path));
            QCOMPARE(db.bytes, QFileInfo(path).size());
            QVERIFY(db.trailer.startsWith(QStringLiteral("-- Dump completed")));
            QCOMPARE(modeOf(path), 0600);
        }
        // The manifest on disk is the one returned.
        const Expected<Manifest> onDisk =
            Manifest::fromJson(readFile(setPath() + QStringLiteral("/manifest.json")));
        QVERIFY(onDisk.ok());
        QCOMPARE(onDisk->toJson(), manifest.toJson());
        QCOMPARE(modeOf(setPath() + QStringLiteral("/manifest.json")), 0600);

        // Per-table progress from the tool's --verbose stderr.
        int tables = 0;
        for (const BackupProgress& p : progress) {
            if (p.phase == BackupProgress::Phase::Table)
                ++tables;
        }
        QCOMPARE(tables, 9);
        QCOMPARE(int(progress.last().phase), int(BackupProgress::Phase::Done));

        // Never a password on a command line; option file first; credentials gone.
        for (const QString& command : runner.commands) {
            QVERIFY2(!command.contains(kPassword), qPrintable(command));
            QVERIFY2(!command.contains(QStringLiteral("w$rd")), qPrintable(command));
        }
        QCOMPARE(outcome->commands, runner.commands);
        int dumps = 0;
        for (const QString& command : runner.commands) {
            if (!command.contains(QStringLiteral("fake-mariadb-dump")))
                continue;
            ++dumps;
            const qsizetype program = command.indexOf(QStringLiteral("fake-mariadb-dump"));
            const qsizetype option = command.indexOf(QStringLiteral("--defaults-extra-file="));
            QVERIFY(option > program);
            QVERIFY(command.indexOf(QStringLiteral("--single-transaction")) > option);
        }
        QCOMPARE(dumps, 3);
        verifyNoCredentialsLeft();

        // And the verifier agrees.
        BackupVerifier verifier(runner);
        const Expected<VerificationReport> report = verifier.verify(outcome->set);
        QVERIFY(report.ok());
        QVERIFY2(report->ok(), qPrintable(report->summary()));
        QCOMPARE(report->files.size(), 3);
    }

    void existingCompleteSetIsReused()
    {
        ShellRunner runner;
        QVERIFY(writeSet(runner, request()).ok());
        const QByteArray manifestBefore = readFile(setPath() + QStringLiteral("/manifest.json"));
        ShellRunner again;
        QList<BackupProgress> progress;
        const Expected<BackupOutcome> outcome = writeSet(again, request(), &progress);
        QVERIFY(outcome.ok());
        QVERIFY(outcome->reused);
        QVERIFY(outcome->summary.contains(QStringLiteral("reused")));
        QCOMPARE(int(progress.last().phase), int(BackupProgress::Phase::Reused));
        for (const QString& command : again.commands)
            QVERIFY2(!command.contains(QStringLiteral("fake-mariadb-dump")), qPrintable(command));
        QCOMPARE(readFile(setPath() + QStringLiteral("/manifest.json")), manifestBefore);
    }

    void partialSetIsRebuilt_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("file deleted") << QStringLiteral("delete");
        QTest::newRow("byte flipped") << QStringLiteral("flip");
        QTest::newRow("manifest deleted") << QStringLiteral("manifest");
        QTest::newRow("manifest garbage") << QStringLiteral("garbage");
        QTest::newRow("leftover partial, no manifest") << QStringLiteral("partial");
    }
    void partialSetIsRebuilt()
    {
        QFETCH(QString, damage);
        ShellRunner runner;
        QVERIFY(writeSet(runner, request()).ok());
        const QString cm = setPath() + QStringLiteral("/cm_t.sql");
        const QString manifest = setPath() + QStringLiteral("/manifest.json");
        if (damage == QLatin1String("delete")) {
            QVERIFY(QFile::remove(cm));
        } else if (damage == QLatin1String("flip")) {
            QByteArray data = readFile(cm);
            data[10] = char(data[10] ^ 0x20);
            QVERIFY(writeFile(cm, data));
        } else if (damage == QLatin1String("manifest")) {
            QVERIFY(QFile::remove(manifest));
        } else if (damage == QLatin1String("garbage")) {
            QVERIFY(writeFile(manifest, "{not json"));
        } else {
            QVERIFY(QFile::remove(manifest));
            QVERIFY(QFile::rename(cm, cm + QStringLiteral(".partial")));
        }
        const Expected<BackupOutcome> outcome = writeSet(runner, request());
        QVERIFY2(outcome.ok(), outcome.ok() ? "" : qPrintable(outcome.error().toString()));
        QVERIFY(!outcome->reused);
        QVERIFY(outcome->rebuilt);
        QVERIFY(outcome->manifest.notes.contains(QStringLiteral("rebuilt")));
        QCOMPARE(entries(setPath()),
                 (QStringList{QStringLiteral("cm_hb_t.sql"), QStringLiteral("cm_t.sql"),
                              QStringLiteral("manifest.json"), QStringLiteral("rm_t.sql")}));
        BackupVerifier verifier(runner);
        const Expected<VerificationReport> report = verifier.verify(outcome->set);
        QVERIFY(report.ok() && report->ok());
    }

    // A complete set that names other databases is somebody's good backup: never overwritten.
    void completeSetOfOtherDatabasesIsLeftAlone()
    {
        ShellRunner runner;
        QVERIFY(writeSet(runner, request()).ok());
        const QByteArray before = readFile(setPath() + QStringLiteral("/rm_t.sql"));
        const Expected<BackupOutcome> outcome = writeSet(
            runner,
            request({QStringLiteral("rm_x"), QStringLiteral("cm_t"), QStringLiteral("cm_hb_t")}));
        QVERIFY(!outcome.ok());
        QVERIFY(outcome.error().message.contains(QStringLiteral("other databases")));
        QCOMPARE(readFile(setPath() + QStringLiteral("/rm_t.sql")), before);
    }

    void failedDumpIsFlagged()
    {
        qputenv("FAKE_DUMP_LEAK", kPassword.toUtf8());
        ShellRunner runner;
        const Expected<BackupOutcome> outcome =
            writeSet(runner, request({QStringLiteral("rm_t"), QStringLiteral("broken_db"),
                                      QStringLiteral("cm_hb_t")}));
        qunsetenv("FAKE_DUMP_LEAK");
        QVERIFY(!outcome.ok());
        const Error& error = outcome.error();
        QVERIFY2(error.message.contains(QStringLiteral("broken_db")), qPrintable(error.message));
        QVERIFY2(error.message.contains(QStringLiteral("exit status 2")),
                 qPrintable(error.message));
        QVERIFY2(error.message.contains(QStringLiteral("Unknown database")),
                 qPrintable(error.message));
        // The stderr excerpt is redacted.
        QVERIFY2(!error.toString().contains(kPassword), qPrintable(error.toString()));
        QVERIFY(error.message.contains(QStringLiteral("********")));
        QVERIFY(error.where.endsWith(QStringLiteral("broken_db.sql.failed")));

        const QStringList files = entries(setPath());
        QVERIFY(files.contains(QStringLiteral("rm_t.sql")));
        QVERIFY(files.contains(QStringLiteral("broken_db.sql.failed")));
        QVERIFY(!files.contains(QStringLiteral("broken_db.sql")));
        QVERIFY(!files.contains(QStringLiteral("broken_db.sql.partial")));
        QVERIFY(!files.contains(QStringLiteral("cm_hb_t.sql")));
        // The manifest tells the story.
        const Expected<Manifest> manifest =
            Manifest::fromJson(readFile(setPath() + QStringLiteral("/manifest.json")));
        QVERIFY2(manifest.ok(), manifest.ok() ? "" : qPrintable(manifest.error().toString()));
        QVERIFY(!manifest->isComplete());
        QVERIFY(manifest->database(DatabaseRole::Rm)->completed);
        QVERIFY(!manifest->database(DatabaseRole::Cm)->completed);
        QVERIFY(!manifest->database(DatabaseRole::CmHb)->completed);
        QVERIFY(manifest->notes.contains(QStringLiteral("FAILED")));
        QVERIFY(!manifest->notes.contains(kPassword));
        verifyNoCredentialsLeft();

        // Such a set never verifies, and a new attempt rebuilds it.
        BackupVerifier verifier(runner);
        const Expected<BackupSet> set = BackupSet::at(m_backupDir, QStringLiteral("run-1"));
        QVERIFY(set.ok());
        const Expected<VerificationReport> report = verifier.verify(*set);
        QVERIFY(report.ok());
        QVERIFY(!report->ok());
        QCOMPARE(int(report->file(QStringLiteral("broken_db.sql"))->status),
                 int(FileStatus::NotCompleted));
        const Expected<BackupOutcome> retry = writeSet(runner, request());
        QVERIFY(retry.ok());
        QVERIFY(retry->rebuilt);
        QVERIFY(!entries(setPath()).contains(QStringLiteral("broken_db.sql.failed")));
    }

    void missingTrailerFails_data()
    {
        QTest::addColumn<QString>("database");
        QTest::newRow("no trailer") << QStringLiteral("notrailer_db");
        QTest::newRow("empty output") << QStringLiteral("empty_db");
    }
    void missingTrailerFails()
    {
        QFETCH(QString, database);
        ShellRunner runner;
        const Expected<BackupOutcome> outcome = writeSet(
            runner, request({database, QStringLiteral("cm_t"), QStringLiteral("cm_hb_t")}));
        QVERIFY(!outcome.ok());
        QVERIFY2(outcome.error().message.contains(database), qPrintable(outcome.error().message));
        QVERIFY2(outcome.error().message.contains(QStringLiteral("last line")),
                 qPrintable(outcome.error().message));
        QVERIFY(entries(setPath()).contains(database + QStringLiteral(".sql.failed")));
        QVERIFY(!entries(setPath()).contains(database + QStringLiteral(".sql")));
        verifyNoCredentialsLeft();
    }

    void cancelStopsTheDump()
    {
        ShellRunner runner;
        std::atomic<bool> cancel{false};
        QElapsedTimer clock;
        clock.start();
        std::thread canceller([&cancel] {
            std::this_thread::sleep_for(std::chrono::milliseconds(500));
            cancel = true;
        });
        const Expected<BackupOutcome> outcome = writeSet(
            runner,
            request({QStringLiteral("rm_t"), QStringLiteral("slow_db"), QStringLiteral("cm_hb_t")}),
            nullptr, &cancel);
        canceller.join();
        QVERIFY(!outcome.ok());
        QVERIFY(clock.elapsed() < 15000);
        QVERIFY2(outcome.error().message.contains(QStringLiteral("slow_db")),
                 qPrintable(outcome.error().message));
        QVERIFY2(outcome.error().message.contains(QStringLiteral("cancelled")),
                 qPrintable(outcome.error().message));
        QVERIFY(entries(setPath()).contains(QStringLiteral("slow_db.sql.failed")));
        QVERIFY(!entries(setPath()).contains(QStringLiteral("slow_db.sql")));
        verifyNoCredentialsLeft();
    }

    // An SSH runner only abandons a cancelled command; the writer must stop the remote dump.
    void abandonedDumpIsStopped()
    {
        ShellRunner runner;
        runner.killOnCancel = false;
        std::atomic<bool> cancel{false};
        std::thread canceller([&cancel] {
            std::this_thread::sleep_for(std::chrono::milliseconds(500));
            cancel = true;
        });
        const Expected<BackupOutcome> outcome = writeSet(
            runner,
            request({QStringLiteral("rm_t"), QStringLiteral("slow_db"), QStringLiteral("cm_hb_t")}),
            nullptr, &cancel);
        canceller.join();
        QVERIFY(!outcome.ok());
        QCOMPARE(runner.abandoned.size(), size_t(1));
        QProcess& dump = *runner.abandoned.front();
        QVERIFY2(dump.waitForFinished(5000), "the abandoned dump is still running");
        QCOMPARE(dump.exitStatus(), QProcess::CrashExit); // SIGTERM
        bool killed = false;
        for (const QString& command : runner.commands)
            killed = killed || command.contains(QStringLiteral("kill -TERM"));
        QVERIFY(killed);
        verifyNoCredentialsLeft();
    }

    void requestValidation()
    {
        ShellRunner runner;
        QVERIFY(!writeSet(runner, request({QStringLiteral("rm_t"), QStringLiteral("rm_t"),
                                           QStringLiteral("cm_hb_t")}))
                     .ok());
        QVERIFY(!writeSet(runner, request({QStringLiteral("rm t"), QStringLiteral("cm_t"),
                                           QStringLiteral("cm_hb_t")}))
                     .ok());
        QVERIFY(!writeSet(runner, request({QStringLiteral("rm_t")}, QStringLiteral("../x"))).ok());
        BackupRequest relative = request();
        relative.backupDirectory = QStringLiteral("backups");
        QVERIFY(!writeSet(runner, relative).ok());
        QVERIFY(runner.commands.isEmpty());
    }

    void verifierNamesTheBadFile()
    {
        ShellRunner runner;
        const Expected<BackupOutcome> written = writeSet(runner, request());
        QVERIFY(written.ok());
        BackupVerifier verifier(runner);

        const QString cm = setPath() + QStringLiteral("/cm_t.sql");
        const QByteArray original = readFile(cm);

        // One byte flipped (not in the trailer): checksum differs.
        QByteArray flipped = original;
        flipped[20] = char(flipped[20] ^ 0x01);
        QVERIFY(writeFile(cm, flipped));
        Expected<VerificationReport> report = verifier.verify(written->set);
        QVERIFY(report.ok());
        QVERIFY(!report->ok());
        QCOMPARE(int(report->file(QStringLiteral("cm_t.sql"))->status),
                 int(FileStatus::ChecksumDiffers));
        QCOMPARE(int(report->file(QStringLiteral("rm_t.sql"))->status), int(FileStatus::Ok));
        QVERIFY(report->summary().contains(QStringLiteral("cm_t.sql: checksum differs")));

        // Trailer cut off: trailer missing (the size differs too, and is mentioned).
        QVERIFY(writeFile(cm, original.left(original.lastIndexOf("-- Dump completed"))));
        report = verifier.verify(written->set);
        QVERIFY(report.ok());
        const FileVerification* cut = report->file(QStringLiteral("cm_t.sql"));
        QCOMPARE(int(cut->status), int(FileStatus::TrailerMissing));
        QVERIFY(cut->detail.contains(QStringLiteral("size differs")));

        // Bytes appended after the trailer.
        QVERIFY(writeFile(cm, original + "DROP TABLE x;\n"));
        report = verifier.verify(written->set);
        QCOMPARE(int(report->file(QStringLiteral("cm_t.sql"))->status),
                 int(FileStatus::TrailerMissing));

        // Same size and trailer, other content: checksum differs; other size: size differs.
        QByteArray longer = original;
        longer.insert(5, "xx");
        QVERIFY(writeFile(cm, longer));
        report = verifier.verify(written->set);
        QCOMPARE(int(report->file(QStringLiteral("cm_t.sql"))->status),
                 int(FileStatus::SizeDiffers));

        // Gone.
        QVERIFY(QFile::remove(cm));
        report = verifier.verify(written->set);
        QCOMPARE(int(report->file(QStringLiteral("cm_t.sql"))->status), int(FileStatus::Missing));
        QVERIFY(report->summary().contains(QStringLiteral("cm_t.sql: missing")));

        // Restored: ok again.
        QVERIFY(writeFile(cm, original));
        report = verifier.verify(written->set);
        QVERIFY2(report->ok(), qPrintable(report->summary()));

        // No manifest: an Error, not a report.
        QVERIFY(QFile::remove(setPath() + QStringLiteral("/manifest.json")));
        QVERIFY(!verifier.verify(written->set).ok());
    }

    void verifierWantsAllThreeRoles()
    {
        ShellRunner runner;
        const Expected<BackupOutcome> written = writeSet(runner, request());
        QVERIFY(written.ok());
        Manifest partial = written->manifest;
        partial.databases.removeLast();
        BackupVerifier verifier(runner);
        const Expected<VerificationReport> report = verifier.verify(written->set, partial);
        QVERIFY(report.ok());
        QVERIFY(!report->ok());
        QVERIFY(report->summary().contains(QStringLiteral("cm_hb")));
    }

    void optionFileLifecycle()
    {
        ShellRunner runner;
        QVERIFY(QDir().mkpath(m_backupDir));
        QString path;
        QString directory;
        {
            const Expected<std::unique_ptr<OptionFile>> file = OptionFile::create(
                runner,
                MetaDbCredentials{QStringLiteral("db.example"), 2883,
                                  QStringLiteral("root@oms#obcluster"), kPassword},
                m_backupDir);
            QVERIFY2(file.ok(), file.ok() ? "" : qPrintable(file.error().toString()));
            path = (*file)->path();
            directory = (*file)->directory();
            QVERIFY(path.startsWith(m_backupDir + QStringLiteral("/.omsua-cred.")));
            QFileInfo info(path);
            QVERIFY(info.exists());
            QCOMPARE(modeOf(path), 0600);
            QCOMPARE(modeOf(directory), 0700);
            QVERIFY(readFile(path).contains("user=\"root@oms#obcluster\""));
            QVERIFY(readFile(path).contains("port=2883"));
        } // destructor removes
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(directory));
        for (const QString& command : runner.commands)
            QVERIFY2(!command.contains(kPassword), qPrintable(command));

        // Explicit remove, twice is fine.
        const Expected<std::unique_ptr<OptionFile>> file = OptionFile::create(
            runner, MetaDbCredentials{QStringLiteral("h"), 1, QStringLiteral("u"), {}});
        QVERIFY(file.ok()); // under $HOME
        QVERIFY(QFileInfo::exists((*file)->path()));
        QVERIFY((*file)->remove().ok());
        QVERIFY((*file)->remove().ok());
        QVERIFY(!QFileInfo::exists((*file)->directory()));

        // A parent that does not exist: an Error, nothing left behind.
        QVERIFY(!OptionFile::create(
                     runner, MetaDbCredentials{QStringLiteral("h"), 1, QStringLiteral("u"), {}},
                     m_dir->path() + QStringLiteral("/nope"))
                     .ok());
    }

    void detectFindsTheFakeTool()
    {
        QTemporaryDir bin;
        QVERIFY(QFile::link(fakeDump(), bin.filePath(QStringLiteral("mariadb-dump"))));
        ShellRunner runner;
        const QByteArray oldPath = qgetenv("PATH");
        qputenv("PATH", bin.path().toUtf8() + ':' + oldPath);
        const Expected<DumpTool> tool = DumpTool::detect(runner);
        qputenv("PATH", oldPath);
        QVERIFY2(tool.ok(), tool.ok() ? "" : qPrintable(tool.error().toString()));
        QCOMPARE(tool->dumpProgram(), bin.filePath(QStringLiteral("mariadb-dump")));
        QCOMPARE(toString(tool->flavour()), QStringLiteral("mariadb"));
    }

    void hostFileProbeParse()
    {
        const QString sha(64, QLatin1Char('a'));
        Expected<HostFileFacts> facts =
            HostFileProbe::parse("1234\n" + sha.toLatin1() + "  -\nabc\n-- Dump completed on x\n",
                                 HostFileProbe::Checksum::Compute, QStringLiteral("/f"));
        QVERIFY(facts.ok());
        QCOMPARE(facts->bytes, 1234);
        QCOMPARE(facts->sha256, sha);
        QCOMPARE(facts->tail, QByteArray("abc\n-- Dump completed on x\n"));
        facts = HostFileProbe::parse("0\n", HostFileProbe::Checksum::Skip, QStringLiteral("/f"));
        QVERIFY(facts.ok());
        QCOMPARE(facts->bytes, 0);
        QVERIFY(facts->tail.isEmpty());
        QVERIFY(
            !HostFileProbe::parse("x\n", HostFileProbe::Checksum::Skip, QStringLiteral("/f")).ok());
        QVERIFY(!HostFileProbe::parse("12\nnot-a-hash  -\n", HostFileProbe::Checksum::Compute,
                                      QStringLiteral("/f"))
                     .ok());
    }

    void diskSpaceParse_data()
    {
        QTest::addColumn<QByteArray>("output");
        QTest::addColumn<qint64>("available");
        QTest::addColumn<QString>("mountPoint");
        QTest::newRow("GNU")
            << QByteArray("Filesystem     1024-blocks     Used Available Capacity Mounted on\n"
                          "/dev/sda1        102400000 51200000  46080000      53% /home\n")
            << qint64(46080000) * 1024 << QStringLiteral("/home");
        QTest::newRow("spaces") << QByteArray(
                                       "Filesystem 1024-blocks Used Available Capacity Mounted on\n"
                                       "//nas/back ups 1000 10 990 2% /mnt/back ups\n")
                                << qint64(990) * 1024 << QStringLiteral("/mnt/back ups");
        QTest::newRow("overlay")
            << QByteArray("Filesystem 1024-blocks Used Available Capacity Mounted on\n"
                          "overlay 20511312 4321 19000000 1% /\n")
            << qint64(19000000) * 1024 << QStringLiteral("/");
    }
    void diskSpaceParse()
    {
        QFETCH(QByteArray, output);
        QFETCH(qint64, available);
        QFETCH(QString, mountPoint);
        const Expected<DiskSpace> space = DiskSpace::parseDfOutput(output, QStringLiteral("/x"));
        QVERIFY(space.ok());
        QCOMPARE(space->availableBytes, available);
        QCOMPARE(space->mountPoint, mountPoint);
        QVERIFY(!DiskSpace::parseDfOutput("df: /x: No such file\n", QStringLiteral("/x")).ok());
    }

    void diskSpaceRule()
    {
        QCOMPARE(DiskSpace::requiredBytes(0), 0);
        QCOMPARE(DiskSpace::requiredBytes(2), 3);
        QCOMPARE(DiskSpace::requiredBytes(3), 5); // rounded up
        QCOMPARE(DiskSpace::requiredBytes(Q_INT64_C(10000000000)), Q_INT64_C(15000000000));
        DiskSpace space;
        space.availableBytes = 150;
        QVERIFY(space.fits(100));
        QVERIFY(!space.fits(101));
    }

    void diskSpaceOfAPathNotYetThere()
    {
        ShellRunner runner;
        const QString path = m_dir->path() + QStringLiteral("/not yet/there/either");
        const Expected<DiskSpace> space = DiskSpace::measure(runner, path);
        QVERIFY2(space.ok(), space.ok() ? "" : qPrintable(space.error().toString()));
        QCOMPARE(space->measuredPath, m_dir->path());
        QCOMPARE(space->path, path);
        QVERIFY(space->availableBytes > 0);
        QVERIFY(space->totalBytes >= space->availableBytes);
        QVERIFY(!DiskSpace::measure(runner, QStringLiteral("relative")).ok());
    }
};

QTEST_GUILESS_MAIN(TestBackupWriter)
#include "tst_backupwriter.moc"
