#pragma once

#include "Expected.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace omsua::plan {

// How docker is reached on the host: as the login user, through `sudo -n`, or found out.
enum class DockerAccess { Auto, Docker, SudoDocker };
// Whether the MetaDB is reached directly, through an SSH tunnel, or whichever works.
enum class TunnelMode { Auto, Always, Never };
// How ha.config is changed: written to the MetaDB by the tool, or by the operator in the console.
enum class HaApply { MetaDb, Console };

// The plan file (YAML): names the target; everything else is discovered and can be overridden.
// The same file is read by the CLI and saved by the GUI. It never holds a secret.
struct Plan
{
    struct Ssh
    {
        QString host;
        quint16 port = 22;
        QString user;
        QString identityFile; // local path, ~ expanded; empty: agent / password
        QString knownHosts;   // local path, ~ expanded; default ~/.ssh/known_hosts
        DockerAccess docker = DockerAccess::Auto;
    } ssh;

    struct Oms
    {
        QString container;    // the running (old) container
        QString targetImage;  // image reference of the new version
        QString newContainer; // empty: <container>_<target digits>
        QString hostIp;       // empty: OMS_HOST_IP of the old container
        QString httpsCert;    // host paths; empty: taken from the old container if mounted
        QString httpsKey;
        QString imageTarball;  // host path of an image to `docker load` when it is not present
        QString sourceVersion; // empty: read from the old container's image tag
        QStringList runFlags{QStringLiteral("--privileged=true"), QStringLiteral("--pids-limit"),
                             QStringLiteral("-1"), QStringLiteral("--ulimit"),
                             QStringLiteral("nproc=65535:65535")};
    } oms;

    struct MetaDb
    {
        QString host; // empty: oms_meta_host from config.yaml
        std::optional<quint16> port;
        QString user;
        TunnelMode tunnel = TunnelMode::Auto;
    } metadb;

    struct Backup
    {
        QString directory = QStringLiteral("/home/admin/oms-upgrade-backups");
    } backup;

    struct Ha
    {
        HaApply apply = HaApply::MetaDb;
        bool perceiveStoreClientCheckpoint = false;
        int refetchMarginMin = 30;
    } ha;

    QString sourceFile; // where the plan was read from (for messages)

    // Parses and validates a plan. Unknown keys are errors (a typo must not be silently ignored);
    // relative local paths are taken relative to the plan file's directory.
    static Expected<Plan> fromYaml(const QByteArray& yaml, const QString& sourceFile);
    static Expected<Plan> load(const QString& path);

    QByteArray toYaml() const;
    Expected<void> save(const QString& path) const; // atomic, mode 0600
};

QString toString(DockerAccess access);
QString toString(TunnelMode mode);
QString toString(HaApply apply);

} // namespace omsua::plan
