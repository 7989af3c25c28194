#include "upgrade/ProcedureCatalogue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <algorithm>
#include <array>
#include <cmath>

namespace omsua::upgrade {

namespace {

constexpr int kFormatVersion = 1;
const char* const kFormatName = "omsua-procedure-catalogue";

enum class ParamType { Int, Number, Bool, String, StringList };

struct ParamSpec
{
    StepKind step;
    const char* name;
    ParamType type;
};

// The parameters each step understands. A name not listed here is refused at load time: a typo
// in the data must not silently fall back to a default.
const std::array<ParamSpec, 17> kParams{{
    {StepKind::Preflight, "min_free_disk_factor", ParamType::Number},
    {StepKind::LoadImage, "formats", ParamType::StringList},
    {StepKind::PretrimHeartbeat, "batch_rows", ParamType::Int},
    {StepKind::StopOld, "timeout_sec", ParamType::Int},
    {StepKind::TrimHeartbeat, "batch_rows", ParamType::Int},
    {StepKind::Backup, "databases", ParamType::StringList},
    {StepKind::Backup, "triggers", ParamType::Bool},
    {StepKind::DockerInit, "command", ParamType::String},
    {StepKind::DockerInit, "completion_marker", ParamType::String},
    {StepKind::DockerInit, "timeout_min", ParamType::Int},
    {StepKind::DockerInit, "ignorable_errors", ParamType::StringList},
    {StepKind::Health, "path", ParamType::String},
    {StepKind::Health, "port", ParamType::Int},
    {StepKind::Health, "timeout_min", ParamType::Int},
    {StepKind::Health, "ready_log_line", ParamType::String},
    {StepKind::CheckServersOnline, "timeout_min", ParamType::Int},
    {StepKind::EnableHa, "perceive_store_client_checkpoint", ParamType::Bool},
}};

// Steps every route has: without them there is no backup to roll back to, or no proof that the
// new version works.
const std::array<StepKind, 6> kRequiredSteps{{StepKind::Preflight, StepKind::StopOld,
                                              StepKind::Backup, StepKind::StartNew,
                                              StepKind::DockerInit, StepKind::Health}};

// "a before b" whenever both are on a route. The reasons are the point:
struct OrderRule
{
    StepKind before;
    StepKind after;
};
const std::array<OrderRule, 15> kOrder{{
    // The image is loaded before the downtime starts, not during it.
    {StepKind::LoadImage, StepKind::StopOld},
    // HA must not restart what we are stopping.
    {StepKind::DisableHa, StepKind::StopOld},
    {StepKind::PretrimHeartbeat, StepKind::StopOld},
    {StepKind::PretrimHeartbeat, StepKind::TrimHeartbeat},
    // The dump must be of a quiet MetaDB, and a trimmed heartbeat table.
    {StepKind::StopOld, StepKind::TrimHeartbeat},
    {StepKind::StopOld, StepKind::Backup},
    {StepKind::TrimHeartbeat, StepKind::Backup},
    // Nothing touches the metadata before it is backed up.
    {StepKind::Backup, StepKind::StartNew},
    {StepKind::Backup, StepKind::DockerInit},
    {StepKind::LoadImage, StepKind::StartNew},
    {StepKind::StartNew, StepKind::DockerInit},
    {StepKind::DockerInit, StepKind::Health},
    // HA comes back only on a healthy OMS with every server Online.
    {StepKind::Health, StepKind::EnableHa},
    {StepKind::Health, StepKind::CheckServersOnline},
    {StepKind::CheckServersOnline, StepKind::EnableHa},
}};

const ParamSpec* findParam(StepKind step, const QString& name)
{
    for (const ParamSpec& spec : kParams) {
        if (spec.step == step && name == QLatin1String(spec.name))
            return &spec;
    }
    return nullptr;
}

QStringList paramNames(StepKind step)
{
    QStringList names;
    for (const ParamSpec& spec : kParams) {
        if (spec.step == step)
            names << QLatin1String(spec.name);
    }
    return names;
}

QString typeName(ParamType type)
{
    switch (type) {
    case ParamType::Int:
        return QStringLiteral("an integer");
    case ParamType::Number:
        return QStringLiteral("a number");
    case ParamType::Bool:
        return QStringLiteral("true or false");
    case ParamType::String:
        return QStringLiteral("a string");
    case ParamType::StringList:
        return QStringLiteral("a list of strings");
    }
    return {};
}

// JSON value -> the QVariant type the engine will read (int, double, bool, QString, QStringList).
std::optional<QVariant> convertParam(const QJsonValue& value, ParamType type)
{
    switch (type) {
    case ParamType::Int: {
        if (!value.isDouble())
            return std::nullopt;
        const double d = value.toDouble();
        if (d != std::floor(d) || std::fabs(d) > 2147483647.0)
            return std::nullopt;
        return QVariant(int(d));
    }
    case ParamType::Number:
        if (!value.isDouble())
            return std::nullopt;
        return QVariant(value.toDouble());
    case ParamType::Bool:
        if (!value.isBool())
            return std::nullopt;
        return QVariant(value.toBool());
    case ParamType::String:
        if (!value.isString())
            return std::nullopt;
        return QVariant(value.toString());
    case ParamType::StringList: {
        if (!value.isArray())
            return std::nullopt;
        QStringList list;
        for (const QJsonValue& item : value.toArray()) {
            if (!item.isString())
                return std::nullopt;
            list << item.toString();
        }
        return QVariant(list);
    }
    }
    return std::nullopt;
}

QString lineAndColumn(const QByteArray& data, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < data.size(); ++i) {
        if (data.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return QStringLiteral("line %1, column %2").arg(line).arg(column);
}

QString versionList(const QList<QVersionNumber>& versions)
{
    QStringList texts;
    for (const QVersionNumber& v : versions)
        texts << v.toString();
    return texts.join(QStringLiteral(", "));
}

} // namespace

// Turns the JSON into a ProcedureCatalogue, refusing anything doubtful with the entry named.
class CatalogueReader
{
public:
    explicit CatalogueReader(QString origin)
        : m_origin(std::move(origin))
    {}

