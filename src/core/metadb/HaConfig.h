#pragma once

#include "Expected.h"

#include <QByteArray>
#include <QJsonObject>
#include <QLatin1String>
#include <QList>
#include <QString>
#include <QStringList>

namespace omsua::metadb {

// The ha.config system parameter: a JSON object stored as text in the rm database
// (oms_normal_config.cfg_value). Pure value type, no database access.
//
// The stored object may lack documented keys (the getters fall back to the documented defaults)
// and may hold keys we do not know (a later OMS version): merged() changes only the keys it is
// given and keeps everything else, values and JSON types included, because writing back a
// struct would silently reset settings the operator made.
class HaConfig
{
public:
    enum class ValueType { Bool, Integer };

    struct KeySpec
    {
        QLatin1String name;
        ValueType type;
        int defaultValue; // 0/1 for Bool
    };

    // The documented keys and their defaults (OMS-FACTS.md "System parameters and ha.config").
    static const QList<KeySpec>& knownKeys();
    static const KeySpec* findKey(const QString& name);

    HaConfig() = default;

    // Parses ha.config text. Malformed JSON, a non-object, or a known key with a value of the
    // wrong JSON type is an Error naming the problem (and the key).
    static Expected<HaConfig> parse(const QByteArray& json,
                                    const QString& sourceName = QStringLiteral("ha.config"));

    bool enable() const { return boolValue(QStringLiteral("enable")); }
    bool enableHost() const { return boolValue(QStringLiteral("enableHost")); }
    bool enableStore() const { return boolValue(QStringLiteral("enableStore")); }
    bool perceiveStoreClientCheckpoint() const
    {
        return boolValue(QStringLiteral("perceiveStoreClientCheckpoint"));
    }
    bool enableConnector() const { return boolValue(QStringLiteral("enableConnector")); }
    bool enableJdbcWriter() const { return boolValue(QStringLiteral("enableJdbcWriter")); }
    int subtopicStoreNumberThreshold() const
    {
        return intValue(QStringLiteral("subtopicStoreNumberThreshold"));
    }
    int checkRequestIntervalSec() const
    {
        return intValue(QStringLiteral("checkRequestIntervalSec"));
    }
    int checkJdbcWriterIntervalSec() const
    {
        return intValue(QStringLiteral("checkJdbcWriterIntervalSec"));
    }
    int checkHostDownIntervalSec() const
    {
        return intValue(QStringLiteral("checkHostDownIntervalSec"));
    }
    int checkModuleExceptionIntervalSec() const
    {
        return intValue(QStringLiteral("checkModuleExceptionIntervalSec"));
    }
    int clearAbnormalResourceHours() const
    {
        return intValue(QStringLiteral("clearAbnormalResourceHours"));
    }
    int refetchStoreIntervalMin() const
    {
        return intValue(QStringLiteral("refetchStoreIntervalMin"));
    }

    // A known key's value, or its documented default when absent. Unknown keys: false / 0.
    bool boolValue(const QString& key) const;
    int intValue(const QString& key) const;
    bool contains(const QString& key) const { return m_object.contains(key); }

    const QJsonObject& object() const { return m_object; }

    // A copy with the given keys set and every other key untouched. Known keys must have their
    // documented type; a key that is neither known nor already present is refused, as it is
    // almost certainly a typo that OMS would ignore.
    Expected<HaConfig> merged(const QJsonObject& changes) const;

    // Compact JSON. Top-level keys keep the order of the parsed text (QJsonObject itself sorts
    // them); keys added by merged() come last. Objects nested inside values are written sorted.
    QByteArray toJson() const;

    // Whether every key in changes has that value here (numbers compared as numbers).
    bool hasValues(const QJsonObject& changes, QString* firstMismatch = nullptr) const;

private:
    QJsonObject m_object;
    QStringList m_keyOrder;
};

} // namespace omsua::metadb
