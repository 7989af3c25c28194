#pragma once

#include "Expected.h"
#include "docker/BindMount.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace omsua::log {
class Redactor;
}

namespace omsua::docker {

struct EnvVar
{
    QString name;
    QString value;
    bool secret = false; // masked in displayCommand() whatever the Redactor knows
};

// A `docker run` as the OMS documentation writes it:
//   docker run -dit --net host -v <host>:<container> ... -e K=V ... <flags> --name N <image>
// Environment values end up on the docker command line (visible in `ps` on the host and in
// `docker inspect`): never put a password there. OMS needs none (OMS_HOST_IP, IS_UPGRADE).
struct RunSpec
{
    QString name;
    QString image;
    BindMounts binds;
    QList<EnvVar> env; // in order, as shown to the operator
    bool networkHost = true;
    QStringList extraFlags;  // e.g. --privileged=true --pids-limit -1 --ulimit nproc=65535:65535
    bool detach = true;      // -d
    bool interactive = true; // -i  (-dit as in the docs: keeps the entrypoint's shell alive)
    bool tty = true;         // -t
    QStringList command;     // after the image: replaces the image's CMD

    // Sets (or replaces) one variable.
    void setEnv(const QString& name, const QString& value, bool secret = false);
    QString envValue(const QString& name) const;

    // The arguments after `docker` (starting with "run"); each one argument, never split.
    QStringList toArgv() const;

    // The exact command the operator sees and confirms: prefix (e.g. {"sudo", "-n", "docker"})
    // + toArgv(), shell-quoted, with secret env values and everything the redactor knows
    // masked.
    QString displayCommand(const log::Redactor& redactor,
                           const QStringList& prefix = {QStringLiteral("docker")}) const;

    // Name, image, bind paths (absolute, no "..", no ':' which -v would split at), env names.
    Expected<void> validate() const;
};

} // namespace omsua::docker
