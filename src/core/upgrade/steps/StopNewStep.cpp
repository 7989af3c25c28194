#include "upgrade/steps/StopNewStep.h"

#include "docker/DockerCli.h"
#include "upgrade/HostSession.h"
#include "upgrade/JournalKeys.h"
#include "upgrade/steps/StepSupport.h"

namespace omsua::upgrade::steps {

namespace {
constexpr int kStopTimeoutSec = 120;

QString newName(const StepContext& context)
{
    return context.journal().facts().value(keys::newContainer).toString();
}
} // namespace

QString StopNewStep::title() const
{
    return tr("Stop the new container");
}

QString StopNewStep::describe(const StepContext& context) const
{
    return tr("docker stop -t %1 %2. The container is kept (not removed) so that what went wrong "
              "can still be looked at; T3 is the moment it stopped.")
        .arg(kStopTimeoutSec)
        .arg(newName(context));
}

Precheck StopNewStep::precheck(StepContext& context)
{
    auto host = hostOf(context);
    if (!host)
        return Precheck::refused(host.error());
    const QString name = newName(context);
    auto exists = (*host)->docker().containerExists(name);
    if (!exists)
        return Precheck::refused(exists.error());
    if (!*exists)
        return Precheck::skip(tr("%1 was never created").arg(name));
    auto info = (*host)->docker().inspectContainer(name);
    if (!info)
        return Precheck::refused(info.error());
    if (!info->state.running)
        return Precheck::alreadyDone(tr("%1 is stopped").arg(name));
    return Precheck::ready();
}

Expected<void> StopNewStep::act(StepContext& context)
{
    auto host = hostOf(context);
    if (!host)
        return host.error();
    docker::DockerCli& docker = (*host)->docker();
    const QString name = newName(context);
    context.recordCommand(
        (docker.prefix() + QStringList{QStringLiteral("stop"), QStringLiteral("-t"),
                                       QString::number(kStopTimeoutSec), name})
            .join(QLatin1Char(' ')));
    return docker.stop(name, kStopTimeoutSec);
}

Expected<QString> StopNewStep::verify(StepContext& context)
{
    auto host = hostOf(context);
    if (!host)
        return host.error();
    const QString name = newName(context);
    auto info = (*host)->docker().inspectContainer(name);
    if (!info)
        return info.error();
    if (info->state.running)
        return makeError(tr("%1 is still running").arg(name), name);
    context.journal().setTime(keys::t3, info->state.finishedAt);
    context.record().hostFinishedAt = info->state.finishedAt;
    return tr("%1 stopped; T3 = %2 (host clock)")
        .arg(name, info->state.finishedAt.toString(Qt::ISODateWithMs));
}

} // namespace omsua::upgrade::steps
