#include "upgrade/steps/EnableHaStep.h"

#include "metadb/HaConfig.h"
#include "metadb/MetaDbConnection.h"
#include "upgrade/HostClock.h"
#include "upgrade/HostSession.h"
#include "upgrade/JournalKeys.h"
#include "upgrade/RefetchCalculator.h"
#include "upgrade/steps/StepSupport.h"

#include <QJsonDocument>

namespace omsua::upgrade::steps {

namespace {
const QString kEnable = QStringLiteral("enable");
const QString kRefetch = QStringLiteral("refetchStoreIntervalMin");
const QString kPerceive = QStringLiteral("perceiveStoreClientCheckpoint");
} // namespace

QString EnableHaStep::title() const
{
    return tr("Enable HA");
}

QString EnableHaStep::describe(const StepContext& context) const
{
    const plan::Plan& plan = context.plan();
    QString how;
    if (plan.ha.perceiveStoreClientCheckpoint)
        how = tr("perceiveStoreClientCheckpoint=true (the Store starts from the downstream "
                 "checkpoint)");
    else
        how = tr("refetchStoreIntervalMin = ceil((T2 - T1) / 60 s) + %1 minutes margin, never "
                 "below the current value, so the Store re-fetches everything since the old "
                 "container stopped")
                  .arg(plan.ha.refetchMarginMin);
    if (plan.ha.apply == plan::HaApply::Console)
        return tr("You switch HA on in the OMS console with %1; the run waits and reads the "
                  "values back from the MetaDB. T2 is taken on the host clock.")
            .arg(how);
    return tr("Sets \"enable\": true and %1 in ha.config, keeping every other key, and reads it "
              "back. T2 = now on the host clock.")
        .arg(how);
}

Expected<QJsonObject> EnableHaStep::changesFor(StepContext& context,
                                               const metadb::HaConfig& current)
{
    const plan::Plan& plan = context.plan();
    Journal& journal = context.journal();
    if (plan.ha.perceiveStoreClientCheckpoint) {
        journal.setFact(keys::refetch,
                        QJsonObject{{QStringLiteral("perceive_store_client_checkpoint"), true},
                                    {QStringLiteral("explanation"),
                                     tr("perceiveStoreClientCheckpoint=true: the Store starts "
                                        "from the checkpoint the downstream components report, "
                                        "so refetchStoreIntervalMin is not used.")}});
        return QJsonObject{{kEnable, true}, {kPerceive, true}};
    }
    auto host = hostOf(context);
    if (!host)
        return host.error();
    const QDateTime t1 = journal.time(keys::t1);
    if (!t1.isValid())
        return makeError(tr("T1 (when the old container stopped) is not in the journal"),
                         QStringLiteral("T1"),
                         tr("the stop_old step records it; resume from there"));
    // T2 is now on the host clock, the same clock T1 came from.
    auto clock = HostClock::now((*host)->runner());
    if (!clock)
        return clock.error();
    RefetchInput input;
    input.t1 = t1;
    input.t2 = clock->hostNow;
    input.marginMin = plan.ha.refetchMarginMin;
    if (current.contains(kRefetch))
        input.currentValueMin = current.refetchStoreIntervalMin();
    auto result = RefetchCalculator::compute(input);
    if (!result)
        return result.error();
    journal.setTime(keys::t2, clock->hostNow);
    journal.setFact(keys::refetch,
                    QJsonObject{{QStringLiteral("minutes"), result->minutes},
                                {QStringLiteral("gap_seconds"), result->gapSeconds},
                                {QStringLiteral("gap_minutes_ceil"), result->gapMinutesCeil},
                                {QStringLiteral("margin_min"), plan.ha.refetchMarginMin},
                                {QStringLiteral("kept_current"), result->keptCurrent},
                                {QStringLiteral("t1"), t1.toUTC().toString(Qt::ISODateWithMs)},
                                {QStringLiteral("t2"), clock->hostNow.toString(Qt::ISODateWithMs)},
                                {QStringLiteral("explanation"), result->explanation}});
    for (const QString& warning : result->warnings)
        addWarning(journal, warning);
    context.output(result->explanation + QLatin1Char('\n'));
    return QJsonObject{{kEnable, true}, {kRefetch, result->minutes}};
}

Precheck EnableHaStep::precheck(StepContext& context)
{
    auto discovery = discoveryOf(context);
    if (!discovery)
        return Precheck::refused(discovery.error());
    Journal& journal = context.journal();
    if (journal.facts().contains(keys::haEnabledBefore) &&
        !journal.facts().value(keys::haEnabledBefore).toBool())
        return Precheck::skip(tr("HA was disabled before the upgrade; it stays disabled"));
    auto db = metaDbOf(context);
    if (!db)
        return Precheck::refused(db.error());
    auto record = (*db)->readHaConfig((*discovery)->config.rmDb);
    if (!record)
        return Precheck::refused(record.error());

    // Already on (resume after the write, or the operator did it in the console): done when the
    // values are at least what the calculation asks for.
    if (record->config.enable()) {
        const QJsonObject refetch = journal.facts().value(keys::refetch).toObject();
        const bool perceive = context.plan().ha.perceiveStoreClientCheckpoint;
        if ((perceive && record->config.perceiveStoreClientCheckpoint()) ||
            (!perceive && refetch.contains(QStringLiteral("minutes")) &&
             record->config.refetchStoreIntervalMin() >=
                 refetch.value(QStringLiteral("minutes")).toInt()))
            return Precheck::alreadyDone(tr("HA is enabled with the computed values"));
    }
    auto changes = changesFor(context, record->config);
    if (!changes)
        return Precheck::refused(changes.error());
    m_changes = *changes;
    if (context.plan().ha.apply == plan::HaApply::Console) {
        QStringList values;
        for (auto it = m_changes.begin(); it != m_changes.end(); ++it)
            values << QStringLiteral("\"%1\": %2")
                          .arg(it.key(), it.value().isBool()
                                             ? (it.value().toBool() ? QStringLiteral("true")
                                                                    : QStringLiteral("false"))
                                             : QString::number(it.value().toInt()));
        return Precheck::needsOperator(
            tr("Enable HA in the OMS console: %1 > System Management > System Parameters > "
               "ha.config, set %2 and save. Then resume the run; it checks the values in the "
               "MetaDB.")
                .arg(consoleUrl(context.plan(), **discovery), values.join(QStringLiteral(", "))));
    }
    return Precheck::ready();
}

Expected<void> EnableHaStep::act(StepContext& context)
{
    auto discovery = discoveryOf(context);
    if (!discovery)
        return discovery.error();
    auto db = metaDbOf(context);
    if (!db)
        return db.error();
    const QString rm = (*discovery)->config.rmDb;
    context.recordCommand(
        QStringLiteral("UPDATE %1.oms_normal_config SET cfg_value = <ha.config "
                       "merged with %2> WHERE cfg_name = 'ha.config'")
            .arg(rm, QString::fromUtf8(QJsonDocument(m_changes).toJson(QJsonDocument::Compact))));
    auto written = (*db)->writeHaConfigMerged(rm, m_changes);
    if (!written)
        return written.error();
    return {};
}

Expected<QString> EnableHaStep::verify(StepContext& context)
{
    auto discovery = discoveryOf(context);
    if (!discovery)
        return discovery.error();
    auto db = metaDbOf(context);
    if (!db)
        return db.error();
    auto record = (*db)->readHaConfig((*discovery)->config.rmDb);
    if (!record)
        return record.error();
    context.journal().setFact(keys::haAfter, record->config.object());
    if (!record->config.enable())
        return makeError(tr("ha.config still has \"enable\": false"),
                         (*discovery)->config.rmDb + QStringLiteral(".oms_normal_config"));
    const QJsonObject refetch = context.journal().facts().value(keys::refetch).toObject();
    if (refetch.contains(QStringLiteral("minutes")) &&
        record->config.refetchStoreIntervalMin() < refetch.value(QStringLiteral("minutes")).toInt())
        return makeError(tr("refetchStoreIntervalMin is %1, below the computed %2")
                             .arg(record->config.refetchStoreIntervalMin())
                             .arg(refetch.value(QStringLiteral("minutes")).toInt()),
                         (*discovery)->config.rmDb + QStringLiteral(".oms_normal_config"));
    if (context.plan().ha.perceiveStoreClientCheckpoint)
        return tr("HA enabled, perceiveStoreClientCheckpoint=true");
    return tr("HA enabled, refetchStoreIntervalMin=%1")
        .arg(record->config.refetchStoreIntervalMin());
}

} // namespace omsua::upgrade::steps
