// The backup catalogue's pure parts: the listing's output format (names and contents
// base64-encoded, so no file name can break it), folders without a valid manifest kept as
// "unknown", the runs that claim a set ("in use"), and the local check of a downloaded copy.
#include "backup/BackupCatalogue.h"
#include "backup/BackupVerifier.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace omsua;
using namespace omsua::backup;

namespace {

const QString kTrailer = QStringLiteral("-- Dump completed on 2026-11-25 16:15:02");

QByteArray b64(const QByteArray& data)
{
    return data.toBase64();
}

QByteArray dumpContent(const QByteArray& body)
{
    return "-- MariaDB dump\n" + body + '\n' + kTrailer.toUtf8() + '\n';
}

QString sha256(const QByteArray& data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

Manifest manifestFor(const QString& runId, const QList<QByteArray>& dumps)
{
    Manifest manifest;
    manifest.runId = runId;
    manifest.createdAt = QDateTime(QDate(2026, 11, 25), QTime(16, 15, 2), Qt::UTC);
    manifest.sourceImage = QStringLiteral("oms:feature_3.3.0_ce");
    manifest.sourceVersion = QStringLiteral("3.3.0");
    manifest.targetImage = QStringLiteral("oms:feature_3.3.1_ce");
    const DatabaseRole roles[] = {DatabaseRole::Rm, DatabaseRole::Cm, DatabaseRole::CmHb};
    const char* names[] = {"rm_330", "cm_330", "cm_hb_330"};
    for (int i = 0; i < 3; ++i) {
        ManifestDatabase db;
        db.role = roles[i];
        db.name = QString::fromLatin1(names[i]);
        db.file = ManifestDatabase::fileNameFor(db.name);
        db.bytes = dumps.at(i).size();
        db.sha256 = sha256(dumps.at(i));
        db.trailer = kTrailer;
        db.completed = true;
        manifest.databases.append(db);
    }
    return manifest;
}

QByteArray fileLine(const QString& name, const QByteArray& content)
{
    QByteArray line = "F " + QByteArray::number(content.size()) + ' ' + b64(name.toUtf8());
    if (name.endsWith(QLatin1String(".sql")))
        line += ' ' + b64(content.right(256));
    return line + '\n';
}

} // namespace

class TestBackupListing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesSetsAndUnknownFolders()
    {
        const QList<QByteArray> dumps{dumpContent("rm"), dumpContent("cm"), dumpContent("hb")};
        const Manifest manifest =
            manifestFor(QStringLiteral("20261125T161500Z-oms_330-3f9c"), dumps);
        QByteArray output;
        output += "S " + b64("20261125T161500Z-oms_330-3f9c") + '\n';
        output += "M " + b64(manifest.toJson()) + '\n';
        output += "J " +
                  b64(R"({"runId": "20261125T161500Z-oms_330-3f9c", "kind": "upgrade",)"
                      R"( "state": "running"})") +
                  '\n';
        output += fileLine(QStringLiteral("rm_330.sql"), dumps.at(0));
        output += fileLine(QStringLiteral("cm_330.sql"), dumps.at(1));
        output += fileLine(QStringLiteral("cm_hb_330.sql"), dumps.at(2));
        output += fileLine(QStringLiteral("manifest.json"), manifest.toJson());
        // A name with a space, a newline and a quote: base64 keeps the format intact.
        output += "S " + b64("odd name\n'x'") + '\n';
        output += fileLine(QStringLiteral("a b.sql"), "partial");
        output += "S " + b64("broken") + '\n';
        output += "M " + b64("{\"format\": 2}") + '\n';
        output += "S " + b64("link") + "\nL\n";
        output += "S " + b64("empty") + "\nM \n";

