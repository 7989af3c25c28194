#include "docker/MountComparison.h"

#include <QTest>

using namespace omsua::docker;

namespace {

BindMounts documented(const QString& base)
{
    return {
        BindMount{base + QStringLiteral("/config.yaml"),
                  QStringLiteral("/home/admin/conf/config.yaml"),
                  false,
                  {}},
        BindMount{
            base + QStringLiteral("/oms_logs"), QStringLiteral("/home/admin/logs"), false, {}},
        BindMount{base + QStringLiteral("/oms_store"), QStringLiteral("/home/ds/store"), false, {}},
        BindMount{base + QStringLiteral("/oms_run"), QStringLiteral("/home/ds/run"), false, {}},
    };
}

BindMounts withHttps(BindMounts mounts, const QString& base)
{
    mounts.append(BindMount{base + QStringLiteral("/https_crt"),
                            QStringLiteral("/etc/pki/nginx/oms_server.crt"),
                            false,
                            {}});
    mounts.append(BindMount{base + QStringLiteral("/https_key"),
                            QStringLiteral("/etc/pki/nginx/oms_server.key"),
                            false,
                            {}});
    return mounts;
}

const MountRow* rowFor(const MountComparisonResult& result, const QString& containerPath)
{
    for (const MountRow& row : result.rows) {
        if (row.containerPath == containerPath)
            return &row;
    }
    return nullptr;
}

} // namespace

class TestMountComparison : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identical();
    void identicalWithTrailingSlashesAndOtherOrder();
    void changedPathIsFlaggedWithBothPaths();
    void missingInPlan();
    void extraInPlan();
    void missingRequiredOnOldContainer();
    void readOnlyChange();
    void literalComparison();
    void httpsKeptAndDropped();
    void plannedFromOldKeepsEverything();
    void plannedFromOldHttps();
    void verdictNames();
};

void TestMountComparison::identical()
{
    const BindMounts old = documented(QStringLiteral("/data/oms"));
    const MountComparisonResult result = MountComparison::compare(old, old);
    QVERIFY(result.ok);
    QCOMPARE(result.rows.size(), 4);
    QVERIFY(result.problems().isEmpty());
    // Documented order, each required.
    const QStringList required = MountComparison::requiredContainerPaths();
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(result.rows.at(i).containerPath, required.at(i));
        QVERIFY(result.rows.at(i).required);
        QCOMPARE(result.rows.at(i).verdict, MountVerdict::Identical);
        QCOMPARE(result.rows.at(i).oldHostPath, result.rows.at(i).plannedHostPath);
    }
}

void TestMountComparison::identicalWithTrailingSlashesAndOtherOrder()
{
    const BindMounts old = documented(QStringLiteral("/data/oms"));
    BindMounts planned;
    for (auto it = old.crbegin(); it != old.crend(); ++it) {
        BindMount m = *it;
        m.hostPath += QLatin1Char('/');
        m.containerPath += QStringLiteral("//");
        planned.append(m);
    }
    const MountComparisonResult result = MountComparison::compare(old, planned);
    QVERIFY(result.ok);
    QCOMPARE(result.rows.size(), 4);
    QCOMPARE(MountComparison::normalisedPath(QStringLiteral("/")), QStringLiteral("/"));
    QCOMPARE(MountComparison::normalisedPath(QStringLiteral("/a/b///")), QStringLiteral("/a/b"));
}

void TestMountComparison::changedPathIsFlaggedWithBothPaths()
{
    const BindMounts old = documented(QStringLiteral("/data/oms"));
    BindMounts planned = old;
    planned[2].hostPath = QStringLiteral("/data2/oms_store");
    const MountComparisonResult result = MountComparison::compare(old, planned);
    QVERIFY(!result.ok);
    QCOMPARE(result.problems().size(), 1);
    const MountRow* row = rowFor(result, QStringLiteral("/home/ds/store"));
    QVERIFY(row);
    QCOMPARE(row->verdict, MountVerdict::HostPathChanged);
    QCOMPARE(row->oldHostPath, QStringLiteral("/data/oms/oms_store"));
    QCOMPARE(row->plannedHostPath, QStringLiteral("/data2/oms_store"));
    QVERIFY(row->required);
}

