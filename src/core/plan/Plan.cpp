#include "plan/Plan.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <algorithm>
#include <set>
#include <string>
#include <yaml-cpp/yaml.h>

namespace omsua::plan {

namespace {

QString fromStd(const std::string& s)
{
    return QString::fromStdString(s);
}

// Reads one section of the plan and remembers which keys were used, so leftovers (typos) can
// be reported by name.
class SectionReader
{
public:
    SectionReader(const YAML::Node& node, QString section, QString source)
        : m_node(node)
        , m_section(std::move(section))
        , m_source(std::move(source))
    {}

    Error error(const std::string& key, const QString& message, const QString& hint = {}) const
    {
        return makeError(QStringLiteral("plan: %1.%2 %3").arg(m_section, fromStd(key), message),
                         m_source, hint);
    }

    bool has(const std::string& key)
    {
        m_used.insert(key);
        return m_node && m_node[key] && !m_node[key].IsNull();
    }

    std::optional<Error> readString(const std::string& key, QString& out)
    {
        if (!has(key))
            return std::nullopt;
        const YAML::Node v = m_node[key];
        if (!v.IsScalar())
            return error(key, QStringLiteral("must be a text value"));
        out = fromStd(v.Scalar());
        return std::nullopt;
    }

    std::optional<Error> readInt(const std::string& key, qint64 min, qint64 max, qint64& out)
    {
        if (!has(key))
            return std::nullopt;
        const YAML::Node v = m_node[key];
        bool ok = false;
        const qint64 n = v.IsScalar() ? fromStd(v.Scalar()).toLongLong(&ok) : 0;
        if (!ok || n < min || n > max)
            return error(key,
                         QStringLiteral("must be a whole number from %1 to %2").arg(min).arg(max));
        out = n;
        return std::nullopt;
    }

    std::optional<Error> readBool(const std::string& key, bool& out)
    {
        if (!has(key))
            return std::nullopt;
        const YAML::Node v = m_node[key];
        const QString s = v.IsScalar() ? fromStd(v.Scalar()).toLower() : QString();
        if (s == QLatin1String("true") || s == QLatin1String("yes"))
            out = true;
        else if (s == QLatin1String("false") || s == QLatin1String("no"))
            out = false;
        else
            return error(key, QStringLiteral("must be true or false"));
        return std::nullopt;
    }

    std::optional<Error> readList(const std::string& key, QStringList& out)
    {
        if (!has(key))
            return std::nullopt;
        const YAML::Node v = m_node[key];
        if (!v.IsSequence())
            return error(key, QStringLiteral("must be a list, e.g. [--pids-limit, \"-1\"]"));
        out.clear();
        for (const YAML::Node& item : v) {
            if (!item.IsScalar())
                return error(key, QStringLiteral("must hold text items only"));
            out.append(fromStd(item.Scalar()));
        }
        return std::nullopt;
    }

