#include "docker/DockerCli.h"

#include "docker/ContainerInspect.h"
#include "log/Redactor.h"
#include "remote/ArgumentValidation.h"
#include "remote/ShellQuote.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace omsua::docker {

namespace {

const QString kWhere = QStringLiteral("docker");
constexpr int kRunTimeoutMs = 5 * 60 * 1000;
constexpr int kExecDefaultTimeoutMs = 30 * 60 * 1000;
constexpr int kMaxShownOutput = 600;

QString outputText(const QByteArray& bytes)
{
    return QString::fromUtf8(bytes).trimmed();
}

// A command's complaint as it can be shown: masked, one paragraph, not too long.
QString shownOutput(const remote::CommandResult& result)
{
    QString text = outputText(result.stdErr);
    if (text.isEmpty())
        text = outputText(result.stdOut);
    text = log::Redactor::global().redact(text);
    if (text.size() > kMaxShownOutput)
        text = text.left(kMaxShownOutput) + QStringLiteral(" ...");
    return text;
}

bool mentions(const remote::CommandResult& result, const QString& phrase)
{
    return QString::fromUtf8(result.stdErr).contains(phrase, Qt::CaseInsensitive) ||
           QString::fromUtf8(result.stdOut).contains(phrase, Qt::CaseInsensitive);
}

// What the operator can do about a failed docker command, from what it said.
QString hintFor(const remote::CommandResult& result)
{
    if (mentions(result, QStringLiteral("no such container")))
        return QStringLiteral("Check the container name with `docker ps -a` on the host.");
    if (mentions(result, QStringLiteral("no such image")))
        return QStringLiteral("Check `docker images` on the host; load the image first "
                              "(docker load -i <tarball>) if it is not there.");
    if (mentions(result, QStringLiteral("a password is required")) ||
        mentions(result, QStringLiteral("a terminal is required")))
        return QStringLiteral("sudo asks for a password. Allow the user to run docker without "
                              "one (a sudoers rule such as `<user> ALL=(root) NOPASSWD: "
                              "/usr/bin/docker`), or add the user to the docker group and set "
                              "ssh.docker to docker in the plan.");
    if (mentions(result, QStringLiteral("permission denied")) &&
        mentions(result, QStringLiteral("docker.sock")))
        return QStringLiteral("The user may not use the Docker socket. Add it to the docker "
                              "group (usermod -aG docker <user>, then log in again), or set "
                              "ssh.docker to \"sudo docker\" with a NOPASSWD sudo rule for "
                              "docker.");
    if (mentions(result, QStringLiteral("cannot connect to the docker daemon")) ||
        mentions(result, QStringLiteral("is the docker daemon running")))
        return QStringLiteral("The Docker engine is not running on the host: start it "
                              "(systemctl start docker) and try again.");
    if (mentions(result, QStringLiteral("is already in use")))
        return QStringLiteral("That container name is taken: choose another name, or remove "
                              "the container that has it if it is not needed.");
    if (mentions(result, QStringLiteral("is not running")))
        return QStringLiteral("Start the container first (docker start <name>).");
    if (result.exitStatus == 127 || mentions(result, QStringLiteral("command not found")))
        return QStringLiteral("docker (or sudo) is not installed or not in PATH on the host.");
    return QStringLiteral("Read Docker's message above; the command can be run by hand on the "
                          "host to see more.");
}

} // namespace

DockerCli::DockerCli(remote::CommandRunner& runner, DockerMode mode)
    : m_runner(runner)
    , m_mode(mode)
{}

QStringList DockerCli::prefix() const
{
    const bool sudo = m_detected ? m_useSudo : m_mode == DockerMode::SudoDocker;
    return sudo ? m_sudo + QStringList{m_program} : QStringList{m_program};
}

Expected<remote::CommandResult> DockerCli::runRaw(const QStringList& argv, int timeoutMs)
{
    remote::ExecOptions options;
    options.timeoutMs = timeoutMs;
    return m_runner.run(argv, options);
}

