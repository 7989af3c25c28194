#pragma once

#include "Expected.h"
#include "docker/ContainerInfo.h"
#include "docker/DockerTypes.h"
#include "docker/RunSpec.h"
#include "remote/CommandRunner.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace omsua::docker {

// The docker command line on the host, through a CommandRunner (SSH in production, a local
// process in tests). Every command is an argument vector - prefix ("docker" or
// "sudo -n docker") + arguments - handed to CommandRunner::run(), which quotes each argument;
// container names, image references and paths are validated before anything runs. Every
// command has a timeout. Not thread-safe: use it on the thread that owns the runner.
class DockerCli
{
public:
    explicit DockerCli(remote::CommandRunner& runner, DockerMode mode = DockerMode::Auto);

    DockerMode mode() const { return m_mode; }

    // The docker program (default "docker", found through PATH on the host).
    void setDockerProgram(const QString& program) { m_program = program; }

    // Timeout of quick commands (inspect, ps, start, rename ...); default 60 s. Long ones
    // (stop, run, load, exec) derive theirs from their own parameters.
    void setCommandTimeoutMs(int milliseconds) { m_timeoutMs = milliseconds; }
    int commandTimeoutMs() const { return m_timeoutMs; }

    // Finds out how docker can be used: `docker version --format '{{.Server.Version}}'`, then
    // (Auto) the same through `sudo -n`. Remembers the working prefix and returns the server
    // version. The Error explains both failures and what to do (docker group, or a NOPASSWD
    // sudo rule for docker). Called implicitly by the first command when not called before.
    Expected<QString> detect();
    bool isDetected() const { return m_detected; }
    // {"docker"} or {"sudo", "-n", "docker"}; before detection, what the mode suggests.
    QStringList prefix() const;

    Expected<QString> serverVersion();

    Expected<ContainerInfo> inspectContainer(const QString& name);
    Expected<bool> containerExists(const QString& name);
    Expected<QList<ContainerSummary>> listContainers(); // all, running or not

    Expected<QList<ImageSummary>> listImages();
    Expected<bool> imageExists(const QString& reference);
    Expected<QString> imageId(const QString& reference); // "sha256:..."

    // `docker stop -t timeoutSec`: Docker waits that long after SIGTERM, then kills.
    Expected<void> stop(const QString& name, int timeoutSec = 30);
    Expected<void> start(const QString& name);
    Expected<void> restart(const QString& name, int timeoutSec = 30);
    Expected<void> remove(const QString& name, bool force = false);
    Expected<void> rename(const QString& oldName, const QString& newName);

    // The last `tail` lines of the container's output, stdout and stderr interleaved as the
    // container wrote them. (The only command run through runShell, for its `2>&1`; the
    // command itself is the same quoted argument vector.)
    Expected<QString> logs(const QString& name, int tail = 100);

    // `docker exec [-i] <name> argv...`. The command's own exit status is in the result, not an
    // Error (the caller judges it, e.g. docker_init.sh); an Error means docker could not be run.
    // options stream the output and carry cancellation; with no timeout given, 30 minutes.
    // A timeout or cancellation ends the docker client only: the process inside the container
    // keeps running (Docker has no "kill exec"), so check the container before going on.
    Expected<remote::CommandResult> exec(const QString& name, const QStringList& argv,
                                         const remote::ExecOptions& options = {});

    // `docker top <name> -eo pid,args`: the container's processes as the host's ps sees them
    // (works without ps inside the image). One "pid args" line each, header removed.
    Expected<QStringList> processes(const QString& name);

    // `docker run` (detached); returns the new container's ID.
    Expected<QString> run(const RunSpec& spec);

    // `docker load -i <tarball>` on the host; returns what Docker reports as loaded
    // ("oms:feature_3.3.1_ce" or an image ID).
    Expected<QStringList> load(const QString& tarballPath, int timeoutMs = 60 * 60 * 1000);

private:
    Expected<void> ensureDetected();
    // Runs prefix + args; an Error when it could not run or exited non-zero.
    Expected<remote::CommandResult> runDocker(const QStringList& args, int timeoutMs,
                                              const QString& what,
                                              const QString& shownCommand = QString());
    Expected<remote::CommandResult> runRaw(const QStringList& argv, int timeoutMs);
    Error commandError(const QString& shownCommand, const remote::CommandResult& result,
                       const QString& what, int timeoutMs) const;
    Expected<bool> exists(const QStringList& args, const QString& what);

    remote::CommandRunner& m_runner;
    DockerMode m_mode;
    QString m_program = QStringLiteral("docker");
    QStringList m_sudo{QStringLiteral("sudo"), QStringLiteral("-n")};
    int m_timeoutMs = 60000;
    bool m_detected = false;
    bool m_useSudo = false;
};

} // namespace omsua::docker