    std::optional<Error> unknownKeys() const
    {
        if (!m_node)
            return std::nullopt;
        for (const auto& entry : m_node) {
            const std::string key = entry.first.as<std::string>();
            if (!m_used.count(key))
                return error(key, QStringLiteral("is not a known setting"),
                             QStringLiteral("check the spelling against the plan file reference"));
        }
        return std::nullopt;
    }

private:
    YAML::Node m_node;
    QString m_section;
    QString m_source;
    std::set<std::string> m_used;
};

QString expandLocalPath(const QString& path, const QString& planDir)
{
    if (path.isEmpty())
        return path;
    if (path == QLatin1String("~") || path.startsWith(QLatin1String("~/")))
        return QDir::homePath() + path.mid(1);
    if (QFileInfo(path).isAbsolute() || planDir.isEmpty())
        return path;
    return QDir(planDir).filePath(path);
}

} // namespace

#define OMSUA_TRY(expr)                                                                            \
    do {                                                                                           \
        if (auto failure_ = (expr))                                                                \
            return *failure_;                                                                      \
    } while (false)

Expected<Plan> Plan::fromYaml(const QByteArray& yaml, const QString& sourceFile)
{
    YAML::Node root;
    try {
        root = YAML::Load(yaml.toStdString());
    } catch (const YAML::Exception& e) {
        return makeError(QStringLiteral("plan: YAML syntax error at line %1, column %2: %3")
                             .arg(e.mark.line + 1)
                             .arg(e.mark.column + 1)
                             .arg(fromStd(e.msg)),
                         sourceFile, QStringLiteral("fix the plan file's syntax"));
    }
    if (!root.IsMap())
        return makeError(QStringLiteral("plan: the file must be a mapping with sections ssh, oms, "
                                        "metadb, backup, ha"),
                         sourceFile);

    Plan plan;
    plan.sourceFile = sourceFile;
    const QString planDir = sourceFile.isEmpty() ? QString() : QFileInfo(sourceFile).absolutePath();
    try {
        for (const auto& entry : root) {
            const std::string key = entry.first.as<std::string>();
            static const std::set<std::string> sections{"ssh", "oms", "metadb", "backup", "ha"};
            if (!sections.count(key))
                return makeError(QStringLiteral("plan: unknown section %1").arg(fromStd(key)),
                                 sourceFile,
                                 QStringLiteral("sections are ssh, oms, metadb, backup and ha"));
            if (!entry.second.IsMap() && !entry.second.IsNull())
                return makeError(
                    QStringLiteral("plan: section %1 must be a mapping").arg(fromStd(key)),
                    sourceFile);
        }

        SectionReader ssh(root["ssh"], QStringLiteral("ssh"), sourceFile);
        qint64 port = plan.ssh.port;
        QString docker;
        OMSUA_TRY(ssh.readString("host", plan.ssh.host));
        OMSUA_TRY(ssh.readInt("port", 1, 65535, port));
        OMSUA_TRY(ssh.readString("user", plan.ssh.user));
        OMSUA_TRY(ssh.readString("identity_file", plan.ssh.identityFile));
        OMSUA_TRY(ssh.readString("known_hosts", plan.ssh.knownHosts));
        OMSUA_TRY(ssh.readString("docker", docker));
        OMSUA_TRY(ssh.unknownKeys());
        plan.ssh.port = quint16(port);
        if (plan.ssh.host.isEmpty())
            return ssh.error("host", QStringLiteral("is required"),
                             QStringLiteral("name the OMS host, e.g. host: 10.0.0.2"));
        if (plan.ssh.user.isEmpty())
            return ssh.error("user", QStringLiteral("is required"),
                             QStringLiteral("name the SSH login user, e.g. user: admin"));
        if (docker.isEmpty() || docker == QLatin1String("auto"))
            plan.ssh.docker = DockerAccess::Auto;
        else if (docker == QLatin1String("docker"))
            plan.ssh.docker = DockerAccess::Docker;
        else if (docker == QLatin1String("sudo docker"))
            plan.ssh.docker = DockerAccess::SudoDocker;
        else
            return ssh.error("docker", QStringLiteral("must be auto, docker or \"sudo docker\""));
        if (plan.ssh.knownHosts.isEmpty())
            plan.ssh.knownHosts = QStringLiteral("~/.ssh/known_hosts");
        plan.ssh.identityFile = expandLocalPath(plan.ssh.identityFile, planDir);
        plan.ssh.knownHosts = expandLocalPath(plan.ssh.knownHosts, planDir);

        SectionReader oms(root["oms"], QStringLiteral("oms"), sourceFile);
        OMSUA_TRY(oms.readString("container", plan.oms.container));
        OMSUA_TRY(oms.readString("target_image", plan.oms.targetImage));
        OMSUA_TRY(oms.readString("new_container", plan.oms.newContainer));
        OMSUA_TRY(oms.readString("host_ip", plan.oms.hostIp));
        OMSUA_TRY(oms.readString("https_cert", plan.oms.httpsCert));
        OMSUA_TRY(oms.readString("https_key", plan.oms.httpsKey));
        OMSUA_TRY(oms.readString("image_tarball", plan.oms.imageTarball));
        OMSUA_TRY(oms.readString("source_version", plan.oms.sourceVersion));
        OMSUA_TRY(oms.readList("run_flags", plan.oms.runFlags));
        OMSUA_TRY(oms.unknownKeys());
        if (plan.oms.container.isEmpty())
            return oms.error("container", QStringLiteral("is required"),
                             QStringLiteral("name the running OMS container, e.g. oms_330"));

        SectionReader meta(root["metadb"], QStringLiteral("metadb"), sourceFile);
        qint64 metaPort = 0;
        QString tunnel;
        OMSUA_TRY(meta.readString("host", plan.metadb.host));
        OMSUA_TRY(meta.readInt("port", 1, 65535, metaPort));
        OMSUA_TRY(meta.readString("user", plan.metadb.user));
        OMSUA_TRY(meta.readString("tunnel", tunnel));
        OMSUA_TRY(meta.unknownKeys());
        if (metaPort > 0)
            plan.metadb.port = quint16(metaPort);
        if (tunnel.isEmpty() || tunnel == QLatin1String("auto"))
            plan.metadb.tunnel = TunnelMode::Auto;
        else if (tunnel == QLatin1String("always") || tunnel == QLatin1String("true"))
            plan.metadb.tunnel = TunnelMode::Always;
        else if (tunnel == QLatin1String("never") || tunnel == QLatin1String("false"))
            plan.metadb.tunnel = TunnelMode::Never;
        else
            return meta.error("tunnel", QStringLiteral("must be auto, always or never"));

        SectionReader backup(root["backup"], QStringLiteral("backup"), sourceFile);
        OMSUA_TRY(backup.readString("directory", plan.backup.directory));
        OMSUA_TRY(backup.unknownKeys());
        if (!plan.backup.directory.startsWith(QLatin1Char('/')))
            return backup.error("directory",
                                QStringLiteral("must be an absolute path on the host"));

        SectionReader ha(root["ha"], QStringLiteral("ha"), sourceFile);
        QString apply;
        qint64 margin = plan.ha.refetchMarginMin;
        OMSUA_TRY(ha.readString("apply", apply));
        OMSUA_TRY(
            ha.readBool("perceive_store_client_checkpoint", plan.ha.perceiveStoreClientCheckpoint));
        OMSUA_TRY(ha.readInt("refetch_margin_min", 0, 7 * 24 * 60, margin));
        OMSUA_TRY(ha.unknownKeys());
        plan.ha.refetchMarginMin = int(margin);
        if (apply.isEmpty() || apply == QLatin1String("metadb"))
            plan.ha.apply = HaApply::MetaDb;
        else if (apply == QLatin1String("console"))
            plan.ha.apply = HaApply::Console;
        else
            return ha.error("apply", QStringLiteral("must be metadb or console"));
    } catch (const YAML::Exception& e) {
        return makeError(QStringLiteral("plan: cannot read the file: %1").arg(fromStd(e.msg)),
                         sourceFile);
    }
    return plan;
}

Expected<Plan> Plan::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("cannot open the plan file: %1").arg(file.errorString()),
                         path, QStringLiteral("check the path given with --plan"));
    return fromYaml(file.readAll(), QFileInfo(path).absoluteFilePath());
}