Error DockerCli::commandError(const QString& shownCommand, const remote::CommandResult& result,
                              const QString& what, int timeoutMs) const
{
    if (result.timedOut)
        return makeError(QStringLiteral("%1: `%2` did not finish within %3 s")
                             .arg(what, shownCommand, QString::number(timeoutMs / 1000)),
                         kWhere,
                         QStringLiteral("Docker or the host may be overloaded. Check `docker ps` "
                                        "on the host, then try again."));
    if (result.cancelled)
        return makeError(QStringLiteral("%1: `%2` was cancelled").arg(what, shownCommand), kWhere,
                         QStringLiteral("Check the container's state before going on."));
    const QString status = result.exitSignal.isEmpty()
                               ? QStringLiteral("exit status %1").arg(result.exitStatus)
                               : QStringLiteral("signal %1").arg(result.exitSignal);
    const QString output = shownOutput(result);
    return makeError(QStringLiteral("%1: `%2` failed (%3)%4")
                         .arg(what, shownCommand, status,
                              output.isEmpty() ? QString() : QStringLiteral(": ") + output),
                     kWhere, hintFor(result));
}

Expected<QString> DockerCli::detect()
{
    const QStringList versionArgs{QStringLiteral("version"), QStringLiteral("--format"),
                                  QStringLiteral("{{.Server.Version}}")};
    QStringList failures;
    remote::CommandResult lastFailure;
    auto attempt = [&](bool sudo) -> std::optional<QString> {
        const QStringList argv =
            (sudo ? m_sudo + QStringList{m_program} : QStringList{m_program}) + versionArgs;
        const QString shown = remote::shellJoin(argv);
        Expected<remote::CommandResult> r = runRaw(argv, m_timeoutMs);
        if (!r) {
            failures.append(
                QStringLiteral("`%1` could not be run: %2").arg(shown, r.error().message));
            return std::nullopt;
        }
        const QString version = outputText(r->stdOut);
        if (r->succeeded() && !version.isEmpty()) {
            m_detected = true;
            m_useSudo = sudo;
            return version;
        }
        lastFailure = *r;
        const QString output = shownOutput(*r);
        failures.append(QStringLiteral("`%1` failed (%2)%3")
                            .arg(shown,
                                 r->timedOut ? QStringLiteral("timed out")
                                             : QStringLiteral("exit status %1").arg(r->exitStatus),
                                 output.isEmpty() ? QString() : QStringLiteral(": ") + output));
        return std::nullopt;
    };

    if (m_mode != DockerMode::SudoDocker) {
        if (std::optional<QString> version = attempt(false))
            return *version;
    }
    remote::CommandResult directFailure = lastFailure;
    if (m_mode != DockerMode::Docker) {
        if (std::optional<QString> version = attempt(true))
            return *version;
    }

    QString hint;
    const bool socketDenied = mentions(directFailure, QStringLiteral("permission denied"));
    const bool sudoPassword = mentions(lastFailure, QStringLiteral("a password is required")) ||
                              mentions(lastFailure, QStringLiteral("a terminal is required"));
    const bool daemonDown =
        mentions(lastFailure, QStringLiteral("cannot connect to the docker daemon")) ||
        mentions(directFailure, QStringLiteral("cannot connect to the docker daemon"));
    if (daemonDown && !socketDenied)
        hint = QStringLiteral("The Docker engine does not answer: start it on the host "
                              "(systemctl start docker).");
    else
        hint = QStringLiteral(
            "Let the SSH user reach Docker: either add it to the docker group "
            "(usermod -aG docker <user>, log in again; ssh.docker: docker), or allow "
            "`sudo -n docker` with a sudoers rule `<user> ALL=(root) NOPASSWD: /usr/bin/docker` "
            "(ssh.docker: \"sudo docker\").");
    if (socketDenied && sudoPassword)
        hint = QStringLiteral("The user may not use the Docker socket, and sudo asks for a "
                              "password. ") +
               hint;
    return makeError(QStringLiteral("Docker is not usable on the host: ") +
                         failures.join(QStringLiteral("; ")),
                     kWhere, hint);
}

Expected<void> DockerCli::ensureDetected()
{
    if (m_detected)
        return {};
    Expected<QString> version = detect();
    if (!version)
        return version.error();
    return {};
}

Expected<remote::CommandResult> DockerCli::runDocker(const QStringList& args, int timeoutMs,
                                                     const QString& what,
                                                     const QString& shownCommand)
{
    if (Expected<void> ready = ensureDetected(); !ready)
        return ready.error();
    const QStringList argv = prefix() + args;
    Expected<remote::CommandResult> r = runRaw(argv, timeoutMs);
    if (!r)
        return r.error();
    if (!r->succeeded()) {
        const QString shown = shownCommand.isEmpty()
                                  ? log::Redactor::global().redact(remote::shellJoin(argv))
                                  : shownCommand;
        return commandError(shown, *r, what, timeoutMs);
    }
    return r;
}

