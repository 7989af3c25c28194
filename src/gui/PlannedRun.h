#pragma once

#include "docker/RunSpec.h"
#include "plan/Plan.h"
#include "upgrade/HostDiscovery.h"
#include "upgrade/Route.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVersionNumber>
#include <optional>

namespace omsua::gui {

// The new container as the plan and the discovered host make it: name, image, exactly the old
// binds (MountComparison::plannedFromOld), OMS_HOST_IP, IS_UPGRADE=true when the route needs
// it, and the plan's flags; plus the route from the catalogue. Pure: no I/O beyond the built-in
// catalogue.
struct PlannedRun
{
    Q_DECLARE_TR_FUNCTIONS(omsua::gui::PlannedRun)

public:
    docker::RunSpec spec;
    QStringList dockerPrefix; // {"docker"} or {"sudo", "-n", "docker"}
    docker::BindMounts oldBinds;
    QVersionNumber sourceVersion;
    QVersionNumber targetVersion;
    std::optional<upgrade::Route> route;
    QString routeProblem; // why there is no route (translated where it is ours)

    static PlannedRun build(const plan::Plan& plan, const upgrade::Discovery& found);

    // "<old>_<target version digits>" unless the plan names it (as preflight does).
    static QString defaultNewContainerName(const QString& oldName, const QVersionNumber& target);
    QString displayCommand() const; // masked with the global redactor
};

} // namespace omsua::gui
