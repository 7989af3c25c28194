#pragma once

#include "docker/BindMount.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace omsua::docker {

// State of `docker inspect`. Times are UTC with millisecond precision; a null QDateTime
// stands for Docker's "0001-01-01T00:00:00Z" (never started / never finished).
struct ContainerState
{
    QString status; // "running", "exited", "created", "paused", "restarting", "dead"
    bool running = false;
    bool paused = false;
    bool restarting = false;
    bool oomKilled = false;
    int exitCode = 0;
    qint64 pid = 0;
    QString error;
    QDateTime startedAt;
    QDateTime finishedAt;
};

// One entry of Mounts[] (binds, volumes, tmpfs).
struct ContainerMount
{
    QString type; // "bind", "volume", "tmpfs"
    QString name; // volumes only
    QString source;
    QString destination;
    QString mode;
    bool rw = true;
    QString propagation;
};

struct Ulimit
{
    QString name;
    qint64 soft = 0;
    qint64 hard = 0;
};

struct RestartPolicy
{
    QString name; // "no", "always", "unless-stopped", "on-failure" (empty = no)
    int maximumRetryCount = 0;
};

// What the upgrade needs to know about a container, from `docker inspect`.
struct ContainerInfo
{
    QString id;
    QString name;        // without Docker's leading '/'
    QString configImage; // Config.Image: the reference it was started from
    QString imageId;     // Image: sha256:...
    QDateTime created;
    ContainerState state;
    QStringList envList;        // Config.Env as given ("K=V"), in order
    QMap<QString, QString> env; // the same as a map
    BindMounts binds;           // HostConfig.Binds (the -v options)
    QList<ContainerMount> mounts;
    QString networkMode; // HostConfig.NetworkMode ("host", "default", ...)
    bool privileged = false;
    std::optional<qint64> pidsLimit; // unset when Docker reports null
    QList<Ulimit> ulimits;
    RestartPolicy restartPolicy;
    QStringList entrypoint; // Config.Entrypoint
    QStringList cmd;        // Config.Cmd
    QJsonObject raw;        // the whole object, for the backup manifest

    // The host paths bound into the container: Mounts[] entries of type "bind" (which also
    // covers --mount), or HostConfig.Binds when Mounts is absent.
    BindMounts bindMounts() const;
};

} // namespace omsua::docker
