#pragma once

#include "upgrade/Step.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace omsua::upgrade::steps {

// Seed step 4: /root/docker_init.sh inside the new container, streamed; exit 0 and the
// [Completed] line are required. The schema (tables and column counts) is snapshotted before
// and after for the report. The script is re-entrant with IS_UPGRADE=true, so a resumed run
// runs it again - after waiting for an earlier instance that may still be running inside the
// container (Docker cannot kill an exec whose client went away).
class DockerInitStep final : public Step
{
    Q_DECLARE_TR_FUNCTIONS(DockerInitStep)
public:
    using Step::Step;
    QString title() const override;
    QString describe(const StepContext& context) const override;
    bool destructive() const override { return true; }
    Precheck precheck(StepContext& context) override;
    Expected<void> act(StepContext& context) override;
    Expected<QString> verify(StepContext& context) override;

private:
    Expected<QJsonObject> schemaSnapshot(StepContext& context);
    Expected<void> waitForEarlierRun(StepContext& context, const QString& container);

    QString m_container;
};

} // namespace omsua::upgrade::steps
