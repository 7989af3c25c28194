#include "GuiTestSupport.h"
#include "LabEnvironment.h"
#include "MainWindow.h"
#include "PlanView.h"

#include <QApplication>
#include <QLabel>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using omsua::gui::MainWindow;

// The main window against the running lab: discovery runs off the GUI thread and fills the
// overview; a bad plan is shown as such.
class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        OMSUA_REQUIRE_LAB();
        omsua::test::isolateGuiTest();
    }
    void showsTheLabHost();
    void showsABadPlan();
};

void TestMainWindow::showsTheLabHost()
{
    const auto& lab = omsua::test::LabEnvironment::instance();
    const QString done = QStringLiteral("Read from ") + lab.value(QStringLiteral("LAB_CONTAINER"));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setPlanFile(lab.planFile());
    // setPlanFile returned at once: the connection happens in the worker thread.
    QVERIFY(window.statusBar()->currentMessage() != done);
    QTRY_COMPARE_WITH_TIMEOUT(window.statusBar()->currentMessage(), done, 30000);

    auto* mounts = window.findChild<QTableWidget*>(QStringLiteral("mountsTableWidget"));
    QVERIFY(mounts);
    QStringList containerPaths;
    for (int row = 0; row < mounts->rowCount(); ++row)
        containerPaths << mounts->item(row, 1)->text();
    containerPaths.sort();
    QCOMPARE(containerPaths,
             (QStringList{QStringLiteral("/home/admin/conf/config.yaml"),
                          QStringLiteral("/home/admin/logs"), QStringLiteral("/home/ds/run"),
                          QStringLiteral("/home/ds/store")}));
    auto* databases = window.findChild<QTableWidget*>(QStringLiteral("databasesTableWidget"));
    QVERIFY(databases);
    QCOMPARE(databases->rowCount(), 3);
    QCOMPARE(databases->item(0, 1)->text(), lab.value(QStringLiteral("LAB_RM_DB")));
    QCOMPARE(databases->item(2, 1)->text(), lab.value(QStringLiteral("LAB_CMHB_DB")));
    auto* route = window.findChild<QLabel*>(QStringLiteral("routeValueLabel"));
    QVERIFY(route);
    QCOMPARE(route->text(), QStringLiteral("3.3.0 -> 3.3.1 (supported)"));
    auto* ha = window.findChild<QLabel*>(QStringLiteral("haValueLabel"));
    QVERIFY(ha);
    QVERIFY2(ha->text().startsWith(QStringLiteral("enable=")), qPrintable(ha->text()));

    // The plan view shows the docker run that will start the new container, with the lab's
    // binds and no password (config.yaml's are registered with the redactor when read).
    auto* plan = window.findChild<omsua::gui::PlanView*>();
    QVERIFY(plan);
    const QString command = plan->commandText();
    QVERIFY2(command.contains(QStringLiteral("docker run -dit --net host")), qPrintable(command));
    QVERIFY2(command.contains(QStringLiteral(":/home/ds/store ")), qPrintable(command));
    QVERIFY2(command.contains(QStringLiteral("-e IS_UPGRADE=true")), qPrintable(command));
    QVERIFY2(command.contains(QStringLiteral("--name ") +
                              lab.value(QStringLiteral("LAB_NEW_CONTAINER"))),
             qPrintable(command));
    for (const QString& secret :
         {lab.metaPassword(), lab.sshPassword(), lab.value(QStringLiteral("LAB_KEY_PASSPHRASE"))})
        QVERIFY2(!command.contains(secret), qPrintable(command));
}

void TestMainWindow::showsABadPlan()
{
    QTemporaryDir dir;
    const QString plan = dir.filePath(QStringLiteral("bad.yaml"));
    QFile file(plan);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("ssh: {host: 127.0.0.1}\noms: {container: oms_330}\n");
    file.close();
    MainWindow window;
    window.setPlanFile(plan);
    auto* status = window.findChild<QLabel*>(QStringLiteral("statusLabel"));
    QVERIFY(status);
    QVERIFY2(status->text().contains(QStringLiteral("ssh.user")), qPrintable(status->text()));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
