#include "docker/ContainerInspect.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QRegularExpression>
#include <optional>

namespace omsua::docker {

namespace {

const QString kWhere = QStringLiteral("docker inspect");
const QString kHint = QStringLiteral(
    "The output of `docker inspect` was not as expected: check the Docker version, and "
    "report this with the output attached.");

// Reads fields and keeps the first problem, so parsing code reads top to bottom.
class FieldReader
{
public:
    std::optional<Error> error;

    QJsonValue value(const QJsonObject& object, const QString& key, const QString& path,
                     bool required)
    {
        const QJsonValue v = object.value(key);
        if (required && (v.isUndefined() || v.isNull()))
            fail(QStringLiteral("field %1 is missing").arg(path));
        return v;
    }

    QString string(const QJsonObject& object, const QString& key, const QString& path,
                   bool required = true)
    {
        const QJsonValue v = value(object, key, path, required);
        if (v.isUndefined() || v.isNull())
            return QString();
        if (!v.isString())
            fail(QStringLiteral("field %1 is not a string").arg(path));
        return v.toString();
    }

    bool boolean(const QJsonObject& object, const QString& key, const QString& path,
                 bool required = true)
    {
        const QJsonValue v = value(object, key, path, required);
        if (v.isUndefined() || v.isNull())
            return false;
        if (!v.isBool())
            fail(QStringLiteral("field %1 is not a boolean").arg(path));
        return v.toBool();
    }

    std::optional<qint64> integer(const QJsonObject& object, const QString& key,
                                  const QString& path, bool required = true)
    {
        const QJsonValue v = value(object, key, path, required);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isDouble()) {
            fail(QStringLiteral("field %1 is not a number").arg(path));
            return std::nullopt;
        }
        return v.toInteger();
    }

    QJsonObject object(const QJsonObject& parent, const QString& key, const QString& path,
                       bool required = true)
    {
        const QJsonValue v = value(parent, key, path, required);
        if (v.isUndefined() || v.isNull())
            return QJsonObject();
        if (!v.isObject())
            fail(QStringLiteral("field %1 is not an object").arg(path));
        return v.toObject();
    }

    // Docker writes null for an empty list.
    QJsonArray array(const QJsonObject& parent, const QString& key, const QString& path)
    {
        const QJsonValue v = parent.value(key);
        if (v.isUndefined() || v.isNull())
            return QJsonArray();
        if (!v.isArray())
            fail(QStringLiteral("field %1 is not a list").arg(path));
        return v.toArray();
    }

    QStringList stringList(const QJsonObject& parent, const QString& key, const QString& path)
    {
        const QJsonValue v = parent.value(key);
        if (v.isString()) // old engines sometimes give a single string
            return {v.toString()};
        QStringList list;
        const QJsonArray items = array(parent, key, path);
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (!items.at(i).isString()) {
                fail(QStringLiteral("field %1[%2] is not a string").arg(path, QString::number(i)));
                continue;
            }
            list.append(items.at(i).toString());
        }
        return list;
    }

    QDateTime time(const QJsonObject& object, const QString& key, const QString& path,
                   bool required = true)
    {
        const QString text = string(object, key, path, required);
        if (text.isEmpty())
            return QDateTime();
        Expected<QDateTime> parsed = ContainerInspect::parseTime(text);
        if (!parsed) {
            fail(QStringLiteral("field %1: %2").arg(path, parsed.error().message));
            return QDateTime();
        }
        return *parsed;
    }

    void fail(const QString& what)
    {
        if (!error)
            error = makeError(QStringLiteral("Cannot read the container's inspect data: ") + what,
                              kWhere, kHint);
    }
};

} // namespace

