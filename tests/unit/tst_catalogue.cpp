// ProcedureCatalogue: the supported upgrade routes as data, their validation, the route planner
// and the image-tag version reader.
#include "upgrade/ProcedureCatalogue.h"
#include "upgrade/RouteVersion.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

using namespace omsua::upgrade;

namespace {

QVersionNumber v(const char* text)
{
    return QVersionNumber::fromString(QLatin1String(text));
}

QStringList ids(const char* spaceSeparated)
{
    return QString::fromLatin1(spaceSeparated).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

const char* const kSeedSteps = "preflight disable_ha pretrim_heartbeat stop_old trim_heartbeat "
                               "backup start_new docker_init health enable_ha";
const char* const kV4Steps = "preflight load_image disable_ha pretrim_heartbeat stop_old "
                             "trim_heartbeat backup start_new docker_init health "
                             "check_servers_online enable_ha";

} // namespace

class TestCatalogue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void builtInLoads();
    void stepList_data();
    void stepList();
    void everyRouteIsInTheTable();
    void stepsForMergesDefaultsAndFlags();
    void refusals_data();
    void refusals();
    void ranges_data();
    void ranges();
    void planChain();
    void latestTargetFrom_data();
    void latestTargetFrom();
    void reachableFrom();
    void malformed_data();
    void malformed();
    void missingFile();
    void imageVersion_data();
    void imageVersion();
    void imageVersionErrors_data();
    void imageVersionErrors();
    void parseVersion_data();
    void parseVersion();
    void versionRange();

private:
    QJsonObject m_builtIn;
    QTemporaryDir m_dir;
    int m_stepListRows = 0;
};

void TestCatalogue::initTestCase()
{
    QFile file(ProcedureCatalogue::builtInPath());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    m_builtIn = QJsonDocument::fromJson(file.readAll()).object();
    QVERIFY(!m_builtIn.isEmpty());
    QVERIFY(m_dir.isValid());
}

void TestCatalogue::builtInLoads()
{
    const auto catalogue = ProcedureCatalogue::loadBuiltIn();
    QVERIFY2(catalogue.ok(), qPrintable(catalogue.ok() ? QString() : catalogue.error().toString()));
    QCOMPARE(catalogue->routes().size(), 8);
    QCOMPARE(catalogue->freshDeploymentOnly().size(), 1);
    QVERIFY(catalogue->isFreshDeploymentOnly(v("4.1.1")));
    QVERIFY(!catalogue->isFreshDeploymentOnly(v("4.1.0")));
    QVERIFY(!catalogue->routeById(QStringLiteral("3.3.0-4.0.0")).has_value());
    for (const Route& route : catalogue->routes()) {
        QVERIFY2(!route.source.isEmpty(), qPrintable(route.id));
        QVERIFY2(!route.image.asDocumented.isEmpty(), qPrintable(route.id));
        QCOMPARE(*versionFromImageReference(route.image.reference), route.to);
    }
    // The source file and the resource are the same data.
    const auto fromFile = ProcedureCatalogue::loadFromFile(
        QStringLiteral(OMSUA_SOURCE_DIR "/resources/catalogue/routes.json"));
    QVERIFY(fromFile.ok());
    QCOMPARE(fromFile->routes().size(), catalogue->routes().size());
}

void TestCatalogue::stepList_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("routeId");
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<bool>("isUpgradeEnv");
    QTest::addColumn<bool>("haStep");
    QTest::addColumn<bool>("refetchNeeded");
    QTest::addColumn<bool>("initViaExec");
    QTest::addColumn<bool>("imageMayBeTarball");
    QTest::addColumn<bool>("browserNote");

    const auto row = [this](const char* name) -> QTestData& {
        ++m_stepListRows;
        return QTest::newRow(name);
    };
    m_stepListRows = 0;
    // 3.3.0 as target: no HA step, no IS_UPGRADE, no T1/T2.
    row("3.2.2 -> 3.3.0") << QStringLiteral("3.2.2") << QStringLiteral("3.3.0")
                          << QStringLiteral("3.2.2-3.3.0")
                          << ids("preflight pretrim_heartbeat stop_old trim_heartbeat backup "
                                 "start_new docker_init health")
                          << false << false << false << false << false << false;
    // The seed.
    row("3.3.0 -> 3.3.1") << QStringLiteral("3.3.0") << QStringLiteral("3.3.1")
                          << QStringLiteral("3.3.0-3.3.1") << ids(kSeedSteps) << true << true
                          << true << false << false << false;
    // From 4.0.0: docker load, docker exec, servers Online, browser cache.
    row("3.3.1 -> 4.0.0") << QStringLiteral("3.3.1") << QStringLiteral("4.0.0")
                          << QStringLiteral("3.3.1-4.0.0") << ids(kV4Steps) << true << true << true
                          << true << true << true;
    row("4.0.0 -> 4.1.0") << QStringLiteral("4.0.0") << QStringLiteral("4.1.0")
                          << QStringLiteral("4.0.0-4.1.0") << ids(kV4Steps) << true << true << true
                          << true << true << true;
    row("4.1.1 -> 4.2.0") << QStringLiteral("4.1.1") << QStringLiteral("4.2.0")
                          << QStringLiteral("4.1.1-4.2.0") << ids(kV4Steps) << true << true << true
                          << true << true << true;
    row("4.2.0 -> 4.2.1") << QStringLiteral("4.2.0") << QStringLiteral("4.2.1")
                          << QStringLiteral("4.2.0-4.2.1") << ids(kV4Steps) << true << true << true
                          << true << true << true;
    row("4.2.1 -> 4.2.2") << QStringLiteral("4.2.1") << QStringLiteral("4.2.2")
                          << QStringLiteral("4.2.1-4.2.2") << ids(kV4Steps) << true << true << true
                          << true << true << true;
    row("4.2.x -> 4.2.9") << QStringLiteral("4.2.4") << QStringLiteral("4.2.9")
                          << QStringLiteral("4.2.x-4.2.9") << ids(kV4Steps) << true << true << true
                          << true << true << true;
}