QString toString(DockerAccess access)
{
    switch (access) {
    case DockerAccess::Docker:
        return QStringLiteral("docker");
    case DockerAccess::SudoDocker:
        return QStringLiteral("sudo docker");
    case DockerAccess::Auto:
        break;
    }
    return QStringLiteral("auto");
}

QString toString(TunnelMode mode)
{
    switch (mode) {
    case TunnelMode::Always:
        return QStringLiteral("always");
    case TunnelMode::Never:
        return QStringLiteral("never");
    case TunnelMode::Auto:
        break;
    }
    return QStringLiteral("auto");
}

QString toString(HaApply apply)
{
    return apply == HaApply::Console ? QStringLiteral("console") : QStringLiteral("metadb");
}

QByteArray Plan::toYaml() const
{
    YAML::Emitter out;
    // yaml-cpp writes a text with a lone carriage return as a plain scalar, which does not read
    // back the same; any control character makes the value double-quoted (escaped) instead.
    const auto text = [&out](const QString& s) {
        const bool control = std::any_of(s.cbegin(), s.cend(), [](QChar c) {
            return c.unicode() < 0x20 || c.unicode() == 0x7f;
        });
        if (control)
            out << YAML::DoubleQuoted;
        out << s.toStdString();
    };
    const auto str = [](const QString& s) { return s.toStdString(); };
    const auto optional = [&](const char* key, const QString& value) {
        out << YAML::Key << key << YAML::Value;
        if (value.isEmpty())
            out << YAML::Null;
        else
            text(value);
    };
    out << YAML::BeginMap;
    out << YAML::Key << "ssh" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "host" << YAML::Value;
    text(ssh.host);
    out << YAML::Key << "port" << YAML::Value << int(ssh.port);
    out << YAML::Key << "user" << YAML::Value;
    text(ssh.user);
    optional("identity_file", ssh.identityFile);
    optional("known_hosts", ssh.knownHosts);
    out << YAML::Key << "docker" << YAML::Value << str(toString(ssh.docker));
    out << YAML::EndMap;

    out << YAML::Key << "oms" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "container" << YAML::Value;
    text(oms.container);
    optional("target_image", oms.targetImage);
    optional("new_container", oms.newContainer);
    optional("host_ip", oms.hostIp);
    optional("https_cert", oms.httpsCert);
    optional("https_key", oms.httpsKey);
    optional("image_tarball", oms.imageTarball);
    optional("source_version", oms.sourceVersion);
    out << YAML::Key << "run_flags" << YAML::Value << YAML::Flow << YAML::BeginSeq;
    for (const QString& flag : oms.runFlags)
        out << YAML::DoubleQuoted << str(flag);
    out << YAML::EndSeq << YAML::EndMap;

    out << YAML::Key << "metadb" << YAML::Value << YAML::BeginMap;
    optional("host", metadb.host);
    out << YAML::Key << "port" << YAML::Value;
    if (metadb.port)
        out << int(*metadb.port);
    else
        out << YAML::Null;
    optional("user", metadb.user);
    out << YAML::Key << "tunnel" << YAML::Value << str(toString(metadb.tunnel));
    out << YAML::EndMap;

    out << YAML::Key << "backup" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "directory" << YAML::Value;
    text(backup.directory);
    out << YAML::EndMap;

    out << YAML::Key << "ha" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "apply" << YAML::Value << str(toString(ha.apply));
    out << YAML::Key << "perceive_store_client_checkpoint" << YAML::Value
        << ha.perceiveStoreClientCheckpoint;
    out << YAML::Key << "refetch_margin_min" << YAML::Value << ha.refetchMarginMin;
    out << YAML::EndMap;
    out << YAML::EndMap;
    return QByteArray(out.c_str()) + '\n';
}

Expected<void> Plan::save(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(QStringLiteral("cannot write the plan file: %1").arg(file.errorString()),
                         path);
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(toYaml());
    if (!file.commit())
        return makeError(QStringLiteral("cannot save the plan file: %1").arg(file.errorString()),
                         path);
    return {};
}

} // namespace omsua::plan
