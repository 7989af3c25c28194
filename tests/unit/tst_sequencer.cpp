#include "plan/Plan.h"
#include "upgrade/Route.h"
#include "upgrade/StepSequencer.h"

#include <QTemporaryDir>
#include <QTest>

using namespace omsua;
using namespace omsua::upgrade;

namespace {

// A step whose behaviour is scripted by a string and which logs every phase it runs, so a test
// compares the recorded log of what ran with the expected one.
// Script letters: R ready, D already done, S skip, O needs operator, X refused (precheck);
// a act fails; v verify fails; ! destructive; c sets the cancel flag while acting.
class ScriptedStep : public Step
{
public:
    ScriptedStep(StepKind kind, QString script, QStringList& log, std::atomic<bool>& cancel)
        : Step(RouteStep{kind, {}, {}})
        , m_script(std::move(script))
        , m_log(log)
        , m_cancel(cancel)
    {}

    QString title() const override { return id(); }
    QString describe(const StepContext&) const override { return QStringLiteral("does ") + id(); }
    bool destructive() const override { return m_script.contains(QLatin1Char('!')); }

    Precheck precheck(StepContext&) override
    {
        m_log << id() + QStringLiteral(":pre");
        if (m_script.contains(QLatin1Char('D')))
            return Precheck::alreadyDone(QStringLiteral("already"));
        if (m_script.contains(QLatin1Char('S')))
            return Precheck::skip(QStringLiteral("not needed"));
        if (m_script.contains(QLatin1Char('O')))
            return Precheck::needsOperator(QStringLiteral("do it in the console"));
        if (m_script.contains(QLatin1Char('X')))
            return Precheck::refused(makeError(QStringLiteral("refused by check")));
        return Precheck::ready();
    }

    Expected<void> act(StepContext& context) override
    {
        m_log << id() + QStringLiteral(":act");
        context.recordCommand(QStringLiteral("run ") + id());
        if (m_script.contains(QLatin1Char('c')))
            m_cancel = true;
        if (m_script.contains(QLatin1Char('a')) || m_script.contains(QLatin1Char('c')))
            return makeError(QStringLiteral("act failed"));
        return {};
    }

    Expected<QString> verify(StepContext&) override
    {
        m_log << id() + QStringLiteral(":verify");
        if (m_script.contains(QLatin1Char('v')))
            return makeError(QStringLiteral("verify failed"));
        return QStringLiteral("verified");
    }

    void setScript(const QString& script) { m_script = script; }

private:
    QString m_script;
    QStringList& m_log;
    std::atomic<bool>& m_cancel;
};

const StepKind kKinds[] = {StepKind::DisableHa, StepKind::StopOld, StepKind::Backup};

} // namespace

class TestSequencer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsAsScripted_data();
    void runsAsScripted();
    void resumesAfterAFailureWithoutRedoingDoneSteps();
};

void TestSequencer::runsAsScripted_data()
{
    QTest::addColumn<QStringList>("scripts"); // one per step: disable_ha, stop_old, backup
    QTest::addColumn<bool>("confirm");
    QTest::addColumn<QString>("until");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QString>("log");
    QTest::addColumn<QString>("states");
    QTest::addColumn<QString>("journalState");

    using K = RunOutcome::Kind;
    QTest::newRow("all ready") << QStringList{QStringLiteral("R"), QStringLiteral("R"),
                                              QStringLiteral("R")}
                               << true << QString() << int(K::Done)
                               << QStringLiteral("disable_ha:pre disable_ha:act disable_ha:verify "
                                                 "stop_old:pre stop_old:act stop_old:verify "
                                                 "backup:pre backup:act backup:verify")
                               << QStringLiteral("done done done") << QStringLiteral("done");
    QTest::newRow("already done is verified, not redone")
        << QStringList{QStringLiteral("R"), QStringLiteral("D"), QStringLiteral("R")} << true
        << QString() << int(K::Done)
        << QStringLiteral("disable_ha:pre disable_ha:act disable_ha:verify stop_old:pre "
                          "stop_old:verify backup:pre backup:act backup:verify")
        << QStringLiteral("done done done") << QStringLiteral("done");
    QTest::newRow("skip") << QStringList{QStringLiteral("S"), QStringLiteral("R"),
                                         QStringLiteral("R")}
                          << true << QString() << int(K::Done)
                          << QStringLiteral("disable_ha:pre stop_old:pre stop_old:act "
                                            "stop_old:verify backup:pre backup:act backup:verify")
                          << QStringLiteral("skipped done done") << QStringLiteral("done");
    QTest::newRow("act fails") << QStringList{QStringLiteral("R"), QStringLiteral("a"),
                                              QStringLiteral("R")}
                               << true << QString() << int(K::Failed)
                               << QStringLiteral("disable_ha:pre disable_ha:act disable_ha:verify "
                                                 "stop_old:pre stop_old:act")
                               << QStringLiteral("done failed pending") << QStringLiteral("failed");
    QTest::newRow("verify fails") << QStringList{QStringLiteral("v"), QStringLiteral("R"),
                                                 QStringLiteral("R")}
                                  << true << QString() << int(K::Failed)
                                  << QStringLiteral("disable_ha:pre disable_ha:act "
                                                    "disable_ha:verify")
                                  << QStringLiteral("failed pending pending")
                                  << QStringLiteral("failed");
    QTest::newRow("refused changes nothing")
        << QStringList{QStringLiteral("X"), QStringLiteral("R"), QStringLiteral("R")} << true
        << QString() << int(K::Refused) << QStringLiteral("disable_ha:pre")
        << QStringLiteral("failed pending pending") << QStringLiteral("refused");
    QTest::newRow("operator") << QStringList{QStringLiteral("O"), QStringLiteral("R"),
                                             QStringLiteral("R")}
                              << true << QString() << int(K::WaitingForOperator)
                              << QStringLiteral("disable_ha:pre")
                              << QStringLiteral("needs-operator pending pending")
                              << QStringLiteral("waiting");
    QTest::newRow("declined destructive")
        << QStringList{QStringLiteral("R"), QStringLiteral("R!"), QStringLiteral("R")} << false
        << QString() << int(K::Declined)
        << QStringLiteral("disable_ha:pre disable_ha:act disable_ha:verify stop_old:pre")
        << QStringLiteral("done pending pending") << QStringLiteral("paused");
    QTest::newRow("confirmed destructive")
        << QStringList{QStringLiteral("R"), QStringLiteral("R!"), QStringLiteral("R")} << true
        << QString() << int(K::Done)
        << QStringLiteral("disable_ha:pre disable_ha:act disable_ha:verify stop_old:pre "
                          "stop_old:act stop_old:verify backup:pre backup:act backup:verify")
        << QStringLiteral("done done done") << QStringLiteral("done");
    QTest::newRow("until") << QStringList{QStringLiteral("R"), QStringLiteral("R"),
                                          QStringLiteral("R")}
                           << true << QStringLiteral("stop_old") << int(K::Paused)
                           << QStringLiteral("disable_ha:pre disable_ha:act disable_ha:verify "
                                             "stop_old:pre stop_old:act stop_old:verify")
                           << QStringLiteral("done done pending") << QStringLiteral("paused");
    QTest::newRow("cancel while acting")
        << QStringList{QStringLiteral("R"), QStringLiteral("c"), QStringLiteral("R")} << true
        << QString() << int(K::Cancelled)
        << QStringLiteral("disable_ha:pre disable_ha:act disable_ha:verify stop_old:pre "
                          "stop_old:act")
        << QStringLiteral("done cancelled pending") << QStringLiteral("cancelled");
}

