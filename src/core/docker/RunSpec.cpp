#include "docker/RunSpec.h"

#include "log/Redactor.h"
#include "remote/ArgumentValidation.h"
#include "remote/ShellQuote.h"

namespace omsua::docker {

namespace {

QStringList buildArgv(const RunSpec& spec, bool maskSecrets)
{
    QStringList argv{QStringLiteral("run")};
    QString letters;
    if (spec.detach)
        letters += QLatin1Char('d');
    if (spec.interactive)
        letters += QLatin1Char('i');
    if (spec.tty)
        letters += QLatin1Char('t');
    if (!letters.isEmpty())
        argv << QLatin1Char('-') + letters;
    if (spec.networkHost)
        argv << QStringLiteral("--net") << QStringLiteral("host");
    for (const BindMount& bind : spec.binds)
        argv << QStringLiteral("-v") << bind.toSpec();
    for (const EnvVar& var : spec.env) {
        const QString value = (maskSecrets && var.secret) ? log::Redactor::kMask : var.value;
        argv << QStringLiteral("-e") << var.name + QLatin1Char('=') + value;
    }
    argv << spec.extraFlags;
    argv << QStringLiteral("--name") << spec.name;
    argv << spec.image;
    argv << spec.command;
    return argv;
}

} // namespace

void RunSpec::setEnv(const QString& name, const QString& value, bool secret)
{
    for (EnvVar& var : env) {
        if (var.name == name) {
            var.value = value;
            var.secret = secret;
            return;
        }
    }
    env.append(EnvVar{name, value, secret});
}

QString RunSpec::envValue(const QString& name) const
{
    for (const EnvVar& var : env) {
        if (var.name == name)
            return var.value;
    }
    return QString();
}

QStringList RunSpec::toArgv() const
{
    return buildArgv(*this, false);
}

QString RunSpec::displayCommand(const log::Redactor& redactor, const QStringList& prefix) const
{
    return redactor.redact(remote::shellJoin(prefix + buildArgv(*this, true)));
}

Expected<void> RunSpec::validate() const
{
    if (Expected<void> v = remote::validateContainerName(name); !v)
        return v;
    if (Expected<void> v = remote::validateImageReference(image); !v)
        return v;
    for (const BindMount& bind : binds) {
        for (const QString& path : {bind.hostPath, bind.containerPath}) {
            if (Expected<void> v = remote::validateRemotePath(path); !v)
                return v;
            if (path.contains(QLatin1Char(':')))
                return makeError(QStringLiteral("Path %1 contains ':', which `docker run -v` "
                                                "reads as a separator")
                                     .arg(remote::displayValue(path)),
                                 QStringLiteral("bind mount"),
                                 QStringLiteral("Rename the directory, or bind a parent "
                                                "directory without ':' in its path."));
        }
    }
    for (const EnvVar& var : env) {
        if (Expected<void> v = remote::validateEnvName(var.name); !v)
            return v;
        if (var.value.contains(QChar(0)))
            return makeError(
                QStringLiteral("The value of %1 contains a NUL character").arg(var.name),
                QStringLiteral("environment variable"),
                QStringLiteral("Remove it: a process environment cannot hold NUL."));
    }
    for (const QString& flag : extraFlags) {
        if (flag.contains(QChar(0)) || flag.isEmpty())
            return makeError(QStringLiteral("An extra docker run flag is empty or contains a NUL "
                                            "character"),
                             QStringLiteral("plan: oms.run_flags"),
                             QStringLiteral("Remove the empty entry from run_flags."));
    }
    return {};
}

} // namespace omsua::docker