void TestCatalogue::stepList()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, routeId);
    QFETCH(QStringList, steps);

    const auto catalogue = ProcedureCatalogue::loadBuiltIn();
    QVERIFY(catalogue.ok());
    const auto route =
        catalogue->findRoute(QVersionNumber::fromString(from), QVersionNumber::fromString(to));
    QVERIFY2(route.ok(), qPrintable(route.ok() ? QString() : route.error().toString()));
    QCOMPARE(route->id, routeId);
    QCOMPARE(catalogue->routeById(routeId)->label(), route->label());
    QCOMPARE(route->stepIds(), steps);
    QTEST(route->flags.isUpgradeEnv, "isUpgradeEnv");
    QTEST(route->flags.haStep, "haStep");
    QTEST(route->flags.refetchNeeded, "refetchNeeded");
    QTEST(route->flags.initViaExec, "initViaExec");
    QTEST(route->flags.imageMayBeTarball, "imageMayBeTarball");
    QTEST(route->manualNotes.join(QLatin1Char(' ')).contains(QStringLiteral("browser cache")),
          "browserNote");

    // What the engine instantiates is the same list, in the same order.
    QStringList engineIds;
    for (const RouteStep& step : catalogue->stepsFor(*route))
        engineIds << step.id();
    QCOMPARE(engineIds, steps);
}

void TestCatalogue::everyRouteIsInTheTable()
{
    // A route added to the data without a row in stepList_data fails here.
    const auto catalogue = ProcedureCatalogue::loadBuiltIn();
    QVERIFY(catalogue.ok());
    QCOMPARE(m_stepListRows, int(catalogue->routes().size()));
}

void TestCatalogue::stepsForMergesDefaultsAndFlags()
{
    const auto catalogue = ProcedureCatalogue::loadBuiltIn();
    QVERIFY(catalogue.ok());

    const auto seed = catalogue->findRoute(v("3.3.0"), v("3.3.1"));
    QVERIFY(seed.ok());
    const QList<RouteStep> steps = catalogue->stepsFor(*seed);
    const auto find = [&steps](StepKind kind) {
        for (const RouteStep& step : steps) {
            if (step.kind == kind)
                return step;
        }
        return RouteStep{};
    };
    QCOMPARE(find(StepKind::StartNew).params.value(QStringLiteral("is_upgrade_env")),
             QVariant(true));
    QCOMPARE(find(StepKind::EnableHa).params.value(QStringLiteral("refetch_needed")),
             QVariant(true));
    QCOMPARE(find(StepKind::DockerInit).params.value(QStringLiteral("via_exec")), QVariant(false));
    QCOMPARE(find(StepKind::DockerInit).params.value(QStringLiteral("command")),
             QVariant(QStringLiteral("bash /root/docker_init.sh")));
    QCOMPARE(find(StepKind::DockerInit).params.value(QStringLiteral("completion_marker")),
             QVariant(QStringLiteral("[Completed]")));
    QCOMPARE(find(StepKind::Health).params.value(QStringLiteral("path")),
             QVariant(QStringLiteral("/oms/health")));
    QCOMPARE(find(StepKind::Health).params.value(QStringLiteral("port")).typeId(), QMetaType::Int);
    QCOMPARE(find(StepKind::Health).params.value(QStringLiteral("port")).toInt(), 8089);
    QCOMPARE(find(StepKind::Backup).params.value(QStringLiteral("databases")).toStringList(),
             ids("rm cm cm_hb"));
    QCOMPARE(find(StepKind::Backup).params.value(QStringLiteral("triggers")), QVariant(false));
    QVERIFY(find(StepKind::StartNew).note.contains(QStringLiteral("IS_UPGRADE")));
    // The route itself keeps only what it wrote.
    QVERIFY(seed->steps.at(0).params.isEmpty());

    const auto old = catalogue->findRoute(v("3.2.2"), v("3.3.0"));
    QVERIFY(old.ok());
    for (const RouteStep& step : catalogue->stepsFor(*old)) {
        if (step.kind == StepKind::StartNew)
            QCOMPARE(step.params.value(QStringLiteral("is_upgrade_env")), QVariant(false));
    }
}

