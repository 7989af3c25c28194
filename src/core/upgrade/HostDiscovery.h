#pragma once

#include "Expected.h"
#include "config/OmsConfig.h"
#include "docker/ContainerInfo.h"
#include "metadb/HaConfig.h"
#include "metadb/MetaDbTypes.h"
#include "plan/Plan.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <QVersionNumber>
#include <functional>
#include <optional>

namespace omsua::upgrade {

class HostSession;

// What the tool found on the host, read-only: the basis of probe, preflight and the plan view.
struct Discovery
{
    QString hostKeyFingerprint;
    QString dockerCommand; // "docker" or "sudo -n docker"
    QString dockerServerVersion;

    docker::ContainerInfo container;
    QVersionNumber sourceVersion; // from the image tag, or the plan's override
    QString sourceVersionNote;    // how it was found, or why not
    QVersionNumber targetVersion;
    QString targetVersionNote;
    bool targetImagePresent = false;

    config::OmsConfig config;

    QString metaDbRoute;
    QString metaServerVersion;
    QStringList databases; // rm, cm, cm_hb as config.yaml names them
    QStringList databasesMissing;
    QMap<QString, metadb::DatabaseSize> databaseSizes;
    qint64 heartbeatRows = -1;
    std::optional<metadb::HaConfig> ha;

    // Parts that could not be read; the rest is still filled in.
    QStringList problems;
    bool complete() const { return problems.isEmpty(); }
};

// The new container's name: the plan's oms.new_container, or "<old>_<target version digits>"
// ("oms_330" -> "oms_330_331"). Never the old name: Docker refuses a second container of the
// same name, and rollback restarts the old one by its name.
QString newContainerName(const plan::Plan& plan, const QVersionNumber& targetVersion);

// Reads everything from a connected HostSession. SSH, the container and config.yaml are
// required (an Error when they fail); the MetaDB and the images are recorded as problems so a
// partial picture can still be shown.
class HostDiscovery
{
public:
    using ProgressCallback = std::function<void(const QString& what)>;
    // knownContainer: the old container as recorded elsewhere (a rollback after it was
    // removed: the backup manifest's inspect), used instead of asking docker.
    static Expected<Discovery> discover(HostSession& host, const ProgressCallback& progress = {},
                                        const docker::ContainerInfo* knownContainer = nullptr);
};

} // namespace omsua::upgrade
