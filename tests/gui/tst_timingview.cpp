#include "GuiTestData.h"
#include "GuiTestSupport.h"
#include "TimingView.h"
#include "Workspace.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using omsua::gui::TimingView;
using omsua::gui::Workspace;

// The refetchStoreIntervalMin calculator on its own (the FAQ's example) and applied to the
// enable-HA step.
class TestTimingView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { omsua::test::isolateGuiTest(); }
    void faqExampleGivesNinety();
    void typedInputRecomputes();
    void higherCurrentValueIsKept();
    void t2BeforeT1HasNoResult();
    void stoppedContainerGivesT1();
};

void TestTimingView::faqExampleGivesNinety()
{
    Workspace workspace;
    TimingView view(&workspace);
    const QDate day(2026, 11, 25);
    view.setTimes(QDateTime(day, QTime(16, 0)), QDateTime(day, QTime(17, 0)), 30);
    QVERIFY(view.result());
    QCOMPARE(view.result()->minutes, 90);
    QCOMPARE(view.result()->gapMinutesCeil, 60);
    QCOMPARE(view.findChild<QLabel*>(QStringLiteral("resultLabel"))->text(),
             QStringLiteral("refetchStoreIntervalMin = 90"));
    const QString reasoning = view.findChild<QLabel*>(QStringLiteral("reasoningLabel"))->text();
    QCOMPARE(reasoning, view.reasoningText());
    for (const QString& part :
         {QStringLiteral("T1 = 2026-11-25 16:00:00"), QStringLiteral("T2 = 2026-11-25 17:00:00"),
          QStringLiteral("stood still for 60 min 0 s"),
          QStringLiteral("60 min rounded up, plus a margin of 30 min, gives 90 min"),
          QStringLiteral("refetches from 2026-11-25 15:30:00, 30 min before T1")})
        QVERIFY2(reasoning.contains(part), qPrintable(reasoning));

    // Applied: the margin goes into the plan, the value to the enable-HA step.
    QVERIFY(!workspace.refetchOverrideMin());
    view.findChild<QPushButton*>(QStringLiteral("applyButton"))->click();
    QCOMPARE(workspace.refetchOverrideMin().value_or(0), 90);
    QCOMPARE(workspace.plan().ha.refetchMarginMin, 30);
    QVERIFY2(view.findChild<QLabel*>(QStringLiteral("appliedLabel"))
                 ->text()
                 .contains(QStringLiteral("refetchStoreIntervalMin = 90")),
             qPrintable(view.findChild<QLabel*>(QStringLiteral("appliedLabel"))->text()));
}

void TestTimingView::typedInputRecomputes()
{
    Workspace workspace;
    TimingView view(&workspace);
    const QDate day(2026, 11, 25);
    view.setTimes(QDateTime(day, QTime(16, 0)), QDateTime(day, QTime(17, 0)), 30);
    // 17:00:01 is 61 minutes when rounded up: never round a gap down.
    view.findChild<QDateTimeEdit*>(QStringLiteral("t2DateTimeEdit"))
        ->setDateTime(QDateTime(day, QTime(17, 0, 1)));
    QCOMPARE(view.result()->minutes, 91);
    auto* margin = view.findChild<QSpinBox*>(QStringLiteral("marginSpinBox"));
    margin->selectAll();
    QTest::keyClicks(margin, QStringLiteral("10"));
    QCOMPARE(view.result()->minutes, 71);
    QVERIFY2(view.reasoningText().contains(QStringLiteral("plus a margin of 10 min, gives 71 min")),
             qPrintable(view.reasoningText()));
}

void TestTimingView::higherCurrentValueIsKept()
{
    Workspace workspace;
    TimingView view(&workspace);
    const QDate day(2026, 11, 25);
    view.setTimes(QDateTime(day, QTime(16, 0)), QDateTime(day, QTime(17, 0)), 30);
    view.findChild<QCheckBox*>(QStringLiteral("currentCheckBox"))->setChecked(true);
    view.findChild<QSpinBox*>(QStringLiteral("currentSpinBox"))->setValue(120);
    QCOMPARE(view.result()->minutes, 120);
    QVERIFY(view.result()->keptCurrent);
    QVERIFY2(
        view.reasoningText().contains(QStringLiteral("120 min, is already higher and is kept")),
        qPrintable(view.reasoningText()));
}

void TestTimingView::t2BeforeT1HasNoResult()
{
    Workspace workspace;
    TimingView view(&workspace);
    const QDate day(2026, 11, 25);
    view.setTimes(QDateTime(day, QTime(17, 0)), QDateTime(day, QTime(16, 0)), 30);
    QVERIFY(!view.result());
    QVERIFY(!view.findChild<QPushButton*>(QStringLiteral("applyButton"))->isEnabled());
    QVERIFY2(view.reasoningText().contains(QStringLiteral("before T1")),
             qPrintable(view.reasoningText()));
}

void TestTimingView::stoppedContainerGivesT1()
{
    Workspace workspace;
    TimingView view(&workspace);
    omsua::upgrade::Discovery found = omsua::test::discoveredHost();
    found.container.state.running = false;
    found.container.state.status = QStringLiteral("exited");
    found.container.state.finishedAt = QDateTime(QDate(2026, 11, 25), QTime(8, 0), Qt::UTC);
    workspace.setDiscovery(found);
    QCOMPARE(view.findChild<QDateTimeEdit*>(QStringLiteral("t1DateTimeEdit"))->dateTime().toUTC(),
             found.container.state.finishedAt);
    QVERIFY(view.findChild<QLabel*>(QStringLiteral("t1SourceLabel"))
                ->text()
                .contains(QStringLiteral("State.FinishedAt")));
}

QTEST_MAIN(TestTimingView)
#include "tst_timingview.moc"
