#pragma once

#include "docker/RunSpec.h"
#include "upgrade/Step.h"

#include <QCoreApplication>

namespace omsua::docker {
struct ContainerInfo;
}

namespace omsua::upgrade::steps {

// Seed step 3: the new image under its own name with exactly the old binds (compared; any
// difference refuses), OMS_HOST_IP, IS_UPGRADE=true where the route needs it and the plan's run
// flags; then waits for it to run and print its start line. A container of that name left by
// an earlier attempt of this run (same image, same binds) is reused, or started when it stopped.
class StartNewStep final : public Step
{
    Q_DECLARE_TR_FUNCTIONS(StartNewStep)
public:
    using Step::Step;
    QString title() const override;
    QString describe(const StepContext& context) const override;
    bool destructive() const override { return true; }
    Precheck precheck(StepContext& context) override;
    Expected<void> act(StepContext& context) override;
    Expected<QString> verify(StepContext& context) override;

    // The container the plan asks for, built from what discovery found (pure; shown before it
    // runs and compared after).
    static Expected<docker::RunSpec> buildSpec(const StepContext& context);

private:
    Expected<void> waitUntilStarted(StepContext& context, const QString& name);
    // Why an existing container of the new name is not the one this run would create; empty
    // when it is.
    static QString mismatch(const StepContext& context, const docker::ContainerInfo& existing,
                            const docker::RunSpec& spec);

    bool m_startExisting = false;
};

} // namespace omsua::upgrade::steps
