#include "CliOutput.h"
#include "Commands.h"
#include "ExitCode.h"
#include "HostConnector.h"
#include "upgrade/Preflight.h"

#include <QCoreApplication>
#include <algorithm>

namespace omsua::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("omsua::cli", text);
}

int usage(CliOutput& out, const QString& problem)
{
    out.diagnostic(problem);
    out.diagnostic(tr("Usage: oms-upgrade preflight --plan PLAN.yaml [--accept-new-host-key]"));
    return BadInput;
}

} // namespace

int runPreflight(const QStringList& args, CliOutput& out)
{
    QString planFile;
    bool acceptHostKey = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--plan") && i + 1 < args.size())
            planFile = args.at(++i);
        else if (args.at(i) == QLatin1String("--accept-new-host-key"))
            acceptHostKey = true;
        else
            return usage(out, tr("preflight: unexpected argument '%1'").arg(args.at(i)));
    }
    if (planFile.isEmpty())
        return usage(out, tr("preflight: --plan is required"));

    HostConnector connector(out);
    if (const int status = connector.connect(planFile, acceptHostKey); status != Done)
        return status;
    auto report = upgrade::Preflight::run(connector.host(), connector.hostKeyFingerprint());
    if (!report) {
        out.error(report.error());
        return Refused;
    }
    int nameWidth = 0;
    for (const upgrade::PreflightCheck& check : report->checks)
        nameWidth = std::max(nameWidth, int(check.name.size()));
    out.line(tr("%1  %2  %3").arg(tr("check"), -nameWidth).arg(tr("verdict"), -7).arg(tr("found")));
    for (const upgrade::PreflightCheck& check : report->checks) {
        out.line(QStringLiteral("%1  %2  %3")
                     .arg(check.name, -nameWidth)
                     .arg(toString(check.verdict), -7)
                     .arg(check.found));
        if (check.verdict != upgrade::PreflightCheck::Verdict::Pass && !check.hint.isEmpty())
            out.line(QStringLiteral("%1  %2  -> %3")
                         .arg(QString(), -nameWidth)
                         .arg(QString(), -7)
                         .arg(check.hint));
    }
    if (!report->passed()) {
        out.diagnostic(tr("preflight: refused; nothing was changed"));
        return Refused;
    }
    out.line(tr("preflight: all checks passed; nothing was changed"));
    return Done;
}

} // namespace omsua::cli
