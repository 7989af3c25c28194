#pragma once

#include "upgrade/Step.h"

#include <memory>
#include <vector>

namespace omsua::upgrade {

struct Route;
class ProcedureCatalogue;

// The step objects of a route, in the catalogue's order: each StepKind maps to its class here
// and nowhere else, so a new route is a catalogue entry, not code.
class StepFactory
{
public:
    static std::unique_ptr<Step> create(const RouteStep& definition);
    static std::vector<std::unique_ptr<Step>> forRoute(const ProcedureCatalogue& catalogue,
                                                       const Route& route);
    static QStringList idsFor(const ProcedureCatalogue& catalogue, const Route& route);
};

} // namespace omsua::upgrade