void TestMountComparison::missingInPlan()
{
    const BindMounts old = documented(QStringLiteral("/data/oms"));
    BindMounts planned = old;
    planned.removeAt(1); // logs
    const MountComparisonResult result = MountComparison::compare(old, planned);
    QVERIFY(!result.ok);
    const MountRow* row = rowFor(result, QStringLiteral("/home/admin/logs"));
    QVERIFY(row);
    QCOMPARE(row->verdict, MountVerdict::MissingInPlan);
    QCOMPARE(row->oldHostPath, QStringLiteral("/data/oms/oms_logs"));
    QVERIFY(row->plannedHostPath.isEmpty());
}

void TestMountComparison::extraInPlan()
{
    const BindMounts old = documented(QStringLiteral("/data/oms"));
    BindMounts planned = old;
    planned.append(BindMount{QStringLiteral("/etc/localtime"), QStringLiteral("/etc/localtime"),
                             true, QStringLiteral("ro")});
    const MountComparisonResult result = MountComparison::compare(old, planned);
    QVERIFY(!result.ok);
    QCOMPARE(result.rows.size(), 5);
    QCOMPARE(result.rows.last().containerPath, QStringLiteral("/etc/localtime"));
    QCOMPARE(result.rows.last().verdict, MountVerdict::ExtraInPlan);
    QVERIFY(!result.rows.last().required);
    QVERIFY(result.rows.last().oldHostPath.isEmpty());
}

void TestMountComparison::missingRequiredOnOldContainer()
{
    BindMounts old = documented(QStringLiteral("/data/oms"));
    old.removeAt(3); // the old container has no /home/ds/run bind
    // Even a plan that adds it is not "identical": the old container's run state is elsewhere.
    BindMounts planned = documented(QStringLiteral("/data/oms"));
    MountComparisonResult result = MountComparison::compare(old, planned);
    QVERIFY(!result.ok);
    const MountRow* row = rowFor(result, QStringLiteral("/home/ds/run"));
    QVERIFY(row);
    QCOMPARE(row->verdict, MountVerdict::MissingRequired);
    QCOMPARE(row->plannedHostPath, QStringLiteral("/data/oms/oms_run"));

    // Neither side has it: still a row, so the operator sees it.
    result = MountComparison::compare(old, old);
    QVERIFY(!result.ok);
    row = rowFor(result, QStringLiteral("/home/ds/run"));
    QVERIFY(row);
    QCOMPARE(row->verdict, MountVerdict::MissingRequired);
    QVERIFY(row->oldHostPath.isEmpty());
    QVERIFY(row->plannedHostPath.isEmpty());

    // No mounts at all: four MissingRequired rows.
    result = MountComparison::compare({}, {});
    QVERIFY(!result.ok);
    QCOMPARE(result.rows.size(), 4);
    for (const MountRow& r : std::as_const(result.rows))
        QCOMPARE(r.verdict, MountVerdict::MissingRequired);
}

void TestMountComparison::readOnlyChange()
{
    const BindMounts old = documented(QStringLiteral("/data/oms"));
    BindMounts planned = old;
    planned[0].readOnly = true;
    const MountComparisonResult result = MountComparison::compare(old, planned);
    QVERIFY(!result.ok);
    QCOMPARE(rowFor(result, QStringLiteral("/home/admin/conf/config.yaml"))->verdict,
             MountVerdict::ReadOnlyChanged);
}

void TestMountComparison::literalComparison()
{
    // No symlink or ".." resolution, case matters, inner double slashes are a difference.
    const BindMounts old = documented(QStringLiteral("/data/oms"));
    for (const QString& base : {QStringLiteral("/data/x/../oms"), QStringLiteral("/Data/oms"),
                                QStringLiteral("/data//oms")}) {
        const MountComparisonResult result = MountComparison::compare(old, documented(base));
        QVERIFY2(!result.ok, qPrintable(base));
        QCOMPARE(result.problems().size(), 4);
    }
}