void TestCatalogue::refusals_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("message"); // exact when it starts with '=', else a part
    QTest::addColumn<QString>("hintPart");

    QTest::newRow("3.3.0 -> 4.0.0 names the path")
        << QStringLiteral("3.3.0") << QStringLiteral("4.0.0")
        << QStringLiteral("=3.3.0 -> 4.0.0 is not a single-node upgrade route; upgrade 3.3.0 -> "
                          "3.3.1 first, then 3.3.1 -> 4.0.0")
        << QStringLiteral("one upgrade per route");
    QTest::newRow("3.2.2 -> 4.1.0 names four hops")
        << QStringLiteral("3.2.2") << QStringLiteral("4.1.0")
        << QStringLiteral("=3.2.2 -> 4.1.0 is not a single-node upgrade route; upgrade 3.2.2 -> "
                          "3.3.0 first, then 3.3.0 -> 3.3.1, then 3.3.1 -> 4.0.0, then 4.0.0 -> "
                          "4.1.0")
        << QString();
    QTest::newRow("4.1.1 -> 4.2.2 through 4.2.0 and 4.2.1")
        << QStringLiteral("4.1.1") << QStringLiteral("4.2.2")
        << QStringLiteral("upgrade 4.1.1 -> 4.2.0 first, then 4.2.0 -> 4.2.1, then 4.2.1 -> 4.2.2")
        << QString();
    QTest::newRow("4.1.0 -> 4.1.1 fresh only")
        << QStringLiteral("4.1.0") << QStringLiteral("4.1.1")
        << QStringLiteral("=4.1.0 -> 4.1.1: 4.1.1 needs a fresh deployment; no single-node "
                          "upgrade route leads into it")
        << QStringLiteral("fresh deployment only");
    QTest::newRow("3.3.1 -> 4.1.1 fresh only, latest named")
        << QStringLiteral("3.3.1") << QStringLiteral("4.1.1")
        << QStringLiteral("4.1.1 needs a fresh deployment")
        << QStringLiteral("the latest upgrade from 3.3.1 is 4.0.0");
    QTest::newRow("3.3.1 -> 3.3.0 downgrade")
        << QStringLiteral("3.3.1") << QStringLiteral("3.3.0")
        << QStringLiteral("=3.3.1 -> 3.3.0 is a downgrade; OMS documents no downgrade")
        << QStringLiteral("roll back");
    QTest::newRow("same version") << QStringLiteral("3.3.1") << QStringLiteral("3.3.1")
                                  << QStringLiteral("already at 3.3.1") << QString();
    QTest::newRow("unknown 9.9.9 as start")
        << QStringLiteral("9.9.9") << QStringLiteral("9.9.10")
        << QStringLiteral("=no single-node upgrade route starts at 9.9.9")
        << QStringLiteral("supported routes: 3.2.2 -> 3.3.0, 3.3.0 -> 3.3.1, 3.3.1 -> 4.0.0");
    QTest::newRow("unknown 9.9.9 as target")
        << QStringLiteral("3.3.0") << QStringLiteral("9.9.9")
        << QStringLiteral("=no chain of single-node upgrade routes leads from 3.3.0 to 9.9.9")
        << QStringLiteral("from 3.3.0 the routes reach 3.3.1, 4.0.0, 4.1.0");
    QTest::newRow("4.0.0 -> 4.2.0 blocked by 4.1.1")
        << QStringLiteral("4.0.0") << QStringLiteral("4.2.0")
        << QStringLiteral("no chain of single-node upgrade routes leads from 4.0.0 to 4.2.0")
        << QStringLiteral("4.1.1 needs a fresh deployment");
    QTest::newRow("4.1.0 is a dead end")
        << QStringLiteral("4.1.0") << QStringLiteral("4.2.9")
        << QStringLiteral("no single-node upgrade route starts at 4.1.0")
        << QStringLiteral("4.1.1 needs a fresh deployment");
    QTest::newRow("4.2.9 -> 4.2.9") << QStringLiteral("4.2.9") << QStringLiteral("4.2.9")
                                    << QStringLiteral("already at 4.2.9") << QString();
    QTest::newRow("4.2.9 -> 4.2.2 downgrade") << QStringLiteral("4.2.9") << QStringLiteral("4.2.2")
                                              << QStringLiteral("downgrade") << QString();
}

void TestCatalogue::refusals()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, message);
    QFETCH(QString, hintPart);

    const auto catalogue = ProcedureCatalogue::loadBuiltIn();
    QVERIFY(catalogue.ok());
    const auto route =
        catalogue->findRoute(QVersionNumber::fromString(from), QVersionNumber::fromString(to));
    QVERIFY(!route.ok());
    const omsua::Error& error = route.error();
    if (message.startsWith(QLatin1Char('=')))
        QCOMPARE(error.message, message.mid(1));
    else
        QVERIFY2(error.message.contains(message), qPrintable(error.message));
    QVERIFY2(error.hint.contains(hintPart), qPrintable(error.hint));
    QCOMPARE(error.where, from + QStringLiteral(" -> ") + to);
}

