// The engine-driven views against the lab: a whole upgrade through the checklist (the first
// step alone, the offer to resume it, then the rest with every confirmation box answered), a
// rollback through the RollbackDialog with the old container's name typed, the backup set in
// the backup browser, and the run's report exported.
#include "BackupsView.h"
#include "ChecklistView.h"
#include "GuiTestSupport.h"
#include "LabEnvironment.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "RollbackDialog.h"
#include "upgrade/JournalStore.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using omsua::gui::BackupsView;
using omsua::gui::ChecklistView;
using omsua::gui::MainWindow;
using Result = omsua::upgrade::UpgradeWorker::Result;
using omsua::test::LabEnvironment;

class TestChecklist : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void upgradeRollbackBackupsAndReport();

private:
    // Opens the lab's plan and waits until discovery has read the host.
    static bool openLab(MainWindow& window);
    // Clicks `button` and waits for the run it starts to end; answers every confirmation yes.
    static Result runAndWait(ChecklistView* checklist, QPushButton* button, QStringList* asked,
                             QString* message);

    QTemporaryDir m_data;
};

void TestChecklist::initTestCase()
{
    OMSUA_REQUIRE_LAB();
    omsua::test::isolateGuiTest();
    QVERIFY(m_data.isValid());
    // The journals of this test, apart from any other.
    qputenv("OMSUA_DATA_DIR", QFile::encodeName(m_data.path()));
    QString error;
    QVERIFY2(LabEnvironment::reset(&error), qPrintable(error));
}

bool TestChecklist::openLab(MainWindow& window)
{
    const auto& lab = LabEnvironment::instance();
    const QString done = QStringLiteral("Read from ") + lab.value(QStringLiteral("LAB_CONTAINER"));
    window.setPlanFile(lab.planFile());
    return QTest::qWaitFor([&] { return window.statusBar()->currentMessage() == done; }, 60000);
}

Result TestChecklist::runAndWait(ChecklistView* checklist, QPushButton* button, QStringList* asked,
                                 QString* message)
{
    QMetaObject::Connection answer = QObject::connect(
        checklist, &ChecklistView::confirmationOpened, checklist, [asked](QMessageBox* box) {
            asked->append(box->windowTitle());
            // As an operator would: after the box is on screen.
            QTimer::singleShot(20, box, [box] { box->button(QMessageBox::Yes)->click(); });
        });
    QSignalSpy finished(checklist, &ChecklistView::runFinished);
    button->click();
    const bool ended = finished.wait(400000) || !finished.isEmpty();
    QObject::disconnect(answer);
    if (!ended) {
        *message = QStringLiteral("no end within 400 s");
        return Result::Failed;
    }
    *message = finished.first().at(1).toString();
    return finished.first().at(0).value<Result>();
}

