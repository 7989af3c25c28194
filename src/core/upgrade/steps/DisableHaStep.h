#pragma once

#include "upgrade/Step.h"

#include <QCoreApplication>

namespace omsua::upgrade::steps {

// Seed step 1: HA off before the old container stops, so OMS does not fail components over
// while it is down. ha.apply metadb: merged into ha.config and read back; console: the operator
// does it in the console and the run waits, then checks the MetaDB value on resume. The first
// change of a run, so the operator says yes to it.
class DisableHaStep final : public Step
{
    Q_DECLARE_TR_FUNCTIONS(DisableHaStep)
public:
    using Step::Step;
    QString title() const override;
    QString describe(const StepContext& context) const override;
    bool destructive() const override { return true; }
    Precheck precheck(StepContext& context) override;
    Expected<void> act(StepContext& context) override;
    Expected<QString> verify(StepContext& context) override;
};

} // namespace omsua::upgrade::steps
