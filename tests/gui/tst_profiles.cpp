#include "ConnectionView.h"
#include "GuiTestSupport.h"
#include "MessageBox.h"
#include "ProfileStore.h"
#include "SecretStore.h"
#include "Workspace.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using omsua::gui::ConnectionView;
using omsua::gui::ProfileStore;
using omsua::gui::SecretStore;
using omsua::gui::Workspace;

// Connection profiles are plan files (the CLI's YAML) listed in QSettings; their secrets go to
// the keychain, or to memory with a visible notice when no keychain answers.
class TestProfiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { omsua::test::isolateGuiTest(); }
    void init()
    {
        QSettings().clear();
        QDir(ProfileStore::profilesDirectory()).removeRecursively();
    }
    void savedProfileIsAPlanFileAndListed();
    void handWrittenPlanOpensAndSavesUnchanged();
    void keychainFallbackNoticeAndMemorySecrets();
    void removeAsksAndKeepsTheFile();

private:
    static void type(QWidget& view, const char* name, const QString& text)
    {
        auto* edit = view.findChild<QLineEdit*>(QString::fromLatin1(name));
        QVERIFY2(edit, name);
        edit->clear();
        QTest::keyClicks(edit, text);
    }
    static QStringList listed(QWidget& view)
    {
        QStringList names;
        auto* list = view.findChild<QListWidget*>(QStringLiteral("profileListWidget"));
        for (int i = 0; list && i < list->count(); ++i)
            names << list->item(i)->text();
        return names;
    }
};

void TestProfiles::savedProfileIsAPlanFileAndListed()
{
    Workspace workspace;
    ConnectionView view(&workspace);
    type(view, "hostLineEdit", QStringLiteral("oms-prod-1.example.com"));
    type(view, "userLineEdit", QStringLiteral("admin"));
    type(view, "containerLineEdit", QStringLiteral("oms_330"));
    type(view, "targetImageLineEdit", QStringLiteral("oceanbase/oms:feature_3.3.1_ce"));
    type(view, "profileNameLineEdit", QStringLiteral("prod 1"));
    view.findChild<QPushButton*>(QStringLiteral("saveButton"))->click();

    const auto profile = ProfileStore().find(QStringLiteral("prod 1"));
    QVERIFY(profile);
    QVERIFY2(profile->planFile.startsWith(ProfileStore::profilesDirectory()),
             qPrintable(profile->planFile));
    QCOMPARE(workspace.planFile(), profile->planFile);
    // The file is a plan as the CLI reads it (unknown keys would be errors).
    const auto plan = omsua::plan::Plan::load(profile->planFile);
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
    QCOMPARE(plan->ssh.host, QStringLiteral("oms-prod-1.example.com"));
    QCOMPARE(plan->ssh.user, QStringLiteral("admin"));
    QCOMPARE(plan->oms.container, QStringLiteral("oms_330"));
    QCOMPARE(plan->oms.targetImage, QStringLiteral("oceanbase/oms:feature_3.3.1_ce"));
    QCOMPARE(QFileInfo(profile->planFile).permissions() &
                 (QFile::ReadOther | QFile::ReadGroup | QFile::WriteOther | QFile::WriteGroup),
             QFile::Permissions());

    // A new window lists it (QSettings) and opens it into the form.
    Workspace other;
    ConnectionView reopened(&other);
    QCOMPARE(listed(reopened), QStringList{QStringLiteral("prod 1")});
    reopened.openProfile(QStringLiteral("prod 1"));
    QCOMPARE(other.plan().ssh.host, QStringLiteral("oms-prod-1.example.com"));
    QCOMPARE(reopened.findChild<QLineEdit*>(QStringLiteral("containerLineEdit"))->text(),
             QStringLiteral("oms_330"));
    QCOMPARE(other.profileName(), QStringLiteral("prod 1"));
}

