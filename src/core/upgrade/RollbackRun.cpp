#include "upgrade/RollbackRun.h"

#include "backup/BackupSet.h"
#include "docker/ContainerInspect.h"
#include "docker/DockerCli.h"
#include "log/Logging.h"
#include "plan/Plan.h"
#include "remote/SftpClient.h"
#include "upgrade/HostDiscovery.h"
#include "upgrade/HostSession.h"
#include "upgrade/JournalKeys.h"
#include "upgrade/ProcedureCatalogue.h"
#include "upgrade/StepFactory.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace omsua::upgrade {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("omsua::upgrade::RollbackRun", text);
}

RunOutcome refused(const Error& error)
{
    RunOutcome outcome;
    outcome.kind = RunOutcome::Kind::Refused;
    outcome.error = error;
    outcome.message = error.message;
    return outcome;
}

const QList<StepKind> kSteps{StepKind::VerifyBackup, StepKind::DisableHa, StepKind::StopNew,
                             StepKind::Restore,      StepKind::StartOld,  StepKind::Health,
                             StepKind::EnableHa};

// What the rollback needs from the upgrade's journal, copied once into its own.
const QStringList kCopiedFacts{
    keys::route,       keys::routeLabel,        keys::sourceVersion, keys::targetVersion,
    keys::host,        keys::oldContainer,      keys::newContainer,  keys::sourceImage,
    keys::targetImage, keys::databases,         keys::backupSet,     keys::haEnabledBefore,
    keys::haBefore,    keys::checksumsAtBackup, keys::mounts};

} // namespace

RollbackRun::RollbackRun(HostSession& host, JournalStore store, RunEvents events)
    : m_host(host)
    , m_store(std::move(store))
    , m_events(std::move(events))
{}

QStringList RollbackRun::stepIds()
{
    QStringList ids;
    for (StepKind kind : kSteps)
        ids << stepId(kind);
    return ids;
}

Expected<Journal> RollbackRun::loadUpgradeJournal(const QString& runId)
{
    if (auto local = m_store.open(runId))
        return local;
    // Another workstation ran the upgrade: its journal is beside the backup set.
    auto set = backup::BackupSet::at(m_host.plan().backup.directory, runId);
    if (!set)
        return set.error();
    auto text = m_host.sftp().readAll(set->filePath(keys::hostJournalFile));
    if (!text)
        return makeError(
            tr("No journal of run %1 here nor beside its backup set on the host").arg(runId),
            set->filePath(keys::hostJournalFile),
            tr("`oms-upgrade status` lists the runs of this computer; `oms-upgrade "
               "backups list` the sets on the host"));
    return Journal::fromJson(*text, set->filePath(keys::hostJournalFile));
}

