#include "upgrade/steps/DisableHaStep.h"

#include "metadb/HaConfig.h"
#include "metadb/MetaDbConnection.h"
#include "upgrade/JournalKeys.h"
#include "upgrade/steps/StepSupport.h"

#include <QJsonObject>

namespace omsua::upgrade::steps {

namespace {
const QJsonObject kChanges{{QStringLiteral("enable"), false}};
} // namespace

QString DisableHaStep::title() const
{
    return tr("Disable HA");
}

QString DisableHaStep::describe(const StepContext& context) const
{
    const Discovery* found = context.discovery();
    const QString rm = found ? found->config.rmDb : QStringLiteral("rm");
    if (context.plan().ha.apply == plan::HaApply::Console)
        return tr("You switch HA off in the OMS console (System Management > System Parameters > "
                  "ha.config: \"enable\": false); the run waits and then reads the value back "
                  "from %1.oms_normal_config.")
            .arg(rm);
    return tr("Sets \"enable\": false in ha.config (%1.oms_normal_config), keeping every other "
              "key, and reads it back.")
        .arg(rm);
}

Precheck DisableHaStep::precheck(StepContext& context)
{
    auto discovery = discoveryOf(context);
    if (!discovery)
        return Precheck::refused(discovery.error());
    auto db = metaDbOf(context);
    if (!db)
        return Precheck::refused(db.error());
    auto record = (*db)->readHaConfig((*discovery)->config.rmDb);
    if (!record)
        return Precheck::refused(record.error());
    Journal& journal = context.journal();
    // The first look decides what "before" was; a resumed run must not take its own change
    // for the operator's setting.
    if (!journal.facts().contains(keys::haEnabledBefore)) {
        journal.setFact(keys::haEnabledBefore, record->config.enable());
        journal.setFact(keys::haBefore, record->config.object());
    }
    if (!record->config.enable()) {
        if (!journal.facts().value(keys::haEnabledBefore).toBool())
            return Precheck::skip(tr("HA was already disabled before the upgrade"));
        return Precheck::alreadyDone(tr("HA is disabled"));
    }
    if (context.plan().ha.apply == plan::HaApply::Console)
        return Precheck::needsOperator(
            tr("Disable HA in the OMS console: %1 > System Management > System Parameters > "
               "ha.config, set \"enable\" to false and save. Then resume the run; it checks the "
               "value in the MetaDB.")
                .arg(consoleUrl(context.plan(), **discovery)));
    return Precheck::ready();
}

Expected<void> DisableHaStep::act(StepContext& context)
{
    auto discovery = discoveryOf(context);
    if (!discovery)
        return discovery.error();
    auto db = metaDbOf(context);
    if (!db)
        return db.error();
    const QString rm = (*discovery)->config.rmDb;
    context.recordCommand(QStringLiteral("UPDATE %1.oms_normal_config SET cfg_value = <ha.config "
                                         "with enable=false> WHERE cfg_name = 'ha.config'")
                              .arg(rm));
    auto written = (*db)->writeHaConfigMerged(rm, kChanges);
    if (!written)
        return written.error();
    return {};
}

Expected<QString> DisableHaStep::verify(StepContext& context)
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
    if (record->config.enable())
        return makeError(tr("ha.config still has \"enable\": true"),
                         (*discovery)->config.rmDb + QStringLiteral(".oms_normal_config"),
                         tr("disable HA in the console, then resume"));
    return tr("ha.config read back: enable=false");
}

} // namespace omsua::upgrade::steps
