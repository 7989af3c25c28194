#include "upgrade/steps/RestoreStep.h"

#include "backup/BackupSet.h"
#include "backup/DumpLoader.h"
#include "backup/OptionFile.h"
#include "docker/DockerCli.h"
#include "metadb/MetaDbConnection.h"
#include "upgrade/HostSession.h"
#include "upgrade/JournalKeys.h"
#include "upgrade/steps/StepSupport.h"
#include "upgrade/steps/VerifyBackupStep.h"

#include <QJsonArray>

namespace omsua::upgrade::steps {

namespace {

const QString kCharsets = QStringLiteral("charsets");

Expected<backup::BackupSet> setOf(const StepContext& context)
{
    const QJsonObject fact = context.journal().facts().value(keys::backupSet).toObject();
    return backup::BackupSet::at(fact.value(QStringLiteral("directory")).toString(),
                                 fact.value(QStringLiteral("run_id")).toString());
}

} // namespace

QString RestoreStep::title() const
{
    return tr("Restore the metadata databases");
}

QString RestoreStep::describe(const StepContext& context) const
{
    const QJsonObject dbs = context.journal().facts().value(keys::databases).toObject();
    QStringList names;
    for (auto it = dbs.begin(); it != dbs.end(); ++it)
        names << it.value().toString();
    auto set = setOf(context);
    return tr("DROPS the databases %1 and restores them from %2 with the host's client (the "
              "password in a 0600 option file, never on a command line), after verifying the set "
              "once more. Every table's rows and checksum are then compared with those taken "
              "before the dump.")
        .arg(names.join(QStringLiteral(", ")), set ? set->path() : QStringLiteral("?"));
}

Precheck RestoreStep::precheck(StepContext& context)
{
    auto host = hostOf(context);
    if (!host)
        return Precheck::refused(host.error());
    auto db = metaDbOf(context);
    if (!db)
        return Precheck::refused(db.error());
    Journal& journal = context.journal();
    // Nothing may write while the databases are replaced.
    for (const QString& key : {keys::oldContainer, keys::newContainer}) {
        const QString name = journal.facts().value(key).toString();
        auto exists = (*host)->docker().containerExists(name);
        if (!exists)
            return Precheck::refused(exists.error());
        if (!*exists)
            continue;
        auto info = (*host)->docker().inspectContainer(name);
        if (!info)
            return Precheck::refused(info.error());
        if (info->state.running)
            return Precheck::refused(
                makeError(tr("%1 is running; it would write into the databases "
                             "while they are restored")
                              .arg(name),
                          name, tr("stop it, then resume the rollback")));
    }
    // Verified again right before anything is dropped: the set may have changed since.
    auto verified = VerifyBackupStep::verifySet(context);
    if (!verified)
        return Precheck::refused(verified.error());
    context.output(*verified + QLatin1Char('\n'));
    // The character set each database has now, kept from the first attempt (a resumed restore
    // may find a database already dropped).
    QJsonObject charsets = context.record().data.value(kCharsets).toObject();
    const QJsonObject dbs = journal.facts().value(keys::databases).toObject();
    for (auto it = dbs.begin(); it != dbs.end(); ++it) {
        const QString name = it.value().toString();
        if (charsets.contains(name))
            continue;
        auto charset = (*db)->databaseCharset(name);
        if (charset)
            charsets.insert(name, QJsonArray{charset->first, charset->second});
    }
    context.record().data.insert(kCharsets, charsets);
    if (context.previousState() == StepState::Running)
        context.output(tr("An earlier restore was interrupted; every database is restored again "
                          "from the start.\n"));
    return Precheck::ready();
}

Expected<void> RestoreStep::act(StepContext& context)
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
    auto set = setOf(context);
    if (!set)
        return set.error();
    auto manifest = set->readManifest((*host)->runner());
    if (!manifest)
        return manifest.error();
    if (!*manifest)
        return makeError(tr("The backup set has no manifest"), set->path());

