#include "upgrade/steps/StartOldStep.h"

#include "backup/BackupSet.h"
#include "docker/ContainerInspect.h"
#include "docker/DockerCli.h"
#include "log/Redactor.h"
#include "upgrade/HostSession.h"
#include "upgrade/JournalKeys.h"
#include "upgrade/steps/StepSupport.h"

#include <QThread>

namespace omsua::upgrade::steps {

namespace {
QString oldName(const StepContext& context)
{
    return context.journal().facts().value(keys::oldContainer).toString();
}
} // namespace

docker::RunSpec StartOldStep::specFromInspect(const docker::ContainerInfo& info)
{
    docker::RunSpec spec;
    spec.name = info.name;
    spec.image = info.configImage;
    spec.binds = info.bindMounts();
    // Only what OMS itself reads: the rest of Config.Env comes from the image anyway.
    for (const QString& name : {QStringLiteral("OMS_HOST_IP"), QStringLiteral("IS_UPGRADE")}) {
        if (info.env.contains(name))
            spec.setEnv(name, info.env.value(name));
    }
    spec.networkHost = info.networkMode == QLatin1String("host");
    if (info.privileged)
        spec.extraFlags << QStringLiteral("--privileged=true");
    if (info.pidsLimit)
        spec.extraFlags << QStringLiteral("--pids-limit") << QString::number(*info.pidsLimit);
    for (const docker::Ulimit& limit : info.ulimits)
        spec.extraFlags
            << QStringLiteral("--ulimit")
            << QStringLiteral("%1=%2:%3").arg(limit.name).arg(limit.soft).arg(limit.hard);
    if (!info.restartPolicy.name.isEmpty() && info.restartPolicy.name != QLatin1String("no"))
        spec.extraFlags << QStringLiteral("--restart") << info.restartPolicy.name;
    return spec;
}

QString StartOldStep::title() const
{
    return tr("Start the old container");
}

QString StartOldStep::describe(const StepContext& context) const
{
    if (m_recreate) {
        QStringList prefix{QStringLiteral("docker")};
        if (context.host() && context.host()->isConnected())
            prefix = context.host()->docker().prefix();
        return tr("%1 no longer exists; it is re-created from the inspect output in the backup "
                  "manifest:\n  %2")
            .arg(m_spec.name, m_spec.displayCommand(log::Redactor::global(), prefix));
    }
    return tr("docker start %1: the old version runs again on the restored databases.")
        .arg(oldName(context));
}

Precheck StartOldStep::precheck(StepContext& context)
{
    auto host = hostOf(context);
    if (!host)
        return Precheck::refused(host.error());
    docker::DockerCli& docker = (*host)->docker();
    // With --net host both would want the same ports.
    const QString newName = context.journal().facts().value(keys::newContainer).toString();
    if (auto exists = docker.containerExists(newName); exists && *exists) {
        auto info = docker.inspectContainer(newName);
        if (info && info->state.running)
            return Precheck::refused(makeError(tr("%1 is running").arg(newName), newName,
                                               tr("stop it, then resume the rollback")));
    }
    const QString name = oldName(context);
    auto exists = docker.containerExists(name);
    if (!exists)
        return Precheck::refused(exists.error());
    m_recreate = !*exists;
    if (m_recreate) {
        const QJsonObject fact = context.journal().facts().value(keys::backupSet).toObject();
        auto set = backup::BackupSet::at(fact.value(QStringLiteral("directory")).toString(),
                                         fact.value(QStringLiteral("run_id")).toString());
        if (!set)
            return Precheck::refused(set.error());
        auto manifest = set->readManifest((*host)->runner());
        if (!manifest || !*manifest)
            return Precheck::refused(
                manifest ? makeError(tr("The backup set has no manifest"), set->path())
                         : manifest.error());
        auto info = docker::ContainerInspect::parse((**manifest).inspect);
        if (!info)
            return Precheck::refused(info.error());
        m_spec = specFromInspect(*info);
        if (auto valid = m_spec.validate(); !valid)
            return Precheck::refused(valid.error());
        return Precheck::ready(tr("%1 is re-created from the manifest").arg(name));
    }
    auto info = docker.inspectContainer(name);
    if (!info)
        return Precheck::refused(info.error());
    if (info->state.running)
        return Precheck::alreadyDone(tr("%1 is running").arg(name));
    return Precheck::ready();
}

Expected<void> StartOldStep::act(StepContext& context)
{
    auto host = hostOf(context);
    if (!host)
        return host.error();
    docker::DockerCli& docker = (*host)->docker();
    if (m_recreate) {
        context.recordCommand(m_spec.displayCommand(log::Redactor::global(), docker.prefix()));
        auto id = docker.run(m_spec);
        if (!id)
            return id.error();
        return {};
    }
    context.recordCommand((docker.prefix() + QStringList{QStringLiteral("start"), oldName(context)})
                              .join(QLatin1Char(' ')));
    return docker.start(oldName(context));
}

Expected<QString> StartOldStep::verify(StepContext& context)
{
    auto host = hostOf(context);
    if (!host)
        return host.error();
    const QString name = oldName(context);
    auto info = (*host)->docker().inspectContainer(name);
    if (!info)
        return info.error();
    if (!info->state.running)
        return makeError(tr("%1 is not running (%2)").arg(name, info->state.status), name,
                         tr("look at `docker logs %1`").arg(name));
    const QString image = context.journal().facts().value(keys::sourceImage).toString();
    if (!image.isEmpty() && info->configImage != image)
        return makeError(tr("%1 runs %2, not the old image %3").arg(name, info->configImage, image),
                         name);
    return tr("%1 runs %2 again").arg(name, info->configImage);
}

} // namespace omsua::upgrade::steps