void TestSequencer::runsAsScripted()
{
    QFETCH(QStringList, scripts);
    QFETCH(bool, confirm);
    QFETCH(QString, until);
    QFETCH(int, outcome);
    QFETCH(QString, log);
    QFETCH(QString, states);
    QFETCH(QString, journalState);

    QTemporaryDir dir;
    QStringList ran;
    std::atomic<bool> cancel{false};
    std::vector<std::unique_ptr<Step>> steps;
    for (int i = 0; i < 3; ++i)
        steps.push_back(std::make_unique<ScriptedStep>(kKinds[i], scripts[i], ran, cancel));
    StepSequencer::Callbacks callbacks;
    callbacks.confirm = [confirm](const Step&, const QString&) { return confirm; };
    StepSequencer sequencer(std::move(steps), callbacks);

    Journal journal = Journal::create(QStringLiteral("upgrade"), QStringLiteral("c"), {}, {});
    journal.setPath(dir.filePath(QStringLiteral("run.json")));
    const plan::Plan plan;
    const Route route;
    StepContext context(journal, plan, route, cancel);
    const RunOutcome result = sequencer.run(context, until);

    QCOMPARE(int(result.kind), outcome);
    QCOMPARE(ran.join(QLatin1Char(' ')), log);
    // What is on disk, not only in memory, is what a resumed run sees.
    const auto saved = Journal::load(journal.path());
    QVERIFY(saved.ok());
    QStringList stepStates;
    for (const StepKind kind : kKinds)
        stepStates << toString(saved->step(stepId(kind)).state);
    QCOMPARE(stepStates.join(QLatin1Char(' ')), states);
    QCOMPARE(saved->state(), journalState);
}

void TestSequencer::resumesAfterAFailureWithoutRedoingDoneSteps()
{
    QTemporaryDir dir;
    QStringList ran;
    std::atomic<bool> cancel{false};
    std::vector<std::unique_ptr<Step>> steps;
    for (const StepKind kind : kKinds)
        steps.push_back(std::make_unique<ScriptedStep>(
            kind, kind == StepKind::StopOld ? QStringLiteral("a") : QStringLiteral("R"), ran,
            cancel));
    auto* flaky = static_cast<ScriptedStep*>(steps[1].get());
    StepSequencer sequencer(std::move(steps), {});
    Journal journal = Journal::create(QStringLiteral("upgrade"), QStringLiteral("c"), {}, {});
    journal.setPath(dir.filePath(QStringLiteral("run.json")));
    const plan::Plan plan;
    const Route route;
    StepContext context(journal, plan, route, cancel);
    QCOMPARE(int(sequencer.run(context).kind), int(RunOutcome::Kind::Failed));

    // A new process reads the journal back and runs again; the cause has been fixed.
    auto reloaded = Journal::load(journal.path());
    QVERIFY(reloaded.ok());
    QCOMPARE(reloaded->resumePoint(sequencer.stepIds()), QStringLiteral("stop_old"));
    flaky->setScript(QStringLiteral("R"));
    ran.clear();
    StepContext again(*reloaded, plan, route, cancel);
    QCOMPARE(int(sequencer.run(again).kind), int(RunOutcome::Kind::Done));
    QCOMPARE(ran.join(QLatin1Char(' ')),
             QStringLiteral("stop_old:pre stop_old:act stop_old:verify backup:pre backup:act "
                            "backup:verify"));
    // Both attempts' commands are kept in the record.
    QCOMPARE(reloaded->step(QStringLiteral("stop_old")).commands.size(), 2);
}

QTEST_GUILESS_MAIN(TestSequencer)
#include "tst_sequencer.moc"