Expected<QDateTime> ContainerInspect::parseTime(const QString& text)
{
    static const QRegularExpression re(
        QStringLiteral(R"(\A(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?)"
                       R"(([Zz]|([+-])(\d{2}):(\d{2}))\z)"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return makeError(QStringLiteral("%1 is not an RFC 3339 time").arg(text), kWhere, kHint);
    // Docker's zero time: the container never started / never stopped.
    if (m.captured(1) == QStringLiteral("0001") && m.captured(2) == QStringLiteral("01") &&
        m.captured(3) == QStringLiteral("01"))
        return QDateTime();
    // Milliseconds from the first three fraction digits; the rest (micro/nanoseconds) is cut,
    // never rounded up into the next second.
    const QString fraction = QString(m.captured(7) + QStringLiteral("000")).left(3);
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(),
                     fraction.toInt());
    if (!date.isValid() || !time.isValid())
        return makeError(QStringLiteral("%1 is not a valid date and time").arg(text), kWhere,
                         kHint);
    QDateTime utc(date, time, Qt::UTC);
    if (!m.captured(8).startsWith(QLatin1Char('Z'), Qt::CaseInsensitive)) {
        const int sign = m.captured(9) == QStringLiteral("-") ? -1 : 1;
        const int offset = sign * (m.captured(10).toInt() * 3600 + m.captured(11).toInt() * 60);
        utc = utc.addSecs(-offset);
    }
    return utc;
}

Expected<ContainerInfo> ContainerInspect::parse(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(QStringLiteral("Cannot read the container's inspect data: invalid JSON "
                                        "at offset %1 (%2)")
                             .arg(QString::number(parseError.offset), parseError.errorString()),
                         kWhere, kHint);
    if (doc.isObject())
        return parse(doc.object());
    const QJsonArray array = doc.array();
    if (array.isEmpty())
        return makeError(QStringLiteral("docker inspect returned no container"), kWhere,
                         QStringLiteral("Check the container name with `docker ps -a`."));
    if (array.size() > 1)
        return makeError(QStringLiteral("docker inspect returned %1 objects where one container "
                                        "was expected")
                             .arg(array.size()),
                         kWhere, QStringLiteral("Inspect one container at a time."));
    if (!array.first().isObject())
        return makeError(QStringLiteral("Cannot read the container's inspect data: the element "
                                        "is not an object"),
                         kWhere, kHint);
    return parse(array.first().toObject());
}

Expected<ContainerInfo> ContainerInspect::parse(const QJsonObject& root)
{
    FieldReader f;
    ContainerInfo info;
    info.raw = root;
    info.id = f.string(root, QStringLiteral("Id"), QStringLiteral("Id"));
    info.name = f.string(root, QStringLiteral("Name"), QStringLiteral("Name"));
    if (info.name.startsWith(QLatin1Char('/')))
        info.name.remove(0, 1);
    info.imageId = f.string(root, QStringLiteral("Image"), QStringLiteral("Image"));
    info.created = f.time(root, QStringLiteral("Created"), QStringLiteral("Created"), false);

    const QJsonObject state = f.object(root, QStringLiteral("State"), QStringLiteral("State"));
    if (!f.error) {
        ContainerState& s = info.state;
        s.status = f.string(state, QStringLiteral("Status"), QStringLiteral("State.Status"));
        s.running = f.boolean(state, QStringLiteral("Running"), QStringLiteral("State.Running"));
        s.paused =
            f.boolean(state, QStringLiteral("Paused"), QStringLiteral("State.Paused"), false);
        s.restarting = f.boolean(state, QStringLiteral("Restarting"),
                                 QStringLiteral("State.Restarting"), false);
        s.oomKilled =
            f.boolean(state, QStringLiteral("OOMKilled"), QStringLiteral("State.OOMKilled"), false);
        s.exitCode =
            int(f.integer(state, QStringLiteral("ExitCode"), QStringLiteral("State.ExitCode"))
                    .value_or(0));
        s.pid =
            f.integer(state, QStringLiteral("Pid"), QStringLiteral("State.Pid"), false).value_or(0);
        s.error = f.string(state, QStringLiteral("Error"), QStringLiteral("State.Error"), false);
        s.startedAt = f.time(state, QStringLiteral("StartedAt"), QStringLiteral("State.StartedAt"));
        s.finishedAt =
            f.time(state, QStringLiteral("FinishedAt"), QStringLiteral("State.FinishedAt"));
    }

    const QJsonObject config = f.object(root, QStringLiteral("Config"), QStringLiteral("Config"));
    if (!f.error) {
        info.configImage =
            f.string(config, QStringLiteral("Image"), QStringLiteral("Config.Image"));
        info.envList = f.stringList(config, QStringLiteral("Env"), QStringLiteral("Config.Env"));
        for (const QString& entry : std::as_const(info.envList)) {
            const qsizetype eq = entry.indexOf(QLatin1Char('='));
            if (eq < 0)
                info.env.insert(entry, QString());
            else
                info.env.insert(entry.left(eq), entry.mid(eq + 1));
        }
        info.entrypoint =
            f.stringList(config, QStringLiteral("Entrypoint"), QStringLiteral("Config.Entrypoint"));
        info.cmd = f.stringList(config, QStringLiteral("Cmd"), QStringLiteral("Config.Cmd"));
    }

    const QJsonObject host =
        f.object(root, QStringLiteral("HostConfig"), QStringLiteral("HostConfig"));
    if (!f.error) {
        const QStringList binds =
            f.stringList(host, QStringLiteral("Binds"), QStringLiteral("HostConfig.Binds"));
        for (const QString& spec : binds) {
            Expected<BindMount> bind = BindMount::fromSpec(spec);
            if (!bind)
                f.fail(QStringLiteral("HostConfig.Binds: ") + bind.error().message);
            else
                info.binds.append(*bind);
        }
        info.networkMode =
            f.string(host, QStringLiteral("NetworkMode"), QStringLiteral("HostConfig.NetworkMode"));
        info.privileged = f.boolean(host, QStringLiteral("Privileged"),
                                    QStringLiteral("HostConfig.Privileged"), false);
        info.pidsLimit = f.integer(host, QStringLiteral("PidsLimit"),
                                   QStringLiteral("HostConfig.PidsLimit"), false);
        const QJsonArray ulimits =
            f.array(host, QStringLiteral("Ulimits"), QStringLiteral("HostConfig.Ulimits"));
        for (qsizetype i = 0; i < ulimits.size(); ++i) {
            const QString path = QStringLiteral("HostConfig.Ulimits[%1]").arg(i);
            if (!ulimits.at(i).isObject()) {
                f.fail(QStringLiteral("field %1 is not an object").arg(path));
                continue;
            }
            const QJsonObject u = ulimits.at(i).toObject();
            Ulimit ulimit;
            ulimit.name = f.string(u, QStringLiteral("Name"), path + QStringLiteral(".Name"));
            ulimit.soft =
                f.integer(u, QStringLiteral("Soft"), path + QStringLiteral(".Soft")).value_or(0);
            ulimit.hard =
                f.integer(u, QStringLiteral("Hard"), path + QStringLiteral(".Hard")).value_or(0);
            info.ulimits.append(ulimit);
        }
        const QJsonObject restart = f.object(host, QStringLiteral("RestartPolicy"),
                                             QStringLiteral("HostConfig.RestartPolicy"), false);
        info.restartPolicy.name = f.string(restart, QStringLiteral("Name"),
                                           QStringLiteral("HostConfig.RestartPolicy.Name"), false);
        info.restartPolicy.maximumRetryCount =
            int(f.integer(restart, QStringLiteral("MaximumRetryCount"),
                          QStringLiteral("HostConfig.RestartPolicy.MaximumRetryCount"), false)
                    .value_or(0));
    }

    const QJsonArray mounts = f.array(root, QStringLiteral("Mounts"), QStringLiteral("Mounts"));
    for (qsizetype i = 0; i < mounts.size() && !f.error; ++i) {
        const QString path = QStringLiteral("Mounts[%1]").arg(i);
        if (!mounts.at(i).isObject()) {
            f.fail(QStringLiteral("field %1 is not an object").arg(path));
            break;
        }
        const QJsonObject m = mounts.at(i).toObject();
        ContainerMount mount;
        mount.type = f.string(m, QStringLiteral("Type"), path + QStringLiteral(".Type"));
        mount.name = f.string(m, QStringLiteral("Name"), path + QStringLiteral(".Name"), false);
        mount.source = f.string(m, QStringLiteral("Source"), path + QStringLiteral(".Source"));
        mount.destination =
            f.string(m, QStringLiteral("Destination"), path + QStringLiteral(".Destination"));
        mount.mode = f.string(m, QStringLiteral("Mode"), path + QStringLiteral(".Mode"), false);
        mount.rw = m.contains(QStringLiteral("RW"))
                       ? f.boolean(m, QStringLiteral("RW"), path + QStringLiteral(".RW"))
                       : true;
        mount.propagation = f.string(m, QStringLiteral("Propagation"),
                                     path + QStringLiteral(".Propagation"), false);
        info.mounts.append(mount);
    }

    if (f.error)
        return *f.error;
    return info;
}

} // namespace omsua::docker
