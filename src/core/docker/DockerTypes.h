#pragma once

#include "Expected.h"

#include <QString>
#include <QStringList>

namespace omsua::docker {

// How Docker is reached on the host (plan file `ssh.docker`: auto | docker | sudo docker).
enum class DockerMode { Auto, Docker, SudoDocker };

QString dockerModeName(DockerMode mode); // "auto", "docker", "sudo docker"
// Accepts the plan file values, case-insensitive, any whitespace ("sudo  docker", "sudo-docker");
// an empty value (key left out) means auto.
Expected<DockerMode> parseDockerMode(const QString& text);

// One line of `docker ps -a --format '{{json .}}'`.
struct ContainerSummary
{
    QString id;
    QString names; // comma-separated, as Docker prints them
    QString image;
    QString state;  // "running", "exited", ...
    QString status; // "Up 3 hours", "Exited (0) 2 minutes ago"
    QString createdAt;
};

// One line of `docker images --format '{{json .}}'`.
struct ImageSummary
{
    QString repository; // "<none>" for dangling images
    QString tag;        // "<none>" when untagged
    QString id;
    QString digest;
    QString size;
    QString createdAt;

    // "repository:tag", or the ID for an untagged image.
    QString reference() const;
};

} // namespace omsua::docker