Expected<RunOutcome> RollbackRun::run(const Request& request, const std::atomic<bool>& cancel)
{
    const plan::Plan& plan = m_host.plan();
    auto catalogue = ProcedureCatalogue::loadBuiltIn();
    if (!catalogue)
        return catalogue.error();
    if (!request.untilStepId.isEmpty() && !stepIds().contains(request.untilStepId))
        return makeError(tr("A rollback has no step \"%1\"").arg(request.untilStepId),
                         QStringLiteral("--until"),
                         tr("steps: %1").arg(stepIds().join(QStringLiteral(", "))));

    auto upgrade = loadUpgradeJournal(request.upgradeRunId);
    if (!upgrade)
        return upgrade.error();
    if (upgrade->kind() != QLatin1String("upgrade"))
        return makeError(
            tr("Run %1 is a %2, not an upgrade").arg(upgrade->runId(), upgrade->kind()),
            QStringLiteral("--run"));
    const QJsonObject upgradeFacts = upgrade->facts();
    if (upgradeFacts.value(keys::oldContainer).toString() != plan.oms.container)
        return makeError(tr("Run %1 upgraded %2, but the plan names %3")
                             .arg(upgrade->runId(),
                                  upgradeFacts.value(keys::oldContainer).toString(),
                                  plan.oms.container),
                         request.planFile, tr("use the plan the upgrade ran with"));
    // Without a verified set there is nothing to go back to: refused before anything changes.
    const StepRecord backupStep = upgrade->step(stepId(StepKind::Backup));
    if (backupStep.state != StepState::Done ||
        !upgradeFacts.value(keys::backupSet).toObject().value(QStringLiteral("verified")).toBool())
        return refused(makeError(
            tr("Run %1 has no verified backup set (its backup step is %2)")
                .arg(upgrade->runId(), toString(backupStep.state)),
            QStringLiteral("--run"),
            tr("without a backup there is no rollback; if the old container was only stopped, "
               "start it by hand and enable HA")));
    auto route = catalogue->routeById(upgradeFacts.value(keys::route).toString());
    if (!route)
        return makeError(tr("Run %1 names a route this version does not know: %2")
                             .arg(upgrade->runId(), upgradeFacts.value(keys::route).toString()),
                         QStringLiteral("--run"));

    // An unfinished rollback of the same upgrade is continued, not started twice.
    std::optional<Journal> journal;
    for (const QString& id : m_store.runIds()) {
        auto candidate = m_store.open(id);
        if (candidate && candidate->kind() == QLatin1String("rollback") &&
            candidate->facts().value(keys::upgradeRun).toString() == upgrade->runId() &&
            candidate->state() != QLatin1String("done")) {
            journal = std::move(*candidate);
            break;
        }
    }

    // The old container may be gone; then the manifest's inspect stands in for it.
    std::optional<docker::ContainerInfo> recorded;
    auto exists = m_host.docker().containerExists(plan.oms.container);
    if (!exists)
        return refused(exists.error());
    if (!*exists) {
        const QJsonObject setFact = upgradeFacts.value(keys::backupSet).toObject();
        auto set = backup::BackupSet::at(setFact.value(QStringLiteral("directory")).toString(),
                                         setFact.value(QStringLiteral("run_id")).toString());
        if (!set)
            return set.error();
        auto manifest = set->readManifest(m_host.runner());
        if (!manifest || !*manifest)
            return refused(manifest ? makeError(tr("The backup set has no manifest"), set->path())
                                    : manifest.error());
        auto info = docker::ContainerInspect::parse((**manifest).inspect);
        if (!info)
            return refused(info.error());
        recorded = *info;
    }
    auto discovered = HostDiscovery::discover(
        m_host,
        [&](const QString& what) {
            if (m_events.discovering)
                m_events.discovering(what);
        },
        recorded ? &*recorded : nullptr);
    if (!discovered)
        return refused(discovered.error());

    if (!journal) {
        auto created = m_store.create(QStringLiteral("rollback"), plan.oms.container,
                                      request.planFile, request.planYaml);
        if (!created)
            return created.error();
        journal = std::move(*created);
        for (const QString& key : kCopiedFacts) {
            if (upgradeFacts.contains(key))
                journal->setFact(key, upgradeFacts.value(key));
        }
        journal->setFact(keys::upgradeRun, upgrade->runId());
        journal->setTime(keys::t1, upgrade->time(keys::t1));
        journal->setFact(keys::manualFollowUps,
                         QJsonArray{tr("After a rollback some components may need manual recovery "
                                       "(JDBCWriter, Connector, Full-Import), as the OMS "
                                       "documentation warns: check every migration project in "
                                       "the console."),
                                    tr("The new container is stopped, not removed: remove it once "
                                       "it is no longer needed for diagnosis.")});
    }
    journal->setFact(keys::hostKey, request.hostKeyFingerprint);
    journal->setFact(keys::metaDbRoute, discovered->metaDbRoute);
    m_runId = journal->runId();
    m_journalPath = journal->path();
    if (auto saved = journal->save(); !saved)
        return saved.error();
    if (m_events.runOpened)
        m_events.runOpened(m_runId);
    log::info(QStringLiteral("rollback %1 of upgrade %2, journal %3")
                  .arg(m_runId, upgrade->runId(), m_journalPath));

    // Parameters as the route's own steps have them (health: timeouts, enable_ha: flags).
    const QList<RouteStep> routeSteps = catalogue->stepsFor(*route);
    std::vector<std::unique_ptr<Step>> steps;
    for (StepKind kind : kSteps) {
        RouteStep definition;
        definition.kind = kind;
        for (const RouteStep& step : routeSteps) {
            if (step.kind == kind)
                definition = step;
        }
        if (kind == StepKind::Health)
            definition.params.insert(QStringLiteral("container"), QStringLiteral("old"));
        steps.push_back(StepFactory::create(definition));
    }
    return RunDriver::execute(m_host, *journal, *route, *discovered, std::move(steps),
                              request.untilStepId, cancel, m_events);
}

} // namespace omsua::upgrade