Expected<QString> DockerCli::serverVersion()
{
    Expected<remote::CommandResult> r =
        runDocker({QStringLiteral("version"), QStringLiteral("--format"),
                   QStringLiteral("{{.Server.Version}}")},
                  m_timeoutMs, QStringLiteral("Reading the Docker version"));
    if (!r)
        return r.error();
    return outputText(r->stdOut);
}

Expected<ContainerInfo> DockerCli::inspectContainer(const QString& name)
{
    if (Expected<void> v = remote::validateContainerName(name); !v)
        return v.error();
    Expected<remote::CommandResult> r =
        runDocker({QStringLiteral("container"), QStringLiteral("inspect"), name}, m_timeoutMs,
                  QStringLiteral("Inspecting container %1").arg(name));
    if (!r)
        return r.error();
    Expected<ContainerInfo> info = ContainerInspect::parse(r->stdOut);
    if (!info) {
        Error e = info.error();
        e.where = QStringLiteral("docker inspect ") + name;
        return e;
    }
    return info;
}

Expected<bool> DockerCli::exists(const QStringList& args, const QString& what)
{
    if (Expected<void> ready = ensureDetected(); !ready)
        return ready.error();
    const QStringList argv = prefix() + args;
    Expected<remote::CommandResult> r = runRaw(argv, m_timeoutMs);
    if (!r)
        return r.error();
    if (r->succeeded())
        return true;
    if (!r->timedOut && !r->cancelled &&
        (mentions(*r, QStringLiteral("no such container")) ||
         mentions(*r, QStringLiteral("no such image")) ||
         mentions(*r, QStringLiteral("no such object"))))
        return false;
    return commandError(log::Redactor::global().redact(remote::shellJoin(argv)), *r, what,
                        m_timeoutMs);
}

Expected<bool> DockerCli::containerExists(const QString& name)
{
    if (Expected<void> v = remote::validateContainerName(name); !v)
        return v.error();
    return exists({QStringLiteral("container"), QStringLiteral("inspect"),
                   QStringLiteral("--format"), QStringLiteral("{{.Id}}"), name},
                  QStringLiteral("Looking for container %1").arg(name));
}

Expected<QList<ContainerSummary>> DockerCli::listContainers()
{
    Expected<remote::CommandResult> r =
        runDocker({QStringLiteral("ps"), QStringLiteral("-a"), QStringLiteral("--no-trunc"),
                   QStringLiteral("--format"), QStringLiteral("{{json .}}")},
                  m_timeoutMs, QStringLiteral("Listing containers"));
    if (!r)
        return r.error();
    QList<ContainerSummary> list;
    const QList<QByteArray> lines = r->stdOut.split('\n');
    for (const QByteArray& line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        if (!doc.isObject())
            return makeError(
                QStringLiteral("docker ps printed a line that is not a JSON object: %1")
                    .arg(remote::displayValue(QString::fromUtf8(line), 120)),
                kWhere, QStringLiteral("Check the Docker version on the host."));
        const QJsonObject o = doc.object();
        ContainerSummary c;
        c.id = o.value(QStringLiteral("ID")).toString();
        c.names = o.value(QStringLiteral("Names")).toString();
        c.image = o.value(QStringLiteral("Image")).toString();
        c.state = o.value(QStringLiteral("State")).toString();
        c.status = o.value(QStringLiteral("Status")).toString();
        c.createdAt = o.value(QStringLiteral("CreatedAt")).toString();
        list.append(c);
    }
    return list;
}

Expected<QList<ImageSummary>> DockerCli::listImages()
{
    Expected<remote::CommandResult> r =
        runDocker({QStringLiteral("images"), QStringLiteral("--no-trunc"),
                   QStringLiteral("--format"), QStringLiteral("{{json .}}")},
                  m_timeoutMs, QStringLiteral("Listing images"));
    if (!r)
        return r.error();
    QList<ImageSummary> list;
    const QList<QByteArray> lines = r->stdOut.split('\n');
    for (const QByteArray& line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        if (!doc.isObject())
            return makeError(QStringLiteral("docker images printed a line that is not a JSON "
                                            "object: %1")
                                 .arg(remote::displayValue(QString::fromUtf8(line), 120)),
                             kWhere, QStringLiteral("Check the Docker version on the host."));
        const QJsonObject o = doc.object();
        ImageSummary i;
        i.repository = o.value(QStringLiteral("Repository")).toString();
        i.tag = o.value(QStringLiteral("Tag")).toString();
        i.id = o.value(QStringLiteral("ID")).toString();
        i.digest = o.value(QStringLiteral("Digest")).toString();
        i.size = o.value(QStringLiteral("Size")).toString();
        i.createdAt = o.value(QStringLiteral("CreatedAt")).toString();
        list.append(i);
    }
    return list;
}

