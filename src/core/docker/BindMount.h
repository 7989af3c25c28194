#pragma once

#include "Expected.h"

#include <QList>
#include <QString>

namespace omsua::docker {

// One host path bound into a container (`-v host:container[:ro]`).
struct BindMount
{
    QString hostPath;
    QString containerPath;
    bool readOnly = false;
    QString options; // as given after the second ':' ("ro", "rw,z", ...); empty when none

    // "host:container" or "host:container:options" (readOnly adds "ro" when options are empty).
    QString toSpec() const;

    // Parses HostConfig.Binds entries and -v values: "src:dst" or "src:dst:opts". More colons
    // (or a missing destination) are an Error: Docker on Linux splits at ':' the same way.
    static Expected<BindMount> fromSpec(const QString& spec);

    friend bool operator==(const BindMount& a, const BindMount& b)
    {
        return a.hostPath == b.hostPath && a.containerPath == b.containerPath &&
               a.readOnly == b.readOnly;
    }
};

using BindMounts = QList<BindMount>;

} // namespace omsua::docker