    Expected<ProcedureCatalogue> read(const QByteArray& json)
    {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return fail(QStringLiteral("not valid JSON at %1: %2")
                            .arg(lineAndColumn(json, parseError.offset), parseError.errorString()));
        if (!document.isObject())
            return fail(QStringLiteral("the top level is not a JSON object"));
        const QJsonObject top = document.object();

        if (auto known = checkKeys(
                top,
                {"format", "format_version", "fresh_deployment_only", "step_defaults", "routes"},
                QStringLiteral("the top level"));
            !known)
            return known.error();
        if (top.value(QStringLiteral("format")).toString() != QLatin1String(kFormatName))
            return fail(QStringLiteral("\"format\" is not \"%1\"").arg(QLatin1String(kFormatName)));
        if (top.value(QStringLiteral("format_version")).toInt(-1) != kFormatVersion)
            return fail(QStringLiteral("\"format_version\" is not %1 (this build reads only %1)")
                            .arg(kFormatVersion));

        if (auto ok = readStepDefaults(top.value(QStringLiteral("step_defaults"))); !ok)
            return ok.error();
        if (auto ok = readFreshOnly(top.value(QStringLiteral("fresh_deployment_only"))); !ok)
            return ok.error();

        const QJsonValue routes = top.value(QStringLiteral("routes"));
        if (!routes.isArray() || routes.toArray().isEmpty())
            return fail(QStringLiteral("\"routes\" is missing or empty"));
        const QJsonArray routeArray = routes.toArray();
        for (qsizetype i = 0; i < routeArray.size(); ++i) {
            auto route = readRoute(routeArray.at(i), i);
            if (!route)
                return route.error();
            if (auto ok = checkAgainstOthers(*route, i); !ok)
                return ok.error();
            m_catalogue.m_routes.append(std::move(*route));
        }
        return std::move(m_catalogue);
    }

private:
    Error error(const QString& message, const QString& hint = {}) const
    {
        return makeError(message, m_origin, hint);
    }
    Error fail(const QString& message) const { return error(message); }

