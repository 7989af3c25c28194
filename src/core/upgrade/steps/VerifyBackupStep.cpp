#include "upgrade/steps/VerifyBackupStep.h"

#include "backup/BackupSet.h"
#include "backup/BackupVerifier.h"
#include "upgrade/HostSession.h"
#include "upgrade/JournalKeys.h"
#include "upgrade/steps/StepSupport.h"

namespace omsua::upgrade::steps {

QString VerifyBackupStep::title() const
{
    return tr("Verify the backup set");
}

QString VerifyBackupStep::describe(const StepContext& context) const
{
    return tr("Checks on the host, read-only, that every dump of %1 is there with the size and "
              "sha256 the manifest records and ends with its completion line, and that the set "
              "holds the databases config.yaml names. Nothing is changed; a set that fails "
              "refuses the rollback.")
        .arg(context.journal()
                 .facts()
                 .value(keys::backupSet)
                 .toObject()
                 .value(QStringLiteral("path"))
                 .toString());
}

Expected<QString> VerifyBackupStep::verifySet(StepContext& context)
{
    auto host = hostOf(context);
    if (!host)
        return host.error();
    auto discovery = discoveryOf(context);
    if (!discovery)
        return discovery.error();
    const QJsonObject fact = context.journal().facts().value(keys::backupSet).toObject();
    auto set = backup::BackupSet::at(fact.value(QStringLiteral("directory")).toString(),
                                     fact.value(QStringLiteral("run_id")).toString());
    if (!set)
        return set.error();
    backup::BackupVerifier verifier((*host)->runner());
    verifier.setCancelFlag(&context.cancelFlag());
    auto report = verifier.verify(*set);
    if (!report)
        return report.error();
    if (!report->ok())
        return makeError(tr("The backup set does not verify: %1").arg(report->summary()),
                         set->path(),
                         tr("nothing was changed; restore by hand from another copy of the set"));
    // The dumps must belong to the databases this OMS uses now.
    const config::OmsConfig& config = (*discovery)->config;
    const QStringList expected{config.rmDb, config.cmDb, config.cmHbDb};
    QStringList inSet;
    for (const backup::ManifestDatabase& db : report->manifest.databases)
        inSet << db.name;
    QStringList sortedExpected = expected;
    QStringList sortedInSet = inSet;
    sortedExpected.sort();
    sortedInSet.sort();
    if (sortedExpected != sortedInSet)
        return makeError(
            tr("The backup set holds %1, but config.yaml names %2")
                .arg(inSet.join(QStringLiteral(", ")), expected.join(QStringLiteral(", "))),
            set->path(), tr("nothing was changed; this set is not for this OMS"));
    return report->summary();
}

Precheck VerifyBackupStep::precheck(StepContext& context)
{
    auto verified = verifySet(context);
    if (!verified)
        return Precheck::refused(verified.error());
    m_summary = *verified;
    return Precheck::ready();
}

Expected<void> VerifyBackupStep::act(StepContext&)
{
    return {};
}

Expected<QString> VerifyBackupStep::verify(StepContext&)
{
    return m_summary;
}

} // namespace omsua::upgrade::steps
