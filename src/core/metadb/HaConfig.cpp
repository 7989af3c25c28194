#include "metadb/HaConfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>
#include <climits>
#include <cmath>

namespace omsua::metadb {

namespace {

const QString kHint = QStringLiteral("Check ha.config in System Management > System Parameters "
                                     "of the OMS console (or oms_normal_config in the rm "
                                     "database).");

QLatin1String typeName(HaConfig::ValueType type)
{
    return type == HaConfig::ValueType::Bool ? QLatin1String("true or false")
                                             : QLatin1String("a whole number");
}

bool hasType(const QJsonValue& value, HaConfig::ValueType type)
{
    if (type == HaConfig::ValueType::Bool)
        return value.isBool();
    if (!value.isDouble())
        return false;
    const double d = value.toDouble();
    return std::isfinite(d) && std::floor(d) == d && d >= double(INT_MIN) && d <= double(INT_MAX);
}

// Top-level key names in the order they appear in (already validated) JSON text. QJsonObject
// keeps keys sorted, so this is the only way to write the object back in the operator's order.
QStringList topLevelKeyOrder(const QByteArray& json)
{
    QStringList keys;
    QSet<QString> seen;
    int depth = 0;
    qsizetype i = 0;
    const qsizetype n = json.size();
    while (i < n) {
        const char c = json.at(i);
        if (c == '"') {
            const qsizetype start = i++;
            while (i < n && json.at(i) != '"') {
                if (json.at(i) == '\\')
                    ++i;
                ++i;
            }
            const qsizetype end = ++i; // past the closing quote
            if (depth != 1)
                continue;
            qsizetype j = i;
            while (j < n && QByteArrayView(" \t\r\n").contains(json.at(j)))
                ++j;
            if (j < n && json.at(j) == ':') {
                // Decode escapes the same way Qt does by parsing the string as a JSON array.
                const QJsonDocument key =
                    QJsonDocument::fromJson('[' + json.mid(start, end - start) + ']');
                const QString name = key.array().at(0).toString();
                if (!seen.contains(name)) {
                    seen.insert(name);
                    keys.append(name);
                }
            }
            continue;
        }
        if (c == '{' || c == '[')
            ++depth;
        else if (c == '}' || c == ']')
            --depth;
        ++i;
    }
    return keys;
}

// One JSON value (or key) as compact text: QJsonDocument only writes arrays and objects.
QByteArray compactJson(const QJsonValue& value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

bool sameValue(const QJsonValue& a, const QJsonValue& b)
{
    if (a.isDouble() && b.isDouble())
        return a.toDouble() == b.toDouble();
    return a == b;
}

} // namespace

const QList<HaConfig::KeySpec>& HaConfig::knownKeys()
{
    static const QList<KeySpec> keys = {
        {QLatin1String("enable"), ValueType::Bool, 0},
        {QLatin1String("enableHost"), ValueType::Bool, 0},
        {QLatin1String("enableStore"), ValueType::Bool, 1},
        {QLatin1String("perceiveStoreClientCheckpoint"), ValueType::Bool, 0},
        {QLatin1String("enableConnector"), ValueType::Bool, 1},
        {QLatin1String("enableJdbcWriter"), ValueType::Bool, 1},
        {QLatin1String("subtopicStoreNumberThreshold"), ValueType::Integer, 5},
        {QLatin1String("checkRequestIntervalSec"), ValueType::Integer, 600},
        {QLatin1String("checkJdbcWriterIntervalSec"), ValueType::Integer, 600},
        {QLatin1String("checkHostDownIntervalSec"), ValueType::Integer, 540},
        {QLatin1String("checkModuleExceptionIntervalSec"), ValueType::Integer, 240},
        {QLatin1String("clearAbnormalResourceHours"), ValueType::Integer, 72},
        {QLatin1String("refetchStoreIntervalMin"), ValueType::Integer, 30},
    };
    return keys;
}

const HaConfig::KeySpec* HaConfig::findKey(const QString& name)
{
    for (const KeySpec& spec : knownKeys())
        if (spec.name == name)
            return &spec;
    return nullptr;
}

Expected<HaConfig> HaConfig::parse(const QByteArray& json, const QString& sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(QStringLiteral("%1 is not valid JSON: %2 at character %3")
                             .arg(sourceName, parseError.errorString())
                             .arg(parseError.offset),
                         sourceName, kHint);
    if (!document.isObject())
        return makeError(QStringLiteral("%1 must be a JSON object ({...})").arg(sourceName),
                         sourceName, kHint);
    HaConfig config;
    config.m_object = document.object();
    for (const KeySpec& spec : knownKeys()) {
        const QJsonValue value = config.m_object.value(spec.name);
        if (!value.isUndefined() && !hasType(value, spec.type))
            return makeError(QStringLiteral("%1: key %2 must be %3, found %4")
                                 .arg(sourceName, spec.name, typeName(spec.type),
                                      QString::fromUtf8(compactJson(value).left(40))),
                             sourceName + QStringLiteral(": ") + spec.name, kHint);
    }
    config.m_keyOrder = topLevelKeyOrder(json);
    return config;
}

bool HaConfig::boolValue(const QString& key) const
{
    const KeySpec* spec = findKey(key);
    const QJsonValue value = m_object.value(key);
    if (value.isBool())
        return value.toBool();
    return spec && spec->type == ValueType::Bool && spec->defaultValue != 0;
}

int HaConfig::intValue(const QString& key) const
{
    const KeySpec* spec = findKey(key);
    const QJsonValue value = m_object.value(key);
    if (hasType(value, ValueType::Integer))
        return value.toInt();
    return spec && spec->type == ValueType::Integer ? spec->defaultValue : 0;
}

Expected<HaConfig> HaConfig::merged(const QJsonObject& changes) const
{
    HaConfig result = *this;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const KeySpec* spec = findKey(it.key());
        if (spec && !hasType(it.value(), spec->type))
            return makeError(QStringLiteral("ha.config: key %1 must be %2, not %3")
                                 .arg(it.key(), typeName(spec->type),
                                      QString::fromUtf8(compactJson(it.value()).left(40))),
                             QStringLiteral("ha.config: ") + it.key(),
                             QStringLiteral("This is a bug in the caller; nothing was changed."));
        if (!spec && !m_object.contains(it.key()))
            return makeError(QStringLiteral("ha.config: unknown key %1 (neither documented nor "
                                            "present in the stored value)")
                                 .arg(it.key()),
                             QStringLiteral("ha.config: ") + it.key(),
                             QStringLiteral("Check the spelling; nothing was changed."));
        result.m_object.insert(it.key(), it.value());
        if (!result.m_keyOrder.contains(it.key()))
            result.m_keyOrder.append(it.key());
    }
    return result;
}

QByteArray HaConfig::toJson() const
{
    QStringList order;
    for (const QString& key : m_keyOrder)
        if (m_object.contains(key))
            order.append(key);
    // Keys not seen in text (an object built in code) follow in QJsonObject's order.
    const QStringList keys = m_object.keys();
    for (const QString& key : keys)
        if (!order.contains(key))
            order.append(key);

    QByteArray out("{");
    for (const QString& key : order) {
        if (out.size() > 1)
            out.append(',');
        out.append(compactJson(QJsonValue(key)));
        out.append(':');
        out.append(compactJson(m_object.value(key)));
    }
    out.append('}');
    return out;
}

bool HaConfig::hasValues(const QJsonObject& changes, QString* firstMismatch) const
{
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (!sameValue(m_object.value(it.key()), it.value())) {
            if (firstMismatch)
                *firstMismatch = it.key();
            return false;
        }
    }
    return true;
}

} // namespace omsua::metadb
