#include "PlannedRun.h"

#include "docker/ImageReference.h"
#include "docker/MountComparison.h"
#include "log/Redactor.h"
#include "upgrade/ProcedureCatalogue.h"

namespace omsua::gui {

QString PlannedRun::defaultNewContainerName(const QString& oldName, const QVersionNumber& target)
{
    if (oldName.isEmpty() || target.isNull())
        return QString();
    QString digits = target.toString();
    digits.remove(QLatin1Char('.'));
    return oldName + QLatin1Char('_') + digits;
}

PlannedRun PlannedRun::build(const plan::Plan& plan, const upgrade::Discovery& found)
{
    PlannedRun run;
    const docker::ContainerInfo& old = found.container;
    run.dockerPrefix = found.dockerCommand.isEmpty()
                           ? QStringList{QStringLiteral("docker")}
                           : found.dockerCommand.split(QLatin1Char(' '), Qt::SkipEmptyParts);

    // Versions from what is typed now, so an edited image or version updates the route at once.
    run.sourceVersion = plan.oms.sourceVersion.isEmpty()
                            ? found.sourceVersion
                            : QVersionNumber::fromString(plan.oms.sourceVersion);
    if (const auto target = docker::imageTagVersion(plan.oms.targetImage))
        run.targetVersion = *target;

    if (run.sourceVersion.isNull()) {
        run.routeProblem = tr("the current version is not known: set it in the plan");
    } else if (run.targetVersion.isNull()) {
        run.routeProblem =
            plan.oms.targetImage.isEmpty()
                ? tr("no new image in the plan")
                : tr("the new image's tag carries no version: %1").arg(plan.oms.targetImage);
    } else if (auto catalogue = upgrade::ProcedureCatalogue::loadBuiltIn(); !catalogue) {
        run.routeProblem = catalogue.error().message;
    } else if (auto route = catalogue->findRoute(run.sourceVersion, run.targetVersion); !route) {
        run.routeProblem = route.error().message;
    } else {
        run.route = *route;
    }

    run.oldBinds = old.bindMounts();
    bool oldHttps = false;
    for (const docker::BindMount& bind : run.oldBinds)
        oldHttps =
            oldHttps || docker::MountComparison::httpsContainerPaths().contains(bind.containerPath);
    const bool https = oldHttps || !plan.oms.httpsCert.isEmpty();

    docker::RunSpec& spec = run.spec;
    spec.name = plan.oms.newContainer.isEmpty()
                    ? defaultNewContainerName(plan.oms.container, run.targetVersion)
                    : plan.oms.newContainer;
    spec.image = plan.oms.targetImage;
    spec.binds = docker::MountComparison::plannedFromOld(run.oldBinds, https, plan.oms.httpsCert,
                                                         plan.oms.httpsKey);
    const QString hostIp =
        plan.oms.hostIp.isEmpty() ? old.env.value(QStringLiteral("OMS_HOST_IP")) : plan.oms.hostIp;
    if (!hostIp.isEmpty())
        spec.setEnv(QStringLiteral("OMS_HOST_IP"), hostIp);
    if (run.route && run.route->flags.isUpgradeEnv)
        spec.setEnv(QStringLiteral("IS_UPGRADE"), QStringLiteral("true"));
    spec.extraFlags = plan.oms.runFlags;
    return run;
}

QString PlannedRun::displayCommand() const
{
    return spec.displayCommand(log::Redactor::global(), dockerPrefix);
}

} // namespace omsua::gui
