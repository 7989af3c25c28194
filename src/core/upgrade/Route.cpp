#include "upgrade/Route.h"

#include <algorithm>

namespace omsua::upgrade {

QString Route::label() const
{
    return from.toString() + QStringLiteral(" -> ") + to.toString();
}

bool Route::hasStep(StepKind kind) const
{
    return std::any_of(steps.cbegin(), steps.cend(),
                       [kind](const RouteStep& step) { return step.kind == kind; });
}

QStringList Route::stepIds() const
{
    QStringList ids;
    for (const RouteStep& step : steps)
        ids << step.id();
    return ids;
}

} // namespace omsua::upgrade
