#include "CliOutput.h"
#include "Commands.h"
#include "ExitCode.h"

namespace omsua::cli {

int runProbe(const QStringList& args, CliOutput& out)
{
    Q_UNUSED(args);
    out.diagnostic(QStringLiteral("probe: not built yet"));
    return Failed;
}

} // namespace omsua::cli
