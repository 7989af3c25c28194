#include "upgrade/steps/BackupStep.h"

#include "backup/BackupVerifier.h"
#include "backup/BackupWriter.h"
#include "metadb/MetaDbConnection.h"
#include "upgrade/HostSession.h"
#include "upgrade/JournalKeys.h"
#include "upgrade/Route.h"
#include "upgrade/steps/StepSupport.h"

#include <QJsonArray>

namespace omsua::upgrade::steps {

namespace {

QString methodName(metadb::ChecksumMethod method)
{
    return method == metadb::ChecksumMethod::ChecksumTable ? QStringLiteral("checksum_table")
                                                           : QStringLiteral("row_hash");
}

QJsonObject backupSetFact(const backup::BackupSet& set, const backup::Manifest& manifest,
                          bool verified)
{
    QJsonArray files;
    for (const backup::ManifestDatabase& db : manifest.databases)
        files.append(QJsonObject{{QStringLiteral("role"), backup::toString(db.role)},
                                 {QStringLiteral("name"), db.name},
                                 {QStringLiteral("file"), db.file},
                                 {QStringLiteral("bytes"), db.bytes},
                                 {QStringLiteral("sha256"), db.sha256},
                                 {QStringLiteral("trailer"), db.trailer},
                                 {QStringLiteral("completed"), db.completed}});
    return QJsonObject{
        {QStringLiteral("directory"), set.backupDirectory()},
        {QStringLiteral("path"), set.path()},
        {QStringLiteral("run_id"), set.runId()},
        {QStringLiteral("verified"), verified},
        {QStringLiteral("server_version"), manifest.serverVersion},
        {QStringLiteral("dump_tool"),
         QString(backup::toString(manifest.dumpFlavour) + QLatin1Char(' ') + manifest.dumpVersion)},
        {QStringLiteral("files"), files}};
}

} // namespace

QString BackupStep::title() const
{
    return tr("Back up the metadata databases");
}

QString BackupStep::describe(const StepContext& context) const
{
    const Discovery* found = context.discovery();
    const QString dbs =
        found ? found->databases.join(QStringLiteral(", ")) : QStringLiteral("rm, cm, cm_hb");
    return tr("Dumps %1 on the host into %2/%3/ (--single-transaction --routines --events "
              "--triggers=false; the password in a 0600 option file, never on a command line), "
              "checks each dump (exit status, \"-- Dump completed\" trailer, size, sha256) and "
              "writes manifest.json. Per-table checksums are taken first, for the rollback to "
              "compare against.")
        .arg(dbs, context.plan().backup.directory, context.journal().runId());
}

Precheck BackupStep::precheck(StepContext& context)
{
    auto host = hostOf(context);
    if (!host)
        return Precheck::refused(host.error());
    auto db = metaDbOf(context);
    if (!db)
        return Precheck::refused(db.error());
    return Precheck::ready();
}

Expected<void> BackupStep::act(StepContext& context)
{
    auto host = hostOf(context);
    if (!host)
        return host.error();
    auto discovery = discoveryOf(context);
    if (!discovery)
        return discovery.error();
    auto db = metaDbOf(context);
    if (!db)
        return db.error();
    const Discovery& found = **discovery;
    Journal& journal = context.journal();

    // What the restore must give back, taken while nothing writes (the old container is
    // stopped). Kept from the first attempt: a resumed backup does not change the data.
    if (!journal.facts().contains(keys::checksumsAtBackup)) {
        QJsonObject all;
        for (const QString& name : found.databases) {
            auto sums = (*db)->tableChecksums(name);
            if (!sums)
                return sums.error();
            QJsonObject tables;
            for (auto it = sums->cbegin(); it != sums->cend(); ++it)
                tables.insert(it.key(),
                              QJsonObject{{QStringLiteral("rows"), it->rows},
                                          {QStringLiteral("checksum"), it->checksum},
                                          {QStringLiteral("method"), methodName(it->method)}});
            all.insert(name, tables);
        }
        journal.setFact(keys::checksumsAtBackup, all);
        (void)context.saveRecord();
    }

    backup::BackupRequest request;
    request.backupDirectory = context.plan().backup.directory;
    request.runId = journal.runId();
    request.credentials.host = found.config.metaHost;
    request.credentials.port = found.config.metaPort;
    request.credentials.user = found.config.metaUser;
    request.credentials.password = (*host)->metaPassword(found.config);
    request.databases = {{backup::DatabaseRole::Rm, found.config.rmDb},
                         {backup::DatabaseRole::Cm, found.config.cmDb},
                         {backup::DatabaseRole::CmHb, found.config.cmHbDb}};
    request.container = found.container.name;
    request.sourceImage = found.container.configImage;
    request.sourceVersion = found.sourceVersion.toString();
    request.targetImage = context.plan().oms.targetImage;
    request.serverVersion = found.metaServerVersion;
    request.t1 = journal.time(keys::t1);
    request.inspect = found.container.raw;
    request.configYamlMasked = QString::fromUtf8(found.config.maskedYaml());
    request.notes = tr("Upgrade %1 of %2, route %3")
                        .arg(journal.runId(), found.container.name, context.route().label());

    backup::BackupWriter writer((*host)->runner());
    writer.setCancelFlag(&context.cancelFlag());
    writer.setProgressCallback([&](const backup::BackupProgress& progress) {
        if (!progress.message.isEmpty() && progress.phase != backup::BackupProgress::Phase::Table)
            context.output(progress.message + QLatin1Char('\n'));
        context.progress(progress.databaseIndex * 1000 + qMin(progress.tablesDone, 999),
                         qMax(1, progress.databaseCount) * 1000);
    });
    auto outcome = writer.write(request);
    if (!outcome)
        return outcome.error();
    for (const QString& command : outcome->commands)
        context.recordCommand(command);
    journal.setFact(keys::backupSet, backupSetFact(outcome->set, outcome->manifest, false));
    return {};
}

Expected<QString> BackupStep::verify(StepContext& context)
{
    auto host = hostOf(context);
    if (!host)
        return host.error();
    auto set = backup::BackupSet::at(context.plan().backup.directory, context.journal().runId());
    if (!set)
        return set.error();
    backup::BackupVerifier verifier((*host)->runner());
    verifier.setCancelFlag(&context.cancelFlag());
    auto report = verifier.verify(*set);
    if (!report)
        return report.error();
    context.journal().setFact(keys::backupSet, backupSetFact(*set, report->manifest, report->ok()));
    if (!report->ok())
        return makeError(tr("The backup set does not verify: %1").arg(report->summary()),
                         set->path(),
                         tr("resume to dump again; the run stops before anything else changes"));
    return report->summary();
}

} // namespace omsua::upgrade::steps