void TestChecklist::upgradeRollbackBackupsAndReport()
{
    const auto& lab = LabEnvironment::instance();
    const QString oldContainer = lab.value(QStringLiteral("LAB_CONTAINER"));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(openLab(window));
    QVERIFY(window.showView(QStringLiteral("checklistView")));
    ChecklistView* checklist = window.checklist();
    QVERIFY(checklist->resumableRunId().isEmpty());
    const QStringList steps = checklist->stepIds();
    QVERIFY2(steps.size() > 5, qPrintable(steps.join(QLatin1Char(','))));
    QCOMPARE(steps.first(), QStringLiteral("preflight"));
    for (const QString& id : steps)
        QCOMPARE(checklist->stepState(id), QStringLiteral("pending"));
    auto* runNext = checklist->findChild<QPushButton*>(QStringLiteral("runNextButton"));
    auto* runToManual = checklist->findChild<QPushButton*>(QStringLiteral("runToManualButton"));
    auto* rollback = checklist->findChild<QPushButton*>(QStringLiteral("rollbackButton"));
    QVERIFY(runNext && runToManual && rollback);
    QVERIFY(!rollback->isEnabled());

    // "Run next step": preflight alone, its checks as a table.
    QStringList asked;
    QString message;
    QCOMPARE(runAndWait(checklist, runNext, &asked, &message), Result::Paused);
    QCOMPARE(checklist->stepState(QStringLiteral("preflight")), QStringLiteral("done"));
    QCOMPARE(checklist->stepState(steps.at(1)), QStringLiteral("pending"));
    QVERIFY(asked.isEmpty());
    auto* preflight = checklist->findChild<QTableWidget*>(QStringLiteral("preflightTableWidget"));
    QVERIFY(preflight);
    QVERIFY(preflight->rowCount() > 3);
    QVERIFY(!preflight->item(0, 2)->text().isEmpty());
    const QString runId = checklist->runId();
    QVERIFY(!runId.isEmpty());

    // Opening the plan again (another window, as after a restart) offers the run for resume.
    {
        MainWindow again;
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QVERIFY(openLab(again));
        QCOMPARE(again.checklist()->resumableRunId(), runId);
        // Offered in a box of its own; "no" leaves it to the checklist's banner.
        QMessageBox* offer = nullptr;
        QTRY_VERIFY((offer = again.findChild<QMessageBox*>(QStringLiteral("resumeBox"))));
        QVERIFY(offer->text().contains(runId));
        offer->button(QMessageBox::No)->click();
        QVERIFY(!again.checklist()->busy());
        QCOMPARE(again.checklist()->stepState(QStringLiteral("preflight")), QStringLiteral("done"));
    }

    // "No" in a confirmation box: the step does not act, the run stops, nothing after it ran.
    {
        QMetaObject::Connection decline =
            connect(checklist, &ChecklistView::confirmationOpened, this, [](QMessageBox* box) {
                QVERIFY(!box->informativeText().isEmpty()); // the step's description
                QTimer::singleShot(20, box, [box] { box->button(QMessageBox::No)->click(); });
            });
        QSignalSpy declined(checklist, &ChecklistView::runFinished);
        runToManual->click();
        QVERIFY(declined.wait(120000) || !declined.isEmpty());
        disconnect(decline);
        QVERIFY2(declined.first().at(0).value<Result>() == Result::Declined,
                 qPrintable(declined.first().at(1).toString()));
        QCOMPARE(checklist->runId(), runId);
        QCOMPARE(checklist->stepState(steps.last()), QStringLiteral("pending"));
        QVERIFY(runToManual->isEnabled());
    }

    // Closing while a step runs asks first; "no" keeps the window.
    bool closeRefused = false;
    QMetaObject::Connection tryClose =
        connect(checklist, &ChecklistView::confirmationOpened, this, [&](QMessageBox*) {
            if (closeRefused)
                return;
            omsua::gui::MessageBox::setNextAnswer(QMessageBox::No);
            closeRefused = !window.close() && window.isVisible();
        });
    // The GUI thread's longest stall while the engine works in its thread.
    qint64 longestStall = 0;
    QElapsedTimer sinceTick;
    sinceTick.start();
    QTimer tick;
    connect(&tick, &QTimer::timeout, this,
            [&] { longestStall = qMax(longestStall, sinceTick.restart()); });
    tick.start(10);
    const Result upgraded = runAndWait(checklist, runToManual, &asked, &message);
    tick.stop();
    disconnect(tryClose);
    QVERIFY2(upgraded == Result::Done, qPrintable(message));
    QVERIFY(closeRefused);
    QCOMPARE(checklist->runId(), runId);
    qInfo("longest stall of the GUI thread during the GUI upgrade: %lld ms", longestStall);
    for (const QString& id : steps) {
        const QString state = checklist->stepState(id);
        QVERIFY2(state == QLatin1String("done") || state == QLatin1String("skipped"),
                 qPrintable(id + QLatin1Char('=') + state));
    }
    // Every destructive step asked, each with its own box.
    QVERIFY2(asked.size() >= 4, qPrintable(asked.join(QLatin1Char('|'))));

    // Rollback: offered because the backup step verified its set.
    QCOMPARE(checklist->rollbackCandidate(), runId);
    QVERIFY(rollback->isEnabled());
    QSignalSpy opened(checklist, &ChecklistView::rollbackDialogOpened);
    rollback->click();
    QCOMPARE(opened.size(), 1);
    auto* dialog =
        qobject_cast<omsua::gui::RollbackDialog*>(opened.first().at(0).value<QDialog*>());
    QVERIFY(dialog);
    auto* ok = dialog->findChild<QPushButton*>(QStringLiteral("rollbackOkButton"));
    QVERIFY(ok);
    QVERIFY(!ok->isEnabled());
    dialog->setTypedName(oldContainer.toUpper() + QStringLiteral(" "));
    QVERIFY(!ok->isEnabled());
    dialog->setTypedName(oldContainer);
    QVERIFY(ok->isEnabled());
    QSignalSpy rolledBack(checklist, &ChecklistView::runFinished);
    QStringList rollbackAsked;
    QMetaObject::Connection answer = connect(
        checklist, &ChecklistView::confirmationOpened, this, [&rollbackAsked](QMessageBox* box) {
            rollbackAsked << box->windowTitle();
            QTimer::singleShot(20, box, [box] { box->button(QMessageBox::Yes)->click(); });
        });
    ok->click();
    QVERIFY(rolledBack.wait(400000) || !rolledBack.isEmpty());
    disconnect(answer);
    QVERIFY2(rolledBack.first().at(0).value<Result>() == Result::Done,
             qPrintable(rolledBack.first().at(1).toString()));
    QCOMPARE(checklist->runKind(), QStringLiteral("rollback"));
    QVERIFY(checklist->runId() != runId);
    const omsua::upgrade::JournalStore store;
    const auto journal = store.open(checklist->runId());
    QVERIFY(journal);
    QCOMPARE(journal->state(), QStringLiteral("done"));
    QCOMPARE(omsua::upgrade::toString(journal->step(QStringLiteral("start_old")).state),
             QStringLiteral("done"));
    for (const QString& id : checklist->stepIds()) {
        const QString state = checklist->stepState(id);
        QVERIFY2(state == QLatin1String("done") || state == QLatin1String("skipped"),
                 qPrintable(id + QLatin1Char('=') + state));
    }
    QVERIFY(!rollbackAsked.isEmpty());
    // Rolled back: nothing left to roll back.
    QVERIFY(checklist->rollbackCandidate().isEmpty());

    // The report of the rollback run, as JSON.
    QTemporaryDir out;
    checklist->setOpenExportedReports(false);
    const QString reportPath = out.filePath(QStringLiteral("report.json"));
    const auto written = checklist->exportReportTo(reportPath);
    QVERIFY2(written, written ? "" : qPrintable(written.error().toString()));
    QFile reportFile(reportPath);
    QVERIFY(reportFile.open(QIODevice::ReadOnly));
    const QByteArray reportBytes = reportFile.readAll();
    QJsonParseError parseError;
    const QJsonDocument report = QJsonDocument::fromJson(reportBytes, &parseError);
    QVERIFY2(report.isObject(), qPrintable(parseError.errorString()));
    QVERIFY(reportBytes.contains(checklist->runId().toUtf8()));
    QVERIFY(!reportBytes.contains(lab.metaPassword().toUtf8()));

    // The upgrade's backup set in the backup browser: listed, verified, previewed, downloaded.
    BackupsView* backups = window.backups();
    QVERIFY(window.showView(QStringLiteral("backupsView")));
    QSignalSpy operation(backups, &BackupsView::operationFinished);
    QTRY_VERIFY_WITH_TIMEOUT(!backups->busy(), 60000);
    operation.clear();
    backups->refresh();
    QVERIFY(operation.wait(60000));
    QCOMPARE(operation.takeFirst().at(0).toBool(), true);
    QVERIFY(backups->selectSet(runId));
    const auto entryOf = [backups](const QString& name) {
        for (const auto& entry : backups->entries())
            if (entry.name == name)
                return entry;
        return omsua::backup::CatalogueEntry();
    };
    QCOMPARE(entryOf(runId).files.size() >= 3, true);
    QCOMPARE(entryOf(runId).checkState(), QStringLiteral("checked"));
    backups->verifySelected();
    QVERIFY(operation.wait(120000));
    QCOMPARE(operation.takeFirst().at(0).toBool(), true);
    QCOMPARE(entryOf(runId).checkState(), QStringLiteral("verified"));
    backups->previewSelected();
    QVERIFY(operation.wait(60000));
    QCOMPARE(operation.takeFirst().at(0).toBool(), true);
    auto* preview = backups->findChild<QPlainTextEdit*>(QStringLiteral("previewPlainTextEdit"));
    QVERIFY(preview->toPlainText().contains(QStringLiteral("==> ")));
    QTemporaryDir downloads;
    backups->downloadSelectedTo(downloads.path());
    QVERIFY(operation.wait(120000));
    QCOMPARE(operation.takeFirst().at(0).toBool(), true);
    QVERIFY(QFile::exists(downloads.filePath(runId + QStringLiteral("/manifest.json"))));
    // Delete asks first; "no" keeps the set.
    omsua::gui::MessageBox::setNextAnswer(QMessageBox::No);
    backups->deleteSelected();
    QCOMPARE(operation.takeFirst().at(0).toBool(), true);
    QVERIFY(backups->selectSet(runId));
}

QTEST_MAIN(TestChecklist)
#include "tst_checklist.moc"