void TestCatalogue::ranges_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("routeId"); // empty: refused

    for (int patch = 0; patch <= 8; ++patch) {
        const QString from = QStringLiteral("4.2.%1").arg(patch);
        QTest::addRow("4.2.%d -> 4.2.9", patch)
            << from << QStringLiteral("4.2.9") << QStringLiteral("4.2.x-4.2.9");
    }
    // The direct routes inside the range still win for their own targets.
    QTest::newRow("4.2.0 -> 4.2.1 is its own route")
        << QStringLiteral("4.2.0") << QStringLiteral("4.2.1") << QStringLiteral("4.2.0-4.2.1");
    QTest::newRow("short version 4.2 means 4.2.0")
        << QStringLiteral("4.2") << QStringLiteral("4.2.9") << QStringLiteral("4.2.x-4.2.9");
    QTest::newRow("4.1.1 -> 4.2.9 needs 4.2.0 first")
        << QStringLiteral("4.1.1") << QStringLiteral("4.2.9") << QString();
    QTest::newRow("4.2.10 is outside")
        << QStringLiteral("4.2.10") << QStringLiteral("4.2.11") << QString();
    QTest::newRow("4.2.3 -> 4.2.8 is no route")
        << QStringLiteral("4.2.3") << QStringLiteral("4.2.8") << QString();
}

void TestCatalogue::ranges()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, routeId);

    const auto catalogue = ProcedureCatalogue::loadBuiltIn();
    QVERIFY(catalogue.ok());
    const auto route =
        catalogue->findRoute(QVersionNumber::fromString(from), QVersionNumber::fromString(to));
    if (routeId.isEmpty()) {
        QVERIFY(!route.ok());
        return;
    }
    QVERIFY2(route.ok(), qPrintable(route.ok() ? QString() : route.error().toString()));
    QCOMPARE(route->id, routeId);
}

void TestCatalogue::planChain()
{
    const auto catalogue = ProcedureCatalogue::loadBuiltIn();
    QVERIFY(catalogue.ok());

    const auto chain = catalogue->planChain(v("4.1.1"), v("4.2.9"));
    QVERIFY(chain.ok());
    QCOMPARE(chain->size(), 2); // via 4.2.0 and the range route, not 4.2.1 and 4.2.2
    QCOMPARE(chain->at(0).id, QStringLiteral("4.1.1-4.2.0"));
    QCOMPARE(chain->at(1).id, QStringLiteral("4.2.x-4.2.9"));

    const auto error = catalogue->findRoute(v("4.1.1"), v("4.2.9"));
    QVERIFY(!error.ok());
    QCOMPARE(error.error().message,
             QStringLiteral("4.1.1 -> 4.2.9 is not a single-node upgrade route; upgrade 4.1.1 -> "
                            "4.2.0 first, then 4.2.0 -> 4.2.9"));

    const auto direct = catalogue->planChain(v("3.3.0"), v("3.3.1"));
    QVERIFY(direct.ok());
    QCOMPARE(direct->size(), 1);
}

void TestCatalogue::latestTargetFrom_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("latest"); // empty: none

    QTest::newRow("3.2.2") << QStringLiteral("3.2.2") << QStringLiteral("3.3.0");
    QTest::newRow("3.3.0") << QStringLiteral("3.3.0") << QStringLiteral("3.3.1");
    QTest::newRow("3.3.1") << QStringLiteral("3.3.1") << QStringLiteral("4.0.0");
    QTest::newRow("4.1.0 dead end") << QStringLiteral("4.1.0") << QString();
    QTest::newRow("4.2.0 has two, highest") << QStringLiteral("4.2.0") << QStringLiteral("4.2.9");
    QTest::newRow("4.2.5 in range") << QStringLiteral("4.2.5") << QStringLiteral("4.2.9");
    QTest::newRow("4.2.9 latest") << QStringLiteral("4.2.9") << QString();
    QTest::newRow("unknown") << QStringLiteral("9.9.9") << QString();
}

void TestCatalogue::latestTargetFrom()
{
    QFETCH(QString, from);
    QFETCH(QString, latest);
    const auto catalogue = ProcedureCatalogue::loadBuiltIn();
    QVERIFY(catalogue.ok());
    const auto target = catalogue->latestTargetFrom(QVersionNumber::fromString(from));
    QCOMPARE(target.has_value(), !latest.isEmpty());
    if (target)
        QCOMPARE(target->toString(), latest);
}

void TestCatalogue::reachableFrom()
{
    const auto catalogue = ProcedureCatalogue::loadBuiltIn();
    QVERIFY(catalogue.ok());
    QCOMPARE(catalogue->reachableFrom(v("3.2.2")),
             (QList<QVersionNumber>{v("3.3.0"), v("3.3.1"), v("4.0.0"), v("4.1.0")}));
    QCOMPARE(catalogue->reachableFrom(v("4.1.1")),
             (QList<QVersionNumber>{v("4.2.0"), v("4.2.1"), v("4.2.2"), v("4.2.9")}));
    QVERIFY(catalogue->reachableFrom(v("4.2.9")).isEmpty());
}

using Mutation = std::function<void(QJsonObject&)>;
Q_DECLARE_METATYPE(Mutation)

