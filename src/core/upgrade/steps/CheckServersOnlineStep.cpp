#include "upgrade/steps/CheckServersOnlineStep.h"

#include "upgrade/steps/StepSupport.h"

namespace omsua::upgrade::steps {

QString CheckServersOnlineStep::title() const
{
    return tr("Check that every server is Online");
}

QString CheckServersOnlineStep::describe(const StepContext& context) const
{
    const Discovery* found = context.discovery();
    return tr("You check in the OMS console (%1, OPS & Monitoring > Servers) that every server is "
              "Online, and clear the browser cache as the documentation asks. The run waits; "
              "resuming it confirms the check.")
        .arg(found ? consoleUrl(context.plan(), *found) : QStringLiteral("the console"));
}

Precheck CheckServersOnlineStep::precheck(StepContext& context)
{
    // No documented API tells the server states, so a person looks; resuming after the pause is
    // the answer (recorded as such).
    if (context.previousState() == StepState::NeedsOperator)
        return Precheck::alreadyDone(tr("confirmed by the operator on resume"));
    return Precheck::needsOperator(describe(context));
}

Expected<void> CheckServersOnlineStep::act(StepContext&)
{
    return {};
}

Expected<QString> CheckServersOnlineStep::verify(StepContext&)
{
    return tr("every server Online, as confirmed by the operator");
}

} // namespace omsua::upgrade::steps
