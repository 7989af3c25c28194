#include "upgrade/HostDiscovery.h"

#include "docker/DockerCli.h"
#include "metadb/MetaDbConnection.h"
#include "remote/SshSession.h"
#include "upgrade/HostSession.h"
#include "upgrade/RouteVersion.h"

namespace omsua::upgrade {

QString newContainerName(const plan::Plan& plan, const QVersionNumber& targetVersion)
{
    if (!plan.oms.newContainer.isEmpty())
        return plan.oms.newContainer;
    QString digits = targetVersion.toString();
    digits.remove(QLatin1Char('.'));
    return plan.oms.container + QLatin1Char('_') + digits;
}

Expected<Discovery> HostDiscovery::discover(HostSession& host, const ProgressCallback& progress,
                                            const docker::ContainerInfo* knownContainer)
{
    const auto step = [&](const QString& what) {
        if (progress)
            progress(what);
    };
    Discovery found;
    const plan::Plan& plan = host.plan();

    step(QStringLiteral("docker"));
    auto dockerVersion = host.docker().detect();
    if (!dockerVersion)
        return dockerVersion.error();
    found.dockerServerVersion = *dockerVersion;
    found.dockerCommand = host.docker().prefix().join(QLatin1Char(' '));

    step(QStringLiteral("container"));
    if (knownContainer) {
        found.container = *knownContainer;
    } else {
        auto container = host.inspectOldContainer();
        if (!container)
            return container.error();
        found.container = *container;
    }

    if (!plan.oms.sourceVersion.isEmpty()) {
        found.sourceVersion = QVersionNumber::fromString(plan.oms.sourceVersion);
        found.sourceVersionNote = QStringLiteral("from the plan (oms.source_version)");
    } else if (auto version = versionFromImageReference(found.container.configImage)) {
        found.sourceVersion = *version;
        found.sourceVersionNote =
            QStringLiteral("from the image tag %1").arg(found.container.configImage);
    } else {
        found.sourceVersionNote = version.error().message;
        found.problems << QStringLiteral("source version: %1 (set oms.source_version in the plan)")
                              .arg(version.error().message);
    }
    if (!plan.oms.targetImage.isEmpty()) {
        if (auto version = versionFromImageReference(plan.oms.targetImage)) {
            found.targetVersion = *version;
            found.targetVersionNote =
                QStringLiteral("from the image tag %1").arg(plan.oms.targetImage);
        } else {
            found.targetVersionNote = version.error().message;
        }
        step(QStringLiteral("images"));
        if (auto present = host.docker().imageExists(plan.oms.targetImage))
            found.targetImagePresent = *present;
        else
            found.problems << QStringLiteral("target image: %1").arg(present.error().message);
    }

    step(QStringLiteral("config.yaml"));
    auto config = host.readConfigYaml(found.container);
    if (!config)
        return config.error();
    found.config = *config;
    found.databases = {found.config.rmDb, found.config.cmDb, found.config.cmHbDb};

    step(QStringLiteral("MetaDB"));
    if (auto connected = host.connectMetaDb(found.config); !connected) {
        found.problems << QStringLiteral("MetaDB: %1").arg(connected.error().toString());
        return found;
    }
    found.metaDbRoute = host.metaDbRoute();
    metadb::MetaDbConnection& db = host.metadb();
    if (auto version = db.serverVersion())
        found.metaServerVersion = *version;
    if (auto present = db.databasesPresent(found.databases)) {
        for (const QString& name : found.databases) {
            if (!present->contains(name))
                found.databasesMissing << name;
        }
        if (!found.databasesMissing.isEmpty())
            found.problems << QStringLiteral("MetaDB: databases missing: %1")
                                  .arg(found.databasesMissing.join(QStringLiteral(", ")));
    } else {
        found.problems << QStringLiteral("MetaDB databases: %1").arg(present.error().message);
    }
    if (found.databasesMissing.isEmpty()) {
        if (auto sizes = db.databaseSizes(found.databases))
            found.databaseSizes = *sizes;
        else
            found.problems << QStringLiteral("database sizes: %1").arg(sizes.error().message);
        if (auto rows = db.heartbeatRowCount(found.config.cmHbDb))
            found.heartbeatRows = *rows;
        else
            found.problems << QStringLiteral("heartbeat rows: %1").arg(rows.error().message);
        if (auto ha = db.readHaConfig(found.config.rmDb))
            found.ha = ha->config;
        else
            found.problems << QStringLiteral("ha.config: %1").arg(ha.error().message);
    }
    return found;
}

} // namespace omsua::upgrade
