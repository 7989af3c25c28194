#include "upgrade/RouteStep.h"

#include <array>
#include <utility>

namespace omsua::upgrade {

namespace {

// One table so that the id of a kind and the kind of an id cannot disagree.
const std::array<std::pair<StepKind, const char*>, 16> kStepIds{{
    {StepKind::Preflight, "preflight"},
    {StepKind::LoadImage, "load_image"},
    {StepKind::DisableHa, "disable_ha"},
    {StepKind::PretrimHeartbeat, "pretrim_heartbeat"},
    {StepKind::StopOld, "stop_old"},
    {StepKind::TrimHeartbeat, "trim_heartbeat"},
    {StepKind::Backup, "backup"},
    {StepKind::StartNew, "start_new"},
    {StepKind::DockerInit, "docker_init"},
    {StepKind::Health, "health"},
    {StepKind::CheckServersOnline, "check_servers_online"},
    {StepKind::EnableHa, "enable_ha"},
    {StepKind::VerifyBackup, "verify_backup"},
    {StepKind::StopNew, "stop_new"},
    {StepKind::Restore, "restore"},
    {StepKind::StartOld, "start_old"},
}};

} // namespace

QString stepId(StepKind kind)
{
    for (const auto& [k, id] : kStepIds) {
        if (k == kind)
            return QLatin1String(id);
    }
    return {};
}

std::optional<StepKind> stepKindFromId(const QString& id)
{
    for (const auto& [kind, name] : kStepIds) {
        if (id == QLatin1String(name))
            return kind;
    }
    return std::nullopt;
}

bool isRollbackOnly(StepKind kind)
{
    return kind == StepKind::VerifyBackup || kind == StepKind::StopNew ||
           kind == StepKind::Restore || kind == StepKind::StartOld;
}

QStringList knownStepIds()
{
    QStringList ids;
    for (const auto& entry : kStepIds) {
        if (!isRollbackOnly(entry.first))
            ids << QLatin1String(entry.second);
    }
    return ids;
}

} // namespace omsua::upgrade
