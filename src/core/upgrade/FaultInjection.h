#pragma once

#include <QString>

namespace omsua::upgrade {

// Fault injection for the crash-and-resume tests: with OMSUA_FAULT_INJECT=<step>:<point> in the
// environment, the process kills itself (SIGKILL, as `kill -9` would) when the run reaches that
// point of that step. Points: "before-act" (precheck done, journal says running), "during" (the
// step's first output or progress while acting), "after-act" (the effect happened, not yet
// verified or recorded). Without the variable every call is a no-op; it only ever ends this
// process, so it cannot be used to do anything else.
class FaultInjection
{
public:
    static void point(const QString& stepId, const QString& where);
    static bool armed(); // the variable is set (for a warning in the log)
};

} // namespace omsua::upgrade
