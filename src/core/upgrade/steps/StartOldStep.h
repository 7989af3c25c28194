#pragma once

#include "docker/RunSpec.h"
#include "upgrade/Step.h"

#include <QCoreApplication>

namespace omsua::docker {
struct ContainerInfo;
}

namespace omsua::upgrade::steps {

// Rollback: the old container runs again on its old image. When it was removed meanwhile it is
// re-created from the `docker inspect` the backup manifest keeps (name, image, binds,
// OMS_HOST_IP, network, privileges and limits), and the command is shown before it runs.
class StartOldStep final : public Step
{
    Q_DECLARE_TR_FUNCTIONS(StartOldStep)
public:
    using Step::Step;
    QString title() const override;
    QString describe(const StepContext& context) const override;
    bool destructive() const override { return true; }
    Precheck precheck(StepContext& context) override;
    Expected<void> act(StepContext& context) override;
    Expected<QString> verify(StepContext& context) override;

    // The `docker run` that re-creates a container from its inspect output (pure).
    static docker::RunSpec specFromInspect(const docker::ContainerInfo& info);

private:
    bool m_recreate = false;
    docker::RunSpec m_spec;
};

} // namespace omsua::upgrade::steps
