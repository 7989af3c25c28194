#include "docker/DockerTypes.h"

#include <QRegularExpression>

namespace omsua::docker {

QString dockerModeName(DockerMode mode)
{
    switch (mode) {
    case DockerMode::Auto:
        return QStringLiteral("auto");
    case DockerMode::Docker:
        return QStringLiteral("docker");
    case DockerMode::SudoDocker:
        return QStringLiteral("sudo docker");
    }
    return QString();
}

Expected<DockerMode> parseDockerMode(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral(R"([\s_-]+)"));
    const QString normalised = text.trimmed().toLower().replace(separators, QStringLiteral(" "));
    if (normalised == QStringLiteral("auto") || normalised.isEmpty())
        return DockerMode::Auto;
    if (normalised == QStringLiteral("docker"))
        return DockerMode::Docker;
    if (normalised == QStringLiteral("sudo docker"))
        return DockerMode::SudoDocker;
    return makeError(QStringLiteral("Unknown docker mode \"%1\"").arg(text.left(40)),
                     QStringLiteral("plan: ssh.docker"),
                     QStringLiteral("Use auto, docker or \"sudo docker\"."));
}

QString ImageSummary::reference() const
{
    if (repository.isEmpty() || repository == QStringLiteral("<none>"))
        return id;
    if (tag.isEmpty() || tag == QStringLiteral("<none>"))
        return repository;
    return repository + QLatin1Char(':') + tag;
}

} // namespace omsua::docker