namespace {

QJsonObject route(const QJsonObject& top, int index)
{
    return top.value(QStringLiteral("routes")).toArray().at(index).toObject();
}

void setRoute(QJsonObject& top, int index, const QJsonObject& value)
{
    QJsonArray routes = top.value(QStringLiteral("routes")).toArray();
    routes.replace(index, value);
    top.insert(QStringLiteral("routes"), routes);
}

void appendRoute(QJsonObject& top, const QJsonObject& value)
{
    QJsonArray routes = top.value(QStringLiteral("routes")).toArray();
    routes.append(value);
    top.insert(QStringLiteral("routes"), routes);
}

// Changes routes[index] with `edit`.
Mutation onRoute(int index, std::function<void(QJsonObject&)> edit)
{
    return [index, edit](QJsonObject& top) {
        QJsonObject r = route(top, index);
        edit(r);
        setRoute(top, index, r);
    };
}

void setSteps(QJsonObject& r, const QStringList& steps)
{
    r.insert(QStringLiteral("steps"), QJsonArray::fromStringList(steps));
}

} // namespace

void TestCatalogue::malformed_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QStringList>("messageParts");

    // routes[1] is the seed route "3.3.0-3.3.1".
    const QString seed = QStringLiteral("routes[1] \"3.3.0-3.3.1\"");

    QTest::newRow("unknown step id") << onRoute(1, [](QJsonObject& r) {
        QStringList steps = ids(kSeedSteps);
        steps[1] = QStringLiteral("disable_hA");
        setSteps(r, steps);
    }) << QStringList{seed + QStringLiteral(" steps[1]: unknown step id \"disable_hA\"")};
    QTest::newRow("step id not a string") << onRoute(1, [](QJsonObject& r) {
        QJsonArray steps = r.value(QStringLiteral("steps")).toArray();
        steps.replace(3, 42);
        r.insert(QStringLiteral("steps"), steps);
    }) << QStringList{seed + QStringLiteral(" steps[3]: unknown step id")};
    QTest::newRow("duplicate route")
        << Mutation([](QJsonObject& top) {
               QJsonObject copy = route(top, 1);
               copy.insert(QStringLiteral("id"), QStringLiteral("seed-again"));
               appendRoute(top, copy);
           })
        << QStringList{QStringLiteral("routes[8] \"seed-again\": duplicate route 3.3.0 -> 3.3.1"),
                       QStringLiteral("\"3.3.0-3.3.1\"")};
    QTest::newRow("duplicate id") << Mutation([](QJsonObject& top) {
        QJsonObject copy = route(top, 2);
        copy.insert(QStringLiteral("id"), QStringLiteral("3.3.0-3.3.1"));
        copy.insert(QStringLiteral("from"), QStringLiteral("3.3.2"));
        appendRoute(top, copy);
    }) << QStringList{QStringLiteral("routes[8] \"3.3.0-3.3.1\": duplicate route id")};
    QTest::newRow("overlapping range")
        << Mutation([](QJsonObject& top) {
               QJsonObject copy = route(top, 7);
               copy.insert(QStringLiteral("id"), QStringLiteral("4.2.5-4.2.9"));
               copy.insert(QStringLiteral("from"), QStringLiteral("4.2.5"));
               appendRoute(top, copy);
           })
        << QStringList{QStringLiteral("routes[8] \"4.2.5-4.2.9\": duplicate route"),
                       QStringLiteral("\"4.2.x-4.2.9\"")};
    QTest::newRow("malformed from") << onRoute(1, [](QJsonObject& r) {
        r.insert(QStringLiteral("from"), QStringLiteral("3.x.0"));
    }) << QStringList{seed + QStringLiteral(": \"from\""), QStringLiteral("'3.x.0'")};
    QTest::newRow("malformed to (two numbers)")
        << onRoute(1, [](QJsonObject& r) { r.insert(QStringLiteral("to"), QStringLiteral("3.3")); })
        << QStringList{seed + QStringLiteral(": \"to\""), QStringLiteral("'3.3'")};
    QTest::newRow("to missing") << onRoute(1, [](QJsonObject& r) {
        r.remove(QStringLiteral("to"));
    }) << QStringList{seed + QStringLiteral(": \"to\"")};
    QTest::newRow("range backwards")
        << onRoute(7,
                   [](QJsonObject& r) {
                       r.insert(QStringLiteral("from"), QStringLiteral("4.2.8..4.2.0"));
                   })
        << QStringList{QStringLiteral("routes[7] \"4.2.x-4.2.9\": \"from\""),
                       QStringLiteral("ends before it starts")};
    QTest::newRow("route goes down") << onRoute(1, [](QJsonObject& r) {
        r.insert(QStringLiteral("from"), QStringLiteral("3.3.2"));
    }) << QStringList{seed + QStringLiteral(": goes from 3.3.2 to 3.3.1")};
    QTest::newRow("id missing") << onRoute(1, [](QJsonObject& r) {
        r.remove(QStringLiteral("id"));
    }) << QStringList{QStringLiteral("routes[1]: \"id\" is missing")};
    QTest::newRow("image of another version")
        << onRoute(1,
                   [](QJsonObject& r) {
                       QJsonObject image = r.value(QStringLiteral("image")).toObject();
                       image.insert(QStringLiteral("reference"),
                                    QStringLiteral("oceanbase/oms:feature_3.3.0_ce"));
                       r.insert(QStringLiteral("image"), image);
                   })
        << QStringList{seed + QStringLiteral(": the image oceanbase/oms:feature_3.3.0_ce is "
                                             "version 3.3.0, not the target 3.3.1")};
    QTest::newRow("flag missing") << onRoute(1, [](QJsonObject& r) {
        QJsonObject flags = r.value(QStringLiteral("flags")).toObject();
        flags.remove(QStringLiteral("is_upgrade_env"));
        r.insert(QStringLiteral("flags"), flags);
    }) << QStringList{seed + QStringLiteral(": flag \"is_upgrade_env\" must be true or false")};
    QTest::newRow("unknown flag") << onRoute(1, [](QJsonObject& r) {
        QJsonObject flags = r.value(QStringLiteral("flags")).toObject();
        flags.insert(QStringLiteral("is_upgarde_env"), true);
        r.insert(QStringLiteral("flags"), flags);
    }) << QStringList{seed + QStringLiteral(".flags: unknown key \"is_upgarde_env\"")};
    QTest::newRow("ha_step without HA steps")
        << onRoute(1,
                   [](QJsonObject& r) {
                       setSteps(r, ids("preflight stop_old backup start_new docker_init health"));
                   })
        << QStringList{seed + QStringLiteral(": flag ha_step is true but the steps do not "
                                             "include disable_ha and enable_ha")};
    QTest::newRow("disable_ha without enable_ha") << onRoute(1, [](QJsonObject& r) {
        setSteps(r, ids("preflight disable_ha stop_old backup start_new "
                        "docker_init health"));
    }) << QStringList{seed + QStringLiteral(": disable_ha and enable_ha come only together")};
    QTest::newRow("backup before stop") << onRoute(1, [](QJsonObject& r) {
        setSteps(r, ids("preflight disable_ha backup stop_old start_new "
                        "docker_init health enable_ha"));
    }) << QStringList{seed + QStringLiteral(": step stop_old must come before backup")};
    QTest::newRow("HA enabled before health") << onRoute(1, [](QJsonObject& r) {
        setSteps(r, ids("preflight disable_ha stop_old backup start_new "
                        "docker_init enable_ha health"));
    }) << QStringList{seed + QStringLiteral(": step health must come before enable_ha")};
    QTest::newRow("preflight not first") << onRoute(1, [](QJsonObject& r) {
        setSteps(r, ids("disable_ha preflight stop_old backup start_new "
                        "docker_init health enable_ha"));
    }) << QStringList{seed + QStringLiteral(": the first step must be preflight")};
    QTest::newRow("backup missing") << onRoute(1, [](QJsonObject& r) {
        setSteps(r, ids("preflight disable_ha stop_old start_new docker_init "
                        "health enable_ha"));
    }) << QStringList{seed + QStringLiteral(": the required step backup is missing")};
    QTest::newRow("step twice") << onRoute(1, [](QJsonObject& r) {
        setSteps(r, ids("preflight disable_ha stop_old backup backup start_new "
                        "docker_init health enable_ha"));
    }) << QStringList{seed + QStringLiteral(": step backup appears twice")};
    QTest::newRow("load_image without the flag") << onRoute(1, [](QJsonObject& r) {
        setSteps(r, ids("preflight load_image disable_ha stop_old backup "
                        "start_new docker_init health enable_ha"));
    }) << QStringList{seed + QStringLiteral(": flag image_may_be_tarball and step load_image")};
    QTest::newRow("refetch without HA") << onRoute(0, [](QJsonObject& r) {
        QJsonObject flags = r.value(QStringLiteral("flags")).toObject();
        flags.insert(QStringLiteral("refetch_needed"), true);
        r.insert(QStringLiteral("flags"), flags);
    }) << QStringList{QStringLiteral("routes[0] \"3.2.2-3.3.0\": refetch_needed without ha_step")};
    QTest::newRow("unknown parameter")
        << onRoute(1,
                   [](QJsonObject& r) {
                       QJsonArray steps = r.value(QStringLiteral("steps")).toArray();
                       steps.replace(8,
                                     QJsonObject{{QStringLiteral("id"), QStringLiteral("health")},
                                                 {QStringLiteral("params"),
                                                  QJsonObject{{QStringLiteral("prot"), 8089}}}});
                       r.insert(QStringLiteral("steps"), steps);
                   })
        << QStringList{seed +
                       QStringLiteral(" steps[8]: unknown parameter \"prot\" for step health")};
    QTest::newRow("parameter of the wrong type")
        << onRoute(1,
                   [](QJsonObject& r) {
                       QJsonArray steps = r.value(QStringLiteral("steps")).toArray();
                       steps.replace(8,
                                     QJsonObject{{QStringLiteral("id"), QStringLiteral("health")},
                                                 {QStringLiteral("params"),
                                                  QJsonObject{{QStringLiteral("port"), 80.5}}}});
                       r.insert(QStringLiteral("steps"), steps);
                   })
        << QStringList{seed + QStringLiteral(" steps[8]: parameter \"port\" of step health must "
                                             "be an integer")};
    QTest::newRow("route into a fresh-only version") << onRoute(3, [](QJsonObject& r) {
        r.insert(QStringLiteral("to"), QStringLiteral("4.1.1"));
    }) << QStringList{QStringLiteral("routes[3] \"4.0.0-4.1.0\": leads into 4.1.1")};
    QTest::newRow("source missing")
        << onRoute(1, [](QJsonObject& r) { r.remove(QStringLiteral("source")); })
        << QStringList{seed + QStringLiteral(": \"source\"")};
    QTest::newRow("unknown step in step_defaults") << Mutation([](QJsonObject& top) {
        QJsonObject defaults = top.value(QStringLiteral("step_defaults")).toObject();
        defaults.insert(QStringLiteral("healthcheck"), QJsonObject());
        top.insert(QStringLiteral("step_defaults"), defaults);
    }) << QStringList{QStringLiteral("step_defaults.healthcheck: unknown step id \"healthcheck\"")};
    QTest::newRow("unknown top-level key")
        << Mutation([](QJsonObject& top) { top.insert(QStringLiteral("route"), QJsonArray()); })
        << QStringList{QStringLiteral("the top level: unknown key \"route\"")};
    QTest::newRow("newer format") << Mutation([](QJsonObject& top) {
        top.insert(QStringLiteral("format_version"), 2);
    }) << QStringList{QStringLiteral("\"format_version\" is not 1")};
    QTest::newRow("no routes") << Mutation([](QJsonObject& top) {
        top.insert(QStringLiteral("routes"), QJsonArray());
    }) << QStringList{QStringLiteral("\"routes\" is missing or empty")};
    QTest::newRow("fresh-only version malformed") << Mutation([](QJsonObject& top) {
        top.insert(QStringLiteral("fresh_deployment_only"),
                   QJsonArray{QJsonObject{{QStringLiteral("version"), QStringLiteral("4.1")}}});
    }) << QStringList{QStringLiteral("fresh_deployment_only[0]: '4.1' is not an OMS version")};
}

