// The backup catalogue against the lab host, over SSH and SFTP as the lab user: a set made by
// BackupWriter from scratch databases of our own (one table big enough for "half-way" to mean
// something) in a scratch backup directory; listing with folders that are not sets; damaged
// copies named by verify; a download stopped half-way (cancel, and a connection cut under the
// transfer) and resumed to the same sha256; upload back and its refusals; preview; delete and
// the "in use" rule (journal.json beside the set, and a journal of this workstation).
#include "LabEnvironment.h"
#include "backup/BackupCatalogue.h"
#include "backup/BackupTransfer.h"
#include "backup/BackupWriter.h"
#include "config/OmsConfig.h"
#include "remote/SftpClient.h"
#include "remote/ShellQuote.h"
#include "remote/SshCommandRunner.h"
#include "remote/SshSession.h"
#include "upgrade/JournalKeys.h"
#include "upgrade/JournalStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <sys/socket.h>

using namespace omsua;
using namespace omsua::backup;
using omsua::test::LabEnvironment;

namespace {

QString localSha256(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

QByteArray readLocalFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString sqlLiteral(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

// SQL as the MetaDB's root over its unix socket (the lab host is this machine, tests run as
// root); the SQL goes over stdin.
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

QString errorText(const Error& error)
{
    return error.toString() + QStringLiteral(" (code ") + error.code + QLatin1Char(')');
}

} // namespace

class TestBackupCatalogue : public QObject
{
    Q_OBJECT

private:
    remote::SshSession m_session;
    std::unique_ptr<remote::SshCommandRunner> m_runner;
    std::unique_ptr<remote::SftpClient> m_sftp;
    QString m_backupDir; // scratch backup directory under the lab user's home
    QString m_prefix;    // scratch databases and account
    QString m_user;
    QString m_password;
    bool m_scratchCreated = false;
    std::optional<BackupOutcome> m_set; // "set-a"
    QTemporaryDir m_local;              // the workstation side

    static constexpr int kHeartbeatRows = 200000; // about 13 MB of dump

    remote::SshEndpoint endpoint() const
    {
        const LabEnvironment& lab = LabEnvironment::instance();
        remote::SshEndpoint e;
        e.host = lab.sshHost();
        e.port = lab.sshPort();
        e.knownHostsFile = lab.knownHostsFile();
        return e;
    }

    bool connectSession()
    {
        const LabEnvironment& lab = LabEnvironment::instance();
        if (!m_session.connect(endpoint(), {}))
            return false;
        remote::SshCredentials credentials;
        credentials.user = lab.sshUser();
        credentials.identityFile = lab.identityFile();
        credentials.useAgent = false;
        return m_session.authenticate(credentials).ok();
    }

    bool sh(const QString& commandLine, QByteArray* output = nullptr,
            const QByteArray& stdinData = {})
    {
        remote::ExecOptions options;
        options.stdinData = stdinData;
        const Expected<remote::CommandResult> result = m_runner->runShell(commandLine, options);
        if (output && result)
            *output = result->stdOut;
        return result && result->succeeded();
    }

    QString hostPath(const QString& name) const { return m_backupDir + QLatin1Char('/') + name; }

    BackupCatalogue catalogue() { return BackupCatalogue(*m_runner, m_backupDir); }

    bool copySet(const QString& from, const QString& to)
    {
        return sh(QStringLiteral("cp -a -- ") + remote::shellQuote(hostPath(from)) +
                  QLatin1Char(' ') + remote::shellQuote(hostPath(to)));
    }

    const ManifestDatabase& db(DatabaseRole role) const { return *m_set->manifest.database(role); }

    bool writeHostJournal(const QString& setName, const QString& runId, const QString& state)
    {
        const QJsonObject journal{{QStringLiteral("format"), 1},
                                  {QStringLiteral("runId"), runId},
                                  {QStringLiteral("kind"), QStringLiteral("upgrade")},
                                  {QStringLiteral("state"), state},
                                  {QStringLiteral("facts"), QJsonObject()},
                                  {QStringLiteral("steps"), QJsonArray()}};
        return sh(QStringLiteral("cat > ") +
                      remote::shellQuote(hostPath(setName) + QLatin1Char('/') +
                                         upgrade::keys::hostJournalFile),
                  nullptr, QJsonDocument(journal).toJson());
    }

private Q_SLOTS:
    void initTestCase()
    {
        OMSUA_REQUIRE_LAB();
        QVERIFY(m_local.isValid());
        QVERIFY(connectSession());
        m_runner = std::make_unique<remote::SshCommandRunner>(m_session);
        m_sftp = std::make_unique<remote::SftpClient>(m_session);

        const qint64 pid = QCoreApplication::applicationPid();
        QByteArray home;
        QVERIFY(sh(QStringLiteral("printf %s \"$HOME\""), &home));
        m_backupDir =
            QString::fromUtf8(home) + QStringLiteral("/oms-upgrade-backups-test-%1").arg(pid);
        QVERIFY(m_backupDir.startsWith(QStringLiteral("/home/")));
        QVERIFY(sh(QStringLiteral("rm -rf -- ") + remote::shellQuote(m_backupDir)));

        // Scratch databases and an account of our own (never the lab's), the heartbeat table
        // big enough that a transfer has a middle.
        m_prefix = QStringLiteral("omsua_cat_%1").arg(pid);
        m_user = m_prefix;
        m_password = QStringLiteral("Cat'a \"log$ %1").arg(pid);
        QString sql;
        for (const char* suffix : {"_rm", "_cm", "_hb"})
            sql += QStringLiteral("CREATE DATABASE `%1%2`;\n").arg(m_prefix, QLatin1String(suffix));
        sql += QStringLiteral("CREATE USER '%1'@'127.0.0.1' IDENTIFIED BY %2;\n")
                   .arg(m_user, sqlLiteral(m_password));
        for (const char* suffix : {"_rm", "_cm", "_hb"})
            sql += QStringLiteral("GRANT ALL ON `%1%2`.* TO '%3'@'127.0.0.1';\n")
                       .arg(m_prefix, QLatin1String(suffix), m_user);
        sql += QStringLiteral("CREATE TABLE `%1_rm`.t (id int primary key, v varchar(32));\n"
                              "INSERT INTO `%1_rm`.t VALUES (1, 'rm row');\n"
                              "CREATE TABLE `%1_cm`.t (id int primary key);\n"
                              "INSERT INTO `%1_cm`.t VALUES (7);\n"
                              "CREATE TABLE `%1_hb`.heatbeat_sequence (id bigint auto_increment "
                              "primary key, gmt_created datetime not null, pad varchar(64));\n"
                              "USE `%1_hb`;\n"
                              "INSERT INTO heatbeat_sequence "
                              "SELECT seq, NOW(), MD5(seq) FROM seq_1_to_%2;\n")
                   .arg(m_prefix)
                   .arg(kHeartbeatRows);
        m_scratchCreated = true;
        QString error;
        QVERIFY2(runRootSql(sql, &error), qPrintable(error));

        BackupRequest request;
        request.backupDirectory = m_backupDir;
        request.runId = QStringLiteral("set-a");
        const LabEnvironment& lab = LabEnvironment::instance();
        request.credentials.host = QStringLiteral("127.0.0.1");
        request.credentials.port = lab.dbPort();
        request.credentials.user = m_user;
        request.credentials.password = m_password;
        request.databases = {{DatabaseRole::Rm, m_prefix + QStringLiteral("_rm")},
                             {DatabaseRole::Cm, m_prefix + QStringLiteral("_cm")},
                             {DatabaseRole::CmHb, m_prefix + QStringLiteral("_hb")}};
        request.container = lab.value(QStringLiteral("LAB_CONTAINER"));
        request.sourceImage = QStringLiteral("oms:feature_3.3.0_ce");
        request.sourceVersion = QStringLiteral("3.3.0");
        request.targetImage = QStringLiteral("oms:feature_3.3.1_ce");
        request.notes = QStringLiteral("integration test tst_backupcatalogue");
        BackupWriter writer(*m_runner);
        QElapsedTimer clock;
        clock.start();
        const Expected<BackupOutcome> outcome = writer.write(request);
        QVERIFY2(outcome.ok(), outcome.ok() ? "" : qPrintable(outcome.error().toString()));
        m_set = *outcome;
        qint64 total = 0;
        for (const ManifestDatabase& entry : m_set->manifest.databases)
            total += entry.bytes;
        qInfo("set-a: %lld bytes in %lld ms (heartbeat dump %lld bytes)", total, clock.elapsed(),
              db(DatabaseRole::CmHb).bytes);
        QVERIFY(db(DatabaseRole::CmHb).bytes > 4 * remote::SftpClient::kBufferSize);
    }

    void cleanupTestCase()
    {
        m_sftp.reset();
        if (m_runner && !m_backupDir.isEmpty())
            (void)sh(QStringLiteral("rm -rf -- ") + remote::shellQuote(m_backupDir));
        if (m_scratchCreated) {
            QString sql;
            for (const char* suffix : {"_rm", "_cm", "_hb"})
                sql += QStringLiteral("DROP DATABASE IF EXISTS `%1%2`;\n")
                           .arg(m_prefix, QLatin1String(suffix));
            sql += QStringLiteral("DROP USER IF EXISTS '%1'@'127.0.0.1';\n").arg(m_user);
            QString error;
            if (!runRootSql(sql, &error))
                qWarning("scratch cleanup failed: %s", qPrintable(error));
        }
    }

    void emptyOrMissingDirectory()
    {
        BackupCatalogue missing(*m_runner, m_backupDir + QStringLiteral("/not-there"));
        const Expected<QList<CatalogueEntry>> entries = missing.list();
        QVERIFY2(entries.ok(), entries.ok() ? "" : qPrintable(entries.error().toString()));
        QVERIFY(entries->isEmpty());
        const Expected<CatalogueEntry> none = catalogue().entry(QStringLiteral("no-such"));
        QVERIFY(!none.ok());
        QCOMPARE(none.error().code, QStringLiteral("no-such-set"));
    }

    void listShowsSetsAndUnknownFolders()
    {
        // A folder with dumps but no manifest (an interrupted backup), one whose manifest is
        // not valid, a hidden staging folder and a plain file: neither of the first two hidden,
        // the last two not sets.
        QVERIFY(sh(QStringLiteral("cd -- %1 && mkdir stray && printf 'partial' > stray/rm.sql"
                                  " && mkdir badmanifest && printf '{\"format\": 1' > "
                                  "badmanifest/manifest.json && mkdir .omsua-upload-x && "
                                  "printf x > notes.txt")
                       .arg(remote::shellQuote(m_backupDir))));
        const Expected<QList<CatalogueEntry>> entries = catalogue().list();
        QVERIFY2(entries.ok(), entries.ok() ? "" : qPrintable(entries.error().toString()));
        QStringList names;
        for (const CatalogueEntry& entry : *entries)
            names.append(entry.name);
        QCOMPARE(names, (QStringList{QStringLiteral("stray"), QStringLiteral("set-a"),
                                     QStringLiteral("badmanifest")}));

        const CatalogueEntry& stray = entries->at(0);
        QVERIFY(stray.isUnknown());
        QCOMPARE(stray.checkState(), QStringLiteral("unknown"));
        QCOMPARE(stray.manifestProblem, QStringLiteral("no manifest.json"));
        QCOMPARE(stray.files.size(), 1);
        QCOMPARE(stray.files.first().bytes, qint64(7));
        const CatalogueEntry& bad = entries->at(2);
        QVERIFY(bad.isUnknown());
        QVERIFY2(bad.manifestProblem.contains(QStringLiteral("not valid JSON")),
                 qPrintable(bad.manifestProblem));

        const CatalogueEntry& set = entries->at(1);
        QVERIFY(!set.isUnknown());
        QCOMPARE(set.checkState(), QStringLiteral("checked"));
        QCOMPARE(set.fromVersion(), QStringLiteral("3.3.0"));
        QCOMPARE(set.toVersion(), QStringLiteral("3.3.1"));
        QCOMPARE(set.manifest->databases.size(), 3);
        QCOMPARE(set.manifest->database(DatabaseRole::CmHb)->sha256, db(DatabaseRole::CmHb).sha256);
        QVERIFY(!set.inUse());
        QVERIFY(!set.hostRun);
        qint64 expected = QFileInfo(hostPath(QStringLiteral("set-a/manifest.json"))).size();
        for (const ManifestDatabase& entry : m_set->manifest.databases)
            expected += entry.bytes;
        QCOMPARE(set.totalBytes(), expected);
        const QJsonObject json = set.toJson();
        QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("checked"));
        QCOMPARE(json.value(QStringLiteral("in_use")).toBool(), false);
        QCOMPARE(json.value(QStringLiteral("databases")).toArray().size(), 3);

        // Full verification recomputes sha256 on the host.
        const Expected<QList<CatalogueEntry>> verified = catalogue().list(true);
        QVERIFY(verified.ok());
        QCOMPARE(verified->at(1).checkState(), QStringLiteral("verified"));
        QCOMPARE(verified->at(0).checkState(), QStringLiteral("unknown"));

        QVERIFY(sh(QStringLiteral("cd -- %1 && rm -rf badmanifest .omsua-upload-x notes.txt")
                       .arg(remote::shellQuote(m_backupDir))));
    }

    void verifyNamesTheBadFile()
    {
        const Expected<VerificationReport> good = catalogue().verify(QStringLiteral("set-a"));
        QVERIFY2(good.ok(), good.ok() ? "" : qPrintable(good.error().toString()));
        QVERIFY2(good->ok(), qPrintable(good->summary()));
        QVERIFY(good->checksums);

        // The trailer cut off the rm dump.
        QVERIFY(copySet(QStringLiteral("set-a"), QStringLiteral("set-cut")));
        const ManifestDatabase& rm = db(DatabaseRole::Rm);
        const qint64 keep = rm.bytes - rm.trailer.toUtf8().size() - 1;
        QVERIFY(sh(QStringLiteral("truncate -s %1 -- ").arg(keep) +
                   remote::shellQuote(hostPath(QStringLiteral("set-cut/")) + rm.file)));
        Expected<VerificationReport> report = catalogue().verify(QStringLiteral("set-cut"));
        QVERIFY(report.ok());
        QVERIFY(!report->ok());
        QCOMPARE(toString(report->file(rm.file)->status), QStringLiteral("trailer missing"));
        QVERIFY2(report->summary().contains(rm.file + QStringLiteral(": trailer missing")),
                 qPrintable(report->summary()));
        QVERIFY(report->file(db(DatabaseRole::CmHb).file)->ok());

        // One byte changed in the middle of the heartbeat dump: same size, same trailer.
        QVERIFY(copySet(QStringLiteral("set-a"), QStringLiteral("set-flip")));
        const ManifestDatabase& hb = db(DatabaseRole::CmHb);
        const QString flipped = hostPath(QStringLiteral("set-flip/")) + hb.file;
        QByteArray original;
        QVERIFY(sh(QStringLiteral("dd if=%1 bs=1 skip=%2 count=1 status=none")
                       .arg(remote::shellQuote(flipped))
                       .arg(hb.bytes / 2),
                   &original));
        const QByteArray replacement = original == "Z" ? QByteArray("Y") : QByteArray("Z");
        QVERIFY(sh(QStringLiteral("dd of=%1 bs=1 seek=%2 count=1 conv=notrunc status=none")
                       .arg(remote::shellQuote(flipped))
                       .arg(hb.bytes / 2),
                   nullptr, replacement));
        report = catalogue().verify(QStringLiteral("set-flip"));
        QVERIFY(report.ok());
        QVERIFY(!report->ok());
        QCOMPARE(toString(report->file(hb.file)->status), QStringLiteral("checksum differs"));
        QVERIFY2(report->summary().contains(hb.file + QStringLiteral(": checksum differs")),
                 qPrintable(report->summary()));
        QVERIFY(report->file(rm.file)->ok());

        // The listing's quick check sees the cut, only the full one the changed byte.
        Expected<QList<CatalogueEntry>> entries = catalogue().list();
        QVERIFY(entries.ok());
        QHash<QString, QString> states;
        for (const CatalogueEntry& entry : *entries)
            states.insert(entry.name, entry.checkState());
        QCOMPARE(states.value(QStringLiteral("set-cut")), QStringLiteral("damaged"));
        QCOMPARE(states.value(QStringLiteral("set-flip")), QStringLiteral("checked"));
        entries = catalogue().list(true);
        QVERIFY(entries.ok());
        for (const CatalogueEntry& entry : *entries)
            states.insert(entry.name, entry.checkState());
        QCOMPARE(states.value(QStringLiteral("set-flip")), QStringLiteral("damaged"));
        QCOMPARE(states.value(QStringLiteral("set-a")), QStringLiteral("verified"));

        // A damaged set is not downloaded.
        BackupTransfer transfer(*m_runner, *m_sftp);
        const Expected<DownloadOutcome> refused =
            transfer.download(*BackupSet::at(m_backupDir, QStringLiteral("set-cut")),
                              m_local.filePath(QStringLiteral("refused")));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("set-damaged"));
        QVERIFY(refused.error().message.contains(rm.file));
        // Nor is a folder without a manifest.
        const Expected<DownloadOutcome> unknown =
            transfer.download(*BackupSet::at(m_backupDir, QStringLiteral("stray")),
                              m_local.filePath(QStringLiteral("refused")));
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, QStringLiteral("no-manifest"));
        const Expected<VerificationReport> strayReport =
            catalogue().verify(QStringLiteral("stray"));
        QVERIFY(!strayReport.ok());
        QCOMPARE(strayReport.error().code, QStringLiteral("no-manifest"));
    }

    void downloadCancelledHalfwayThenResumed()
    {
        const QString root = m_local.filePath(QStringLiteral("cancelled"));
        const BackupSet set = *BackupSet::at(m_backupDir, QStringLiteral("set-a"));
        std::atomic<bool> cancel{false};
        qint64 stoppedAt = 0;
        qint64 total = 0;
        QString stoppedIn;
        BackupTransfer transfer(*m_runner, *m_sftp);
        transfer.setCancelFlag(&cancel);
        transfer.setProgressCallback([&](const SetTransferProgress& p) {
            total = p.total;
            if (!cancel && p.done >= p.total / 2) {
                cancel = true;
                stoppedAt = p.done;
                stoppedIn = p.file;
            }
        });
        const Expected<DownloadOutcome> stopped = transfer.download(set, root);
        QVERIFY(!stopped.ok());
        qInfo("cancelled at %lld of %lld bytes, in %s: %s", stoppedAt, total, qPrintable(stoppedIn),
              qPrintable(stopped.error().toString()));
        QVERIFY(stopped.error().message.contains(stoppedIn));
        QCOMPARE(stoppedIn, db(DatabaseRole::CmHb).file);
        const QString local = root + QStringLiteral("/set-a/");
        const qint64 partial = QFileInfo(local + stoppedIn + QStringLiteral(".part")).size();
        QVERIFY(partial > 0);
        QVERIFY(partial < db(DatabaseRole::CmHb).bytes);
        QVERIFY(!QFileInfo::exists(local + stoppedIn));
        // No manifest until the copy is complete and checked.
        QVERIFY(!QFileInfo::exists(local + QStringLiteral("manifest.json")));
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                QFileDevice::WriteOther | QFileDevice::ExeOther;
        QVERIFY(!(QFileInfo(root + QStringLiteral("/set-a")).permissions() & others));

        cancel = false;
        transfer.setProgressCallback({});
        const Expected<DownloadOutcome> resumed = transfer.download(set, root);
        QVERIFY2(resumed.ok(), resumed.ok() ? "" : qPrintable(resumed.error().toString()));
        qInfo("resumed: %lld bytes already here (%lld in .part), %lld transferred",
              resumed->totalBytes - resumed->transferredBytes, resumed->resumedBytes,
              resumed->transferredBytes);
        QCOMPARE(resumed->resumedBytes, partial);
        QVERIFY(resumed->alreadyPresent.contains(db(DatabaseRole::Rm).file));
        QVERIFY(resumed->transferredBytes < resumed->totalBytes);
        QVERIFY(resumed->report.ok());
        for (const ManifestDatabase& entry : m_set->manifest.databases) {
            QCOMPARE(localSha256(local + entry.file), entry.sha256);
            // The host file itself (the lab host is this machine).
            QCOMPARE(localSha256(local + entry.file),
                     localSha256(hostPath(QStringLiteral("set-a/")) + entry.file));
            QVERIFY(!QFileInfo::exists(local + entry.file + QStringLiteral(".part")));
        }
        QCOMPARE(readLocalFile(local + QStringLiteral("manifest.json")),
                 readLocalFile(hostPath(QStringLiteral("set-a/manifest.json"))));

        // Once more: everything is there, nothing moves, everything is checked again.
        const Expected<DownloadOutcome> again = transfer.download(set, root);
        QVERIFY(again.ok());
        QCOMPARE(again->transferredBytes, qint64(0));
        QCOMPARE(again->alreadyPresent.size(), 3);
    }

    void downloadAfterBrokenConnectionResumes()
    {
        const QString root = m_local.filePath(QStringLiteral("broken"));
        const BackupSet set = *BackupSet::at(m_backupDir, QStringLiteral("set-a"));
        bool cut = false;
        BackupTransfer transfer(*m_runner, *m_sftp);
        transfer.setProgressCallback([&](const SetTransferProgress& p) {
            if (!cut && p.done >= p.total / 2) {
                // The connection dies under the transfer, as when a network drops.
                cut = true;
                ::shutdown(m_session.socketDescriptor(), SHUT_RDWR);
            }
        });
        const Expected<DownloadOutcome> broken = transfer.download(set, root);
        QVERIFY(cut);
        QVERIFY(!broken.ok());
        qInfo("connection cut: %s", qPrintable(broken.error().toString()));
        const QString part = root + QStringLiteral("/set-a/") + db(DatabaseRole::CmHb).file +
                             QStringLiteral(".part");
        const qint64 partial = QFileInfo(part).size();
        QVERIFY(partial > 0 && partial < db(DatabaseRole::CmHb).bytes);

        m_session.disconnect();
        QVERIFY(connectSession());
        transfer.setProgressCallback({});
        const Expected<DownloadOutcome> resumed = transfer.download(set, root);
        QVERIFY2(resumed.ok(), resumed.ok() ? "" : qPrintable(resumed.error().toString()));
        QCOMPARE(resumed->resumedBytes, partial);
        for (const ManifestDatabase& entry : m_set->manifest.databases)
            QCOMPARE(localSha256(root + QStringLiteral("/set-a/") + entry.file), entry.sha256);
    }

    void downloadReplacesABadLocalCopy()
    {
        // A .part that is not a prefix of the dump (a byte changed in what was kept): the
        // local check names the file and removes it; the next attempt fetches it anew.
        const QString root = m_local.filePath(QStringLiteral("badpart"));
        const ManifestDatabase& hb = db(DatabaseRole::CmHb);
        QVERIFY(QDir().mkpath(root + QStringLiteral("/set-a")));
        QByteArray prefix =
            readLocalFile(hostPath(QStringLiteral("set-a/")) + hb.file).left(hb.bytes / 3);
        QVERIFY(!prefix.isEmpty());
        prefix[prefix.size() / 2] = prefix.at(prefix.size() / 2) == 'Q' ? 'R' : 'Q';
        QFile part(root + QStringLiteral("/set-a/") + hb.file + QStringLiteral(".part"));
        QVERIFY(part.open(QIODevice::WriteOnly));
        part.write(prefix);
        part.close();

        BackupTransfer transfer(*m_runner, *m_sftp);
        const BackupSet set = *BackupSet::at(m_backupDir, QStringLiteral("set-a"));
        const Expected<DownloadOutcome> bad = transfer.download(set, root);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, QStringLiteral("checksum-mismatch"));
        QVERIFY2(bad.error().message.contains(hb.file + QStringLiteral(": checksum differs")),
                 qPrintable(bad.error().message));
        QVERIFY(!QFileInfo::exists(root + QStringLiteral("/set-a/") + hb.file));
        QVERIFY(!QFileInfo::exists(root + QStringLiteral("/set-a/manifest.json")));
        const Expected<DownloadOutcome> good = transfer.download(set, root);
        QVERIFY2(good.ok(), good.ok() ? "" : qPrintable(good.error().toString()));
        QCOMPARE(localSha256(root + QStringLiteral("/set-a/") + hb.file), hb.sha256);
    }

    void uploadBackAndVerifyOnTheHost()
    {
        const QString copy = m_local.filePath(QStringLiteral("cancelled/set-a"));
        QVERIFY(QFileInfo::exists(copy + QStringLiteral("/manifest.json")));
        BackupTransfer transfer(*m_runner, *m_sftp);

        // The identical set is on the host: nothing is sent.
        Expected<UploadOutcome> same = transfer.upload(copy, m_backupDir);
        QVERIFY2(same.ok(), same.ok() ? "" : qPrintable(errorText(same.error())));
        QVERIFY(same->alreadyPresent);
        QCOMPARE(same->transferredBytes, qint64(0));

        // A different set of that name (one byte changed) is left alone.
        QVERIFY(
            sh(QStringLiteral("printf Z | dd of=%1 bs=1 seek=100 count=1 conv=notrunc status=none")
                   .arg(remote::shellQuote(hostPath(QStringLiteral("set-a/")) +
                                           db(DatabaseRole::Cm).file))));
        const Expected<UploadOutcome> clash = transfer.upload(copy, m_backupDir);
        QVERIFY(!clash.ok());
        QCOMPARE(clash.error().code, QStringLiteral("set-exists"));

        // Gone from the host: uploaded, verified there, byte for byte the same.
        QVERIFY(catalogue().remove(QStringLiteral("set-a")).ok());
        qint64 progressDone = 0;
        transfer.setProgressCallback([&](const SetTransferProgress& p) {
            if (p.phase == SetTransferProgress::Phase::Transferring)
                progressDone = p.done;
        });
        const Expected<UploadOutcome> uploaded = transfer.upload(copy, m_backupDir);
        QVERIFY2(uploaded.ok(), uploaded.ok() ? "" : qPrintable(errorText(uploaded.error())));
        QVERIFY(!uploaded->alreadyPresent);
        QVERIFY(uploaded->report.ok());
        QVERIFY(uploaded->report.checksums);
        QCOMPARE(uploaded->report.setPath, hostPath(QStringLiteral("set-a")));
        qint64 total = 0;
        for (const ManifestDatabase& entry : m_set->manifest.databases) {
            total += entry.bytes;
            QCOMPARE(localSha256(hostPath(QStringLiteral("set-a/")) + entry.file), entry.sha256);
        }
        QCOMPARE(uploaded->transferredBytes, total);
        QCOMPARE(progressDone, total);
        QCOMPARE(readLocalFile(hostPath(QStringLiteral("set-a/manifest.json"))),
                 readLocalFile(copy + QStringLiteral("/manifest.json")));
        QByteArray modes;
        QVERIFY(sh(
            QStringLiteral("stat -c %a -- ") +
                remote::shellQuote(hostPath(QStringLiteral("set-a"))) + QLatin1Char(' ') +
                remote::shellQuote(hostPath(QStringLiteral("set-a/")) + db(DatabaseRole::Rm).file),
            &modes));
        QCOMPARE(modes, QByteArray("700\n600\n"));
        // No staging folder left behind.
        QByteArray hidden;
        QVERIFY(sh(QStringLiteral("ls -A -- ") + remote::shellQuote(m_backupDir), &hidden));
        QVERIFY2(!hidden.contains(".omsua-upload"), hidden.constData());

        // A damaged local copy is never sent.
        const QString damaged = m_local.filePath(QStringLiteral("damaged/set-a"));
        QVERIFY(QDir().mkpath(damaged));
        for (const QString& name : QDir(copy).entryList(QDir::Files))
            QVERIFY(QFile::copy(copy + QLatin1Char('/') + name, damaged + QLatin1Char('/') + name));
        QFile rmCopy(damaged + QLatin1Char('/') + db(DatabaseRole::Rm).file);
        QVERIFY(rmCopy.resize(db(DatabaseRole::Rm).bytes - 10));
        QVERIFY(catalogue().remove(QStringLiteral("set-a")).ok());
        const Expected<UploadOutcome> refused = transfer.upload(damaged, m_backupDir);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("local-set-bad"));
        QVERIFY(refused.error().message.contains(db(DatabaseRole::Rm).file));
        QVERIFY(!QFileInfo::exists(hostPath(QStringLiteral("set-a"))));
        // Put it back for the tests below.
        QVERIFY(transfer.upload(copy, m_backupDir).ok());
    }

    void previewHeadAndTail()
    {
        const ManifestDatabase& hb = db(DatabaseRole::CmHb);
        const Expected<DumpPreview> preview =
            catalogue().preview(QStringLiteral("set-a"), hb.file, 300);
        QVERIFY2(preview.ok(), preview.ok() ? "" : qPrintable(preview.error().toString()));
        QVERIFY(!preview->whole);
        QCOMPARE(preview->bytes, hb.bytes);
        const QByteArray content = readLocalFile(hostPath(QStringLiteral("set-a/")) + hb.file);
        QCOMPARE(preview->head, content.left(300));
        QCOMPARE(preview->tail, content.right(300));
        QVERIFY(preview->tail.trimmed().endsWith(hb.trailer.toUtf8()));

        const ManifestDatabase& cm = db(DatabaseRole::Cm);
        const Expected<DumpPreview> whole = catalogue().preview(QStringLiteral("set-a"), cm.file,
                                                                BackupCatalogue::kMaxPreviewBytes);
        QVERIFY(whole.ok());
        QVERIFY(whole->whole);
        QCOMPARE(whole->head, readLocalFile(hostPath(QStringLiteral("set-a/")) + cm.file));

        const Expected<DumpPreview> missing =
            catalogue().preview(QStringLiteral("set-a"), QStringLiteral("nope.sql"), 100);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, QStringLiteral("no-such-file"));
        const Expected<DumpPreview> escape =
            catalogue().preview(QStringLiteral("set-a"), QStringLiteral("../set-cut/x"), 100);
        QVERIFY(!escape.ok());
        QCOMPARE(escape.error().code, QStringLiteral("bad-input"));
    }

    void deleteRefusedWhileARunNeedsTheSet()
    {
        const QString runId = QStringLiteral("20261125T161500Z-oms_330-beef");
        // journal.json beside the set says the run is still going.
        QVERIFY(writeHostJournal(QStringLiteral("set-cut"), runId, QStringLiteral("running")));
        Expected<CatalogueEntry> entry = catalogue().entry(QStringLiteral("set-cut"));
        QVERIFY(entry.ok());
        QVERIFY(entry->hostRun);
        QCOMPARE(entry->hostRun->runId, runId);
        QCOMPARE(entry->hostRun->state, QStringLiteral("running"));
        QVERIFY(entry->inUse());
        Expected<void> removed = catalogue().remove(QStringLiteral("set-cut"));
        QVERIFY(!removed.ok());
        QCOMPARE(removed.error().code, QStringLiteral("in-use"));
        QVERIFY2(removed.error().message.contains(runId) &&
                     removed.error().message.contains(QStringLiteral("running")),
                 qPrintable(removed.error().message));
        QVERIFY(QFileInfo::exists(hostPath(QStringLiteral("set-cut/manifest.json"))));

        // An unreadable journal cannot prove the run finished: still in use.
        QVERIFY(sh(QStringLiteral("printf '{not json' > ") +
                   remote::shellQuote(hostPath(QStringLiteral("set-cut/journal.json")))));
        removed = catalogue().remove(QStringLiteral("set-cut"));
        QVERIFY(!removed.ok());
        QCOMPARE(removed.error().code, QStringLiteral("in-use"));

        // Done: the set may go.
        QVERIFY(writeHostJournal(QStringLiteral("set-cut"), runId, QStringLiteral("done")));
        entry = catalogue().entry(QStringLiteral("set-cut"));
        QVERIFY(entry.ok() && !entry->inUse());
        removed = catalogue().remove(QStringLiteral("set-cut"));
        QVERIFY2(removed.ok(), removed.ok() ? "" : qPrintable(removed.error().toString()));
        QVERIFY(!QFileInfo::exists(hostPath(QStringLiteral("set-cut"))));
        // An unknown folder can be deleted too.
        QVERIFY(catalogue().remove(QStringLiteral("stray")).ok());
        QVERIFY(!QFileInfo::exists(hostPath(QStringLiteral("stray"))));
    }

    void deleteRefusedWhileALocalRunNeedsTheSet()
    {
        QTemporaryDir data;
        QVERIFY(data.isValid());
        const upgrade::JournalStore store(data.path());
        Expected<upgrade::Journal> journal =
            store.create(QStringLiteral("upgrade"), QStringLiteral("oms_330"),
                         QStringLiteral("/tmp/p.yaml"), {});
        QVERIFY(journal.ok());
        journal->setFact(upgrade::keys::backupSet,
                         QJsonObject{{QStringLiteral("path"), hostPath(QStringLiteral("set-flip"))},
                                     {QStringLiteral("run_id"), QStringLiteral("set-flip")}});
        QVERIFY(journal->save().ok());

        BackupCatalogue withRuns = catalogue();
        withRuns.setLocalRuns(BackupCatalogue::localRunsFrom(store));
        Expected<QList<CatalogueEntry>> entries = withRuns.list();
        QVERIFY(entries.ok());
        bool seen = false;
        for (const CatalogueEntry& entry : *entries) {
            if (entry.name == QLatin1String("set-flip")) {
                seen = true;
                QCOMPARE(entry.localRuns.size(), 1);
                QVERIFY(entry.inUse());
                QVERIFY(entry.toJson()
                            .value(QStringLiteral("in_use_by"))
                            .toString()
                            .contains(journal->runId()));
            } else {
                QVERIFY2(entry.localRuns.isEmpty(), qPrintable(entry.name));
            }
        }
        QVERIFY(seen);
        Expected<void> removed = withRuns.remove(QStringLiteral("set-flip"));
        QVERIFY(!removed.ok());
        QCOMPARE(removed.error().code, QStringLiteral("in-use"));
        QVERIFY(removed.error().message.contains(journal->runId()));
        QVERIFY(removed.error().message.contains(QStringLiteral("running")));

        journal->setState(QStringLiteral("done"));
        QVERIFY(journal->save().ok());
        withRuns.setLocalRuns(BackupCatalogue::localRunsFrom(store));
        removed = withRuns.remove(QStringLiteral("set-flip"));
        QVERIFY2(removed.ok(), removed.ok() ? "" : qPrintable(removed.error().toString()));
        QVERIFY(!QFileInfo::exists(hostPath(QStringLiteral("set-flip"))));
    }
};

QTEST_GUILESS_MAIN(TestBackupCatalogue)
#include "tst_backupcatalogue.moc"
