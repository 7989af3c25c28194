// UpgradeWorker in a worker thread against the lab: every signal is emitted from the worker's
// thread and arrives queued in this (the "GUI") thread, destructive steps wait for an answer
// without blocking this thread, and a cancel inside a long step leaves a journal that a second
// worker resumes to the end.
#include "LabEnvironment.h"
#include "plan/Plan.h"
#include "upgrade/Journal.h"
#include "upgrade/UpgradeWorker.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QtTest>

using namespace omsua;
using omsua::test::LabEnvironment;
using Result = upgrade::UpgradeWorker::Result;

class TestUpgradeWorker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void runsInItsThreadAndAsksBeforeDestructiveSteps();
    void cancelInsideAStepThenResume();

private:
    upgrade::UpgradeWorker::Request request(const QString& dataDir) const;

    // Runs a worker in its own thread until finished(); returns the result and the events.
    struct Run
    {
        Result result = Result::Failed;
        QString stepId;
        QString message;
        QString runId;
        QStringList events;       // "started:<id>", "finished:<id>:<state>", "confirm:<id>"
        bool wrongThread = false; // a signal emitted from the GUI thread
        qint64 longestStallMs = 0;
    };
    Run
    runWorker(const upgrade::UpgradeWorker::Request& request,
              const std::function<void(upgrade::UpgradeWorker&, const QString&)>& onStarted = {});
};

void TestUpgradeWorker::initTestCase()
{
    OMSUA_REQUIRE_LAB();
}

upgrade::UpgradeWorker::Request TestUpgradeWorker::request(const QString& dataDir) const
{
    const QString planFile = LabEnvironment::instance().planFile();
    upgrade::UpgradeWorker::Request request;
    auto plan = plan::Plan::load(planFile);
    if (plan)
        request.plan = *plan;
    request.planFile = planFile;
    QFile file(planFile);
    if (file.open(QIODevice::ReadOnly))
        request.planYaml = file.readAll();
    request.dataDirectory = dataDir;
    return request;
}

TestUpgradeWorker::Run TestUpgradeWorker::runWorker(
    const upgrade::UpgradeWorker::Request& request,
    const std::function<void(upgrade::UpgradeWorker&, const QString&)>& onStarted)
{
    Run run;
    QThread thread;
    auto* worker = new upgrade::UpgradeWorker;
    worker->setRequest(request);
    worker->moveToThread(&thread);
    connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
    QThread* gui = QThread::currentThread();
    const auto checkThread = [&run, gui] {
        if (QThread::currentThread() == gui)
            run.wrongThread = true;
    };
    // Direct connections run in the emitting thread: they tell where the signals come from.
    connect(worker, &upgrade::UpgradeWorker::stepStarted, worker, checkThread,
            Qt::DirectConnection);
    connect(worker, &upgrade::UpgradeWorker::stepFinished, worker, checkThread,
            Qt::DirectConnection);

    QEventLoop loop;
    connect(worker, &upgrade::UpgradeWorker::runOpened, this,
            [&run](const QString& id, const QString&) { run.runId = id; });
    connect(worker, &upgrade::UpgradeWorker::stepStarted, this,
            [&](const QString& id, const QString&, const QString&) {
                run.events << QStringLiteral("started:") + id;
                if (onStarted)
                    onStarted(*worker, id);
            });
    connect(worker, &upgrade::UpgradeWorker::stepFinished, this,
            [&run](const QString& id, const QString& state, const QString&) {
                run.events << QStringLiteral("finished:%1:%2").arg(id, state);
            });
    connect(worker, &upgrade::UpgradeWorker::confirmationNeeded, this,
            [&run, worker](const QString& id, const QString&, const QString& description) {
                run.events << QStringLiteral("confirm:") + id;
                // The operator reads the description, then says yes.
                QVERIFY(!description.isEmpty());
                worker->answerConfirmation(true);
            });
    connect(worker, &upgrade::UpgradeWorker::finished, this,
            [&](Result result, const QString& stepId, const QString& message, const QString&) {
                run.result = result;
                run.stepId = stepId;
                run.message = message;
                loop.quit();
            });
    // The GUI thread must stay responsive: a 10 ms timer measures its longest stall.
    QElapsedTimer sinceTick;
    sinceTick.start();
    QTimer tick;
    connect(&tick, &QTimer::timeout, this,
            [&] { run.longestStallMs = qMax(run.longestStallMs, sinceTick.restart()); });
    tick.start(10);
    thread.start();
    QMetaObject::invokeMethod(worker, &upgrade::UpgradeWorker::run, Qt::QueuedConnection);
    QTimer::singleShot(300000, &loop, &QEventLoop::quit);
    loop.exec();
    thread.quit();
    thread.wait();
    return run;
}

