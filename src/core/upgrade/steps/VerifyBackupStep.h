#pragma once

#include "upgrade/Step.h"

#include <QCoreApplication>

namespace omsua::upgrade::steps {

// Rollback, first: the upgrade's backup set verifies on the host (every dump present, same size
// and sha256 as the manifest, completion trailer) and holds the databases config.yaml names.
// Otherwise the rollback is refused before anything changes.
class VerifyBackupStep final : public Step
{
    Q_DECLARE_TR_FUNCTIONS(VerifyBackupStep)
public:
    using Step::Step;
    QString title() const override;
    QString describe(const StepContext& context) const override;
    Precheck precheck(StepContext& context) override;
    Expected<void> act(StepContext& context) override;
    Expected<QString> verify(StepContext& context) override;

    // Shared with the restore, which checks again right before it drops anything.
    static Expected<QString> verifySet(StepContext& context);

private:
    QString m_summary;
};

} // namespace omsua::upgrade::steps
