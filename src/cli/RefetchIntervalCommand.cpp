#include "CliOutput.h"
#include "Commands.h"
#include "ExitCode.h"
#include "upgrade/RefetchCalculator.h"

#include <QCoreApplication>

namespace omsua::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("omsua::cli", text);
}

int usageError(CliOutput& out, const QString& problem)
{
    out.diagnostic(problem);
    out.diagnostic(tr("Usage: oms-upgrade refetch-interval --t1 TIME [--t2 TIME] [--margin MIN] "
                      "[--current MIN]"));
    out.diagnostic(tr("TIME: %1").arg(upgrade::RefetchCalculator::acceptedTimeForms()));
    return BadInput;
}

} // namespace

int runRefetchInterval(const QStringList& args, CliOutput& out)
{
    QString t1Text;
    QString t2Text;
    QString marginText;
    QString currentText;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        QString* target = nullptr;
        if (arg == QLatin1String("--t1"))
            target = &t1Text;
        else if (arg == QLatin1String("--t2"))
            target = &t2Text;
        else if (arg == QLatin1String("--margin"))
            target = &marginText;
        else if (arg == QLatin1String("--current"))
            target = &currentText;
        if (!target)
            return usageError(out, tr("refetch-interval: unexpected argument '%1'").arg(arg));
        if (i + 1 >= args.size())
            return usageError(out, tr("refetch-interval: %1 needs a value").arg(arg));
        *target = args.at(++i);
    }
    if (t1Text.isEmpty())
        return usageError(out, tr("refetch-interval: --t1 is required (when the old container "
                                  "stopped)"));

    upgrade::RefetchInput input;
    const auto t1 = upgrade::RefetchCalculator::parseTime(t1Text);
    if (!t1) {
        out.error(t1.error());
        return BadInput;
    }
    input.t1 = *t1;
    if (!t2Text.isEmpty()) {
        const auto t2 = upgrade::RefetchCalculator::parseTime(t2Text);
        if (!t2) {
            out.error(t2.error());
            return BadInput;
        }
        input.t2 = *t2;
    }
    bool ok = true;
    if (!marginText.isEmpty()) {
        input.marginMin = marginText.toInt(&ok);
        if (!ok)
            return usageError(out, tr("refetch-interval: --margin must be a whole number of "
                                      "minutes, not '%1'")
                                       .arg(marginText));
    }
    if (!currentText.isEmpty()) {
        input.currentValueMin = currentText.toInt(&ok);
        if (!ok)
            return usageError(out, tr("refetch-interval: --current must be a whole number of "
                                      "minutes, not '%1'")
                                       .arg(currentText));
    }
    const auto result = upgrade::RefetchCalculator::compute(input);
    if (!result) {
        out.error(result.error());
        return BadInput;
    }
    out.line(tr("refetchStoreIntervalMin: %1").arg(result->minutes));
    out.line(result->explanation);
    for (const QString& warning : result->warnings)
        out.diagnostic(tr("warning: %1").arg(warning));
    return Done;
}

} // namespace omsua::cli
