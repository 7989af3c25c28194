#pragma once

#include "upgrade/Step.h"

#include <QCoreApplication>

namespace omsua::upgrade::steps {

// Seed step 2.2: heatbeat_sequence trimmed to its newest row, below max(id) in bounded batches
// (MetaDbConnection::trimHeartbeat). As pretrim_heartbeat it runs while OMS still runs (most
// rows go before the downtime starts); as trim_heartbeat after the stop, and then the table
// must hold exactly its newest row.
class HeartbeatTrimStep final : public Step
{
    Q_DECLARE_TR_FUNCTIONS(HeartbeatTrimStep)
public:
    explicit HeartbeatTrimStep(RouteStep definition, bool afterStop)
        : Step(std::move(definition))
        , m_afterStop(afterStop)
    {}
    QString title() const override;
    QString describe(const StepContext& context) const override;
    bool destructive() const override { return true; }
    Precheck precheck(StepContext& context) override;
    Expected<void> act(StepContext& context) override;
    Expected<QString> verify(StepContext& context) override;

private:
    bool m_afterStop;
    QString m_result;
};

} // namespace omsua::upgrade::steps