    // Keys starting with '_' are comments ("_why": "..."), which JSON otherwise lacks.
    Expected<void> checkKeys(const QJsonObject& object, std::initializer_list<const char*> allowed,
                             const QString& entry) const
    {
        QStringList names;
        for (const char* name : allowed)
            names << QLatin1String(name);
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (it.key().startsWith(QLatin1Char('_')) || names.contains(it.key()))
                continue;
            return error(QStringLiteral("%1: unknown key \"%2\"").arg(entry, it.key()),
                         QStringLiteral("known keys: ") + names.join(QStringLiteral(", ")));
        }
        return {};
    }

    Expected<QVariantMap> readParams(StepKind kind, const QJsonValue& value,
                                     const QString& entry) const
    {
        QVariantMap params;
        if (value.isUndefined())
            return params;
        if (!value.isObject())
            return error(QStringLiteral("%1: \"params\" is not an object").arg(entry));
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const ParamSpec* spec = findParam(kind, it.key());
            if (!spec) {
                const QStringList names = paramNames(kind);
                return error(QStringLiteral("%1: unknown parameter \"%2\" for step %3")
                                 .arg(entry, it.key(), stepId(kind)),
                             names.isEmpty()
                                 ? QStringLiteral("step %1 takes no parameters").arg(stepId(kind))
                                 : QStringLiteral("known: ") + names.join(QStringLiteral(", ")));
            }
            const auto converted = convertParam(it.value(), spec->type);
            if (!converted)
                return error(QStringLiteral("%1: parameter \"%2\" of step %3 must be %4")
                                 .arg(entry, it.key(), stepId(kind), typeName(spec->type)));
            params.insert(it.key(), *converted);
        }
        return params;
    }

    Expected<StepKind> readStepId(const QJsonValue& value, const QString& entry) const
    {
        const QString id = value.toString();
        const auto kind = stepKindFromId(id);
        if (!value.isString() || !kind || isRollbackOnly(*kind))
            return error(QStringLiteral("%1: unknown step id \"%2\"")
                             .arg(entry, value.isString() ? id : QStringLiteral("(not a string)")),
                         QStringLiteral("known steps: ") +
                             knownStepIds().join(QStringLiteral(", ")));
        return *kind;
    }

