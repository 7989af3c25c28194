#pragma once

#include "upgrade/Step.h"

#include <QCoreApplication>

namespace omsua::upgrade::steps {

// Seed step 2.3 made safe: rm, cm and cm_hb dumped into a verified backup set on the host
// (BackupWriter), with per-table checksums taken first (OMS is stopped, the data is quiet): what
// a restore must give back. A set of this run that already verifies is reused.
class BackupStep final : public Step
{
    Q_DECLARE_TR_FUNCTIONS(BackupStep)
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
