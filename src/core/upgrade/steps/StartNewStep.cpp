#include "upgrade/steps/StartNewStep.h"

#include "docker/DockerCli.h"
#include "docker/MountComparison.h"
#include "log/Redactor.h"
#include "upgrade/HostSession.h"
#include "upgrade/JournalKeys.h"
#include "upgrade/Route.h"
#include "upgrade/steps/StepSupport.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QThread>

namespace omsua::upgrade::steps {

namespace {

constexpr int kDefaultStartTimeoutMin = 5;

bool hasHttpsMount(const docker::BindMounts& binds)
{
    for (const docker::BindMount& bind : binds) {
        if (docker::MountComparison::httpsContainerPaths().contains(bind.containerPath))
            return true;
    }
    return false;
}

QJsonArray mountRows(const docker::MountComparisonResult& comparison)
{
    QJsonArray rows;
    for (const docker::MountRow& row : comparison.rows)
        rows.append(
            QJsonObject{{QStringLiteral("container_path"), row.containerPath},
                        {QStringLiteral("old_host_path"), row.oldHostPath},
                        {QStringLiteral("planned_host_path"), row.plannedHostPath},
                        {QStringLiteral("old_read_only"), row.oldReadOnly},
                        {QStringLiteral("planned_read_only"), row.plannedReadOnly},
                        {QStringLiteral("required"), row.required},
                        {QStringLiteral("verdict"), docker::mountVerdictName(row.verdict)}});
    return rows;
}

QString problemsText(const docker::MountComparisonResult& comparison)
{
    QStringList problems;
    for (const docker::MountRow& row : comparison.problems())
        problems << QStringLiteral("%1: %2 (old %3, new %4)")
                        .arg(row.containerPath, docker::mountVerdictName(row.verdict),
                             row.oldHostPath.isEmpty() ? QStringLiteral("-") : row.oldHostPath,
                             row.plannedHostPath.isEmpty() ? QStringLiteral("-")
                                                           : row.plannedHostPath);
    return problems.join(QStringLiteral("; "));
}

} // namespace

Expected<docker::RunSpec> StartNewStep::buildSpec(const StepContext& context)
{
    auto discovery = discoveryOf(context);
    if (!discovery)
        return discovery.error();
    const Discovery& found = **discovery;
    const plan::Plan& plan = context.plan();
    const docker::BindMounts oldBinds = found.container.bindMounts();
    const bool https = hasHttpsMount(oldBinds) || !plan.oms.httpsCert.isEmpty();

    docker::RunSpec spec;
    spec.name = newContainerName(plan, found.targetVersion);
    spec.image = plan.oms.targetImage;
    spec.binds = docker::MountComparison::plannedFromOld(oldBinds, https, plan.oms.httpsCert,
                                                         plan.oms.httpsKey);
    const QString hostIp = omsHostIp(plan, found);
    if (hostIp.isEmpty())
        return makeError(tr("The old container has no OMS_HOST_IP and the plan sets none"),
                         QStringLiteral("oms.host_ip"), tr("set oms.host_ip in the plan"));
    spec.setEnv(QStringLiteral("OMS_HOST_IP"), hostIp);
    if (context.route().flags.isUpgradeEnv)
        spec.setEnv(QStringLiteral("IS_UPGRADE"), QStringLiteral("true"));
    spec.extraFlags = plan.oms.runFlags;
    if (auto valid = spec.validate(); !valid)
        return valid.error();
    return spec;
}

QString StartNewStep::title() const
{
    return tr("Start the new container");
}

QString StartNewStep::describe(const StepContext& context) const
{
    auto spec = buildSpec(context);
    if (!spec)
        return tr("Cannot build the docker run command: %1").arg(spec.error().toString());
    QStringList prefix{QStringLiteral("docker")};
    if (context.host() && context.host()->isConnected())
        prefix = context.host()->docker().prefix();
    QString text = tr("Runs, on the host:\n  %1\nwith exactly the old container's binds:\n")
                       .arg(spec->displayCommand(log::Redactor::global(), prefix));
    for (const docker::BindMount& bind : spec->binds)
        text += QStringLiteral("  %1 -> %2%3\n")
                    .arg(bind.hostPath, bind.containerPath,
                         bind.readOnly ? QStringLiteral(" (ro)") : QString());
    if (context.route().flags.isUpgradeEnv)
        text += tr("IS_UPGRADE=true makes docker_init.sh migrate the metadata instead of "
                   "re-initialising it.");
    return text;
}

QString StartNewStep::mismatch(const StepContext& context, const docker::ContainerInfo& existing,
                               const docker::RunSpec& spec)
{
    if (existing.configImage != spec.image)
        return tr("it runs %1, not %2").arg(existing.configImage, spec.image);
    const auto comparison = docker::MountComparison::compare(
        context.discovery()->container.bindMounts(), existing.bindMounts());
    if (!comparison.ok)
        return tr("its mounts differ from the old container's: %1").arg(problemsText(comparison));
    for (const docker::EnvVar& var : spec.env) {
        if (existing.env.value(var.name) != var.value)
            return tr("its %1 is \"%2\", not \"%3\"")
                .arg(var.name, existing.env.value(var.name), var.value);
    }
    return {};
}

Precheck StartNewStep::precheck(StepContext& context)
{
    auto host = hostOf(context);
    if (!host)
        return Precheck::refused(host.error());
    auto discovery = discoveryOf(context);
    if (!discovery)
        return Precheck::refused(discovery.error());
    auto spec = buildSpec(context);
    if (!spec)
        return Precheck::refused(spec.error());

    const auto comparison =
        docker::MountComparison::compare((*discovery)->container.bindMounts(), spec->binds);
    Journal& journal = context.journal();
    journal.setFact(keys::mounts, mountRows(comparison));
    journal.setFact(keys::mountsOk, comparison.ok);
    journal.setFact(keys::runCommand,
                    spec->displayCommand(log::Redactor::global(), (*host)->docker().prefix()));
    if (!comparison.ok)
        return Precheck::refused(makeError(
            tr("The planned mounts differ from the old container's: %1")
                .arg(problemsText(comparison)),
            spec->name,
            tr("the host paths must stay the same across the upgrade; fix the plan's HTTPS "
               "paths or the old container")));

    docker::DockerCli& docker = (*host)->docker();
    // With --net host both would bind the same ports.
    auto old = docker.inspectContainer(context.plan().oms.container);
    if (!old)
        return Precheck::refused(old.error());
    if (old->state.running)
        return Precheck::refused(
            makeError(tr("The old container %1 is running; the new one would take the same ports")
                          .arg(old->name),
                      old->name, tr("stop the old container (the stop_old step) first")));
    auto image = docker.imageExists(spec->image);
    if (!image)
        return Precheck::refused(image.error());
    if (!*image)
        return Precheck::refused(makeError(tr("The image %1 is not on the host").arg(spec->image),
                                           QStringLiteral("oms.target_image"),
                                           tr("docker load it on the host, then resume")));

    auto exists = docker.containerExists(spec->name);
    if (!exists)
        return Precheck::refused(exists.error());
    m_startExisting = false;
    if (*exists) {
        auto existing = docker.inspectContainer(spec->name);
        if (!existing)
            return Precheck::refused(existing.error());
        if (const QString why = mismatch(context, *existing, *spec); !why.isEmpty())
            return Precheck::refused(makeError(
                tr("A container named %1 exists and is not the one this run would create: %2")
                    .arg(spec->name, why),
                spec->name, tr("remove or rename it, or choose oms.new_container in the plan")));
        if (existing->state.running)
            return Precheck::alreadyDone(
                tr("%1 already runs %2 with the old binds").arg(spec->name, spec->image));
        m_startExisting = true;
        return Precheck::ready(tr("%1 exists (stopped); it is started again").arg(spec->name));
    }
    return Precheck::ready();
}

Expected<void> StartNewStep::act(StepContext& context)
{
    auto host = hostOf(context);
    if (!host)
        return host.error();
    auto spec = buildSpec(context);
    if (!spec)
        return spec.error();
    docker::DockerCli& docker = (*host)->docker();
    if (m_startExisting) {
        context.recordCommand((docker.prefix() + QStringList{QStringLiteral("start"), spec->name})
                                  .join(QLatin1Char(' ')));
        if (auto started = docker.start(spec->name); !started)
            return started.error();
    } else {
        context.recordCommand(spec->displayCommand(log::Redactor::global(), docker.prefix()));
        auto id = docker.run(*spec);
        if (!id)
            return id.error();
        context.record().data.insert(QStringLiteral("container_id"), *id);
        context.output(tr("started %1 (%2)\n").arg(spec->name, id->left(12)));
    }
    context.journal().setFact(keys::newContainer, spec->name);
    (void)context.saveRecord();
    return waitUntilStarted(context, spec->name);
}

Expected<void> StartNewStep::waitUntilStarted(StepContext& context, const QString& name)
{
    auto host = hostOf(context);
    if (!host)
        return host.error();
    docker::DockerCli& docker = (*host)->docker();
    const QString readyLine = definition()
                                  .params
                                  .value(QStringLiteral("ready_log_line"),
                                         QStringLiteral("OMS service start successfully"))
                                  .toString();
    const int timeoutMin =
        definition().params.value(QStringLiteral("timeout_min"), kDefaultStartTimeoutMin).toInt();
    QDeadlineTimer deadline{std::chrono::minutes(timeoutMin)};
    while (!deadline.hasExpired()) {
        if (context.cancelled())
            return makeError(tr("Cancelled while waiting for %1 to start").arg(name), name);
        auto info = docker.inspectContainer(name);
        if (!info)
            return info.error();
        if (!info->state.running && !info->state.restarting) {
            const auto tail = docker.logs(name, 30);
            return makeError(
                tr("%1 stopped right after its start (%2, exit code %3)")
                    .arg(name, info->state.status)
                    .arg(info->state.exitCode),
                name,
                tr("its last output: %1").arg(tail ? tail->right(1500) : tail.error().message));
        }
        auto logs = docker.logs(name, 200);
        if (logs && logs->contains(readyLine)) {
            context.output(readyLine + QLatin1Char('\n'));
            return {};
        }
        QThread::msleep(1000);
    }
    // Not fatal: the health step waits for the console itself; some images print the line
    // only after docker_init.sh.
    addWarning(context.journal(), tr("%1 did not print \"%2\" within %3 minutes of its start")
                                      .arg(name, readyLine)
                                      .arg(timeoutMin));
    return {};
}

Expected<QString> StartNewStep::verify(StepContext& context)
{
    auto host = hostOf(context);
    if (!host)
        return host.error();
    auto spec = buildSpec(context);
    if (!spec)
        return spec.error();
    auto info = (*host)->docker().inspectContainer(spec->name);
    if (!info)
        return info.error();
    if (!info->state.running)
        return makeError(tr("%1 is not running (%2)").arg(spec->name, info->state.status),
                         spec->name);
    if (const QString why = mismatch(context, *info, *spec); !why.isEmpty())
        return makeError(tr("%1 does not match the plan: %2").arg(spec->name, why), spec->name);
    context.journal().setFact(keys::newContainer, spec->name);
    return tr("%1 runs %2 with the %3 binds of the old container%4")
        .arg(spec->name, spec->image)
        .arg(spec->binds.size())
        .arg(context.route().flags.isUpgradeEnv ? tr(", IS_UPGRADE=true") : QString());
}

} // namespace omsua::upgrade::steps