    Expected<void> readStepDefaults(const QJsonValue& value)
    {
        if (value.isUndefined())
            return {};
        if (!value.isObject())
            return fail(QStringLiteral("\"step_defaults\" is not an object"));
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (it.key().startsWith(QLatin1Char('_')))
                continue;
            const QString entry = QStringLiteral("step_defaults.") + it.key();
            const auto kind = readStepId(QJsonValue(it.key()), entry);
            if (!kind)
                return kind.error();
            auto params = readParams(*kind, it.value(), entry);
            if (!params)
                return params.error();
            m_catalogue.m_stepDefaults[*kind] = *params;
        }
        return {};
    }

    Expected<void> readFreshOnly(const QJsonValue& value)
    {
        if (value.isUndefined())
            return {};
        if (!value.isArray())
            return fail(QStringLiteral("\"fresh_deployment_only\" is not a list"));
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString entry = QStringLiteral("fresh_deployment_only[%1]").arg(i);
            if (!array.at(i).isObject())
                return fail(entry + QStringLiteral(" is not an object"));
            const QJsonObject object = array.at(i).toObject();
            if (auto ok = checkKeys(object, {"version", "reason", "source"}, entry); !ok)
                return ok.error();
            const auto version = parseVersion(object.value(QStringLiteral("version")).toString());
            if (!version)
                return fail(entry + QStringLiteral(": ") + version.error().message);
            m_catalogue.m_freshOnly.append({*version,
                                            object.value(QStringLiteral("reason")).toString(),
                                            object.value(QStringLiteral("source")).toString()});
        }
        return {};
    }

    Expected<Route> readRoute(const QJsonValue& value, qsizetype index) const
    {
        QString entry = QStringLiteral("routes[%1]").arg(index);
        if (!value.isObject())
            return fail(entry + QStringLiteral(" is not an object"));
        const QJsonObject object = value.toObject();
        Route route;
        route.id = object.value(QStringLiteral("id")).toString();
        if (route.id.isEmpty())
            return fail(entry + QStringLiteral(": \"id\" is missing"));
        entry += QStringLiteral(" \"") + route.id + QLatin1Char('"');

        if (auto ok = checkKeys(
                object, {"id", "from", "to", "image", "flags", "steps", "manual_notes", "source"},
                entry);
            !ok)
            return ok.error();

        const auto from = VersionRange::parse(object.value(QStringLiteral("from")).toString());
        if (!from)
            return fail(entry + QStringLiteral(": \"from\": ") + from.error().message);
        route.from = *from;
        const auto to = parseVersion(object.value(QStringLiteral("to")).toString());
        if (!to)
            return fail(entry + QStringLiteral(": \"to\": ") + to.error().message);
        route.to = *to;
        if (route.to <= route.from.max)
            return fail(entry + QStringLiteral(": goes from %1 to %2, which is not upward")
                                    .arg(route.from.toString(), route.to.toString()));
        for (const FreshDeploymentOnly& fresh : m_catalogue.m_freshOnly) {
            if (fresh.version == route.to)
                return fail(entry + QStringLiteral(": leads into %1, which fresh_deployment_only "
                                                   "says cannot be upgraded into")
                                        .arg(route.to.toString()));
        }

        const QJsonValue image = object.value(QStringLiteral("image"));
        if (!image.isObject())
            return fail(entry + QStringLiteral(": \"image\" is missing"));
        if (auto ok = checkKeys(image.toObject(), {"reference", "as_documented"},
                                entry + QStringLiteral(".image"));
            !ok)
            return ok.error();
        route.image.reference = image.toObject().value(QStringLiteral("reference")).toString();
        route.image.asDocumented =
            image.toObject().value(QStringLiteral("as_documented")).toString();
        const auto imageVersion = versionFromImageReference(route.image.reference);
        if (!imageVersion)
            return fail(entry + QStringLiteral(": image: ") + imageVersion.error().message);
        if (*imageVersion != route.to)
            return fail(entry + QStringLiteral(": the image %1 is version %2, not the target %3")
                                    .arg(route.image.reference, imageVersion->toString(),
                                         route.to.toString()));

        if (auto ok = readFlags(object.value(QStringLiteral("flags")), entry, route.flags); !ok)
            return ok.error();
        if (auto ok = readSteps(object.value(QStringLiteral("steps")), entry, route.steps); !ok)
            return ok.error();
        if (auto ok = checkSteps(route, entry); !ok)
            return ok.error();

        const QJsonValue notes = object.value(QStringLiteral("manual_notes"));
        if (!notes.isUndefined()) {
            const auto list = convertParam(notes, ParamType::StringList);
            if (!list)
                return fail(entry + QStringLiteral(": \"manual_notes\" is not a list of strings"));
            route.manualNotes = list->toStringList();
        }
        route.source = object.value(QStringLiteral("source")).toString();
        if (route.source.isEmpty())
            return fail(entry +
                        QStringLiteral(": \"source\" (where this is documented) is missing"));
        return route;
    }

    Expected<void> readFlags(const QJsonValue& value, const QString& entry, RouteFlags& flags) const
    {
        if (!value.isObject())
            return fail(entry + QStringLiteral(": \"flags\" is missing"));
        const QJsonObject object = value.toObject();
        if (auto ok = checkKeys(object,
                                {"is_upgrade_env", "ha_step", "refetch_needed", "init_via_exec",
                                 "image_may_be_tarball"},
                                entry + QStringLiteral(".flags"));
            !ok)
            return ok.error();
        // Every flag is written out: a forgotten IS_UPGRADE must not default to anything.
        const std::array<std::pair<const char*, bool*>, 5> fields{{
            {"is_upgrade_env", &flags.isUpgradeEnv},
            {"ha_step", &flags.haStep},
            {"refetch_needed", &flags.refetchNeeded},
            {"init_via_exec", &flags.initViaExec},
            {"image_may_be_tarball", &flags.imageMayBeTarball},
        }};
        for (const auto& [name, target] : fields) {
            const QJsonValue flag = object.value(QLatin1String(name));
            if (!flag.isBool())
                return fail(
                    entry +
                    QStringLiteral(": flag \"%1\" must be true or false").arg(QLatin1String(name)));
            *target = flag.toBool();
        }
        return {};
    }

    Expected<void> readSteps(const QJsonValue& value, const QString& entry,
                             QList<RouteStep>& steps) const
    {
        if (!value.isArray() || value.toArray().isEmpty())
            return fail(entry + QStringLiteral(": \"steps\" is missing or empty"));
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonValue item = array.at(i);
            const QString stepEntry = entry + QStringLiteral(" steps[%1]").arg(i);
            RouteStep step;
            // "health" is short for {"id": "health"}.
            const QJsonObject object = item.isObject() ? item.toObject() : QJsonObject();
            if (item.isObject()) {
                if (auto ok = checkKeys(object, {"id", "params", "note"}, stepEntry); !ok)
                    return ok.error();
            }
            const auto kind =
                readStepId(item.isObject() ? object.value(QStringLiteral("id")) : item, stepEntry);
            if (!kind)
                return kind.error();
            step.kind = *kind;
            auto params = readParams(step.kind, object.value(QStringLiteral("params")), stepEntry);
            if (!params)
                return params.error();
            step.params = *params;
            step.note = object.value(QStringLiteral("note")).toString();
            steps.append(std::move(step));
        }
        return {};
    }

    Expected<void> checkSteps(const Route& route, const QString& entry) const
    {
        QMap<StepKind, qsizetype> position;
        for (qsizetype i = 0; i < route.steps.size(); ++i) {
            const StepKind kind = route.steps.at(i).kind;
            if (position.contains(kind))
                return fail(entry + QStringLiteral(": step %1 appears twice").arg(stepId(kind)));
            position.insert(kind, i);
        }
        for (StepKind required : kRequiredSteps) {
            if (!position.contains(required))
                return fail(
                    entry +
                    QStringLiteral(": the required step %1 is missing").arg(stepId(required)));
        }
        if (route.steps.first().kind != StepKind::Preflight)
            return fail(entry + QStringLiteral(": the first step must be preflight"));
        for (const OrderRule& rule : kOrder) {
            if (position.contains(rule.before) && position.contains(rule.after) &&
                position.value(rule.before) > position.value(rule.after))
                return fail(entry + QStringLiteral(": step %1 must come before %2")
                                        .arg(stepId(rule.before), stepId(rule.after)));
        }

        // The flags and the steps describe the same route; they must agree.
        const bool haSteps = position.contains(StepKind::DisableHa);
        if (haSteps != position.contains(StepKind::EnableHa))
            return fail(entry + QStringLiteral(": disable_ha and enable_ha come only together"));
        if (route.flags.haStep != haSteps)
            return fail(
                entry +
                QStringLiteral(": flag ha_step is %1 but the steps %2 disable_ha "
                               "and enable_ha")
                    .arg(route.flags.haStep ? QStringLiteral("true") : QStringLiteral("false"),
                         haSteps ? QStringLiteral("include") : QStringLiteral("do not include")));
        if (route.flags.refetchNeeded && !route.flags.haStep)
            return fail(entry + QStringLiteral(": refetch_needed without ha_step (the refetch "
                                               "interval is set when HA is enabled)"));
        if (route.flags.imageMayBeTarball != position.contains(StepKind::LoadImage))
            return fail(entry + QStringLiteral(": flag image_may_be_tarball and step load_image "
                                               "must go together"));
        return {};
    }

    Expected<void> checkAgainstOthers(const Route& route, qsizetype index) const
    {
        for (const Route& other : m_catalogue.m_routes) {
            const QString entry = QStringLiteral("routes[%1] \"%2\"").arg(index).arg(route.id);
            if (other.id == route.id)
                return fail(entry + QStringLiteral(": duplicate route id"));
            if (other.to == route.to && other.from.overlaps(route.from))
                return fail(entry + QStringLiteral(": duplicate route %1: \"%2\" (%3) already "
                                                   "covers it")
                                        .arg(route.label(), other.id, other.label()));
        }
        return {};
    }

    QString m_origin;
    ProcedureCatalogue m_catalogue;
};

