#include "docker/ContainerInfo.h"

namespace omsua::docker {

BindMounts ContainerInfo::bindMounts() const
{
    if (mounts.isEmpty())
        return binds;
    BindMounts result;
    for (const ContainerMount& mount : mounts) {
        if (mount.type != QStringLiteral("bind"))
            continue;
        BindMount bind;
        bind.hostPath = mount.source;
        bind.containerPath = mount.destination;
        bind.readOnly = !mount.rw;
        bind.options = mount.mode;
        result.append(bind);
    }
    return result;
}

} // namespace omsua::docker
