#include "upgrade/StepFactory.h"

#include "upgrade/ProcedureCatalogue.h"
#include "upgrade/steps/BackupStep.h"
#include "upgrade/steps/CheckServersOnlineStep.h"
#include "upgrade/steps/DisableHaStep.h"
#include "upgrade/steps/DockerInitStep.h"
#include "upgrade/steps/EnableHaStep.h"
#include "upgrade/steps/HealthStep.h"
#include "upgrade/steps/HeartbeatTrimStep.h"
#include "upgrade/steps/LoadImageStep.h"
#include "upgrade/steps/PreflightStep.h"
#include "upgrade/steps/RestoreStep.h"
#include "upgrade/steps/StartNewStep.h"
#include "upgrade/steps/StartOldStep.h"
#include "upgrade/steps/StopNewStep.h"
#include "upgrade/steps/StopOldStep.h"
#include "upgrade/steps/VerifyBackupStep.h"

namespace omsua::upgrade {

std::unique_ptr<Step> StepFactory::create(const RouteStep& definition)
{
    using namespace steps;
    switch (definition.kind) {
    case StepKind::Preflight:
        return std::make_unique<PreflightStep>(definition);
    case StepKind::LoadImage:
        return std::make_unique<LoadImageStep>(definition);
    case StepKind::DisableHa:
        return std::make_unique<DisableHaStep>(definition);
    case StepKind::PretrimHeartbeat:
        return std::make_unique<HeartbeatTrimStep>(definition, false);
    case StepKind::StopOld:
        return std::make_unique<StopOldStep>(definition);
    case StepKind::TrimHeartbeat:
        return std::make_unique<HeartbeatTrimStep>(definition, true);
    case StepKind::Backup:
        return std::make_unique<BackupStep>(definition);
    case StepKind::StartNew:
        return std::make_unique<StartNewStep>(definition);
    case StepKind::DockerInit:
        return std::make_unique<DockerInitStep>(definition);
    case StepKind::Health:
        return std::make_unique<HealthStep>(definition);
    case StepKind::CheckServersOnline:
        return std::make_unique<CheckServersOnlineStep>(definition);
    case StepKind::EnableHa:
        return std::make_unique<EnableHaStep>(definition);
    case StepKind::VerifyBackup:
        return std::make_unique<VerifyBackupStep>(definition);
    case StepKind::StopNew:
        return std::make_unique<StopNewStep>(definition);
    case StepKind::Restore:
        return std::make_unique<RestoreStep>(definition);
    case StepKind::StartOld:
        return std::make_unique<StartOldStep>(definition);
    }
    return {};
}

std::vector<std::unique_ptr<Step>> StepFactory::forRoute(const ProcedureCatalogue& catalogue,
                                                         const Route& route)
{
    std::vector<std::unique_ptr<Step>> steps;
    for (const RouteStep& definition : catalogue.stepsFor(route))
        steps.push_back(create(definition));
    return steps;
}

QStringList StepFactory::idsFor(const ProcedureCatalogue& catalogue, const Route& route)
{
    QStringList ids;
    for (const RouteStep& definition : catalogue.stepsFor(route))
        ids << definition.id();
    return ids;
}

} // namespace omsua::upgrade
