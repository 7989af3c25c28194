#include "LabState.h"

#include "LabEnvironment.h"
#include "docker/DockerCli.h"
#include "metadb/MetaDbConnection.h"
#include "plan/Plan.h"
#include "remote/CommandRunner.h"
#include "remote/ShellQuote.h"
#include "upgrade/HostDiscovery.h"
#include "upgrade/HostSession.h"

#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace omsua::test {

struct LabState::Private
{
    std::unique_ptr<upgrade::HostSession> host;
    config::OmsConfig config;
};

LabState::LabState()
    : d(std::make_unique<Private>())
{}

LabState::~LabState() = default;

bool LabState::connect(QString* error)
{
    auto plan = plan::Plan::load(LabEnvironment::instance().planFile());
    if (!plan) {
        *error = plan.error().toString();
        return false;
    }
    d->host =
        std::make_unique<upgrade::HostSession>(*plan, upgrade::Secrets{}, remote::HostKeyPolicy{});
    if (auto connected = d->host->connect(); !connected) {
        *error = connected.error().toString();
        return false;
    }
    auto container = d->host->inspectOldContainer();
    if (!container) {
        *error = container.error().toString();
        return false;
    }
    auto config = d->host->readConfigYaml(*container);
    if (!config) {
        *error = config.error().toString();
        return false;
    }
    d->config = *config;
    if (auto db = d->host->connectMetaDb(d->config); !db) {
        *error = db.error().toString();
        return false;
    }
    return true;
}

upgrade::HostSession& LabState::host()
{
    return *d->host;
}

QString LabState::rmDb() const
{
    return d->config.rmDb;
}
QString LabState::cmDb() const
{
    return d->config.cmDb;
}
QString LabState::cmHbDb() const
{
    return d->config.cmHbDb;
}

bool LabState::snapshot(DatabaseSnapshot* out, QString* error)
{
    metadb::MetaDbConnection& db = d->host->metadb();
    *out = {};
    for (const QString& name : databases()) {
        auto sums = db.tableChecksums(name);
        if (!sums) {
            *error = sums.error().toString();
            return false;
        }
        for (auto it = sums->cbegin(); it != sums->cend(); ++it)
            out->checksums.insert(name + QLatin1Char('.') + it.key(), it.value());
        auto columns = db.tableColumnCounts(name);
        if (!columns) {
            *error = columns.error().toString();
            return false;
        }
        for (auto it = columns->cbegin(); it != columns->cend(); ++it)
            out->columns.insert(name + QLatin1Char('.') + it.key(), it.value());
    }
    out->heartbeatMaxId =
        value(
            QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM `%1`.heatbeat_sequence").arg(cmHbDb()),
            error)
            .toLongLong();
    out->heartbeatRows =
        value(QStringLiteral("SELECT COUNT(*) FROM `%1`.heatbeat_sequence").arg(cmHbDb()), error)
            .toLongLong();
    return error->isEmpty();
}

QVariant LabState::value(const QString& sql, QString* error)
{
    QSqlQuery query(QSqlDatabase::database(d->host->metadb().connectionName(), false));
    if (!query.exec(sql) || !query.next()) {
        if (error)
            *error = sql + QStringLiteral(": ") + query.lastError().text();
        return {};
    }
    return query.value(0);
}

QJsonObject LabState::haConfig(QString* error)
{
    auto record = d->host->metadb().readHaConfig(rmDb());
    if (!record) {
        if (error)
            *error = record.error().toString();
        return {};
    }
    return record->config.object();
}

QStringList LabState::containers(QString* error)
{
    auto list = d->host->docker().listContainers();
    if (!list) {
        if (error)
            *error = list.error().toString();
        return {};
    }
    QStringList names;
    for (const auto& container : *list)
        names << container.names;
    names.sort();
    return names;
}

QStringList LabState::backupSets(QString* error)
{
    int status = 0;
    const QString out = hostShell(
        QStringLiteral("ls -1A -- %1").arg(remote::shellQuote(d->host->plan().backup.directory)),
        &status);
    if (status != 0 && error)
        *error = QStringLiteral("cannot list the backup directory");
    return out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QString LabState::hostShell(const QString& command, int* exitStatus)
{
    auto result = d->host->runner().runShell(command);
    if (!result) {
        if (exitStatus)
            *exitStatus = -1;
        return {};
    }
    if (exitStatus)
        *exitStatus = result->exitStatus;
    return QString::fromUtf8(result->stdOut);
}

LabState::CliResult LabState::cli(const QStringList& args, const QString& dataDir,
                                  const QStringList& extraEnv, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("OMSUA_DATA_DIR"), dataDir);
    // The lab's key has no passphrase and the MetaDB password comes from config.yaml.
    env.remove(QStringLiteral("OMS_SSH_PASSWORD"));
    env.remove(QStringLiteral("OMS_META_PASSWORD"));
    for (const QString& entry : extraEnv)
        env.insert(entry.section(QLatin1Char('='), 0, 0), entry.section(QLatin1Char('='), 1));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(OMSUA_CLI_PATH), args);
    process.closeWriteChannel();
    CliResult result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("timed out");
    }
    result.exitCode = process.exitCode();
    result.exitStatus = process.exitStatus();
    result.out += QString::fromUtf8(process.readAllStandardOutput());
    result.err += QString::fromUtf8(process.readAllStandardError());
    const auto match =
        QRegularExpression(QStringLiteral("^run: (\\S+)$"), QRegularExpression::MultilineOption)
            .match(result.out);
    if (match.hasMatch())
        result.runId = match.captured(1);
    return result;
}

} // namespace omsua::test
