#include "GuiTestData.h"
#include "GuiTestSupport.h"
#include "MountsView.h"
#include "Workspace.h"

#include <QCheckBox>
#include <QLabel>
#include <QTableWidget>
#include <QTest>

using omsua::docker::BindMount;
using omsua::docker::BindMounts;
using omsua::gui::MountsView;
using omsua::gui::Workspace;

// Old and planned binds side by side: every row green when the plan keeps them, the changed
// row red with both host paths when it does not.
class TestMountsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { omsua::test::isolateGuiTest(); }
    void identicalPlanIsAllGreen();
    void changedHostPathIsRedWithTheDifference();
    void httpsCertificateOnlyInThePlanIsRed();
    void withoutDiscoveryNothingToConfirm();

private:
    static QTableWidget* table(MountsView& view)
    {
        return view.findChild<QTableWidget*>(QStringLiteral("mountComparisonTableWidget"));
    }
    static int rowOf(QTableWidget* table, const QString& containerPath)
    {
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() == containerPath)
                return row;
        }
        return -1;
    }
};

void TestMountsView::identicalPlanIsAllGreen()
{
    Workspace workspace;
    MountsView view(&workspace);
    workspace.loadPlan(omsua::test::targetPlan(), QString(), QString());
    workspace.setDiscovery(omsua::test::discoveredHost());
    QTableWidget* t = table(view);
    QCOMPARE(t->rowCount(), 4);
    for (int row = 0; row < t->rowCount(); ++row) {
        for (int column = 0; column < 4; ++column)
            QCOMPARE(t->item(row, column)->background().color(), view.identicalColor());
        QCOMPARE(t->item(row, 1)->text(), t->item(row, 2)->text());
        QCOMPARE(t->item(row, 3)->text(), QStringLiteral("identical"));
    }
    QVERIFY(view.comparison().ok);
    auto* summary = view.findChild<QLabel*>(QStringLiteral("summaryLabel"));
    QVERIFY2(summary->text().startsWith(QStringLiteral("All 4 bind(s) identical")),
             qPrintable(summary->text()));
    auto* confirm = view.findChild<QCheckBox*>(QStringLiteral("confirmCheckBox"));
    QVERIFY(confirm->isEnabled());
    confirm->setChecked(true);
    QVERIFY(workspace.mountsConfirmed());
    // Any edit of the plan withdraws the confirmation.
    workspace.editPlan([](omsua::plan::Plan& plan) { plan.oms.hostIp = QStringLiteral("x"); });
    QVERIFY(!workspace.mountsConfirmed());
    QVERIFY(!confirm->isChecked());
}

void TestMountsView::changedHostPathIsRedWithTheDifference()
{
    Workspace workspace;
    MountsView view(&workspace);
    const BindMounts old = omsua::test::discoveredHost().container.binds;
    BindMounts planned = old;
    planned[1].hostPath = QStringLiteral("/data2/oms/oms_store");
    view.showComparison(old, planned);
    QTableWidget* t = table(view);
    QVERIFY(!view.comparison().ok);
    QVERIFY(view.identicalColor() != view.differentColor());
    const int changed = rowOf(t, QStringLiteral("/home/ds/store"));
    QVERIFY(changed >= 0);
    for (int row = 0; row < t->rowCount(); ++row) {
        const QColor expected = row == changed ? view.differentColor() : view.identicalColor();
        QCOMPARE(t->item(row, 0)->background().color(), expected);
        QCOMPARE(t->item(row, 3)->background().color(), expected);
    }
    QCOMPARE(t->item(changed, 1)->text(), QStringLiteral("/data/oms/oms_store"));
    QCOMPARE(t->item(changed, 2)->text(), QStringLiteral("/data2/oms/oms_store"));
    QCOMPARE(t->item(changed, 3)->text(),
             QStringLiteral("host path differs: /data/oms/oms_store (old) vs /data2/oms/oms_store "
                            "(new)"));
    auto* summary = view.findChild<QLabel*>(QStringLiteral("summaryLabel"));
    QVERIFY2(summary->text().startsWith(QStringLiteral("1 bind(s) differ")),
             qPrintable(summary->text()));
    QVERIFY(!view.findChild<QCheckBox*>(QStringLiteral("confirmCheckBox"))->isEnabled());
}

void TestMountsView::httpsCertificateOnlyInThePlanIsRed()
{
    // Through the workspace: a plan that adds an HTTPS certificate the old container did not
    // have gets rows the old container lacks.
    Workspace workspace;
    MountsView view(&workspace);
    omsua::plan::Plan plan = omsua::test::targetPlan();
    plan.oms.httpsCert = QStringLiteral("/data/https/oms.crt");
    plan.oms.httpsKey = QStringLiteral("/data/https/oms.key");
    workspace.loadPlan(plan, QString(), QString());
    workspace.setDiscovery(omsua::test::discoveredHost());
    QTableWidget* t = table(view);
    const int cert = rowOf(t, QStringLiteral("/etc/pki/nginx/oms_server.crt"));
    QVERIFY(cert >= 0);
    QCOMPARE(t->item(cert, 1)->text(), QStringLiteral("(none)"));
    QCOMPARE(t->item(cert, 2)->text(), QStringLiteral("/data/https/oms.crt"));
    QCOMPARE(t->item(cert, 0)->background().color(), view.differentColor());
    QCOMPARE(t->item(cert, 3)->text(), QStringLiteral("only in the new container"));
    QCOMPARE(t->item(rowOf(t, QStringLiteral("/home/admin/logs")), 0)->background().color(),
             view.identicalColor());
}

void TestMountsView::withoutDiscoveryNothingToConfirm()
{
    Workspace workspace;
    MountsView view(&workspace);
    QCOMPARE(table(view)->rowCount(), 0);
    QVERIFY(!view.findChild<QCheckBox*>(QStringLiteral("confirmCheckBox"))->isEnabled());
}

QTEST_MAIN(TestMountsView)
#include "tst_mountsview.moc"
