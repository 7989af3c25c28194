#pragma once

#include "upgrade/Step.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace omsua::metadb {
class HaConfig;
}

namespace omsua::upgrade::steps {

// Seed step 5 (second half): HA back on; T2 = host clock; refetchStoreIntervalMin from the
// calculator over T1..T2 (never lowered), or perceiveStoreClientCheckpoint=true when the plan
// says so. Skipped when HA was off before the run.
class EnableHaStep final : public Step
{
    Q_DECLARE_TR_FUNCTIONS(EnableHaStep)
public:
    using Step::Step;
    QString title() const override;
    QString describe(const StepContext& context) const override;
    bool destructive() const override { return false; }
    Precheck precheck(StepContext& context) override;
    Expected<void> act(StepContext& context) override;
    Expected<QString> verify(StepContext& context) override;

private:
    // The ha.config changes that end the upgrade, with the calculation behind them (journaled).
    Expected<QJsonObject> changesFor(StepContext& context, const metadb::HaConfig& current);

    QJsonObject m_changes;
};

} // namespace omsua::upgrade::steps
