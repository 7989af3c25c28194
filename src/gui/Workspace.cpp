#include "Workspace.h"

namespace omsua::gui {

void Workspace::loadPlan(const plan::Plan& plan, const QString& profileName,
                         const QString& planFile)
{
    m_plan = plan;
    m_profileName = profileName;
    m_planFile = planFile;
    m_discovery.reset();
    m_refetchOverride.reset();
    m_mountsConfirmed = false;
    m_state = ConnectionState::NotConnected;
    m_stateDetail.clear();
    Q_EMIT planLoaded();
    Q_EMIT profileChanged();
    Q_EMIT planChanged();
    Q_EMIT discoveryChanged();
    Q_EMIT refetchOverrideChanged();
    Q_EMIT mountsConfirmedChanged();
    Q_EMIT connectionStateChanged();
}

void Workspace::editPlan(const std::function<void(plan::Plan&)>& edit)
{
    edit(m_plan);
    // A confirmation was given for the mounts as they were; any edit may change them.
    setMountsConfirmed(false);
    Q_EMIT planChanged();
}

void Workspace::setProfile(const QString& profileName, const QString& planFile)
{
    m_profileName = profileName;
    m_planFile = planFile;
    m_plan.sourceFile = planFile;
    Q_EMIT profileChanged();
}

void Workspace::setSecrets(const upgrade::Secrets& secrets)
{
    m_secrets = secrets;
    Q_EMIT secretsChanged();
}

void Workspace::setDiscovery(const upgrade::Discovery& found)
{
    m_discovery = found;
    setMountsConfirmed(false);
    Q_EMIT discoveryChanged();
}

void Workspace::setConnectionState(ConnectionState state, const QString& detail)
{
    m_state = state;
    m_stateDetail = detail;
    Q_EMIT connectionStateChanged();
}

void Workspace::setRefetchOverrideMin(std::optional<int> minutes)
{
    m_refetchOverride = minutes;
    Q_EMIT refetchOverrideChanged();
}

void Workspace::setMountsConfirmed(bool confirmed)
{
    if (m_mountsConfirmed == confirmed)
        return;
    m_mountsConfirmed = confirmed;
    Q_EMIT mountsConfirmedChanged();
}

} // namespace omsua::gui
