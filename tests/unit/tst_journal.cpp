#include "upgrade/Journal.h"
#include "upgrade/JournalStore.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace omsua::upgrade;

class TestJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripsEveryField();
    void savesAtomicallyAndPrivately();
    void resumePointSkipsFinishedSteps();
    void storeListsNewestFirstAndFiltersByPlan();
    void rejectsBadRunIdsAndFiles();
};

void TestJournal::roundTripsEveryField()
{
    QTemporaryDir dir;
    JournalStore store(dir.path());
    auto journal = store.create(QStringLiteral("upgrade"), QStringLiteral("oms_330"),
                                QStringLiteral("/p/plan.yaml"), "ssh: {host: h}\n");
    QVERIFY(journal.ok());
    const QDateTime t1 =
        QDateTime::fromString(QStringLiteral("2026-11-25T16:00:00.123Z"), Qt::ISODateWithMs);
    journal->setTime(QStringLiteral("T1"), t1);
    journal->setFact(QStringLiteral("sourceVersion"), QStringLiteral("3.3.0"));
    StepRecord step;
    step.id = QStringLiteral("backup");
    step.state = StepState::Done;
    step.startedAt = t1;
    step.finishedAt = t1.addSecs(5);
    step.commands = {QStringLiteral("mariadb-dump --defaults-extra-file=... rm_330")};
    step.output = QStringLiteral("-- Dump completed");
    step.verdict = QStringLiteral("3 files verified");
    step.data = QJsonObject{{QStringLiteral("set"), QStringLiteral("/b/1")}};
    journal->setStep(step);
    step.verdict = QStringLiteral("3 files verified again");
    journal->setStep(step); // replaces, does not append
    QVERIFY(journal->save().ok());

    const auto loaded = store.open(journal->runId());
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().toString()));
    QCOMPARE(loaded->time(QStringLiteral("T1")), t1);
    QCOMPARE(loaded->facts().value(QStringLiteral("sourceVersion")).toString(),
             QStringLiteral("3.3.0"));
    QCOMPARE(loaded->steps().size(), 1);
    const StepRecord back = loaded->step(QStringLiteral("backup"));
    QCOMPARE(toString(back.state), toString(StepState::Done));
    QCOMPARE(back.finishedAt, t1.addSecs(5));
    QCOMPARE(back.commands, step.commands);
    QCOMPARE(back.verdict, QStringLiteral("3 files verified again"));
    QCOMPARE(back.data.value(QStringLiteral("set")).toString(), QStringLiteral("/b/1"));
    QCOMPARE(loaded->kind(), QStringLiteral("upgrade"));
    QCOMPARE(loaded->planFile(), QStringLiteral("/p/plan.yaml"));
}

void TestJournal::savesAtomicallyAndPrivately()
{
    QTemporaryDir dir;
    JournalStore store(dir.path() + QStringLiteral("/nested"));
    auto journal = store.create(QStringLiteral("upgrade"), QStringLiteral("oms 330/../x"),
                                QString(), QByteArray());
    QVERIFY(journal.ok());
    QVERIFY2(!journal->runId().contains(QLatin1Char('/')) &&
                 !journal->runId().contains(QLatin1Char(' ')),
             qPrintable(journal->runId()));
    struct stat info
    {
    };
    QCOMPARE(::stat(QFile::encodeName(journal->path()).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, mode_t(0600));
    QCOMPARE(::stat(QFile::encodeName(store.directory()).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0077, mode_t(0));

    // A save that cannot complete (directory made read-only) leaves the previous file intact.
    const QByteArray before = [&] {
        QFile f(journal->path());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    journal->setState(QStringLiteral("failed"));
    if (::geteuid() != 0) { // root ignores directory permissions
        QFile::setPermissions(store.directory(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        QVERIFY(!journal->save().ok());
        QFile f(journal->path());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        QFile::setPermissions(store.directory(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                     QFileDevice::ExeOwner);
    }
    QVERIFY(journal->save().ok());
    QCOMPARE(store.open(journal->runId())->state(), QStringLiteral("failed"));
}

void TestJournal::resumePointSkipsFinishedSteps()
{
    Journal journal = Journal::create(QStringLiteral("upgrade"), QStringLiteral("c"), {}, {});
    const QStringList order{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    QCOMPARE(journal.resumePoint(order), QStringLiteral("a"));
    StepRecord a;
    a.id = QStringLiteral("a");
    a.state = StepState::Done;
    journal.setStep(a);
    StepRecord b;
    b.id = QStringLiteral("b");
    b.state = StepState::Running; // interrupted: must be redone (steps detect what happened)
    journal.setStep(b);
    QCOMPARE(journal.resumePoint(order), QStringLiteral("b"));
    b.state = StepState::Skipped;
    journal.setStep(b);
    QCOMPARE(journal.resumePoint(order), QStringLiteral("c"));
    StepRecord c;
    c.id = QStringLiteral("c");
    c.state = StepState::Done;
    journal.setStep(c);
    QVERIFY(journal.resumePoint(order).isEmpty());
}

void TestJournal::storeListsNewestFirstAndFiltersByPlan()
{
    QTemporaryDir dir;
    JournalStore store(dir.path());
    QStringList created;
    for (int i = 0; i < 3; ++i) {
        auto journal =
            store.create(QStringLiteral("upgrade"), QStringLiteral("c"),
                         i == 1 ? QStringLiteral("/other.yaml") : QStringLiteral("/plan.yaml"), {});
        QVERIFY(journal.ok());
        created.append(journal->runId());
        QTest::qWait(1100); // run ids carry the second
    }
    QCOMPARE(store.runIds(), (QStringList{created[2], created[1], created[0]}));
    QCOMPARE(store.runIds(QStringLiteral("/plan.yaml")), (QStringList{created[2], created[0]}));
    QCOMPARE(store.latestRunId(QStringLiteral("/other.yaml")), created[1]);
    QVERIFY(store.latestRunId(QStringLiteral("/none.yaml")).isEmpty());
}

void TestJournal::rejectsBadRunIdsAndFiles()
{
    QTemporaryDir dir;
    JournalStore store(dir.path());
    QVERIFY(!store.open(QStringLiteral("../etc/passwd")).ok());
    QVERIFY(store.open(QStringLiteral("../etc/passwd"))
                .error()
                .message.contains(QStringLiteral("not a run id")));
    QVERIFY(!store.open(QStringLiteral("20260101T000000Z-x-0000")).ok());

    QDir().mkpath(store.directory());
    QFile broken(store.pathFor(QStringLiteral("broken")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{\"format\": 1, \"runId\": ");
    broken.close();
    const auto loaded = store.open(QStringLiteral("broken"));
    QVERIFY(!loaded.ok());
    QVERIFY(loaded.error().message.contains(QStringLiteral("not valid JSON")));
}

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