void TestCatalogue::malformed()
{
    QFETCH(Mutation, mutate);
    QFETCH(QStringList, messageParts);

    // The unchanged data loads: each row's error comes from its own change.
    QJsonObject top = m_builtIn;
    mutate(top);
    const QString path = m_dir.filePath(QStringLiteral("%1.json")
                                            .arg(QString::fromUtf8(QTest::currentDataTag()))
                                            .replace(QLatin1Char(' '), QLatin1Char('_')));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(top).toJson());
    file.close();

    const auto catalogue = ProcedureCatalogue::loadFromFile(path);
    QVERIFY2(!catalogue.ok(), "a malformed catalogue was accepted");
    for (const QString& part : messageParts)
        QVERIFY2(catalogue.error().message.contains(part), qPrintable(catalogue.error().message));
    QCOMPARE(catalogue.error().where, path);
}

void TestCatalogue::missingFile()
{
    const auto missing = ProcedureCatalogue::loadFromFile(m_dir.filePath(QStringLiteral("nope")));
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().message.contains(QStringLiteral("cannot read")));

    const auto broken = ProcedureCatalogue::loadFromJson(QByteArrayLiteral("{\n  \"format\": ,\n}"),
                                                         QStringLiteral("broken.json"));
    QVERIFY(!broken.ok());
    QVERIFY2(broken.error().message.contains(QStringLiteral("not valid JSON at line 2")),
             qPrintable(broken.error().message));
    QCOMPARE(broken.error().where, QStringLiteral("broken.json"));

    QVERIFY(!ProcedureCatalogue::loadFromJson(QByteArrayLiteral("[]"), QStringLiteral("x")).ok());
}