QString ProcedureCatalogue::builtInPath()
{
    return QStringLiteral(":/catalogue/routes.json");
}

Expected<ProcedureCatalogue> ProcedureCatalogue::loadBuiltIn()
{
    return loadFromFile(builtInPath());
}

Expected<ProcedureCatalogue> ProcedureCatalogue::loadFromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            QStringLiteral("cannot read the procedure catalogue: %1").arg(file.errorString()), path,
            path.startsWith(QLatin1Char(':'))
                ? QStringLiteral("the built-in catalogue is missing from this build")
                : QString());
    return loadFromJson(file.readAll(), path);
}

Expected<ProcedureCatalogue> ProcedureCatalogue::loadFromJson(const QByteArray& json,
                                                              const QString& origin)
{
    return CatalogueReader(origin).read(json);
}

bool ProcedureCatalogue::isFreshDeploymentOnly(const QVersionNumber& version) const
{
    const QVersionNumber v = normalizedVersion(version);
    return std::any_of(m_freshOnly.cbegin(), m_freshOnly.cend(),
                       [&v](const FreshDeploymentOnly& fresh) { return fresh.version == v; });
}

std::optional<Route> ProcedureCatalogue::routeById(const QString& id) const
{
    for (const Route& route : m_routes) {
        if (route.id == id)
            return route;
    }
    return std::nullopt;
}

