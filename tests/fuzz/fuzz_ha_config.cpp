// ha.config as stored in the MetaDB: HaConfig::parse, toJson() and merged(), which writes the
// operator's value back with only the keys the upgrade changes. An input of the form
// "<ha.config>\0<changes>" also fuzzes the changes object.
#include "FuzzSupport.h"
#include "metadb/HaConfig.h"

#include <QJsonDocument>

using namespace omsua;
using omsua::metadb::HaConfig;

namespace {

// Writing back must keep every value (numbers compared as numbers), and from the first write on
// the text must be stable ("-0" may come back as "0", never as anything else).
void requireRoundTrip(const HaConfig& config, const char* what)
{
    const QByteArray json = config.toJson();
    const Expected<HaConfig> reread = HaConfig::parse(json);
    fuzz::require(bool(reread), what, QString::fromUtf8(json));
    fuzz::require(reread->object() == config.object(), what, QString::fromUtf8(json));
    const QByteArray again = reread->toJson();
    const Expected<HaConfig> third = HaConfig::parse(again);
    fuzz::require(third && third->toJson() == again, what, QString::fromUtf8(again));
}

void requireMerge(const HaConfig& config, const QJsonObject& changes, bool mustSucceed)
{
    const Expected<HaConfig> merged = config.merged(changes);
    fuzz::require(merged || !mustSucceed, "merged() of documented keys and types succeeds",
                  merged ? QString() : merged.error().message);
    if (!merged)
        return;
    QString mismatch;
    fuzz::require(merged->hasValues(changes, &mismatch), "merged() holds the changes", mismatch);
    const QJsonObject& before = config.object();
    for (auto it = before.begin(); it != before.end(); ++it)
        if (!changes.contains(it.key()))
            fuzz::require(merged->object().value(it.key()) == it.value(),
                          "merged() keeps the keys it was not given", it.key());
    requireRoundTrip(*merged, "merged().toJson() reads back the same");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = fuzz::input(data, size);
    const qsizetype split = bytes.indexOf('\0');
    const QByteArray stored = split < 0 ? bytes : bytes.left(split);

    const Expected<HaConfig> config = HaConfig::parse(stored);
    if (!config)
        return 0;
    for (const HaConfig::KeySpec& spec : HaConfig::knownKeys()) {
        (void)config->boolValue(spec.name);
        (void)config->intValue(spec.name);
    }
    requireRoundTrip(*config, "toJson() reads back the same");

    // What the upgrade writes: HA off before the stop, on again with a refetch interval.
    const int minutes = int(size % 100000);
    requireMerge(*config, QJsonObject{{QStringLiteral("enable"), false}}, true);
    requireMerge(*config,
                 QJsonObject{{QStringLiteral("enable"), true},
                             {QStringLiteral("refetchStoreIntervalMin"), minutes},
                             {QStringLiteral("perceiveStoreClientCheckpoint"), false}},
                 true);

    if (split >= 0) {
        const QJsonDocument changes = QJsonDocument::fromJson(bytes.mid(split + 1));
        if (changes.isObject())
            requireMerge(*config, changes.object(), false);
    }
    return 0;
}
