// Backup sets of the lab's three MetaDB databases, taken on the lab host over SSH as the lab
// user: files, manifest, checksums (recomputed here: the lab host is this machine), the
// verifier's verdicts on damaged copies, a failing dump, and the password never visible in the
// process list while dumps run.
#include "LabEnvironment.h"
#include "backup/BackupVerifier.h"
#include "backup/BackupWriter.h"
#include "backup/DiskSpace.h"
#include "backup/DumpTool.h"
#include "config/OmsConfig.h"
#include "remote/ShellQuote.h"
#include "remote/SshCommandRunner.h"
#include "remote/SshSession.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <atomic>
#include <mutex>
#include <thread>

using namespace omsua;
using namespace omsua::backup;
using omsua::test::LabEnvironment;

namespace {

QByteArray readLocalFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString localSha256(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

// SQL string literal for MariaDB (backslash escapes are on by default).
QString sqlLiteral(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

// Runs SQL as the MetaDB's root over its unix socket (lab host = this machine, tests run as
// root); the SQL, secrets included, goes over stdin.
bool runRootSql(const QString& sql, QString* error)
{
    QProcess mariadb;
    mariadb.start(QStringLiteral("mariadb"),
                  {QStringLiteral("--socket=") +
                       LabEnvironment::instance().value(QStringLiteral("LAB_DB_SOCK")),
                   QStringLiteral("--user=root"), QStringLiteral("--batch")});
    if (!mariadb.waitForStarted(10000)) {
        *error = mariadb.errorString();
        return false;
    }
    mariadb.write(sql.toUtf8());
    mariadb.closeWriteChannel();
    if (!mariadb.waitForFinished(300000) || mariadb.exitCode() != 0) {
        *error = QString::fromUtf8(mariadb.readAllStandardError());
        return false;
    }
    return true;
}

// Watches every process's command line on this machine (which is the lab host) while dumps
// run: /proc/<pid>/cmdline continuously, and `ps -eww -o args` as an operator would.
class ProcessListWatcher
{
public:
    explicit ProcessListWatcher(QStringList secrets)
        : m_secrets(std::move(secrets))
    {}
    ~ProcessListWatcher() { stop(); }

    void start()
    {
        m_stop = false;
        m_thread = std::thread([this] { loop(); });
    }
    void stop()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }

    int samples() const { return m_samples; }
    int psSamples() const { return m_psSamples; }
    int samplesWithDump() const { return m_samplesWithDump; }
    QStringList optionFilesSeen() const
    {
        std::lock_guard lock(m_mutex);
        return m_optionFiles;
    }
    QStringList leaks() const
    {
        std::lock_guard lock(m_mutex);
        return m_leaks;
    }

private:
    void inspect(const QString& commandLine, bool fromPs)
    {
        for (const QString& secret : std::as_const(m_secrets)) {
            if (commandLine.contains(secret)) {
                std::lock_guard lock(m_mutex);
                // Never print the secret itself, even in a failing test's output.
                m_leaks.append(QStringLiteral("%1: a process line holds a password (%2 chars)")
                                   .arg(fromPs ? QStringLiteral("ps") : QStringLiteral("/proc"))
                                   .arg(commandLine.size()));
            }
        }
    }

    void loop()
    {
        static const QRegularExpression option(
            QStringLiteral("--defaults-extra-file=(\\S+/client\\.cnf)"));
        int round = 0;
        while (!m_stop) {
            bool sawDump = false;
            const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
            for (const QString& pid : pids) {
                if (pid.isEmpty() || !pid.at(0).isDigit())
                    continue;
                QByteArray cmdline =
                    readLocalFile(QStringLiteral("/proc/") + pid + QStringLiteral("/cmdline"));
                cmdline.replace('\0', ' ');
                const QString text = QString::fromUtf8(cmdline);
                inspect(text, false);
                if (text.contains(QStringLiteral("--defaults-extra-file=")) &&
                    text.contains(QStringLiteral("dump"))) {
                    sawDump = true;
                    const QRegularExpressionMatch m = option.match(text);
                    std::lock_guard lock(m_mutex);
                    if (m.hasMatch() && !m_optionFiles.contains(m.captured(1)))
                        m_optionFiles.append(m.captured(1));
                }
            }
            ++m_samples;
            if (sawDump)
                ++m_samplesWithDump;
            if (++round % 5 == 0) {
                QProcess ps;
                ps.start(QStringLiteral("ps"),
                         {QStringLiteral("-eww"), QStringLiteral("-o"), QStringLiteral("args")});
                if (ps.waitForFinished(10000)) {
                    const QStringList lines =
                        QString::fromUtf8(ps.readAllStandardOutput()).split(QLatin1Char('\n'));
                    for (const QString& line : lines)
                        inspect(line, true);
                    ++m_psSamples;
                }
            }
        }
    }

    QStringList m_secrets;
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_samples{0};
    std::atomic<int> m_psSamples{0};
    std::atomic<int> m_samplesWithDump{0};
    mutable std::mutex m_mutex;
    QStringList m_leaks;
    QStringList m_optionFiles;
};

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

private:
    remote::SshSession m_session;
    std::unique_ptr<remote::SshCommandRunner> m_runner;
    MetaDbCredentials m_credentials;
    QString m_rmDb, m_cmDb, m_cmHbDb;
    QString m_root; // temp backup directory under the lab user's home
    QString m_scratchPrefix;
    QString m_scratchUser;
    QString m_scratchPassword;
    bool m_scratchCreated = false;
    qint64 m_scratchHbBytes = 0; // size of the complete million-row dump
    std::optional<BackupOutcome> m_labSet;

    BackupRequest labRequest(const QString& runId) const
    {
        BackupRequest request;
        request.backupDirectory = m_root + QStringLiteral("/sets");
        request.runId = runId;
        request.credentials = m_credentials;
        request.databases = {
            {DatabaseRole::Rm, m_rmDb}, {DatabaseRole::Cm, m_cmDb}, {DatabaseRole::CmHb, m_cmHbDb}};
        request.container = LabEnvironment::instance().value(QStringLiteral("LAB_CONTAINER"));
        request.sourceImage = QStringLiteral("oms:feature_3.3.0_ce");
        request.sourceVersion = QStringLiteral("3.3.0");
        request.targetImage = QStringLiteral("oms:feature_3.3.1_ce");
        request.inspect = QJsonObject{{QStringLiteral("Name"), QStringLiteral("/oms_330")}};
        request.configYamlMasked = QStringLiteral("oms_meta_password: '********'\n");
        request.notes = QStringLiteral("integration test tst_backup");
        return request;
    }

    Expected<remote::CommandResult> sh(const QString& commandLine)
    {
        return m_runner->runShell(commandLine);
    }

    QStringList hostEntries(const QString& dir)
    {
        const Expected<remote::CommandResult> listed =
            sh(QStringLiteral("ls -A -- ") + remote::shellQuote(dir));
        if (!listed || !listed->succeeded())
            return {QStringLiteral("<ls failed>")};
        return QString::fromUtf8(listed->stdOut).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

    // Three scratch databases of our own (never the lab's), one with a million rows, under a
    // scratch account whose password is as hostile as the lab's. Created once.
    void ensureScratch()
    {
        if (m_scratchCreated)
            return;
        const qint64 pid = QCoreApplication::applicationPid();
        m_scratchPrefix = QStringLiteral("omsua_bk_%1").arg(pid);
        m_scratchUser = QStringLiteral("omsua_bk_%1").arg(pid);
        m_scratchPassword = QStringLiteral("Bk'up \"pa$s ;wd\\3 %1").arg(pid);
        QString sql;
        for (const char* suffix : {"_rm", "_cm", "_hb"})
            sql += QStringLiteral("CREATE DATABASE `%1%2`;\n")
                       .arg(m_scratchPrefix, QLatin1String(suffix));
        sql += QStringLiteral("CREATE USER '%1'@'127.0.0.1' IDENTIFIED BY %2;\n")
                   .arg(m_scratchUser, sqlLiteral(m_scratchPassword));
        for (const char* suffix : {"_rm", "_cm", "_hb"})
            sql += QStringLiteral("GRANT ALL ON `%1%2`.* TO '%3'@'127.0.0.1';\n")
                       .arg(m_scratchPrefix, QLatin1String(suffix), m_scratchUser);
        sql += QStringLiteral("CREATE TABLE `%1_rm`.t (id int primary key);\n"
                              "INSERT INTO `%1_rm`.t VALUES (1);\n"
                              "CREATE TABLE `%1_cm`.t (id int primary key);\n"
                              "CREATE TABLE `%1_hb`.heatbeat_sequence (id bigint auto_increment "
                              "primary key, gmt_created datetime not null, pad varchar(64));\n"
                              "USE `%1_hb`;\n"
                              "INSERT INTO heatbeat_sequence "
                              "SELECT seq, NOW(), REPEAT('x', 60) FROM seq_1_to_1000000;\n")
                   .arg(m_scratchPrefix);
        QString error;
        m_scratchCreated = true; // cleanupTestCase drops whatever part was created
        QVERIFY2(runRootSql(sql, &error), qPrintable(error));
    }

    BackupRequest scratchRequest(const QString& runId) const
    {
        BackupRequest request = labRequest(runId);
        request.credentials.user = m_scratchUser;
        request.credentials.password = m_scratchPassword;
        request.databases = {{DatabaseRole::Rm, m_scratchPrefix + QStringLiteral("_rm")},
                             {DatabaseRole::Cm, m_scratchPrefix + QStringLiteral("_cm")},
                             {DatabaseRole::CmHb, m_scratchPrefix + QStringLiteral("_hb")}};
        return request;
    }

private Q_SLOTS:
    void initTestCase()
    {
        OMSUA_REQUIRE_LAB();
        const LabEnvironment& lab = LabEnvironment::instance();

        remote::SshEndpoint endpoint;
        endpoint.host = lab.sshHost();
        endpoint.port = lab.sshPort();
        endpoint.knownHostsFile = lab.knownHostsFile();
        const auto connected = m_session.connect(endpoint, {});
        QVERIFY2(connected.ok(), connected.ok() ? "" : qPrintable(connected.error().toString()));
        remote::SshCredentials credentials;
        credentials.user = lab.sshUser();
        credentials.identityFile = lab.identityFile();
        credentials.useAgent = false;
        const auto authenticated = m_session.authenticate(credentials);
        QVERIFY2(authenticated.ok(),
                 authenticated.ok() ? "" : qPrintable(authenticated.error().toString()));
        m_runner = std::make_unique<remote::SshCommandRunner>(m_session);

        // Names and credentials from the host's config.yaml, read over SSH as the product does.
        const QString configPath =
            lab.value(QStringLiteral("LAB_CONFIG_YAML"),
                      lab.labDir() + QStringLiteral("/host/data/config.yaml"));
        const Expected<remote::CommandResult> read =
            m_runner->run({QStringLiteral("cat"), QStringLiteral("--"), configPath});
        QVERIFY(read.ok() && read->succeeded());
        const Expected<config::OmsConfig> config =
            config::OmsConfig::parse(read->stdOut, QStringLiteral("lab:") + configPath);
        QVERIFY2(config.ok(), config.ok() ? "" : qPrintable(config.error().toString()));
        m_credentials.host = config->metaHost;
        m_credentials.port = config->metaPort;
        m_credentials.user = config->metaUser;
        m_credentials.password = config->metaPassword;
        m_rmDb = config->rmDb;
        m_cmDb = config->cmDb;
        m_cmHbDb = config->cmHbDb;
        QVERIFY(!m_rmDb.isEmpty() && !m_cmDb.isEmpty() && !m_cmHbDb.isEmpty());
        QVERIFY2(m_credentials.password == lab.metaPassword(),
                 "config.yaml password differs from LAB_META_PASSWORD");
        qInfo("commands run over SSH as %s@%s:%d", qPrintable(lab.sshUser()),
              qPrintable(lab.sshHost()), lab.sshPort());

        // A private scratch root in the lab user's home.
        const Expected<remote::CommandResult> made =
            sh(QStringLiteral("umask 077 && mktemp -d \"$HOME/omsua-backup-test.XXXXXXXX\""));
        QVERIFY(made.ok() && made->succeeded());
        m_root = QString::fromUtf8(made->stdOut).trimmed();
        QVERIFY(m_root.startsWith(QStringLiteral("/home/")));
    }

    void cleanupTestCase()
    {
        if (m_runner && !m_root.isEmpty())
            (void)sh(QStringLiteral("rm -rf -- ") + remote::shellQuote(m_root));
        if (m_scratchCreated) {
            QString error;
            QString sql;
            for (const char* suffix : {"_rm", "_cm", "_hb"})
                sql += QStringLiteral("DROP DATABASE IF EXISTS `%1%2`;\n")
                           .arg(m_scratchPrefix, QLatin1String(suffix));
            sql += QStringLiteral("DROP USER IF EXISTS '%1'@'127.0.0.1';\n").arg(m_scratchUser);
            if (!runRootSql(sql, &error))
                qWarning("scratch cleanup failed: %s", qPrintable(error));
        }
    }

    void detectTool()
    {
        const Expected<DumpTool> tool = DumpTool::detect(*m_runner);
        QVERIFY2(tool.ok(), tool.ok() ? "" : qPrintable(tool.error().toString()));
        qInfo("dump tool on the lab host: %s (%s, flavour %s, version %s); client %s",
              qPrintable(tool->dumpProgram()), qPrintable(tool->versionText()),
              qPrintable(toString(tool->flavour())), qPrintable(tool->version()),
              qPrintable(tool->clientProgram()));
        QCOMPARE(toString(tool->flavour()), QStringLiteral("mariadb"));
        QVERIFY(!tool->clientProgram().isEmpty());
    }

    void diskSpace()
    {
        const Expected<DiskSpace> space =
            DiskSpace::measure(*m_runner, m_root + QStringLiteral("/sets/not-yet"));
        QVERIFY2(space.ok(), space.ok() ? "" : qPrintable(space.error().toString()));
        QCOMPARE(space->measuredPath, m_root);
        QVERIFY(space->availableBytes > 0);
    }

    void fullSetOfTheLab()
    {
        ProcessListWatcher watcher({m_credentials.password});
        BackupWriter writer(*m_runner);
        int tables = 0;
        writer.setProgressCallback([&tables](const BackupProgress& p) {
            if (p.phase == BackupProgress::Phase::Table)
                ++tables;
        });
        watcher.start();
        QElapsedTimer clock;
        clock.start();
        const Expected<BackupOutcome> outcome = writer.write(labRequest(QStringLiteral("lab-run")));
        const qint64 elapsed = clock.elapsed();
        watcher.stop();
        QVERIFY2(outcome.ok(), outcome.ok() ? "" : qPrintable(outcome.error().toString()));
        qInfo("full set of the lab (%s, %s, %s): %lld ms, %d tables; %s", qPrintable(m_rmDb),
              qPrintable(m_cmDb), qPrintable(m_cmHbDb), elapsed, tables,
              qPrintable(outcome->summary));
        QVERIFY(tables > 0);
        QVERIFY2(watcher.leaks().isEmpty(), qPrintable(watcher.leaks().join(QLatin1Char('\n'))));

        const QString set = outcome->set.path();
        QCOMPARE(set, m_root + QStringLiteral("/sets/lab-run"));
        QStringList expected{m_rmDb + QStringLiteral(".sql"), m_cmDb + QStringLiteral(".sql"),
                             m_cmHbDb + QStringLiteral(".sql"), QStringLiteral("manifest.json")};
        expected.sort();
        QStringList actual = hostEntries(set);
        actual.sort();
        QCOMPARE(actual, expected);
        // Nothing but the set in the backup directory: the option file is gone.
        QCOMPARE(hostEntries(m_root + QStringLiteral("/sets")),
                 QStringList{QStringLiteral("lab-run")});

        const Manifest& manifest = outcome->manifest;
        QVERIFY(manifest.isComplete());
        QCOMPARE(manifest.database(DatabaseRole::CmHb)->file, m_cmHbDb + QStringLiteral(".sql"));
        QCOMPARE(toString(manifest.dumpFlavour), QStringLiteral("mariadb"));
        QVERIFY(manifest.createdAt.isValid());
        QVERIFY(qAbs(manifest.createdAt.secsTo(QDateTime::currentDateTimeUtc())) < 600);
        for (const ManifestDatabase& db : manifest.databases) {
            const QString path = set + QLatin1Char('/') + db.file;
            // The lab host is this machine: recompute here, independently of the host's tools.
            QCOMPARE(db.sha256, localSha256(path));
            QCOMPARE(db.bytes, QFileInfo(path).size());
            QVERIFY(db.trailer.startsWith(QStringLiteral("-- Dump completed on")));
            QVERIFY(db.completed);
        }
        // The manifest on the host parses back to the same document.
        const Expected<Manifest> onHost =
            Manifest::fromJson(readLocalFile(set + QStringLiteral("/manifest.json")));
        QVERIFY(onHost.ok());
        QCOMPARE(onHost->toJson(), manifest.toJson());

        // The right content in the right file.
        const QByteArray rm =
            readLocalFile(set + QLatin1Char('/') + m_rmDb + QStringLiteral(".sql"));
        const QByteArray hb =
            readLocalFile(set + QLatin1Char('/') + m_cmHbDb + QStringLiteral(".sql"));
        QVERIFY(rm.contains("CREATE TABLE `oms_normal_config`"));
        QVERIFY(rm.contains("ha.config"));
        QVERIFY(hb.contains("CREATE TABLE `heatbeat_sequence`"));
        QVERIFY(!rm.contains("CREATE TRIGGER") && !hb.contains("CREATE TRIGGER"));

        // Files and directory are the lab user's alone.
        const Expected<remote::CommandResult> modes = sh(
            QStringLiteral("stat -c '%a %U' -- ") + remote::shellQuote(set) + QStringLiteral(" ") +
            remote::shellQuote(set + QStringLiteral("/manifest.json")) + QStringLiteral(" ") +
            remote::shellQuote(set + QLatin1Char('/') + m_rmDb + QStringLiteral(".sql")));
        QVERIFY(modes.ok() && modes->succeeded());
        const QString user = LabEnvironment::instance().sshUser();
        QCOMPARE(QString::fromUtf8(modes->stdOut),
                 QStringLiteral("700 %1\n600 %1\n600 %1\n").arg(user));

        BackupVerifier verifier(*m_runner);
        const Expected<VerificationReport> report = verifier.verify(outcome->set);
        QVERIFY(report.ok());
        QVERIFY2(report->ok(), qPrintable(report->summary()));
        m_labSet = *outcome;
    }

    void sameRunIsReused()
    {
        QVERIFY(m_labSet);
        BackupWriter writer(*m_runner);
        const Expected<BackupOutcome> outcome = writer.write(labRequest(QStringLiteral("lab-run")));
        QVERIFY2(outcome.ok(), outcome.ok() ? "" : qPrintable(outcome.error().toString()));
        QVERIFY(outcome->reused);
        QCOMPARE(outcome->manifest.toJson(), m_labSet->manifest.toJson());
        qInfo("%s", qPrintable(outcome->summary));
    }

    void verifierOnDamagedCopies()
    {
        QVERIFY(m_labSet);
        const QString source = m_labSet->set.path();
        const auto copy = [&](const QString& name) -> QString {
            const QString root = m_root + QLatin1Char('/') + name;
            const Expected<remote::CommandResult> copied =
                sh(QStringLiteral("mkdir -p -- ") + remote::shellQuote(root) +
                   QStringLiteral(" && cp -a -- ") + remote::shellQuote(source) + QLatin1Char(' ') +
                   remote::shellQuote(root + QStringLiteral("/")));
            return copied.ok() && copied->succeeded() ? root : QString();
        };
        BackupVerifier verifier(*m_runner);

        // (a) one byte flipped in the middle of the cm dump: checksum differs, that file named.
        const QString flippedRoot = copy(QStringLiteral("copy-flipped"));
        QVERIFY(!flippedRoot.isEmpty());
        const QString cmFile = m_cmDb + QStringLiteral(".sql");
        const QString cmPath = flippedRoot + QStringLiteral("/lab-run/") + cmFile;
        const qint64 size = m_labSet->manifest.database(DatabaseRole::Cm)->bytes;
        const Expected<remote::CommandResult> flipped =
            sh(QStringLiteral("printf 'X' | dd of=") + remote::shellQuote(cmPath) +
               QStringLiteral(" bs=1 seek=%1 count=1 conv=notrunc status=none").arg(size / 2));
        QVERIFY(flipped.ok() && flipped->succeeded());
        QVERIFY(localSha256(cmPath) != m_labSet->manifest.database(DatabaseRole::Cm)->sha256);
        Expected<BackupSet> set = BackupSet::at(flippedRoot, QStringLiteral("lab-run"));
        QVERIFY(set.ok());
        Expected<VerificationReport> report = verifier.verify(*set);
        QVERIFY(report.ok());
        QVERIFY(!report->ok());
        QCOMPARE(toString(report->file(cmFile)->status), QStringLiteral("checksum differs"));
        QVERIFY(report->file(m_rmDb + QStringLiteral(".sql"))->ok());
        QVERIFY2(report->summary().contains(cmFile + QStringLiteral(": checksum differs")),
                 qPrintable(report->summary()));

        // (b) the trailer line cut off the rm dump: trailer missing.
        const QString cutRoot = copy(QStringLiteral("copy-cut"));
        QVERIFY(!cutRoot.isEmpty());
        const QString rmFile = m_rmDb + QStringLiteral(".sql");
        const QString rmPath = cutRoot + QStringLiteral("/lab-run/") + rmFile;
        const ManifestDatabase* rmEntry = m_labSet->manifest.database(DatabaseRole::Rm);
        const qint64 keep = rmEntry->bytes - rmEntry->trailer.toUtf8().size() - 1;
        const Expected<remote::CommandResult> cut =
            sh(QStringLiteral("truncate -s %1 -- ").arg(keep) + remote::shellQuote(rmPath));
        QVERIFY(cut.ok() && cut->succeeded());
        set = BackupSet::at(cutRoot, QStringLiteral("lab-run"));
        report = verifier.verify(*set);
        QVERIFY(report.ok());
        QCOMPARE(toString(report->file(rmFile)->status), QStringLiteral("trailer missing"));
        QVERIFY2(report->summary().contains(rmFile + QStringLiteral(": trailer missing")),
                 qPrintable(report->summary()));
        // The original is untouched.
        report = verifier.verify(m_labSet->set);
        QVERIFY(report.ok() && report->ok());
    }

    void missingDatabaseFails()
    {
        BackupRequest request = labRequest(QStringLiteral("missing-db"));
        const QString missing =
            QStringLiteral("omsua_no_such_db_%1").arg(QCoreApplication::applicationPid());
        request.databases[1].name = missing;
        BackupWriter writer(*m_runner);
        const Expected<BackupOutcome> outcome = writer.write(request);
        QVERIFY(!outcome.ok());
        const QString message = outcome.error().message;
        qInfo("%s", qPrintable(outcome.error().toString()));
        QVERIFY2(message.contains(missing), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("exit status 2")), qPrintable(message));
        // MariaDB answers "Access denied" for a database the account has no grant on, "Unknown
        // database" otherwise; either way the server's words reach the operator.
        QVERIFY2(message.contains(QStringLiteral("Unknown database")) ||
                     message.contains(QStringLiteral("Access denied")),
                 qPrintable(message));
        QVERIFY(!outcome.error().toString().contains(m_credentials.password));
        const QStringList files = hostEntries(m_root + QStringLiteral("/sets/missing-db"));
        QVERIFY2(!files.contains(missing + QStringLiteral(".sql")),
                 qPrintable(files.join(QLatin1Char(' '))));
        QVERIFY(files.contains(missing + QStringLiteral(".sql.failed")));
        QVERIFY(files.contains(m_rmDb + QStringLiteral(".sql")));
        QVERIFY(!files.contains(m_cmHbDb + QStringLiteral(".sql")));
        for (const QString& entry : hostEntries(m_root + QStringLiteral("/sets")))
            QVERIFY2(!entry.startsWith(QStringLiteral(".omsua-cred")), qPrintable(entry));
    }

    // A dump long enough to be seen in the process list: three scratch databases of our own
    // (never the lab's), one with a million rows, under a scratch account whose password is
    // as hostile as the lab's.
    void passwordNeverInProcessList()
    {
        ensureScratch();
        if (QTest::currentTestFailed())
            return;
        const BackupRequest request = scratchRequest(QStringLiteral("scratch-run"));

        ProcessListWatcher watcher({m_scratchPassword, m_credentials.password});
        watcher.start();
        BackupWriter writer(*m_runner);
        QElapsedTimer clock;
        clock.start();
        const Expected<BackupOutcome> outcome = writer.write(request);
        const qint64 elapsed = clock.elapsed();
        watcher.stop();
        QVERIFY2(outcome.ok(), outcome.ok() ? "" : qPrintable(outcome.error().toString()));
        qInfo("scratch set (1,000,000 heartbeat rows, %lld bytes): %lld ms; %d process-list "
              "samples (%d with ps), %d while a dump ran",
              outcome->manifest.database(DatabaseRole::CmHb)->bytes, elapsed, watcher.samples(),
              watcher.psSamples(), watcher.samplesWithDump());
        QVERIFY2(watcher.leaks().isEmpty(), qPrintable(watcher.leaks().join(QLatin1Char('\n'))));
        m_scratchHbBytes = outcome->manifest.database(DatabaseRole::CmHb)->bytes;
        // The watcher did see the dump running (and so would have seen a -p<password>).
        QVERIFY(watcher.samplesWithDump() >= 3);
        QVERIFY(watcher.psSamples() >= 1);
        // The option file it saw on the command line is gone.
        QVERIFY(!watcher.optionFilesSeen().isEmpty());
        for (const QString& file : watcher.optionFilesSeen()) {
            QVERIFY2(!QFileInfo::exists(file), qPrintable(file));
            QVERIFY2(!QFileInfo::exists(QFileInfo(file).path()), qPrintable(file));
        }
        BackupVerifier verifier(*m_runner);
        const Expected<VerificationReport> report = verifier.verify(outcome->set);
        QVERIFY(report.ok() && report->ok());
    }

    // Cancelled in the middle of the million-row table: the SSH runner only abandons its
    // channel, so the writer must stop the dump on the host itself.
    void cancelOverSshStopsTheRemoteDump()
    {
        ensureScratch();
        if (QTest::currentTestFailed())
            return;
        const BackupRequest request = scratchRequest(QStringLiteral("cancelled-run"));
        std::atomic<bool> cancel{false};
        ProcessListWatcher watcher({m_scratchPassword});
        watcher.start();
        BackupWriter writer(*m_runner);
        writer.setCancelFlag(&cancel);
        writer.setProgressCallback([&cancel, &watcher](const BackupProgress& p) {
            if (p.phase != BackupProgress::Phase::Table || p.role != DatabaseRole::CmHb)
                return;
            // Cancel only once the watcher has seen the dump on the host (the dump goes on
            // meanwhile): under the sanitizers a sampling round can take longer than the gap
            // between the table starting and the cancel, and then nothing would be proven.
            const QDeadlineTimer seen(10000);
            while (watcher.samplesWithDump() == 0 && watcher.optionFilesSeen().isEmpty() &&
                   !seen.hasExpired())
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            cancel = true;
        });
        const Expected<BackupOutcome> outcome = writer.write(request);
        QVERIFY(!outcome.ok());
        QVERIFY2(outcome.error().message.contains(QStringLiteral("cancelled")),
                 qPrintable(outcome.error().message));
        QVERIFY(outcome.error().message.contains(m_scratchPrefix + QStringLiteral("_hb")));

        // Within a few seconds no process on the host still uses the option file.
        QVERIFY(watcher.samplesWithDump() > 0 || !watcher.optionFilesSeen().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(
            [] {
                const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
                for (const QString& pid : pids) {
                    const QByteArray cmdline =
                        readLocalFile(QStringLiteral("/proc/") + pid + QStringLiteral("/cmdline"));
                    if (cmdline.contains("--defaults-extra-file=") && cmdline.contains("dump"))
                        return false;
                }
                return true;
            }(),
            5000);
        watcher.stop();
        QVERIFY(watcher.leaks().isEmpty());
        const QString set = m_root + QStringLiteral("/sets/cancelled-run");
        const QStringList files = hostEntries(set);
        QVERIFY2(files.contains(m_scratchPrefix + QStringLiteral("_hb.sql.failed")),
                 qPrintable(files.join(QLatin1Char(' '))));
        QVERIFY(!files.contains(m_scratchPrefix + QStringLiteral("_hb.sql")));
        // Stopped, not merely left to finish: far less than the whole table reached the file.
        const qint64 failedBytes =
            QFileInfo(set + QLatin1Char('/') + m_scratchPrefix + QStringLiteral("_hb.sql.failed"))
                .size();
        qInfo("cancelled dump stopped after %lld of %lld bytes", failedBytes, m_scratchHbBytes);
        if (m_scratchHbBytes > 0)
            QVERIFY(failedBytes < m_scratchHbBytes / 2);
        for (const QString& entry : hostEntries(m_root + QStringLiteral("/sets")))
            QVERIFY2(!entry.startsWith(QStringLiteral(".omsua-cred")), qPrintable(entry));
        const Expected<std::optional<Manifest>> manifest =
            BackupSet::at(m_root + QStringLiteral("/sets"), QStringLiteral("cancelled-run"))
                ->readManifest(*m_runner);
        QVERIFY(manifest.ok() && manifest->has_value());
        QVERIFY(!(*manifest)->isComplete());
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
