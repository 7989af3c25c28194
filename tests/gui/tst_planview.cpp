#include "GuiTestData.h"
#include "GuiTestSupport.h"
#include "LogPane.h"
#include "PlanView.h"
#include "Workspace.h"
#include "log/Logging.h"
#include "log/Redactor.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>

using omsua::gui::PlanView;
using omsua::gui::Workspace;

// The plan view: discovered values prefilled without being written into the plan, the exact
// docker run command with secrets masked, the route; and the log pane's level filter.
class TestPlanView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { omsua::test::isolateGuiTest(); }
    void commandAsItWillRunWithoutSecrets();
    void discoveredValuesArePrefilledNotSaved();
    void unsupportedRouteIsSaid();
    void logPaneFiltersByLevel();
};

void TestPlanView::commandAsItWillRunWithoutSecrets()
{
    // A secret as HostSession registers config.yaml's, smuggled into a run flag by mistake.
    const QString secret = QStringLiteral("Me'ta \"pa$s ;wd\\1");
    omsua::log::Redactor::global().addSecret(secret);
    Workspace workspace;
    PlanView view(&workspace);
    QVERIFY(view.commandText().startsWith(QStringLiteral("Connect to the host first")));
    omsua::plan::Plan plan = omsua::test::targetPlan();
    plan.oms.runFlags = {QStringLiteral("--pids-limit"), QStringLiteral("-1"),
                         QStringLiteral("--label=note=") + secret};
    workspace.loadPlan(plan, QString(), QString());
    workspace.setDiscovery(omsua::test::discoveredHost());

    const QString command = view.commandText();
    QVERIFY2(command.startsWith(QStringLiteral("sudo -n docker run -dit --net host ")),
             qPrintable(command));
    for (const QString& part :
         {QStringLiteral("-v /data/oms/oms_logs:/home/admin/logs"),
          QStringLiteral("-v /data/oms/oms_store:/home/ds/store"),
          QStringLiteral("-v /data/oms/oms_run:/home/ds/run"),
          QStringLiteral("-v /data/config.yaml:/home/admin/conf/config.yaml"),
          QStringLiteral("-e OMS_HOST_IP=10.0.0.2"), QStringLiteral("-e IS_UPGRADE=true"),
          QStringLiteral("--pids-limit -1"), QStringLiteral("--name oms_330_331"),
          QStringLiteral("oceanbase/oms:feature_3.3.1_ce")})
        QVERIFY2(command.contains(part), qPrintable(part + QStringLiteral(" in ") + command));
    QVERIFY2(!command.contains(QStringLiteral("pa$s")), qPrintable(command));
    QVERIFY2(command.contains(omsua::log::Redactor::kMask), qPrintable(command));
    omsua::log::Redactor::global().removeSecret(secret);

    auto* route = view.findChild<QLabel*>(QStringLiteral("planRouteValueLabel"));
    QVERIFY2(route->text().startsWith(QStringLiteral("3.3.0 -> 3.3.1, supported")),
             qPrintable(route->text()));

    // Editing the new container's name changes the command at once.
    auto* name = view.findChild<QLineEdit*>(QStringLiteral("newContainerLineEdit"));
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("oms_new"));
    QCOMPARE(workspace.plan().oms.newContainer, QStringLiteral("oms_new"));
    QVERIFY2(view.commandText().contains(QStringLiteral("--name oms_new ")),
             qPrintable(view.commandText()));
}

void TestPlanView::discoveredValuesArePrefilledNotSaved()
{
    Workspace workspace;
    PlanView view(&workspace);
    workspace.loadPlan(omsua::test::targetPlan(), QString(), QString());
    workspace.setDiscovery(omsua::test::discoveredHost());
    auto* hostIp = view.findChild<QLineEdit*>(QStringLiteral("hostIpLineEdit"));
    auto* metaHost = view.findChild<QLineEdit*>(QStringLiteral("metaHostLineEdit"));
    auto* metaPort = view.findChild<QLineEdit*>(QStringLiteral("metaPortLineEdit"));
    QCOMPARE(hostIp->text(), QStringLiteral("10.0.0.2"));
    QVERIFY(hostIp->font().italic());
    QCOMPARE(metaHost->text(), QStringLiteral("10.0.0.1"));
    QCOMPARE(metaPort->text(), QStringLiteral("2883"));
    // Shown, but the plan keeps saying "discover it".
    QVERIFY(workspace.plan().oms.hostIp.isEmpty());
    QVERIFY(workspace.plan().metadb.host.isEmpty());
    QVERIFY(!workspace.plan().metadb.port);
    QVERIFY(!workspace.plan().toYaml().contains("10.0.0.1"));

    // An override is written into the plan, and shown upright.
    hostIp->selectAll();
    QTest::keyClicks(hostIp, QStringLiteral("192.168.1.20"));
    QCOMPARE(workspace.plan().oms.hostIp, QStringLiteral("192.168.1.20"));
    QVERIFY(!hostIp->font().italic());
    QVERIFY(view.commandText().contains(QStringLiteral("-e OMS_HOST_IP=192.168.1.20")));
    // Typing the discovered value again goes back to "discover it".
    hostIp->selectAll();
    QTest::keyClicks(hostIp, QStringLiteral("10.0.0.2"));
    QVERIFY(workspace.plan().oms.hostIp.isEmpty());
}

void TestPlanView::unsupportedRouteIsSaid()
{
    Workspace workspace;
    PlanView view(&workspace);
    omsua::plan::Plan plan = omsua::test::targetPlan();
    plan.oms.targetImage = QStringLiteral("oceanbase/oms:latest");
    workspace.loadPlan(plan, QString(), QString());
    workspace.setDiscovery(omsua::test::discoveredHost());
    auto* route = view.findChild<QLabel*>(QStringLiteral("planRouteValueLabel"));
    QVERIFY2(route->text().startsWith(QStringLiteral("not supported: the new image's tag carries "
                                                     "no version")),
             qPrintable(route->text()));
    QVERIFY(!view.commandText().contains(QStringLiteral("IS_UPGRADE")));
}

void TestPlanView::logPaneFiltersByLevel()
{
    omsua::gui::LogPane pane;
    omsua::log::debug(QStringLiteral("detail-one"));
    omsua::log::info(QStringLiteral("step-two"));
    omsua::log::error(QStringLiteral("failure-three"));
    QTRY_VERIFY(pane.visibleText().contains(QStringLiteral("failure-three")));
    QVERIFY(pane.visibleText().contains(QStringLiteral("step-two")));
    QVERIFY(!pane.visibleText().contains(QStringLiteral("detail-one"))); // info and above
    pane.setMinimumLevel(omsua::log::Level::Debug);
    QVERIFY(pane.visibleText().contains(QStringLiteral("detail-one")));
    pane.setMinimumLevel(omsua::log::Level::Error);
    QVERIFY(!pane.visibleText().contains(QStringLiteral("step-two")));
    QVERIFY(pane.visibleText().contains(QStringLiteral("failure-three")));
    // Redacted before it reaches the pane.
    omsua::log::Redactor::global().addSecret(QStringLiteral("hunter2-secret"));
    omsua::log::error(QStringLiteral("login with hunter2-secret failed"));
    QTRY_VERIFY(pane.visibleText().contains(QStringLiteral("login with ******** failed")));
    QVERIFY(!pane.visibleText().contains(QStringLiteral("hunter2")));
    omsua::log::Redactor::global().removeSecret(QStringLiteral("hunter2-secret"));
}

QTEST_MAIN(TestPlanView)
#include "tst_planview.moc"
