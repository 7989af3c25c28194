#pragma once

#include "upgrade/Step.h"

#include <QCoreApplication>

namespace omsua::upgrade::steps {

// Seed step 2.1: stop the old container. T1 = its State.FinishedAt (host clock); the
// workstation/host clock skew is recorded. Already stopped (resume): T1 is read, nothing done.
class StopOldStep final : public Step
{
    Q_DECLARE_TR_FUNCTIONS(StopOldStep)
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
