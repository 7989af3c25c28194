#include "ConnectionController.h"
#include "GuiTestSupport.h"
#include "HostKeyDialog.h"
#include "LabEnvironment.h"
#include "MainWindow.h"
#include "Workspace.h"
#include "remote/KnownHosts.h"

#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using omsua::gui::HostKeyDialog;
using omsua::gui::HostKeyPrompt;
using omsua::gui::MainWindow;
using omsua::gui::Workspace;
using omsua::remote::KnownHosts;

// First contact and changed keys against the lab's real sshd, through the main window: the
// dialog is answered by clicking its buttons, as an operator would.
class TestHostKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void unknownKeyRefusedRunsNothing();
    void unknownKeyAcceptedIsRememberedAndConnects();
    void changedKeyIsRefusedShowingBothFingerprints();

private:
    // The lab plan with known_hosts replaced by `knownHosts`; returns the plan file.
    QString planWithKnownHosts(const QString& knownHosts);
    HostKeyDialog* waitForDialog(MainWindow& window);

    QTemporaryDir m_dir;
    QStringList m_labFingerprints; // the keys the lab's sshd has, as recorded by lab/up
    QString m_labEd25519;
};

void TestHostKey::initTestCase()
{
    OMSUA_REQUIRE_LAB();
    omsua::test::isolateGuiTest();
    const auto known = KnownHosts::load(omsua::test::LabEnvironment::instance().knownHostsFile());
    QVERIFY(known);
    for (const KnownHosts::Entry& entry : known->entries()) {
        m_labFingerprints << KnownHosts::fingerprint(entry.key);
        if (entry.keyType == QLatin1String("ssh-ed25519"))
            m_labEd25519 = KnownHosts::fingerprint(entry.key);
    }
    QVERIFY(!m_labEd25519.isEmpty());
}

QString TestHostKey::planWithKnownHosts(const QString& knownHosts)
{
    auto plan = omsua::plan::Plan::load(omsua::test::LabEnvironment::instance().planFile());
    if (!plan)
        return QString();
    plan->ssh.knownHosts = knownHosts;
    const QString file = m_dir.filePath(QFileInfo(knownHosts).fileName() + QStringLiteral(".yaml"));
    return plan->save(file) ? file : QString();
}

HostKeyDialog* TestHostKey::waitForDialog(MainWindow& window)
{
    HostKeyDialog* dialog = nullptr;
    const QDeadlineTimer deadline(30000);
    while (!dialog && !deadline.hasExpired()) {
        QTest::qWait(50);
        dialog = window.findChild<HostKeyDialog*>();
    }
    return dialog && dialog->isVisible() ? dialog : nullptr;
}

void TestHostKey::unknownKeyRefusedRunsNothing()
{
    const QString knownHosts = m_dir.filePath(QStringLiteral("refuse_known_hosts"));
    const QString planFile = planWithKnownHosts(knownHosts);
    QVERIFY(!planFile.isEmpty());
    MainWindow window;
    window.show();
    window.setPlanFile(planFile);
    HostKeyDialog* dialog = waitForDialog(window);
    QVERIFY(dialog);
    QCOMPARE(dialog->prompt().kind, HostKeyPrompt::Kind::Unknown);
    auto* fingerprint = dialog->findChild<QLabel*>(QStringLiteral("fingerprintLabel"));
    QVERIFY2(m_labFingerprints.contains(fingerprint->text()), qPrintable(fingerprint->text()));
    QVERIFY(dialog->findChild<QPushButton*>(QStringLiteral("acceptButton"))->isVisible());

    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("refuseButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(window.workspace()->connectionState(), Workspace::ConnectionState::HostKeyRefused);
    QVERIFY2(window.workspace()->connectionDetail().contains(QStringLiteral("refused")),
             qPrintable(window.workspace()->connectionDetail()));
    QVERIFY(!window.workspace()->discovery());
    QVERIFY(!QFileInfo::exists(knownHosts)); // nothing remembered
    QTest::qWait(300);
    QVERIFY(!window.connection()->busy()); // and no connection started again
}

void TestHostKey::unknownKeyAcceptedIsRememberedAndConnects()
{
    const QString knownHosts = m_dir.filePath(QStringLiteral("accept_known_hosts"));
    const QString planFile = planWithKnownHosts(knownHosts);
    QVERIFY(!planFile.isEmpty());
    MainWindow window;
    window.show();
    window.setPlanFile(planFile);
    HostKeyDialog* dialog = waitForDialog(window);
    QVERIFY(dialog);
    const QString shown = dialog->prompt().fingerprint;
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("acceptButton")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(window.workspace()->connectionState(),
                              Workspace::ConnectionState::Connected, 60000);
    QCOMPARE(window.workspace()->discovery()->hostKeyFingerprint, shown);
    QCOMPARE(window.workspace()->discovery()->container.name,
             omsua::test::LabEnvironment::instance().value(QStringLiteral("LAB_CONTAINER")));
    const auto remembered = KnownHosts::load(knownHosts);
    QVERIFY(remembered);
    QCOMPARE(remembered->entries().size(), 1);
    QCOMPARE(
        remembered->entries().first().hosts,
        QStringLiteral("[127.0.0.1]:%1").arg(omsua::test::LabEnvironment::instance().sshPort()));
    QCOMPARE(KnownHosts::fingerprint(remembered->entries().first().key), shown);
}

void TestHostKey::changedKeyIsRefusedShowingBothFingerprints()
{
    // Somebody else's key recorded for the lab's host and port.
    const QByteArray otherKey =
        "AAAAC3NzaC1lZDI1NTE5AAAAIP7LTYtpIXz0j8QYA+dcJ1XvUBKQZEDks3MLj+9IJ37T";
    const QString otherFingerprint = KnownHosts::fingerprint(QByteArray::fromBase64(otherKey));
    const QString knownHosts = m_dir.filePath(QStringLiteral("changed_known_hosts"));
    QFile file(knownHosts);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray content =
        "[127.0.0.1]:" + QByteArray::number(omsua::test::LabEnvironment::instance().sshPort()) +
        " ssh-ed25519 " + otherKey + "\n";
    file.write(content);
    file.close();
    const QString planFile = planWithKnownHosts(knownHosts);
    QVERIFY(!planFile.isEmpty());

    MainWindow window;
    window.show();
    window.setPlanFile(planFile);
    HostKeyDialog* dialog = waitForDialog(window);
    QVERIFY(dialog);
    QCOMPARE(dialog->prompt().kind, HostKeyPrompt::Kind::Mismatch);
    QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("knownFingerprintLabel"))->text(),
             otherFingerprint);
    QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("fingerprintLabel"))->text(), m_labEd25519);
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("knownFingerprintLabel"))->isVisible());
    auto* header = dialog->findChild<QLabel*>(QStringLiteral("headerLabel"));
    QVERIFY2(header->text().contains(QStringLiteral("CHANGED")), qPrintable(header->text()));
    QVERIFY2(header->styleSheet().contains(QStringLiteral("#c62828")),
             qPrintable(header->styleSheet()));
    // No way to accept it from here.
    QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("acceptButton"))->isVisible());
    QVERIFY(!dialog->canAccept());
    QCOMPARE(window.workspace()->connectionState(), Workspace::ConnectionState::HostKeyRefused);

    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("closeButton")),
                      Qt::LeftButton);
    QTest::qWait(300);
    QCOMPARE(window.workspace()->connectionState(), Workspace::ConnectionState::HostKeyRefused);
    QVERIFY(!window.workspace()->discovery());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content); // known_hosts untouched
}

QTEST_MAIN(TestHostKey)
#include "tst_hostkey.moc"
