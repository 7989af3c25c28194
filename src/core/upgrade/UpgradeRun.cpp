#include "upgrade/UpgradeRun.h"

#include "log/Logging.h"
#include "plan/Plan.h"
#include "upgrade/HostDiscovery.h"
#include "upgrade/HostSession.h"
#include "upgrade/JournalKeys.h"
#include "upgrade/ProcedureCatalogue.h"
#include "upgrade/StepFactory.h"

#include <QJsonObject>
#include <QSysInfo>

namespace omsua::upgrade {

namespace {

RunOutcome refusedBeforeStart(const Error& error)
{
    RunOutcome outcome;
    outcome.kind = RunOutcome::Kind::Refused;
    outcome.error = error;
    outcome.message = error.message;
    return outcome;
}

QString operatorName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name;
}

void recordFacts(Journal& journal, const HostSession& host, const Discovery& found,
                 const Route& route, const QString& fingerprint)
{
    const plan::Plan& plan = host.plan();
    journal.setFact(keys::route, route.id);
    journal.setFact(keys::routeLabel, route.label());
    journal.setFact(keys::sourceVersion, found.sourceVersion.toString());
    journal.setFact(keys::targetVersion, found.targetVersion.toString());
    journal.setFact(
        keys::host,
        QStringLiteral("%1@%2:%3").arg(plan.ssh.user, plan.ssh.host).arg(plan.ssh.port));
    journal.setFact(keys::hostKey, fingerprint);
    journal.setFact(keys::workstation, QSysInfo::machineHostName());
    journal.setFact(keys::operatorName, operatorName());
    journal.setFact(keys::oldContainer, found.container.name);
    journal.setFact(keys::newContainer, newContainerName(plan, found.targetVersion));
    journal.setFact(keys::sourceImage, found.container.configImage);
    journal.setFact(keys::targetImage, plan.oms.targetImage);
    journal.setFact(keys::metaDbRoute, found.metaDbRoute);
    journal.setFact(keys::metaDbServerVersion, found.metaServerVersion);
    journal.setFact(keys::databases, QJsonObject{{QStringLiteral("rm"), found.config.rmDb},
                                                 {QStringLiteral("cm"), found.config.cmDb},
                                                 {QStringLiteral("cm_hb"), found.config.cmHbDb}});
}

} // namespace

UpgradeRun::UpgradeRun(HostSession& host, JournalStore store, Events events)
    : m_host(host)
    , m_store(std::move(store))
    , m_events(std::move(events))
{}

UpgradeRun::~UpgradeRun() = default;

Expected<RunOutcome> UpgradeRun::run(const Request& request, const std::atomic<bool>& cancel)
{
    const plan::Plan& plan = m_host.plan();
    auto catalogue = ProcedureCatalogue::loadBuiltIn();
    if (!catalogue)
        return catalogue.error();

    // A resumed run continues with the plan it started with: a changed plan could name another
    // container or backup directory than the journal's steps acted on.
    std::optional<Journal> journal;
    if (!request.resumeRunId.isEmpty()) {
        auto opened = m_store.open(request.resumeRunId);
        if (!opened)
            return opened.error();
        if (opened->kind() != QLatin1String("upgrade"))
            return makeError(QStringLiteral("Run %1 is a %2, not an upgrade")
                                 .arg(opened->runId(), opened->kind()),
                             QStringLiteral("--resume"));
        auto started = plan::Plan::fromYaml(
            opened->document().value(QStringLiteral("plan")).toString().toUtf8(),
            opened->planFile());
        if (!started || started->toYaml() != plan.toYaml())
            return makeError(QStringLiteral("The plan differs from the one run %1 started with")
                                 .arg(opened->runId()),
                             request.planFile,
                             QStringLiteral("resume with the plan file the run started with (%1)")
                                 .arg(opened->planFile()));
        if (opened->state() == QLatin1String("done"))
            return makeError(
                QStringLiteral("Run %1 is already done").arg(opened->runId()),
                QStringLiteral("--resume"),
                QStringLiteral("`oms-upgrade status --run %1` shows it").arg(opened->runId()));
        journal = std::move(*opened);
    }

    auto discovered = HostDiscovery::discover(m_host, [&](const QString& what) {
        if (m_events.discovering)
            m_events.discovering(what);
    });
    if (!discovered)
        return refusedBeforeStart(discovered.error());
    const Discovery& found = *discovered;

    std::optional<Route> route;
    if (journal) {
        route = catalogue->routeById(journal->facts().value(keys::route).toString());
        if (!route)
            return makeError(
                QStringLiteral("The journal names a route this version does not know: %1")
                    .arg(journal->facts().value(keys::route).toString()),
                journal->path());
    } else {
        if (found.sourceVersion.isNull() || found.targetVersion.isNull())
            return refusedBeforeStart(makeError(
                QStringLiteral("Cannot tell the versions: %1")
                    .arg(found.sourceVersion.isNull() ? found.sourceVersionNote
                                                      : found.targetVersionNote),
                QStringLiteral("route"),
                QStringLiteral("set oms.source_version, or a target_image with a version tag")));
        auto found_route = catalogue->findRoute(found.sourceVersion, found.targetVersion);
        if (!found_route)
            return refusedBeforeStart(found_route.error());
        route = *found_route;
    }
    // A wrong --until is bad input: refused before a journal exists.
    const QStringList stepIds = StepFactory::idsFor(*catalogue, *route);
    if (!request.untilStepId.isEmpty() && !stepIds.contains(request.untilStepId))
        return makeError(QStringLiteral("The route %1 has no step \"%2\"")
                             .arg(route->label(), request.untilStepId),
                         QStringLiteral("--until"),
                         QStringLiteral("steps: %1").arg(stepIds.join(QStringLiteral(", "))));
    if (!journal) {
        auto created = m_store.create(QStringLiteral("upgrade"), plan.oms.container,
                                      request.planFile, request.planYaml);
        if (!created)
            return created.error();
        journal = std::move(*created);
    }
    m_runId = journal->runId();
    m_journalPath = journal->path();
    recordFacts(*journal, m_host, found, *route, request.hostKeyFingerprint);
    if (auto saved = journal->save(); !saved)
        return saved.error();
    if (m_events.runOpened)
        m_events.runOpened(m_runId);
    log::info(
        QStringLiteral("run %1: route %2, journal %3").arg(m_runId, route->label(), m_journalPath));

    return RunDriver::execute(m_host, *journal, *route, found,
                              StepFactory::forRoute(*catalogue, *route), request.untilStepId,
                              cancel, m_events);
}

} // namespace omsua::upgrade
