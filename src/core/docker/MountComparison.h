#pragma once

#include "docker/BindMount.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace omsua::docker {

enum class MountVerdict {
    Identical,       // same host path (and read-only flag) on both sides
    HostPathChanged, // the container path is bound from another host path in the plan
    ReadOnlyChanged, // same host path, but read-only on one side only
    MissingInPlan,   // the old container has it, the plan does not
    ExtraInPlan,     // the plan has it, the old container does not
    MissingRequired, // a documented mount the old container does not have
};

QString mountVerdictName(MountVerdict verdict); // "identical", "host path changed", ...

// One container path, side by side.
struct MountRow
{
    QString containerPath;
    QString oldHostPath;     // empty when the old container has no such mount
    QString plannedHostPath; // empty when the plan has no such mount
    bool oldReadOnly = false;
    bool plannedReadOnly = false;
    bool required = false; // one of MountComparison::requiredContainerPaths()
    MountVerdict verdict = MountVerdict::Identical;
};

struct MountComparisonResult
{
    QList<MountRow> rows; // documented mounts first (in documented order), then the others
    // True only when every required mount is there and identical and nothing else differs.
    bool ok = false;
    QList<MountRow> problems() const; // the rows that are not Identical
};

// Compares the old container's binds with the ones planned for the new container. The
// host-side paths must stay the same across an upgrade (OMS keeps its logs, store and run
// state there). Paths are compared literally after removing trailing slashes: no symlink
// resolution (that needs the host, and a tool that "resolves" a difference away hides it).
class MountComparison
{
public:
    // /home/admin/conf/config.yaml, /home/admin/logs, /home/ds/store, /home/ds/run
    static QStringList requiredContainerPaths();
    // /etc/pki/nginx/oms_server.crt and /etc/pki/nginx/oms_server.key (HTTPS)
    static QStringList httpsContainerPaths();

    static MountComparisonResult compare(const BindMounts& oldMounts,
                                         const BindMounts& plannedMounts);

    // The tool's default plan: exactly the old binds, in the old order. With https off the
    // certificate/key binds are left out; with https on they are kept, or taken from
    // certHostPath / keyHostPath when given (a new certificate), or added from them when the
    // old container had none.
    static BindMounts plannedFromOld(const BindMounts& oldMounts, bool https,
                                     const QString& certHostPath = QString(),
                                     const QString& keyHostPath = QString());

    // "/data/oms/" -> "/data/oms"; "/" stays "/".
    static QString normalisedPath(const QString& path);
};

} // namespace omsua::docker