void TestCatalogue::imageVersion_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QString>("version");

    QTest::newRow("lab 3.3.0") << QStringLiteral("oms:feature_3.3.0_ce") << QStringLiteral("3.3.0");
    QTest::newRow("lab 3.3.1") << QStringLiteral("oms:feature_3.3.1_ce") << QStringLiteral("3.3.1");
    QTest::newRow("oceanbase -ce")
        << QStringLiteral("oceanbase/oms:feature_4.2.2-ce") << QStringLiteral("4.2.2");
    QTest::newRow("all-in-one") << QStringLiteral("oboms/oms-all-in-one:feature_4.0.0-ce")
                                << QStringLiteral("4.0.0");
    QTest::newRow("registry with port")
        << QStringLiteral("reg.example.com:5000/oceanbase/oms:feature_3.3.1")
        << QStringLiteral("3.3.1");
    QTest::newRow("documented registry")
        << QStringLiteral("reg.docker.alibaba-inc.com/oceanbase/oms:feature_3.3.1_ce")
        << QStringLiteral("3.3.1");
    QTest::newRow("plain version tag")
        << QStringLiteral("oceanbase/oms:4.2.5") << QStringLiteral("4.2.5");
    QTest::newRow("v prefix") << QStringLiteral("oms:v4.2.5-ce") << QStringLiteral("4.2.5");
    QTest::newRow("build suffix") << QStringLiteral("oceanbase/oms:feature_4.2.9-ce-20250101")
                                  << QStringLiteral("4.2.9");
    QTest::newRow("tag and digest")
        << QStringLiteral("oceanbase/oms:feature_4.2.2-ce@sha256:0123456789abcdef")
        << QStringLiteral("4.2.2");
    QTest::newRow("spaces around")
        << QStringLiteral(" oms:feature_3.3.0_ce ") << QStringLiteral("3.3.0");
}

