#pragma once

#include "upgrade/Step.h"

#include <QCoreApplication>

namespace omsua::upgrade::steps {

// 4.x routes: every server Online in the console. There is no documented API for it, so the
// operator checks and resumes; resuming after this pause is the confirmation.
class CheckServersOnlineStep final : public Step
{
    Q_DECLARE_TR_FUNCTIONS(CheckServersOnlineStep)
public:
    using Step::Step;
    QString title() const override;
    QString describe(const StepContext& context) const override;
    bool destructive() const override { return false; }
    Precheck precheck(StepContext& context) override;
    Expected<void> act(StepContext& context) override;
    Expected<QString> verify(StepContext& context) override;
};

} // namespace omsua::upgrade::steps
