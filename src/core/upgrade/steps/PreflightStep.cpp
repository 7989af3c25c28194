#include "upgrade/steps/PreflightStep.h"

#include "upgrade/JournalKeys.h"
#include "upgrade/Preflight.h"
#include "upgrade/steps/StepSupport.h"

#include <QJsonArray>

namespace omsua::upgrade::steps {

QString PreflightStep::title() const
{
    return tr("Preflight checks");
}

QString PreflightStep::describe(const StepContext&) const
{
    return tr("Checks, read-only, that the host is ready: SSH and host key, docker, the old "
              "container and its mounts, config.yaml, the MetaDB and its three databases, the new "
              "image, the new container's name, free space for the backup, heartbeat rows, HA "
              "and the route. Nothing is changed.");
}

Precheck PreflightStep::precheck(StepContext& context)
{
    auto host = hostOf(context);
    if (!host)
        return Precheck::refused(host.error());
    auto discovery = discoveryOf(context);
    if (!discovery)
        return Precheck::refused(discovery.error());
    const QString fingerprint = context.journal().facts().value(keys::hostKey).toString();
    const PreflightReport report = Preflight::evaluate(**host, **discovery, fingerprint);

    QJsonArray checks;
    QStringList failed;
    for (const PreflightCheck& check : report.checks) {
        checks.append(QJsonObject{{QStringLiteral("check"), check.name},
                                  {QStringLiteral("found"), check.found},
                                  {QStringLiteral("verdict"), toString(check.verdict)},
                                  {QStringLiteral("hint"), check.hint}});
        context.output(
            QStringLiteral("%1: %2 (%3)\n").arg(check.name, check.found, toString(check.verdict)));
        if (check.verdict == PreflightCheck::Verdict::Fail)
            failed << QStringLiteral("%1: %2").arg(check.name, check.found) +
                          (check.hint.isEmpty() ? QString()
                                                : QStringLiteral(" (%1)").arg(check.hint));
        if (check.verdict == PreflightCheck::Verdict::Warn)
            addWarning(context.journal(),
                       QStringLiteral("preflight %1: %2").arg(check.name, check.found));
    }
    context.record().data.insert(QStringLiteral("checks"), checks);
    if (!failed.isEmpty())
        return Precheck::refused(makeError(
            tr("Preflight refused the upgrade: %1").arg(failed.join(QStringLiteral("; "))),
            QStringLiteral("preflight"), tr("fix what the checks name; nothing was changed")));
    m_summary = tr("%n checks passed", nullptr, int(report.checks.size()));
    return Precheck::ready();
}

Expected<void> PreflightStep::act(StepContext&)
{
    return {};
}

Expected<QString> PreflightStep::verify(StepContext&)
{
    return m_summary;
}

} // namespace omsua::upgrade::steps
