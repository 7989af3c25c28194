#include "CliOutput.h"
#include "Commands.h"
#include "ExitCode.h"
#include "HostConnector.h"
#include "docker/ContainerInfo.h"
#include "upgrade/HostDiscovery.h"
#include "upgrade/HostSession.h"
#include "upgrade/ProcedureCatalogue.h"

#include <QCoreApplication>
#include <QLocale>

namespace omsua::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("omsua::cli", text);
}

QString timeText(const QDateTime& when)
{
    return when.isValid() ? when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz 'UTC'"))
                          : QStringLiteral("-");
}

QString sizeText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

void printDiscovery(const upgrade::Discovery& found, const plan::Plan& plan, CliOutput& out)
{
    out.line(tr("host: %1@%2:%3").arg(plan.ssh.user, plan.ssh.host).arg(plan.ssh.port));
    out.line(tr("host key: %1").arg(found.hostKeyFingerprint));
    out.line(tr("docker: %1 (server %2)").arg(found.dockerCommand, found.dockerServerVersion));
    const docker::ContainerInfo& c = found.container;
    out.line(tr("container: %1 (%2)").arg(c.name, c.id.left(12)));
    out.line(tr("image: %1").arg(c.configImage));
    out.line(tr("state: %1 (started %2, finished %3)")
                 .arg(c.state.status, timeText(c.state.startedAt), timeText(c.state.finishedAt)));
    out.line(
        tr("OMS_HOST_IP: %1").arg(c.env.value(QStringLiteral("OMS_HOST_IP"), QStringLiteral("-"))));
    for (const docker::BindMount& bind : c.bindMounts())
        out.line(tr("mount: %1 -> %2%3")
                     .arg(bind.hostPath, bind.containerPath,
                          bind.readOnly ? QStringLiteral(" (read-only)") : QString()));
    out.line(tr("source version: %1 (%2)")
                 .arg(found.sourceVersion.isNull() ? QStringLiteral("?")
                                                   : found.sourceVersion.toString(),
                      found.sourceVersionNote));
    if (!plan.oms.targetImage.isEmpty()) {
        out.line(tr("target image: %1 (%2)")
                     .arg(plan.oms.targetImage, found.targetImagePresent
                                                    ? tr("present on the host")
                                                    : tr("not present on the host")));
        if (!found.sourceVersion.isNull() && !found.targetVersion.isNull()) {
            const auto catalogue = upgrade::ProcedureCatalogue::loadBuiltIn();
            if (catalogue) {
                const auto route = catalogue->findRoute(found.sourceVersion, found.targetVersion);
                out.line(route ? tr("route: %1 (supported)").arg(route->label())
                               : tr("route: not supported: %1").arg(route.error().message));
            }
        }
    }
    const config::OmsConfig& cfg = found.config;
    out.line(tr("config.yaml: %1").arg(cfg.sourceName));
    out.line(tr("metadb: %1@%2:%3").arg(cfg.metaUser, cfg.metaHost).arg(cfg.metaPort));
    out.line(tr("databases: rm=%1 cm=%2 cm_hb=%3").arg(cfg.rmDb, cfg.cmDb, cfg.cmHbDb));
    if (!found.metaDbRoute.isEmpty()) {
        out.line(tr("metadb route: %1").arg(found.metaDbRoute));
        out.line(tr("metadb server: %1").arg(found.metaServerVersion));
    }
    for (auto it = found.databaseSizes.cbegin(); it != found.databaseSizes.cend(); ++it)
        out.line(
            tr("database %1: %2 in %3 tables").arg(it.key(), sizeText(it->bytes)).arg(it->tables));
    if (found.heartbeatRows >= 0)
        out.line(tr("heartbeat rows: %1").arg(found.heartbeatRows));
    if (found.ha)
        out.line(tr("ha.config: enable=%1 perceiveStoreClientCheckpoint=%2 "
                    "refetchStoreIntervalMin=%3")
                     .arg(found.ha->enable() ? QStringLiteral("true") : QStringLiteral("false"),
                          found.ha->perceiveStoreClientCheckpoint() ? QStringLiteral("true")
                                                                    : QStringLiteral("false"))
                     .arg(found.ha->refetchStoreIntervalMin()));
    for (const QString& problem : found.problems)
        out.line(tr("problem: %1").arg(problem));
}

} // namespace

int runProbe(const QStringList& args, CliOutput& out)
{
    QString planFile;
    bool acceptHostKey = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--plan") && i + 1 < args.size()) {
            planFile = args.at(++i);
        } else if (args.at(i) == QLatin1String("--accept-new-host-key")) {
            acceptHostKey = true;
        } else {
            out.diagnostic(tr("probe: unexpected argument '%1'").arg(args.at(i)));
            out.diagnostic(tr("Usage: oms-upgrade probe --plan PLAN.yaml [--accept-new-host-key]"));
            return BadInput;
        }
    }
    if (planFile.isEmpty()) {
        out.diagnostic(tr("probe: --plan is required"));
        out.diagnostic(tr("Usage: oms-upgrade probe --plan PLAN.yaml [--accept-new-host-key]"));
        return BadInput;
    }

    HostConnector connector(out);
    if (const int status = connector.connect(planFile, acceptHostKey); status != Done)
        return status;
    upgrade::HostSession& host = connector.host();

    auto found = upgrade::HostDiscovery::discover(host);
    if (!found) {
        out.error(found.error());
        return Failed;
    }
    found->hostKeyFingerprint = connector.hostKeyFingerprint();
    printDiscovery(*found, host.plan(), out);
    return found->complete() ? Done : Failed;
}

} // namespace omsua::cli