Expected<bool> DockerCli::imageExists(const QString& reference)
{
    if (Expected<void> v = remote::validateImageReference(reference); !v)
        return v.error();
    return exists({QStringLiteral("image"), QStringLiteral("inspect"), QStringLiteral("--format"),
                   QStringLiteral("{{.Id}}"), reference},
                  QStringLiteral("Looking for image %1").arg(reference));
}

Expected<QString> DockerCli::imageId(const QString& reference)
{
    if (Expected<void> v = remote::validateImageReference(reference); !v)
        return v.error();
    Expected<remote::CommandResult> r =
        runDocker({QStringLiteral("image"), QStringLiteral("inspect"), QStringLiteral("--format"),
                   QStringLiteral("{{.Id}}"), reference},
                  m_timeoutMs, QStringLiteral("Reading the ID of image %1").arg(reference));
    if (!r)
        return r.error();
    return outputText(r->stdOut);
}

Expected<void> DockerCli::stop(const QString& name, int timeoutSec)
{
    if (Expected<void> v = remote::validateContainerName(name); !v)
        return v;
    timeoutSec = std::max(0, timeoutSec);
    Expected<remote::CommandResult> r = runDocker(
        {QStringLiteral("stop"), QStringLiteral("-t"), QString::number(timeoutSec), name},
        timeoutSec * 1000 + m_timeoutMs, QStringLiteral("Stopping container %1").arg(name));
    if (!r)
        return r.error();
    return {};
}

Expected<void> DockerCli::start(const QString& name)
{
    if (Expected<void> v = remote::validateContainerName(name); !v)
        return v;
    Expected<remote::CommandResult> r =
        runDocker({QStringLiteral("start"), name}, m_timeoutMs,
                  QStringLiteral("Starting container %1").arg(name));
    if (!r)
        return r.error();
    return {};
}

Expected<QStringList> DockerCli::processes(const QString& name)
{
    if (Expected<void> v = remote::validateContainerName(name); !v)
        return v.error();
    Expected<remote::CommandResult> r =
        runDocker({QStringLiteral("top"), name, QStringLiteral("-eo"), QStringLiteral("pid,args")},
                  m_timeoutMs, QStringLiteral("Listing the processes of container %1").arg(name));
    if (!r)
        return r.error();
    QStringList lines = QString::fromUtf8(r->stdOut).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (!lines.isEmpty())
        lines.removeFirst(); // "PID COMMAND"
    return lines;
}

Expected<void> DockerCli::restart(const QString& name, int timeoutSec)
{
    if (Expected<void> v = remote::validateContainerName(name); !v)
        return v;
    timeoutSec = std::max(0, timeoutSec);
    Expected<remote::CommandResult> r = runDocker(
        {QStringLiteral("restart"), QStringLiteral("-t"), QString::number(timeoutSec), name},
        timeoutSec * 1000 + m_timeoutMs, QStringLiteral("Restarting container %1").arg(name));
    if (!r)
        return r.error();
    return {};
}

Expected<void> DockerCli::remove(const QString& name, bool force)
{
    if (Expected<void> v = remote::validateContainerName(name); !v)
        return v;
    QStringList args{QStringLiteral("rm")};
    if (force)
        args << QStringLiteral("-f");
    args << name;
    Expected<remote::CommandResult> r =
        runDocker(args, m_timeoutMs, QStringLiteral("Removing container %1").arg(name));
    if (!r)
        return r.error();
    return {};
}

Expected<void> DockerCli::rename(const QString& oldName, const QString& newName)
{
    if (Expected<void> v = remote::validateContainerName(oldName); !v)
        return v;
    if (Expected<void> v = remote::validateContainerName(newName); !v)
        return v;
    Expected<remote::CommandResult> r =
        runDocker({QStringLiteral("rename"), oldName, newName}, m_timeoutMs,
                  QStringLiteral("Renaming container %1 to %2").arg(oldName, newName));
    if (!r)
        return r.error();
    return {};
}

