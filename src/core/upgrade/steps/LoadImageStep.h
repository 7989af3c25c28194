#pragma once

#include "upgrade/Step.h"

#include <QCoreApplication>

namespace omsua::upgrade::steps {

// `docker load` of the new image from a tarball on the host, before the old container stops
// (so it adds no downtime). Skipped when the image is already there or the plan names no
// tarball.
class LoadImageStep final : public Step
{
    Q_DECLARE_TR_FUNCTIONS(LoadImageStep)
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
