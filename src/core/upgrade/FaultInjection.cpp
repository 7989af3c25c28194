#include "upgrade/FaultInjection.h"

#include "log/Logging.h"

#include <QtGlobal>
#include <csignal>
#include <cstdlib>

namespace omsua::upgrade {

namespace {
const QString& target()
{
    static const QString value = qEnvironmentVariable("OMSUA_FAULT_INJECT");
    return value;
}
} // namespace

bool FaultInjection::armed()
{
    return !target().isEmpty();
}

void FaultInjection::point(const QString& stepId, const QString& where)
{
    if (target().isEmpty() || target() != stepId + QLatin1Char(':') + where)
        return;
    log::warn(QStringLiteral("fault injection: killing this process at %1:%2").arg(stepId, where));
    log::Logging::flush();
#ifdef Q_OS_UNIX
    std::raise(SIGKILL);
#endif
    std::_Exit(137);
}

} // namespace omsua::upgrade