    const config::OmsConfig& config = (*discovery)->config;
    backup::MetaDbCredentials credentials;
    credentials.host = config.metaHost;
    credentials.port = config.metaPort;
    credentials.user = config.metaUser;
    credentials.password = (*host)->metaPassword(config);
    auto optionFile =
        backup::OptionFile::create((*host)->runner(), credentials, set->backupDirectory());
    if (!optionFile)
        return optionFile.error();

    qint64 total = 0;
    for (const backup::ManifestDatabase& dump : (*manifest)->databases)
        total += dump.bytes;
    qint64 before = 0;
    backup::DumpLoader loader((*host)->runner());
    loader.setCancelFlag(&context.cancelFlag());
    const QJsonObject charsets = context.record().data.value(kCharsets).toObject();
    for (const backup::ManifestDatabase& dump : (*manifest)->databases) {
        if (context.cancelled())
            return makeError(tr("Cancelled before %1 was restored").arg(dump.name), dump.name);
        const QJsonArray charset = charsets.value(dump.name).toArray();
        context.recordCommand(
            QStringLiteral("DROP DATABASE IF EXISTS `%1`; CREATE DATABASE `%1` "
                           "CHARACTER SET %2 COLLATE %3")
                .arg(dump.name, charset.at(0).toString(), charset.at(1).toString()));
        if (auto recreated = (*db)->recreateDatabase(dump.name, charset.at(0).toString(),
                                                     charset.at(1).toString());
            !recreated)
            return recreated.error();
        auto command = loader.commandLine(*set, dump, (*optionFile)->path());
        if (!command)
            return command.error();
        context.recordCommand(*command);
        context.output(
            tr("restoring %1 from %2 (%3 bytes)\n").arg(dump.name, dump.file).arg(dump.bytes));
        loader.setProgressCallback(
            [&](qint64 done, qint64) { context.progress(before + done, total); });
        if (auto loaded = loader.load(*set, dump, (*optionFile)->path()); !loaded)
            return loaded.error();
        before += dump.bytes;
    }
    return (*optionFile)->remove();
}

Expected<QString> RestoreStep::verify(StepContext& context)
{
    auto db = metaDbOf(context);
    if (!db)
        return db.error();
    const QJsonObject expected =
        context.journal().facts().value(keys::checksumsAtBackup).toObject();
    if (expected.isEmpty())
        return makeError(tr("The upgrade recorded no checksums to compare with"),
                         QStringLiteral("checksums_at_backup"));
    QStringList differences;
    int tables = 0;
    for (auto database = expected.begin(); database != expected.end(); ++database) {
        auto sums = (*db)->tableChecksums(database.key());
        if (!sums)
            return sums.error();
        const QJsonObject want = database.value().toObject();
        for (auto table = want.begin(); table != want.end(); ++table) {
            ++tables;
            const QJsonObject w = table.value().toObject();
            const auto got = sums->constFind(table.key());
            if (got == sums->cend())
                differences << tr("%1.%2 is missing").arg(database.key(), table.key());
            else if (got->rows != w.value(QStringLiteral("rows")).toInteger() ||
                     got->checksum != w.value(QStringLiteral("checksum")).toString())
                differences << tr("%1.%2: %3 rows, checksum %4; expected %5 rows, checksum %6")
                                   .arg(database.key(), table.key())
                                   .arg(got->rows)
                                   .arg(got->checksum)
                                   .arg(w.value(QStringLiteral("rows")).toInteger())
                                   .arg(w.value(QStringLiteral("checksum")).toString());
        }
        for (auto it = sums->cbegin(); it != sums->cend(); ++it) {
            if (!want.contains(it.key()))
                differences << tr("%1.%2 is not in the backup").arg(database.key(), it.key());
        }
    }
    if (!differences.isEmpty())
        return makeError(tr("The restored databases differ from the backup: %1")
                             .arg(differences.join(QStringLiteral("; "))),
                         QStringLiteral("restore"), tr("resume to restore again"));
    return tr("%n table(s) restored, rows and checksums equal to the backup", nullptr, tables);
}

} // namespace omsua::upgrade::steps