Expected<QString> DockerCli::logs(const QString& name, int tail)
{
    if (Expected<void> v = remote::validateContainerName(name); !v)
        return v.error();
    if (Expected<void> ready = ensureDetected(); !ready)
        return ready.error();
    const QStringList argv =
        prefix() + QStringList{QStringLiteral("logs"), QStringLiteral("--tail"),
                               tail < 0 ? QStringLiteral("all") : QString::number(tail), name};
    const QString shown = log::Redactor::global().redact(remote::shellJoin(argv));
    remote::ExecOptions options;
    options.timeoutMs = m_timeoutMs;
    Expected<remote::CommandResult> r =
        m_runner.runShell(remote::shellJoin(argv) + QStringLiteral(" 2>&1"), options);
    if (!r)
        return r.error();
    if (!r->succeeded())
        return commandError(shown, *r, QStringLiteral("Reading the logs of %1").arg(name),
                            m_timeoutMs);
    return QString::fromUtf8(r->stdOut);
}

Expected<remote::CommandResult> DockerCli::exec(const QString& name, const QStringList& argv,
                                                const remote::ExecOptions& options)
{
    if (Expected<void> v = remote::validateContainerName(name); !v)
        return v.error();
    if (argv.isEmpty() || argv.first().isEmpty())
        return makeError(QStringLiteral("No command given to run in container %1").arg(name),
                         kWhere, QStringLiteral("This is a bug: report it."));
    if (Expected<void> ready = ensureDetected(); !ready)
        return ready.error();
    QStringList full = prefix() + QStringList{QStringLiteral("exec")};
    if (!options.stdinData.isEmpty())
        full << QStringLiteral("-i");
    full << name << argv;
    remote::ExecOptions effective = options;
    if (effective.timeoutMs <= 0)
        effective.timeoutMs = kExecDefaultTimeoutMs;
    Expected<remote::CommandResult> r = m_runner.run(full, effective);
    if (!r)
        return r.error();
    // Docker's own refusals (container gone or stopped) are errors; the command's exit
    // status is the caller's business.
    if (!r->succeeded() && !r->timedOut && !r->cancelled &&
        (r->stdErr.startsWith("Error response from daemon") ||
         r->stdErr.startsWith("Error: No such container")))
        return commandError(log::Redactor::global().redact(remote::shellJoin(full)), *r,
                            QStringLiteral("Running a command in container %1").arg(name),
                            effective.timeoutMs);
    return r;
}

Expected<QString> DockerCli::run(const RunSpec& spec)
{
    if (Expected<void> v = spec.validate(); !v)
        return v.error();
    if (Expected<void> ready = ensureDetected(); !ready)
        return ready.error();
    Expected<remote::CommandResult> r =
        runDocker(spec.toArgv(), kRunTimeoutMs,
                  QStringLiteral("Starting container %1 from %2").arg(spec.name, spec.image),
                  spec.displayCommand(log::Redactor::global(), prefix()));
    if (!r)
        return r.error();
    // -d prints the new ID as the last line (a pull would print progress before it).
    const QStringList lines =
        QString::fromUtf8(r->stdOut).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QString id = lines.isEmpty() ? QString() : lines.last().trimmed();
    static const QRegularExpression hexId(QStringLiteral(R"(\A[0-9a-f]{12,64}\z)"));
    if (!hexId.match(id).hasMatch())
        return makeError(QStringLiteral("docker run for %1 did not print a container ID (output: "
                                        "%2)")
                             .arg(spec.name, remote::displayValue(outputText(r->stdOut), 200)),
                         kWhere,
                         QStringLiteral("Check `docker ps -a` on the host: the container may or "
                                        "may not have been created."));
    return id;
}

Expected<QStringList> DockerCli::load(const QString& tarballPath, int timeoutMs)
{
    if (Expected<void> v = remote::validateRemotePath(tarballPath); !v)
        return v.error();
    Expected<remote::CommandResult> r =
        runDocker({QStringLiteral("load"), QStringLiteral("-i"), tarballPath}, timeoutMs,
                  QStringLiteral("Loading image tarball %1").arg(tarballPath));
    if (!r)
        return r.error();
    QStringList loaded;
    static const QRegularExpression loadedLine(
        QStringLiteral(R"(^Loaded image(?: ID)?:\s*(\S+)\s*$)"),
        QRegularExpression::MultilineOption);
    auto it = loadedLine.globalMatch(QString::fromUtf8(r->stdOut));
    while (it.hasNext())
        loaded.append(it.next().captured(1));
    if (loaded.isEmpty())
        return makeError(
            QStringLiteral("docker load -i %1 reported no loaded image").arg(tarballPath), kWhere,
            QStringLiteral("Check that the file is a Docker image archive (docker "
                           "save output, possibly gzipped)."));
    return loaded;
}

} // namespace omsua::docker