Expected<Route> ProcedureCatalogue::findRoute(const QVersionNumber& from,
                                              const QVersionNumber& to) const
{
    auto chain = planChain(from, to);
    if (!chain)
        return chain.error();
    if (chain->size() == 1)
        return chain->first();

    const QVersionNumber start = normalizedVersion(from);
    QStringList hops;
    QVersionNumber at = start;
    for (const Route& route : *chain) {
        hops << at.toString() + QStringLiteral(" -> ") + route.to.toString();
        at = route.to;
    }
    QString advice = QStringLiteral("upgrade ") + hops.first() + QStringLiteral(" first");
    for (qsizetype i = 1; i < hops.size(); ++i)
        advice += QStringLiteral(", then ") + hops.at(i);
    return makeError(QStringLiteral("%1 -> %2 is not a single-node upgrade route; %3")
                         .arg(start.toString(), normalizedVersion(to).toString(), advice),
                     start.toString() + QStringLiteral(" -> ") + normalizedVersion(to).toString(),
                     QStringLiteral("run one upgrade per route and check OMS between them"));
}

Expected<QList<Route>> ProcedureCatalogue::planChain(const QVersionNumber& fromVersion,
                                                     const QVersionNumber& toVersion) const
{
    const QVersionNumber from = normalizedVersion(fromVersion);
    const QVersionNumber to = normalizedVersion(toVersion);
    const QString where = from.toString() + QStringLiteral(" -> ") + to.toString();

    if (from == to)
        return makeError(QStringLiteral("already at %1: nothing to upgrade").arg(to.toString()),
                         where);
    if (to < from)
        return makeError(QStringLiteral("%1 is a downgrade; OMS documents no downgrade").arg(where),
                         where,
                         QStringLiteral("to go back after an upgrade, roll back that run: it "
                                        "restores the backup taken before it"));
    for (const FreshDeploymentOnly& fresh : m_freshOnly) {
        if (fresh.version != to)
            continue;
        const auto latest = latestTargetFrom(from);
        QString hint = fresh.reason;
        if (latest)
            hint += (hint.isEmpty() ? QString() : QStringLiteral("; ")) +
                    QStringLiteral("the latest upgrade from %1 is %2")
                        .arg(from.toString(), latest->toString());
        return makeError(QStringLiteral("%1: %2 needs a fresh deployment; no single-node upgrade "
                                        "route leads into it")
                             .arg(where, to.toString()),
                         where, hint);
    }

    // Breadth-first over versions: the first time the target is reached is by fewest routes.
    // Routes are tried in file order, so equal-length chains are chosen deterministically.
    struct Hop
    {
        qsizetype route;         // index of the route that reached this version
        QVersionNumber previous; // the version it was taken from (inside a range route's from)
    };
    QMap<QVersionNumber, Hop> reachedBy;
    QList<QVersionNumber> queue{from};
    while (!queue.isEmpty() && !reachedBy.contains(to)) {
        const QVersionNumber at = queue.takeFirst();
        for (qsizetype i = 0; i < m_routes.size(); ++i) {
            const Route& route = m_routes.at(i);
            if (!route.from.contains(at) || reachedBy.contains(route.to))
                continue;
            reachedBy.insert(route.to, Hop{i, at});
            queue.append(route.to);
        }
    }
    if (reachedBy.contains(to)) {
        QList<Route> chain;
        for (QVersionNumber at = to; at != from; at = reachedBy.value(at).previous)
            chain.prepend(m_routes.at(reachedBy.value(at).route));
        return chain;
    }

    QStringList fresh;
    for (const FreshDeploymentOnly& f : m_freshOnly) {
        if (from < f.version && f.version <= to)
            fresh << f.version.toString() + QStringLiteral(" needs a fresh deployment");
    }
    const QList<QVersionNumber> reachable = reachableFrom(from);
    if (reachable.isEmpty()) {
        QStringList all;
        for (const Route& route : m_routes)
            all << route.label();
        return makeError(
            QStringLiteral("no single-node upgrade route starts at %1").arg(from.toString()), where,
            (fresh.isEmpty() ? QString()
                             : fresh.join(QStringLiteral("; ")) + QStringLiteral("; ")) +
                QStringLiteral("supported routes: ") + all.join(QStringLiteral(", ")));
    }
    return makeError(
        QStringLiteral("no chain of single-node upgrade routes leads from %1 to %2")
            .arg(from.toString(), to.toString()),
        where,
        QStringLiteral("from %1 the routes reach %2").arg(from.toString(), versionList(reachable)) +
            (fresh.isEmpty() ? QString()
                             : QStringLiteral("; ") + fresh.join(QStringLiteral("; "))));
}