void TestCatalogue::imageVersion()
{
    QFETCH(QString, reference);
    QFETCH(QString, version);
    const auto parsed = versionFromImageReference(reference);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
    QCOMPARE(parsed->toString(), version);
}

void TestCatalogue::imageVersionErrors_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QString>("why");

    QTest::newRow("empty") << QString() << QStringLiteral("empty");
    QTest::newRow("no tag") << QStringLiteral("oceanbase/oms") << QStringLiteral("no tag");
    QTest::newRow("port is not a tag")
        << QStringLiteral("reg.example.com:5000/oceanbase/oms") << QStringLiteral("no tag");
    QTest::newRow("latest") << QStringLiteral("oceanbase/oms:latest")
                            << QStringLiteral("names no version");
    QTest::newRow("two numbers") << QStringLiteral("oms:feature_4.2")
                                 << QStringLiteral("no version");
    QTest::newRow("four numbers") << QStringLiteral("oms:4.2.5.1") << QStringLiteral("no version");
    QTest::newRow("two versions") << QStringLiteral("oms:3.3.0-to-3.3.1")
                                  << QStringLiteral("more than one");
    QTest::newRow("digest only") << QStringLiteral("oceanbase/oms@sha256:0123456789abcdef")
                                 << QStringLiteral("digest");
    QTest::newRow("empty tag") << QStringLiteral("oceanbase/oms:") << QStringLiteral("empty");
    QTest::newRow("space inside") << QStringLiteral("oms:feature 3.3.0") << QStringLiteral("space");
}

void TestCatalogue::imageVersionErrors()
{
    QFETCH(QString, reference);
    QFETCH(QString, why);
    const auto parsed = versionFromImageReference(reference);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().message.contains(why), qPrintable(parsed.error().message));
    QVERIFY(parsed.error().message.contains(QLatin1Char('\'') + reference + QLatin1Char('\'')));
    QCOMPARE(parsed.error().where, reference);
    QVERIFY(!parsed.error().hint.isEmpty());
}

void TestCatalogue::parseVersion_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("version"); // empty: refused

    QTest::newRow("plain") << QStringLiteral("3.3.1") << QStringLiteral("3.3.1");
    QTest::newRow("V and -CE") << QStringLiteral("V3.3.1-CE") << QStringLiteral("3.3.1");
    QTest::newRow("_ce") << QStringLiteral("4.2.2_ce") << QStringLiteral("4.2.2");
    QTest::newRow("spaces") << QStringLiteral(" 4.0.0 ") << QStringLiteral("4.0.0");
    QTest::newRow("two parts") << QStringLiteral("3.3") << QString();
    QTest::newRow("four parts") << QStringLiteral("4.2.5.1") << QString();
    QTest::newRow("letter") << QStringLiteral("3.x.1") << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("huge segment") << QStringLiteral("3.3.99999999999") << QString();
}

void TestCatalogue::parseVersion()
{
    QFETCH(QString, text);
    QFETCH(QString, version);
    const auto parsed = omsua::upgrade::parseVersion(text);
    QCOMPARE(parsed.ok(), !version.isEmpty());
    if (parsed.ok())
        QCOMPARE(parsed->toString(), version);
    else
        QVERIFY(parsed.error().message.contains(QLatin1Char('\'') + text + QLatin1Char('\'')));
}

void TestCatalogue::versionRange()
{
    const auto range = VersionRange::parse(QStringLiteral("4.2.0..4.2.8"));
    QVERIFY(range.ok());
    QVERIFY(!range->isExact());
    QCOMPARE(range->toString(), QStringLiteral("4.2.0..4.2.8"));
    QVERIFY(range->contains(v("4.2.0")));
    QVERIFY(range->contains(v("4.2.8")));
    QVERIFY(range->contains(v("4.2"))); // 4.2 means 4.2.0
    QVERIFY(!range->contains(v("4.2.9")));
    QVERIFY(!range->contains(v("4.1.9")));
    QVERIFY(range->overlaps(VersionRange::exactly(v("4.2.8"))));
    QVERIFY(!range->overlaps(VersionRange::exactly(v("4.2.9"))));

    const auto exact = VersionRange::parse(QStringLiteral("3.3.0"));
    QVERIFY(exact.ok());
    QVERIFY(exact->isExact());
    QCOMPARE(exact->toString(), QStringLiteral("3.3.0"));

    QVERIFY(!VersionRange::parse(QStringLiteral("4.2.0..4.2.1..4.2.2")).ok());
    QVERIFY(!VersionRange::parse(QStringLiteral("4.2.0...4.2.8")).ok());
}

QTEST_GUILESS_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