void TestProfiles::handWrittenPlanOpensAndSavesUnchanged()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("site.yaml"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(
        "ssh: {host: 10.0.0.2, port: 2200, user: admin, known_hosts: kh, docker: sudo docker}\n"
        "oms: {container: oms_330, target_image: \"oceanbase/oms:feature_3.3.1_ce\",\n"
        "      run_flags: [--pids-limit, \"-1\"]}\n"
        "metadb: {host: null, port: 2883, user: null, tunnel: always}\n"
        "ha: {apply: console, refetch_margin_min: 45}\n");
    out.close();
    const auto before = omsua::plan::Plan::load(file);
    QVERIFY(before);

    Workspace workspace;
    ConnectionView view(&workspace);
    QVERIFY(view.openPlanFile(file));
    QCOMPARE(listed(view), QStringList{QStringLiteral("site")});
    QCOMPARE(view.findChild<QLineEdit*>(QStringLiteral("hostLineEdit"))->text(),
             QStringLiteral("10.0.0.2"));
    // Saved back in place (the CLI keeps finding it there), meaning unchanged.
    QVERIFY(view.saveProfile());
    QCOMPARE(ProfileStore().find(QStringLiteral("site"))->planFile,
             QFileInfo(file).canonicalFilePath());
    const auto after = omsua::plan::Plan::load(file);
    QVERIFY2(after, qPrintable(after ? QString() : after.error().toString()));
    QCOMPARE(after->toYaml(), before->toYaml());
    QCOMPARE(after->ssh.knownHosts, dir.filePath(QStringLiteral("kh")));
    QCOMPARE(after->ha.refetchMarginMin, 45);
    QCOMPARE(after->metadb.port.value_or(0), 2883);
}

void TestProfiles::keychainFallbackNoticeAndMemorySecrets()
{
    Workspace workspace;
    ConnectionView view(&workspace);
    auto* notice = view.findChild<QLabel*>(QStringLiteral("keychainNoticeLabel"));
    QVERIFY(notice);
    // The probe at start finds no keychain: the notice is there before anything is saved.
    QTRY_VERIFY_WITH_TIMEOUT(notice->isVisibleTo(&view), 20000);
    QVERIFY2(notice->text().contains(QStringLiteral("kept in memory for this session only")),
             qPrintable(notice->text()));
    QVERIFY(!view.secretStore()->keychainAvailable());

    const QString password = QStringLiteral("Ss'h \"pa$s ;wd\\2");
    type(view, "hostLineEdit", QStringLiteral("10.0.0.9"));
    type(view, "userLineEdit", QStringLiteral("admin"));
    type(view, "containerLineEdit", QStringLiteral("oms_330"));
    type(view, "profileNameLineEdit", QStringLiteral("with secret"));
    type(view, "sshPasswordLineEdit", password);
    QCOMPARE(workspace.secrets().sshPassword, password);
    QSignalSpy written(view.secretStore(), &SecretStore::written);
    QVERIFY(view.saveProfile());
    QTRY_COMPARE(written.size(), 1);
    QCOMPARE(written.first().at(1).toBool(), false); // in memory, not in a keychain

    // Never in the plan file.
    QFile plan(workspace.planFile());
    QVERIFY(plan.open(QIODevice::ReadOnly));
    QVERIFY(!plan.readAll().contains("pa$s"));

    // Another profile, then back: the secret comes back from memory for this session.
    view.findChild<QPushButton*>(QStringLiteral("newProfileButton"))->click();
    QVERIFY(workspace.secrets().sshPassword.isEmpty());
    view.openProfile(QStringLiteral("with secret"));
    auto* field = view.findChild<QLineEdit*>(QStringLiteral("sshPasswordLineEdit"));
    QTRY_COMPARE(field->text(), password);
    QCOMPARE(workspace.secrets().sshPassword, password);
}

void TestProfiles::removeAsksAndKeepsTheFile()
{
    Workspace workspace;
    ConnectionView view(&workspace);
    type(view, "hostLineEdit", QStringLiteral("10.0.0.3"));
    type(view, "userLineEdit", QStringLiteral("admin"));
    type(view, "containerLineEdit", QStringLiteral("oms_330"));
    type(view, "profileNameLineEdit", QStringLiteral("old host"));
    QVERIFY(view.saveProfile());
    const QString file = workspace.planFile();
    auto* list = view.findChild<QListWidget*>(QStringLiteral("profileListWidget"));
    list->setCurrentRow(0);
    auto* remove = view.findChild<QPushButton*>(QStringLiteral("removeProfileButton"));

    omsua::gui::MessageBox::setNextAnswer(QMessageBox::No);
    remove->click();
    QCOMPARE(listed(view), QStringList{QStringLiteral("old host")});

    omsua::gui::MessageBox::setNextAnswer(QMessageBox::Yes);
    remove->click();
    QVERIFY(listed(view).isEmpty());
    QVERIFY(ProfileStore().profiles().isEmpty());
    QVERIFY(QFileInfo::exists(file));
}

QTEST_MAIN(TestProfiles)
#include "tst_profiles.moc"