std::optional<QVersionNumber> ProcedureCatalogue::latestTargetFrom(const QVersionNumber& from) const
{
    std::optional<QVersionNumber> latest;
    for (const Route& route : m_routes) {
        if (route.from.contains(from) && (!latest || *latest < route.to))
            latest = route.to;
    }
    return latest;
}

QList<QVersionNumber> ProcedureCatalogue::reachableFrom(const QVersionNumber& from) const
{
    QList<QVersionNumber> queue{normalizedVersion(from)};
    QList<QVersionNumber> reached;
    while (!queue.isEmpty()) {
        const QVersionNumber at = queue.takeFirst();
        for (const Route& route : m_routes) {
            if (route.from.contains(at) && !reached.contains(route.to)) {
                reached.append(route.to);
                queue.append(route.to);
            }
        }
    }
    std::sort(reached.begin(), reached.end());
    return reached;
}

QList<RouteStep> ProcedureCatalogue::stepsFor(const Route& route) const
{
    QList<RouteStep> steps;
    for (const RouteStep& written : route.steps) {
        RouteStep step = written;
        const auto defaults = m_stepDefaults.find(step.kind);
        if (defaults != m_stepDefaults.end()) {
            QVariantMap params = defaults->second;
            for (auto it = written.params.constBegin(); it != written.params.constEnd(); ++it)
                params.insert(it.key(), it.value());
            step.params = params;
        }
        switch (step.kind) {
        case StepKind::StartNew:
            step.params.insert(QStringLiteral("is_upgrade_env"), route.flags.isUpgradeEnv);
            break;
        case StepKind::DockerInit:
            step.params.insert(QStringLiteral("via_exec"), route.flags.initViaExec);
            break;
        case StepKind::EnableHa:
            step.params.insert(QStringLiteral("refetch_needed"), route.flags.refetchNeeded);
            break;
        default:
            break;
        }
        steps.append(std::move(step));
    }
    return steps;
}

} // namespace omsua::upgrade
