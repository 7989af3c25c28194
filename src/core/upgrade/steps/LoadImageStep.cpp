#include "upgrade/steps/LoadImageStep.h"

#include "docker/DockerCli.h"
#include "upgrade/HostSession.h"
#include "upgrade/steps/StepSupport.h"

#include <QJsonArray>

namespace omsua::upgrade::steps {

QString LoadImageStep::title() const
{
    return tr("Load the new image");
}

QString LoadImageStep::describe(const StepContext& context) const
{
    const plan::Plan& plan = context.plan();
    if (plan.oms.imageTarball.isEmpty())
        return tr("Nothing to load: the plan names no image tarball; %1 must be on the host.")
            .arg(plan.oms.targetImage);
    return tr("docker load -i %1 on the host, unless %2 is already there. The old container keeps "
              "running meanwhile.")
        .arg(plan.oms.imageTarball, plan.oms.targetImage);
}

Precheck LoadImageStep::precheck(StepContext& context)
{
    auto host = hostOf(context);
    if (!host)
        return Precheck::refused(host.error());
    const plan::Plan& plan = context.plan();
    auto present = (*host)->docker().imageExists(plan.oms.targetImage);
    if (!present)
        return Precheck::refused(present.error());
    if (*present)
        return Precheck::skip(tr("%1 is already on the host").arg(plan.oms.targetImage));
    if (plan.oms.imageTarball.isEmpty())
        return Precheck::refused(makeError(
            tr("%1 is not on the host and the plan names no image tarball")
                .arg(plan.oms.targetImage),
            QStringLiteral("oms.target_image"),
            tr("docker load the image on the host, or set oms.image_tarball in the plan")));
    return Precheck::ready();
}

Expected<void> LoadImageStep::act(StepContext& context)
{
    auto host = hostOf(context);
    if (!host)
        return host.error();
    docker::DockerCli& docker = (*host)->docker();
    context.recordCommand(
        (docker.prefix() +
         QStringList{QStringLiteral("load"), QStringLiteral("-i"), context.plan().oms.imageTarball})
            .join(QLatin1Char(' ')));
    auto loaded = docker.load(context.plan().oms.imageTarball);
    if (!loaded)
        return loaded.error();
    context.output(tr("loaded: %1\n").arg(loaded->join(QStringLiteral(", "))));
    context.record().data.insert(QStringLiteral("loaded"), QJsonArray::fromStringList(*loaded));
    return {};
}

Expected<QString> LoadImageStep::verify(StepContext& context)
{
    auto host = hostOf(context);
    if (!host)
        return host.error();
    const QString image = context.plan().oms.targetImage;
    auto present = (*host)->docker().imageExists(image);
    if (!present)
        return present.error();
    if (!*present)
        return makeError(tr("The tarball did not provide %1").arg(image),
                         context.plan().oms.imageTarball,
                         tr("check oms.target_image against what the tarball holds"));
    return tr("%1 is on the host").arg(image);
}

} // namespace omsua::upgrade::steps
