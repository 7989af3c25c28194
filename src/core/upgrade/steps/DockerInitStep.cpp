#include "upgrade/steps/DockerInitStep.h"

#include "docker/DockerCli.h"
#include "metadb/MetaDbConnection.h"
#include "upgrade/HostSession.h"
#include "upgrade/JournalKeys.h"
#include "upgrade/steps/StepSupport.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QThread>

namespace omsua::upgrade::steps {

namespace {

constexpr int kDefaultTimeoutMin = 30;

QStringList commandOf(const RouteStep& definition)
{
    return definition.params
        .value(QStringLiteral("command"), QStringLiteral("bash /root/docker_init.sh"))
        .toString()
        .split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QString markerOf(const RouteStep& definition)
{
    return definition.params
        .value(QStringLiteral("completion_marker"), QStringLiteral("[Completed]"))
        .toString();
}

// "rm_330.oms_project: 7 -> 8 columns", "cm_330.new_table: new"
QStringList schemaChanges(const QJsonObject& before, const QJsonObject& after)
{
    QStringList changes;
    for (auto db = after.begin(); db != after.end(); ++db) {
        const QJsonObject oldTables = before.value(db.key()).toObject();
        const QJsonObject newTables = db.value().toObject();
        for (auto table = newTables.begin(); table != newTables.end(); ++table) {
            const QString name = db.key() + QLatin1Char('.') + table.key();
            if (!oldTables.contains(table.key()))
                changes << QStringLiteral("%1: new table (%2 columns)")
                               .arg(name)
                               .arg(table.value().toInt());
            else if (oldTables.value(table.key()).toInt() != table.value().toInt())
                changes << QStringLiteral("%1: %2 -> %3 columns")
                               .arg(name)
                               .arg(oldTables.value(table.key()).toInt())
                               .arg(table.value().toInt());
        }
        for (auto table = oldTables.begin(); table != oldTables.end(); ++table) {
            if (!newTables.contains(table.key()))
                changes << QStringLiteral("%1.%2: dropped").arg(db.key(), table.key());
        }
    }
    return changes;
}

} // namespace

QString DockerInitStep::title() const
{
    return tr("Initialise the metadata (docker_init.sh)");
}

QString DockerInitStep::describe(const StepContext& context) const
{
    const Discovery* found = context.discovery();
    const QString name = found ? newContainerName(context.plan(), found->targetVersion)
                               : context.plan().oms.newContainer;
    return tr("docker exec %1 %2: migrates the metadata schema of the three databases to the new "
              "version (IS_UPGRADE=true) and restarts the OMS services. Exit status 0 and the "
              "\"%3\" line are required. Tables and column counts are recorded before and after.")
        .arg(name, commandOf(definition()).join(QLatin1Char(' ')), markerOf(definition()));
}

Expected<QJsonObject> DockerInitStep::schemaSnapshot(StepContext& context)
{
    auto discovery = discoveryOf(context);
    if (!discovery)
        return discovery.error();
    auto db = metaDbOf(context);
    if (!db)
        return db.error();
    QJsonObject snapshot;
    for (const QString& name : (*discovery)->databases) {
        auto counts = (*db)->tableColumnCounts(name);
        if (!counts)
            return counts.error();
        QJsonObject tables;
        for (auto it = counts->cbegin(); it != counts->cend(); ++it)
            tables.insert(it.key(), it.value());
        snapshot.insert(name, tables);
    }
    return snapshot;
}

Precheck DockerInitStep::precheck(StepContext& context)
{
    auto host = hostOf(context);
    if (!host)
        return Precheck::refused(host.error());
    auto discovery = discoveryOf(context);
    if (!discovery)
        return Precheck::refused(discovery.error());
    m_container = newContainerName(context.plan(), (*discovery)->targetVersion);
    auto info = (*host)->docker().inspectContainer(m_container);
    if (!info)
        return Precheck::refused(info.error());
    if (!info->state.running)
        return Precheck::refused(makeError(tr("%1 is not running").arg(m_container), m_container,
                                           tr("start it (resume from start_new), then resume")));
    // "Before" is the schema as the old version left it: taken once, not again on a resume
    // after a half-run script.
    if (!context.journal().facts().contains(keys::schemaBefore)) {
        auto snapshot = schemaSnapshot(context);
        if (!snapshot)
            return Precheck::refused(snapshot.error());
        context.journal().setFact(keys::schemaBefore, *snapshot);
    }
    if (context.previousState() == StepState::Running)
        context.output(tr("An earlier attempt was interrupted; docker_init.sh runs again (it is "
                          "re-entrant with IS_UPGRADE=true).\n"));
    return Precheck::ready();
}

Expected<void> DockerInitStep::waitForEarlierRun(StepContext& context, const QString& container)
{
    auto host = hostOf(context);
    if (!host)
        return host.error();
    QDeadlineTimer deadline(std::chrono::minutes(
        definition().params.value(QStringLiteral("timeout_min"), kDefaultTimeoutMin).toInt()));
    bool told = false;
    while (!deadline.hasExpired()) {
        auto processes = (*host)->docker().processes(container);
        if (!processes)
            return processes.error();
        const bool running =
            std::any_of(processes->cbegin(), processes->cend(), [](const QString& line) {
                return line.contains(QLatin1String("docker_init.sh"));
            });
        if (!running)
            return {};
        if (!told) {
            context.output(
                tr("docker_init.sh from an earlier attempt still runs in %1; waiting for "
                   "it to end\n")
                    .arg(container));
            told = true;
        }
        if (context.cancelled())
            return makeError(tr("Cancelled while waiting for the earlier docker_init.sh"),
                             container);
        QThread::msleep(2000);
    }
    return makeError(tr("An earlier docker_init.sh still runs in %1").arg(container), container,
                     tr("look at /home/admin/logs/docker_init*.log in the container"));
}

Expected<void> DockerInitStep::act(StepContext& context)
{
    auto host = hostOf(context);
    if (!host)
        return host.error();
    if (auto waited = waitForEarlierRun(context, m_container); !waited)
        return waited;
    docker::DockerCli& docker = (*host)->docker();
    const QStringList command = commandOf(definition());
    context.recordCommand(
        (docker.prefix() + QStringList{QStringLiteral("exec"), m_container} + command)
            .join(QLatin1Char(' ')));
    (void)context.saveRecord();

    QByteArray pending;
    qint64 lines = 0;
    remote::ExecOptions options;
    options.timeoutMs =
        definition().params.value(QStringLiteral("timeout_min"), kDefaultTimeoutMin).toInt() * 60 *
        1000;
    options.cancel = &context.cancelFlag();
    options.onOutput = [&](remote::OutputStream, QByteArrayView data) {
        // Whole lines only, so the journal and the CLI never show half a line.
        pending.append(data.data(), data.size());
        qsizetype end = pending.lastIndexOf('\n');
        if (end < 0)
            return;
        const QString text = QString::fromUtf8(pending.left(end + 1));
        pending.remove(0, end + 1);
        lines += text.count(QLatin1Char('\n'));
        context.output(text);
        context.progress(lines, -1);
    };
    auto result = docker.exec(m_container, command, options);
    if (!pending.isEmpty())
        context.output(QString::fromUtf8(pending) + QLatin1Char('\n'));
    if (!result)
        return result.error();
    const QString output = QString::fromUtf8(result->stdOut + result->stdErr);
    const QString marker = markerOf(definition());
    QStringList errors;
    const QStringList ignorable =
        definition().params.value(QStringLiteral("ignorable_errors")).toStringList();
    for (const QString& line : output.split(QLatin1Char('\n'))) {
        if (!line.contains(QLatin1String("ERROR")))
            continue;
        const bool ignored =
            std::any_of(ignorable.cbegin(), ignorable.cend(),
                        [&](const QString& known) { return line.contains(known); });
        if (ignored)
            addWarning(context.journal(),
                       tr("docker_init.sh reported an error the OMS documentation "
                          "says can be ignored: %1")
                           .arg(line.trimmed()));
        else
            errors << line.trimmed();
    }
    context.record().data.insert(QStringLiteral("exit_status"), result->exitStatus);
    if (result->cancelled)
        return makeError(
            tr("Cancelled; docker_init.sh may still be running inside %1").arg(m_container),
            m_container, tr("resume: the run waits for it and runs it again"));
    if (result->timedOut)
        return makeError(
            tr("docker_init.sh did not finish in time"), m_container,
            tr("look at /home/admin/logs/docker_init*.log in the container, then resume"));
    if (result->exitStatus != 0)
        return makeError(tr("docker_init.sh failed with exit status %1: %2")
                             .arg(result->exitStatus)
                             .arg(errors.isEmpty() ? output.trimmed().right(500)
                                                   : errors.join(QStringLiteral("; "))),
                         m_container, tr("fix the cause, then resume; or roll back"));
    if (!output.contains(marker))
        return makeError(tr("docker_init.sh ended without the \"%1\" line").arg(marker),
                         m_container,
                         tr("the initialisation may be incomplete; look at its log, then resume"));
    return {};
}

Expected<QString> DockerInitStep::verify(StepContext& context)
{
    auto snapshot = schemaSnapshot(context);
    if (!snapshot)
        return snapshot.error();
    Journal& journal = context.journal();
    journal.setFact(keys::schemaAfter, *snapshot);
    const QStringList changes =
        schemaChanges(journal.facts().value(keys::schemaBefore).toObject(), *snapshot);
    context.record().data.insert(QStringLiteral("schema_changes"),
                                 QJsonArray::fromStringList(changes));
    if (changes.isEmpty())
        return tr("docker_init.sh completed; no table or column count changed");
    return tr("docker_init.sh completed; %n schema change(s): %1", nullptr, int(changes.size()))
        .arg(changes.join(QStringLiteral(", ")));
}

} // namespace omsua::upgrade::steps