        Expected<QList<CatalogueEntry>> parsed =
            BackupCatalogue::parseListing(output, QStringLiteral("/home/admin/backups/"));
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().toString()));
        QCOMPARE(parsed->size(), 5);
        // Newest run id first (reverse name order).
        QStringList names;
        for (const CatalogueEntry& entry : *parsed)
            names.append(entry.name);
        QCOMPARE(names, (QStringList{QStringLiteral("odd name\n'x'"), QStringLiteral("link"),
                                     QStringLiteral("empty"), QStringLiteral("broken"),
                                     QStringLiteral("20261125T161500Z-oms_330-3f9c")}));

        const CatalogueEntry& set = parsed->last();
        QCOMPARE(set.path, QStringLiteral("/home/admin/backups/20261125T161500Z-oms_330-3f9c"));
        QVERIFY(!set.isUnknown());
        QCOMPARE(set.manifest->toJson(), manifest.toJson());
        QCOMPARE(set.files.size(), 4);
        QCOMPARE(set.file(QStringLiteral("cm_hb_330.sql"))->tail, dumps.at(2).right(256));
        QVERIFY(set.file(QStringLiteral("manifest.json"))->tail.isEmpty());
        QVERIFY(set.hostRun);
        QCOMPARE(set.hostRun->state, QStringLiteral("running"));
        QCOMPARE(set.hostRun->kind, QStringLiteral("upgrade"));
        QVERIFY(set.inUse());
        QCOMPARE(set.fromVersion(), QStringLiteral("3.3.0"));
        QCOMPARE(set.toVersion(), QStringLiteral("3.3.1"));

        const CatalogueEntry& odd = parsed->at(0);
        QVERIFY(odd.isUnknown());
        QCOMPARE(odd.manifestProblem, QStringLiteral("no manifest.json"));
        QCOMPARE(odd.files.first().name, QStringLiteral("a b.sql"));
        QCOMPARE(odd.checkState(), QStringLiteral("unknown"));
        QVERIFY(!odd.inUse());
        QCOMPARE(parsed->at(1).manifestProblem, QStringLiteral("a symbolic link, not a folder"));
        QVERIFY2(parsed->at(2).manifestProblem.contains(QStringLiteral("not valid JSON")),
                 qPrintable(parsed->at(2).manifestProblem));
        QVERIFY2(parsed->at(3).manifestProblem.contains(QStringLiteral("format")),
                 qPrintable(parsed->at(3).manifestProblem));
    }

    void rejectsMalformedOutput()
    {
        for (const QByteArray& output :
             {QByteArray("F 1 YQ==\n"), QByteArray("S\n"), QByteArray("S YQ==\nX what\n"),
              QByteArray("S YQ==\nF many YQ==\n")}) {
            const Expected<QList<CatalogueEntry>> parsed =
                BackupCatalogue::parseListing(output, QStringLiteral("/b"));
            QVERIFY2(!parsed.ok(), output.constData());
            QVERIFY(parsed.error().message.contains(QStringLiteral("Unexpected output")));
        }
        const Expected<QList<CatalogueEntry>> empty =
            BackupCatalogue::parseListing({}, QStringLiteral("/b"));
        QVERIFY(empty.ok() && empty->isEmpty());
    }

    void journalStatesDecideInUse()
    {
        SetRun run = BackupCatalogue::runFromJournal(
            R"({"runId": "r1", "kind": "rollback", "state": "done",
                "facts": {"backup_set": {"path": "/b/r0"}}})",
            SetRun::Source::Host);
        QCOMPARE(run.runId, QStringLiteral("r1"));
        QCOMPARE(run.setPath, QStringLiteral("/b/r0"));
        QVERIFY(!run.active());
        for (const char* state : {"running", "paused", "waiting", "failed", "cancelled"}) {
            run.state = QString::fromLatin1(state);
            QVERIFY(run.active());
        }
        // Cannot be read, or says nothing: that run cannot be proven finished.
        run = BackupCatalogue::runFromJournal("{cut", SetRun::Source::Host);
        QCOMPARE(run.state, QStringLiteral("unreadable"));
        QVERIFY(run.active());
        run = BackupCatalogue::runFromJournal(R"({"runId": "r2"})", SetRun::Source::Host);
        QVERIFY(run.active());
        QVERIFY(run.describe().contains(QStringLiteral("run r2")));
    }

    void localRunsAttachByPathOrName()
    {
        QList<CatalogueEntry> entries(3);
        entries[0].name = QStringLiteral("r1");
        entries[0].path = QStringLiteral("/b/r1");
        entries[1].name = QStringLiteral("r2");
        entries[1].path = QStringLiteral("/b/r2");
        entries[2].name = QStringLiteral("r3");
        entries[2].path = QStringLiteral("/b/r3");
        SetRun byPath;
        byPath.runId = QStringLiteral("rollback-1");
        byPath.state = QStringLiteral("running");
        byPath.source = SetRun::Source::Local;
        byPath.setPath = QStringLiteral("/b/r1");
        SetRun byName; // no set recorded yet: the set is named after its run
        byName.runId = QStringLiteral("r2");
        byName.state = QStringLiteral("waiting");
        byName.source = SetRun::Source::Local;
        SetRun elsewhere; // records a set in another directory
        elsewhere.runId = QStringLiteral("r3");
        elsewhere.state = QStringLiteral("running");
        elsewhere.setPath = QStringLiteral("/other/r3");
        SetRun finished = byPath;
        finished.runId = QStringLiteral("upgrade-0");
        finished.state = QStringLiteral("done");
        finished.setPath = QStringLiteral("/b/r3");

        BackupCatalogue::attachLocalRuns(entries, {byPath, byName, elsewhere, finished});
        QCOMPARE(entries[0].localRuns.size(), 1);
        QVERIFY(entries[0].inUse());
        QCOMPARE(entries[0].blockingRun()->runId, QStringLiteral("rollback-1"));
        QVERIFY(entries[0].blockingRun()->describe().contains(
            QStringLiteral("is running (journal on this workstation)")));
        QVERIFY(entries[1].inUse());
        QCOMPARE(entries[2].localRuns.size(), 1);
        QVERIFY(!entries[2].inUse());
    }

    void localCopyChecked()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QList<QByteArray> dumps{dumpContent("rm"), dumpContent("cm"),
                                dumpContent(QByteArray(100000, 'h'))};
        const Manifest manifest = manifestFor(QStringLiteral("r1"), dumps);
        for (const ManifestDatabase& db : manifest.databases) {
            QFile file(dir.filePath(db.file));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(dumps.at(int(db.role)));
        }
        QStringList seen;
        Expected<VerificationReport> report = BackupVerifier::verifyLocal(
            dir.path(), manifest, nullptr, [&](const QString& file, int index, int count) {
                seen.append(QStringLiteral("%1 %2/%3").arg(file).arg(index).arg(count));
            });
        QVERIFY(report.ok());
        QVERIFY2(report->ok(), qPrintable(report->summary()));
        QCOMPARE(seen,
                 (QStringList{QStringLiteral("rm_330.sql 0/3"), QStringLiteral("cm_330.sql 1/3"),
                              QStringLiteral("cm_hb_330.sql 2/3")}));

        // One byte changed, same size: only the checksum tells.
        QFile hb(dir.filePath(QStringLiteral("cm_hb_330.sql")));
        QVERIFY(hb.open(QIODevice::ReadWrite));
        hb.seek(5000);
        hb.write("x");
        hb.close();
        QFile::remove(dir.filePath(QStringLiteral("cm_330.sql")));
        report = BackupVerifier::verifyLocal(dir.path(), manifest);
        QVERIFY(report.ok());
        QVERIFY(!report->ok());
        QCOMPARE(toString(report->file(QStringLiteral("cm_hb_330.sql"))->status),
                 QStringLiteral("checksum differs"));
        QCOMPARE(toString(report->file(QStringLiteral("cm_330.sql"))->status),
                 QStringLiteral("missing"));
        QVERIFY(report->file(QStringLiteral("rm_330.sql"))->ok());

        // A cancelled check is an Error, not a verdict.
        std::atomic<bool> cancel{true};
        QVERIFY(!BackupVerifier::verifyLocal(dir.path(), manifest, &cancel).ok());
    }

    void quickCheckNeverSaysVerified()
    {
        const QList<QByteArray> dumps{dumpContent("rm"), dumpContent("cm"), dumpContent("hb")};
        const Manifest manifest = manifestFor(QStringLiteral("r1"), dumps);
        const auto facts = [&](const ManifestDatabase& db) -> Expected<HostFileFacts> {
            HostFileFacts f;
            f.exists = true;
            f.bytes = db.bytes;
            f.tail = dumps.at(int(db.role)).right(256);
            return f;
        };
        CatalogueEntry entry;
        entry.name = QStringLiteral("r1");
        entry.manifest = manifest;
        Expected<VerificationReport> quick =
            BackupVerifier::judge(QStringLiteral("/b/r1"), manifest, false, facts);
        QVERIFY(quick.ok() && quick->ok());
        entry.check = *quick;
        QCOMPARE(entry.checkState(), QStringLiteral("checked"));
        QVERIFY(quick->summary().contains(QStringLiteral("checksums not recomputed")));

        Manifest incomplete = manifest;
        incomplete.databases[1].completed = false;
        quick = BackupVerifier::judge(QStringLiteral("/b/r1"), incomplete, false, facts);
        entry.check = *quick;
        QCOMPARE(entry.checkState(), QStringLiteral("incomplete"));

        const auto cut = [&](const ManifestDatabase& db) -> Expected<HostFileFacts> {
            Expected<HostFileFacts> f = facts(db);
            if (db.role == DatabaseRole::Rm)
                f->tail.chop(kTrailer.size() + 1);
            return f;
        };
        quick = BackupVerifier::judge(QStringLiteral("/b/r1"), manifest, false, cut);
        entry.check = *quick;
        QCOMPARE(entry.checkState(), QStringLiteral("damaged"));
        QCOMPARE(toString(quick->file(QStringLiteral("rm_330.sql"))->status),
                 QStringLiteral("trailer missing"));
    }
};

QTEST_GUILESS_MAIN(TestBackupListing)
#include "tst_backuplisting.moc"
