#include "upgrade/Preflight.h"

#include "backup/DiskSpace.h"
#include "docker/DockerCli.h"
#include "docker/MountComparison.h"
#include "remote/ArgumentValidation.h"
#include "remote/SftpClient.h"
#include "upgrade/HostSession.h"
#include "upgrade/ProcedureCatalogue.h"

#include <QLocale>

namespace omsua::upgrade {

namespace {

using Verdict = PreflightCheck::Verdict;

QString bytesText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

QString toString(PreflightCheck::Verdict verdict)
{
    switch (verdict) {
    case Verdict::Warn:
        return QStringLiteral("WARN");
    case Verdict::Fail:
        return QStringLiteral("FAIL");
    case Verdict::Pass:
        break;
    }
    return QStringLiteral("ok");
}

bool PreflightReport::passed() const
{
    for (const PreflightCheck& check : checks) {
        if (check.verdict == Verdict::Fail)
            return false;
    }
    return true;
}

Expected<PreflightReport> Preflight::run(HostSession& host, const QString& hostKeyFingerprint)
{
    auto discovered = HostDiscovery::discover(host);
    if (!discovered)
        return discovered.error();
    return evaluate(host, *discovered, hostKeyFingerprint);
}

PreflightReport Preflight::evaluate(HostSession& host, const Discovery& discovery,
                                    const QString& hostKeyFingerprint)
{
    PreflightReport report;
    report.discovery = discovery;
    report.discovery.hostKeyFingerprint = hostKeyFingerprint;
    const Discovery& found = report.discovery;
    const plan::Plan& plan = host.plan();
    auto add = [&](QString name, QString value, Verdict verdict, QString hint = {}) {
        report.checks.append({std::move(name), std::move(value), verdict, std::move(hint)});
    };

    add(QStringLiteral("SSH and host key"),
        QStringLiteral("%1@%2:%3, %4")
            .arg(plan.ssh.user, plan.ssh.host)
            .arg(plan.ssh.port)
            .arg(hostKeyFingerprint),
        Verdict::Pass);
    add(QStringLiteral("docker"),
        QStringLiteral("%1, server %2").arg(found.dockerCommand, found.dockerServerVersion),
        Verdict::Pass);

    const docker::ContainerInfo& old = found.container;
    add(QStringLiteral("old container"),
        QStringLiteral("%1 %2 (%3)").arg(old.name, old.state.status, old.configImage),
        old.state.running || old.state.status == QLatin1String("exited") ? Verdict::Pass
                                                                         : Verdict::Fail,
        QStringLiteral("the container must be running (or stopped by an earlier run)"));
    const QString hostIp =
        plan.oms.hostIp.isEmpty() ? old.env.value(QStringLiteral("OMS_HOST_IP")) : plan.oms.hostIp;
    add(QStringLiteral("OMS_HOST_IP"), hostIp.isEmpty() ? QStringLiteral("-") : hostIp,
        hostIp.isEmpty() ? Verdict::Fail : Verdict::Pass,
        QStringLiteral("set oms.host_ip in the plan: the old container has no OMS_HOST_IP"));

    // Route: from the image tag (or the plan's override) to the target image's version.
    if (found.sourceVersion.isNull() || found.targetVersion.isNull()) {
        add(QStringLiteral("route"),
            found.sourceVersion.isNull() ? found.sourceVersionNote : found.targetVersionNote,
            Verdict::Fail,
            QStringLiteral("set oms.source_version, or a target_image with a version tag"));
    } else if (auto catalogue = ProcedureCatalogue::loadBuiltIn(); !catalogue) {
        add(QStringLiteral("route"), catalogue.error().message, Verdict::Fail);
    } else if (auto route = catalogue->findRoute(found.sourceVersion, found.targetVersion);
               !route) {
        add(QStringLiteral("route"), route.error().message, Verdict::Fail, route.error().hint);
    } else {
        add(QStringLiteral("route"), route->label() + QStringLiteral(" (supported)"),
            Verdict::Pass);
    }

    if (plan.oms.targetImage.isEmpty()) {
        add(QStringLiteral("new image"), QStringLiteral("no oms.target_image in the plan"),
            Verdict::Fail, QStringLiteral("name the image of the new version in the plan"));
    } else if (found.targetImagePresent) {
        add(QStringLiteral("new image"), plan.oms.targetImage + QStringLiteral(" present"),
            Verdict::Pass);
    } else if (!plan.oms.imageTarball.isEmpty()) {
        const auto exists = host.sftp().exists(plan.oms.imageTarball);
        const bool ok = exists && *exists;
        add(QStringLiteral("new image"),
            QStringLiteral("%1 not present; tarball %2 %3")
                .arg(plan.oms.targetImage, plan.oms.imageTarball,
                     ok ? QStringLiteral("found") : QStringLiteral("missing")),
            ok ? Verdict::Pass : Verdict::Fail,
            QStringLiteral("copy the image tarball to the host or docker load it"));
    } else {
        add(QStringLiteral("new image"), plan.oms.targetImage + QStringLiteral(" not present"),
            Verdict::Fail,
            QStringLiteral("docker load the image on the host, or set oms.image_tarball"));
    }

    const QString newName = newContainerName(plan, found.targetVersion);
    if (auto valid = remote::validateContainerName(newName); !valid) {
        add(QStringLiteral("new container name"), newName, Verdict::Fail, valid.error().message);
    } else if (auto taken = host.docker().containerExists(newName); !taken) {
        add(QStringLiteral("new container name"), taken.error().message, Verdict::Fail);
    } else {
        add(QStringLiteral("new container name"),
            *taken ? QStringLiteral("%1 is taken").arg(newName)
                   : QStringLiteral("%1 is free").arg(newName),
            *taken ? Verdict::Fail : Verdict::Pass,
            QStringLiteral("remove or rename that container, or choose oms.new_container"));
    }

    // Mounts: the new container gets exactly the old binds; the documented ones must be there.
    const docker::BindMounts oldBinds = old.bindMounts();
    bool oldHttps = false;
    for (const docker::BindMount& bind : oldBinds)
        oldHttps =
            oldHttps || docker::MountComparison::httpsContainerPaths().contains(bind.containerPath);
    const bool https = oldHttps || !plan.oms.httpsCert.isEmpty();
    const auto comparison = docker::MountComparison::compare(
        oldBinds, docker::MountComparison::plannedFromOld(oldBinds, https, plan.oms.httpsCert,
                                                          plan.oms.httpsKey));
    QStringList mountProblems;
    for (const docker::MountRow& row : comparison.problems())
        mountProblems << QStringLiteral("%1: %2").arg(row.containerPath,
                                                      docker::mountVerdictName(row.verdict));
    add(QStringLiteral("mounts"),
        mountProblems.isEmpty()
            ? QStringLiteral("%1 binds, identical for the new container").arg(oldBinds.size())
            : mountProblems.join(QStringLiteral("; ")),
        comparison.ok ? Verdict::Pass : Verdict::Fail,
        QStringLiteral("the documented mounts must exist and stay the same across the upgrade"));
    if (https) {
        QStringList missing;
        for (const QString& path : {plan.oms.httpsCert, plan.oms.httpsKey}) {
            if (path.isEmpty())
                continue;
            const auto exists = host.sftp().exists(path);
            if (!exists || !*exists)
                missing << path;
        }
        for (const docker::BindMount& bind : oldBinds) {
            if (!docker::MountComparison::httpsContainerPaths().contains(bind.containerPath))
                continue;
            const auto exists = host.sftp().exists(bind.hostPath);
            if (!exists || !*exists)
                missing << bind.hostPath;
        }
        add(QStringLiteral("HTTPS files"),
            missing.isEmpty()
                ? QStringLiteral("certificate and key present")
                : QStringLiteral("missing: %1").arg(missing.join(QStringLiteral(", "))),
            missing.isEmpty() ? Verdict::Pass : Verdict::Fail,
            QStringLiteral("the certificate and key must exist on the host"));
    }

    add(QStringLiteral("config.yaml"), found.config.sourceName, Verdict::Pass);
    if (found.metaDbRoute.isEmpty()) {
        QString problem;
        for (const QString& p : found.problems) {
            if (p.startsWith(QLatin1String("MetaDB")))
                problem = p;
        }
        add(QStringLiteral("MetaDB"), problem, Verdict::Fail,
            QStringLiteral("check config.yaml's oms_meta_* values, the network, or "
                           "metadb.tunnel in the plan"));
        return report;
    }
    add(QStringLiteral("MetaDB"),
        QStringLiteral("%1, %2").arg(found.metaDbRoute, found.metaServerVersion), Verdict::Pass);
    add(QStringLiteral("databases"),
        found.databasesMissing.isEmpty()
            ? found.databases.join(QStringLiteral(", "))
            : QStringLiteral("missing: %1").arg(found.databasesMissing.join(QStringLiteral(", "))),
        found.databasesMissing.isEmpty() ? Verdict::Pass : Verdict::Fail,
        QStringLiteral("config.yaml names databases the MetaDB does not have"));

    qint64 total = 0;
    for (const metadb::DatabaseSize& size : found.databaseSizes)
        total += size.bytes;
    if (auto space = backup::DiskSpace::measure(host.runner(), plan.backup.directory); !space) {
        add(QStringLiteral("backup space"), space.error().message, Verdict::Fail);
    } else {
        const qint64 needed = backup::DiskSpace::requiredBytes(total);
        add(QStringLiteral("backup space"),
            QStringLiteral("%1 free in %2, %3 needed (1.5 x %4)")
                .arg(bytesText(space->availableBytes), space->measuredPath, bytesText(needed),
                     bytesText(total)),
            space->fits(total) ? Verdict::Pass : Verdict::Fail,
            QStringLiteral("free space or choose another backup.directory"));
    }
    add(QStringLiteral("heartbeat rows"),
        found.heartbeatRows >= 0 ? QString::number(found.heartbeatRows) : QStringLiteral("?"),
        found.heartbeatRows >= 0 ? Verdict::Pass : Verdict::Warn,
        QStringLiteral("the trim step will read the table again"));
    if (found.ha)
        add(QStringLiteral("HA"),
            QStringLiteral("enable=%1, refetchStoreIntervalMin=%2")
                .arg(found.ha->enable() ? QStringLiteral("true") : QStringLiteral("false"))
                .arg(found.ha->refetchStoreIntervalMin()),
            Verdict::Pass);
    else
        add(QStringLiteral("HA"), QStringLiteral("ha.config not readable"), Verdict::Fail,
            QStringLiteral("the rm database must hold oms_normal_config with ha.config"));
    return report;
}

} // namespace omsua::upgrade
