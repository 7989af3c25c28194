#pragma once

#include "upgrade/Step.h"

#include <QCoreApplication>

namespace omsua::upgrade::steps {

// Rollback: drop, create and restore rm, cm and cm_hb from the verified backup set, with the
// character set each database had. The set is verified again right before the first DROP; both
// containers must be stopped (nothing may write meanwhile). Verified by comparing every table's
// row count and checksum with those taken just before the dump. A restore interrupted half-way
// restores every database again from the start on resume.
class RestoreStep final : public Step
{
    Q_DECLARE_TR_FUNCTIONS(RestoreStep)
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
