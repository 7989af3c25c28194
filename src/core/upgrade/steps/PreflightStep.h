#pragma once

#include "upgrade/Step.h"

#include <QCoreApplication>

namespace omsua::upgrade::steps {

// The read-only checks (Preflight) as the first step of a run: any failing check refuses the
// run before anything is changed; the table is kept in the step's journal record.
class PreflightStep final : public Step
{
    Q_DECLARE_TR_FUNCTIONS(PreflightStep)
public:
    using Step::Step;
    QString title() const override;
    QString describe(const StepContext& context) const override;
    Precheck precheck(StepContext& context) override;
    Expected<void> act(StepContext& context) override;
    Expected<QString> verify(StepContext& context) override;

private:
    QString m_summary;
};

} // namespace omsua::upgrade::steps