void TestMountComparison::httpsKeptAndDropped()
{
    const BindMounts old =
        withHttps(documented(QStringLiteral("/data/oms")), QStringLiteral("/data/oms"));
    MountComparisonResult result = MountComparison::compare(old, old);
    QVERIFY(result.ok);
    QCOMPARE(result.rows.size(), 6);
    QVERIFY(!rowFor(result, QStringLiteral("/etc/pki/nginx/oms_server.crt"))->required);

    // HTTPS switched off in the plan: visible as a difference.
    result = MountComparison::compare(old, documented(QStringLiteral("/data/oms")));
    QVERIFY(!result.ok);
    QCOMPARE(result.problems().size(), 2);
    QCOMPARE(rowFor(result, QStringLiteral("/etc/pki/nginx/oms_server.key"))->verdict,
             MountVerdict::MissingInPlan);

    // HTTPS switched on: the certificate rows are extra, not required.
    result = MountComparison::compare(documented(QStringLiteral("/data/oms")), old);
    QVERIFY(!result.ok);
    QCOMPARE(rowFor(result, QStringLiteral("/etc/pki/nginx/oms_server.crt"))->verdict,
             MountVerdict::ExtraInPlan);

    // HTTPS off on both sides: no certificate rows at all.
    result = MountComparison::compare(documented(QStringLiteral("/data/oms")),
                                      documented(QStringLiteral("/data/oms")));
    QVERIFY(!rowFor(result, QStringLiteral("/etc/pki/nginx/oms_server.crt")));
}

void TestMountComparison::plannedFromOldKeepsEverything()
{
    BindMounts old = documented(QStringLiteral("/data/oms"));
    old.append(BindMount{QStringLiteral("/etc/localtime"), QStringLiteral("/etc/localtime"), true,
                         QStringLiteral("ro")});
    const BindMounts planned = MountComparison::plannedFromOld(old, false);
    QCOMPARE(planned, old);
    // The undocumented bind is carried over too, and shown as an identical row.
    const MountComparisonResult result = MountComparison::compare(old, planned);
    QVERIFY(result.ok);
    QCOMPARE(result.rows.size(), 5);
    QCOMPARE(result.rows.last().verdict, MountVerdict::Identical);
    QVERIFY(!result.rows.last().required);
}

void TestMountComparison::plannedFromOldHttps()
{
    const BindMounts plain = documented(QStringLiteral("/data/oms"));
    const BindMounts secure = withHttps(plain, QStringLiteral("/data/oms"));

    // https on: the old certificate binds are kept.
    QCOMPARE(MountComparison::plannedFromOld(secure, true), secure);
    QVERIFY(MountComparison::compare(secure, MountComparison::plannedFromOld(secure, true)).ok);
    // https off: dropped.
    QCOMPARE(MountComparison::plannedFromOld(secure, false), plain);
    // https on, new files given: replaced in place.
    const BindMounts renewed = MountComparison::plannedFromOld(
        secure, true, QStringLiteral("/new/crt"), QStringLiteral("/new/key"));
    QCOMPARE(renewed.size(), 6);
    QCOMPARE(renewed.at(4).hostPath, QStringLiteral("/new/crt"));
    QCOMPARE(renewed.at(5).hostPath, QStringLiteral("/new/key"));
    const MountComparisonResult changed = MountComparison::compare(secure, renewed);
    QVERIFY(!changed.ok);
    QCOMPARE(changed.problems().size(), 2);
    // https on for a container that had none: added from the given files.
    const BindMounts added = MountComparison::plannedFromOld(plain, true, QStringLiteral("/c/crt"),
                                                             QStringLiteral("/c/key"));
    QCOMPARE(added.size(), 6);
    QCOMPARE(added.at(4).containerPath, QStringLiteral("/etc/pki/nginx/oms_server.crt"));
    // https on, none given and none before: nothing invented.
    QCOMPARE(MountComparison::plannedFromOld(plain, true), plain);
}

void TestMountComparison::verdictNames()
{
    QCOMPARE(mountVerdictName(MountVerdict::Identical), QStringLiteral("identical"));
    QCOMPARE(mountVerdictName(MountVerdict::HostPathChanged), QStringLiteral("host path changed"));
    QCOMPARE(mountVerdictName(MountVerdict::MissingRequired),
             QStringLiteral("required mount missing"));
}

QTEST_GUILESS_MAIN(TestMountComparison)
#include "tst_mountcomparison.moc"
