#include "docker/BindMount.h"

#include "remote/ArgumentValidation.h"

#include <QStringList>

namespace omsua::docker {

QString BindMount::toSpec() const
{
    QString spec = hostPath + QLatin1Char(':') + containerPath;
    if (!options.isEmpty())
        spec += QLatin1Char(':') + options;
    else if (readOnly)
        spec += QStringLiteral(":ro");
    return spec;
}

Expected<BindMount> BindMount::fromSpec(const QString& spec)
{
    const QStringList parts = spec.split(QLatin1Char(':'));
    if (parts.size() < 2 || parts.size() > 3 || parts.at(0).isEmpty() || parts.at(1).isEmpty())
        return makeError(
            QStringLiteral("Bind %1 is not of the form host-path:container-path[:options]")
                .arg(remote::displayValue(spec)),
            QStringLiteral("HostConfig.Binds"),
            QStringLiteral("Check the container's mounts with `docker inspect`."));
    BindMount bind;
    bind.hostPath = parts.at(0);
    bind.containerPath = parts.at(1);
    if (parts.size() == 3) {
        bind.options = parts.at(2);
        bind.readOnly = bind.options.split(QLatin1Char(',')).contains(QStringLiteral("ro"));
    }
    return bind;
}

} // namespace omsua::docker