void TestUpgradeWorker::runsInItsThreadAndAsksBeforeDestructiveSteps()
{
    QString error;
    QVERIFY2(LabEnvironment::reset(&error), qPrintable(error));
    QTemporaryDir data;
    const Run run = runWorker(request(data.path()));
    QVERIFY2(run.result == Result::Done, qPrintable(run.message));
    QVERIFY(!run.wrongThread);
    QVERIFY(!run.runId.isEmpty());
    // Destructive steps ask first, and only they.
    for (const char* id :
         {"disable_ha", "pretrim_heartbeat", "stop_old", "start_new", "docker_init"}) {
        const QString confirm = QStringLiteral("confirm:") + QLatin1String(id);
        QVERIFY2(run.events.contains(confirm), id);
        QVERIFY(run.events.indexOf(confirm) >
                run.events.indexOf(QStringLiteral("started:") + QLatin1String(id)));
    }
    QVERIFY(!run.events.contains(QStringLiteral("confirm:backup")));
    QVERIFY(!run.events.contains(QStringLiteral("confirm:preflight")));
    QVERIFY(run.events.contains(QStringLiteral("finished:enable_ha:done")));
    // Measured, not asserted: the responsiveness goal is checked by the benchmark.
    qInfo("longest stall of the GUI thread during the run: %lld ms", run.longestStallMs);
}

void TestUpgradeWorker::cancelInsideAStepThenResume()
{
    QString error;
    QVERIFY2(LabEnvironment::reset(&error), qPrintable(error));
    QTemporaryDir data;
    auto first = request(data.path());
    first.confirmDestructive = false;
    // Cancel as soon as docker_init starts: the script is cut off mid-way (it runs ~1 s).
    const Run cancelled = runWorker(first, [](upgrade::UpgradeWorker& worker, const QString& id) {
        if (id == QLatin1String("docker_init"))
            worker.cancel();
    });
    QVERIFY2(cancelled.result == Result::Cancelled, qPrintable(cancelled.message));
    QCOMPARE(cancelled.stepId, QStringLiteral("docker_init"));
    auto journal = upgrade::Journal::load(
        data.filePath(QStringLiteral("runs/") + cancelled.runId + QStringLiteral(".json")));
    QVERIFY(journal);
    QCOMPARE(journal->state(), QStringLiteral("cancelled"));
    QCOMPARE(upgrade::toString(journal->step(QStringLiteral("docker_init")).state),
             upgrade::toString(upgrade::StepState::Cancelled));
    QCOMPARE(upgrade::toString(journal->step(QStringLiteral("start_new")).state),
             upgrade::toString(upgrade::StepState::Done));

    auto second = request(data.path());
    second.confirmDestructive = false;
    second.resumeRunId = cancelled.runId;
    const Run resumed = runWorker(second);
    QVERIFY2(resumed.result == Result::Done, qPrintable(resumed.message));
    QCOMPARE(resumed.runId, cancelled.runId);
    // Resumed where it stopped: the steps before docker_init did not run again.
    QVERIFY(!resumed.events.contains(QStringLiteral("started:stop_old")));
    QVERIFY(resumed.events.contains(QStringLiteral("finished:docker_init:done")));
}

QTEST_GUILESS_MAIN(TestUpgradeWorker)
#include "tst_upgradeworker.moc"
