#pragma once

#include "plan/Plan.h"
#include "upgrade/HostDiscovery.h"
#include "upgrade/Secrets.h"

#include <QObject>
#include <functional>
#include <optional>

namespace omsua::gui {

// What the views share: the plan being edited and the profile it belongs to, the secrets given
// for this session, what discovery last found, and the connection state. Views read and change
// it here and never talk to each other, so a view can be added without touching the others.
class Workspace : public QObject
{
    Q_OBJECT

public:
    enum class ConnectionState { NotConnected, Connecting, Connected, Failed, HostKeyRefused };
    Q_ENUM(ConnectionState)

    using QObject::QObject;

    const plan::Plan& plan() const { return m_plan; }
    QString profileName() const { return m_profileName; }
    QString planFile() const { return m_planFile; }

    // A whole plan replaces the current one (a profile or plan file was opened): views reload
    // their fields. What was discovered for the previous plan no longer applies.
    void loadPlan(const plan::Plan& plan, const QString& profileName, const QString& planFile);
    // One view changed part of the plan; the others refresh what they derive from it.
    void editPlan(const std::function<void(plan::Plan&)>& edit);
    void setProfile(const QString& profileName, const QString& planFile);

    const upgrade::Secrets& secrets() const { return m_secrets; }
    void setSecrets(const upgrade::Secrets& secrets);

    const std::optional<upgrade::Discovery>& discovery() const { return m_discovery; }
    void setDiscovery(const upgrade::Discovery& found);

    ConnectionState connectionState() const { return m_state; }
    QString connectionDetail() const { return m_stateDetail; }
    void setConnectionState(ConnectionState state, const QString& detail = {});

    // refetchStoreIntervalMin chosen with the timing calculator for the enable-HA step; nullopt:
    // the step computes it from T1, T2 and the plan's margin.
    std::optional<int> refetchOverrideMin() const { return m_refetchOverride; }
    void setRefetchOverrideMin(std::optional<int> minutes);

    // Whether a person compared the old and planned mounts for the current plan and discovery.
    bool mountsConfirmed() const { return m_mountsConfirmed; }
    void setMountsConfirmed(bool confirmed);

Q_SIGNALS:
    void planLoaded();
    void planChanged();
    void profileChanged();
    void secretsChanged();
    void discoveryChanged();
    void connectionStateChanged();
    void refetchOverrideChanged();
    void mountsConfirmedChanged();

private:
    plan::Plan m_plan;
    QString m_profileName;
    QString m_planFile;
    upgrade::Secrets m_secrets;
    std::optional<upgrade::Discovery> m_discovery;
    ConnectionState m_state = ConnectionState::NotConnected;
    QString m_stateDetail;
    std::optional<int> m_refetchOverride;
    bool m_mountsConfirmed = false;
};

} // namespace omsua::gui
