#pragma once

#include "upgrade/Step.h"

#include <QCoreApplication>

namespace omsua::upgrade::steps {

// Rollback: stop the new container (kept, not removed, for a look at what went wrong);
// T3 = its State.FinishedAt on the host clock. Skipped when it was never created.
class StopNewStep final : public Step
{
    Q_DECLARE_TR_FUNCTIONS(StopNewStep)
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
