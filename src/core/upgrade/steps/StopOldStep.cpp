#include "upgrade/steps/StopOldStep.h"

#include "docker/DockerCli.h"
#include "upgrade/HostClock.h"
#include "upgrade/HostSession.h"
#include "upgrade/JournalKeys.h"
#include "upgrade/steps/StepSupport.h"

namespace omsua::upgrade::steps {

namespace {
// OMS stops its components on SIGTERM; give it time before Docker kills it.
constexpr int kStopTimeoutSec = 120;
} // namespace

QString StopOldStep::title() const
{
    return tr("Stop the old container");
}

QString StopOldStep::describe(const StepContext& context) const
{
    const QString name = context.plan().oms.container;
    return tr("docker stop -t %1 %2. OMS is down from here until the new container is healthy; "
              "T1 is the moment it stopped (its State.FinishedAt on the host clock).")
        .arg(kStopTimeoutSec)
        .arg(name);
}

Precheck StopOldStep::precheck(StepContext& context)
{
    auto host = hostOf(context);
    if (!host)
        return Precheck::refused(host.error());
    // The skew is measured now, while nothing is in a hurry; T2 and T3 are host times too, but
    // a report that puts workstation and host times side by side needs it.
    if (auto clock = HostClock::now((*host)->runner())) {
        context.journal().setFact(keys::clockSkewSec, double(clock->skewMs) / 1000.0);
        if (qAbs(clock->skewMs) > 120 * 1000)
            addWarning(context.journal(),
                       tr("The host clock is %1 s off this computer's clock; times in this run "
                          "are taken on the host clock.")
                           .arg(clock->skewMs / 1000));
    }
    auto old = (*host)->docker().inspectContainer(context.plan().oms.container);
    if (!old)
        return Precheck::refused(old.error());
    if (old->restartPolicy.name == QLatin1String("always"))
        addWarning(context.journal(),
                   tr("The old container has the restart policy \"always\": a restart of the "
                      "docker daemon would start it again beside the new one. Consider `docker "
                      "update --restart=no %1` once the upgrade is done.")
                       .arg(old->name));
    if (!old->state.running)
        return Precheck::alreadyDone(tr("%1 is already stopped (%2 at %3)")
                                         .arg(old->name, old->state.status,
                                              old->state.finishedAt.toString(Qt::ISODateWithMs)));
    return Precheck::ready();
}

Expected<void> StopOldStep::act(StepContext& context)
{
    auto host = hostOf(context);
    if (!host)
        return host.error();
    docker::DockerCli& docker = (*host)->docker();
    const QString name = context.plan().oms.container;
    context.recordCommand(
        (docker.prefix() + QStringList{QStringLiteral("stop"), QStringLiteral("-t"),
                                       QString::number(kStopTimeoutSec), name})
            .join(QLatin1Char(' ')));
    // Recorded before the stop, so a crash while stopping still shows when the downtime began.
    if (auto clock = HostClock::now((*host)->runner()))
        context.record().hostStartedAt = clock->hostNow;
    (void)context.saveRecord();
    return docker.stop(name, kStopTimeoutSec);
}

Expected<QString> StopOldStep::verify(StepContext& context)
{
    auto host = hostOf(context);
    if (!host)
        return host.error();
    auto old = (*host)->docker().inspectContainer(context.plan().oms.container);
    if (!old)
        return old.error();
    if (old->state.running)
        return makeError(tr("%1 is still running").arg(old->name), old->name,
                         tr("look at `docker ps` on the host, then resume"));
    if (!old->state.finishedAt.isValid())
        return makeError(tr("%1 has no FinishedAt time").arg(old->name), old->name);
    context.journal().setTime(keys::t1, old->state.finishedAt);
    context.record().hostFinishedAt = old->state.finishedAt;
    return tr("%1 stopped; T1 = %2 (host clock)")
        .arg(old->name, old->state.finishedAt.toString(Qt::ISODateWithMs));
}

} // namespace omsua::upgrade::steps
