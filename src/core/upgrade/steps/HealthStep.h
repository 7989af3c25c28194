#pragma once

#include "upgrade/Step.h"

#include <QCoreApplication>

namespace omsua::upgrade::steps {

// Seed step 5 (first half): GET /oms/health until data.healthy is true, directly or through
// an SSH forward when the workstation cannot reach the console port.
class HealthStep final : public Step
{
    Q_DECLARE_TR_FUNCTIONS(HealthStep)
public:
    using Step::Step;
    QString title() const override;
    QString describe(const StepContext& context) const override;
    bool destructive() const override { return false; }
    Precheck precheck(StepContext& context) override;
    Expected<void> act(StepContext& context) override;
    Expected<QString> verify(StepContext& context) override;

private:
    QString m_verdict;
};

} // namespace omsua::upgrade::steps
