#include "report/JsonReportWriter.h"

#include "log/Redactor.h"
#include "report/ReportOutline.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace omsua::report {

namespace {

const QString kIso = QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ");

QJsonValue str(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue time(const QDateTime& when)
{
    return when.isValid() ? QJsonValue(when.toUTC().toString(kIso)) : QJsonValue(QJsonValue::Null);
}

template <typename T>
QJsonValue opt(const std::optional<T>& value)
{
    if (!value)
        return QJsonValue(QJsonValue::Null);
    if constexpr (std::is_same_v<T, bool>)
        return QJsonValue(*value);
    else
        return QJsonValue(qint64(*value));
}

QJsonValue object(const QJsonObject& value, bool recorded)
{
    return recorded ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonArray strings(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QJsonValue redactValue(const QJsonValue& value);

QJsonObject redactObject(const QJsonObject& object)
{
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it)
        out.insert(log::Redactor::global().redact(it.key()), redactValue(it.value()));
    return out;
}

// Value by value, so that a masked "password: ..." cannot swallow JSON syntax after it.
QJsonValue redactValue(const QJsonValue& value)
{
    if (value.isString())
        return log::Redactor::global().redact(value.toString());
    if (value.isObject())
        return redactObject(value.toObject());
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue& item : value.toArray())
            out.append(redactValue(item));
        return out;
    }
    return value;
}

QJsonObject span(const TimeSpan& span)
{
    return QJsonObject{{QStringLiteral("start"), time(span.start)},
                       {QStringLiteral("end"), time(span.end)},
                       {QStringLiteral("clock"), clockId(span.clock)},
                       {QStringLiteral("duration_ms"), opt(span.durationMs)}};
}

void merge(QJsonObject& into, const QJsonObject& from)
{
    for (auto it = from.begin(); it != from.end(); ++it)
        into.insert(it.key(), it.value());
}

} // namespace

QJsonObject JsonReportWriter::toJson(const ReportModel& model)
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("omsua-report"));
    root.insert(QStringLiteral("format_version"), kFormatVersion);
    root.insert(QStringLiteral("generated_at"), time(model.generatedAt));
    root.insert(QStringLiteral("generator"), model.generator);
    root.insert(QStringLiteral("language"), ReportOutline::tr("en"));

    root.insert(QStringLiteral("run"),
                QJsonObject{{QStringLiteral("id"), str(model.runId)},
                            {QStringLiteral("kind"), str(model.kind)},
                            {QStringLiteral("state"), str(model.state)},
                            {QStringLiteral("plan_file"), str(model.planFile)},
                            {QStringLiteral("created_at"), time(model.createdAt)},
                            {QStringLiteral("updated_at"), time(model.updatedAt)},
                            {QStringLiteral("upgrade_run"), str(model.upgradeRun)}});

    root.insert(QStringLiteral("summary"),
                QJsonObject{{QStringLiteral("verdict"), verdictId(model.verdict)},
                            {QStringLiteral("text"), ReportOutline::summaryText(model)},
                            {QStringLiteral("failed_step"), str(model.failedStep)},
                            {QStringLiteral("error"), str(model.failureError)}});

    root.insert(QStringLiteral("route"),
                QJsonObject{{QStringLiteral("id"), str(model.route)},
                            {QStringLiteral("label"), str(model.routeLabel)},
                            {QStringLiteral("source_version"), str(model.sourceVersion)},
                            {QStringLiteral("target_version"), str(model.targetVersion)}});

    root.insert(QStringLiteral("host"),
                QJsonObject{{QStringLiteral("address"), str(model.host)},
                            {QStringLiteral("host_key"), str(model.hostKey)},
                            {QStringLiteral("operator"), str(model.operatorName)},
                            {QStringLiteral("workstation"), str(model.workstation)},
                            {QStringLiteral("clock_skew_sec"), opt(model.clockSkewSec)}});

    root.insert(QStringLiteral("containers"),
                QJsonObject{{QStringLiteral("old"), str(model.oldContainer)},
                            {QStringLiteral("new"), str(model.newContainer)},
                            {QStringLiteral("source_image"), str(model.sourceImage)},
                            {QStringLiteral("target_image"), str(model.targetImage)},
                            {QStringLiteral("run_command"), str(model.runCommand)}});

    QJsonObject databases;
    for (const auto& [role, name] : model.databases)
        databases.insert(role, str(name));
    root.insert(QStringLiteral("metadb"),
                QJsonObject{{QStringLiteral("route"), str(model.metaDbRoute)},
                            {QStringLiteral("server_version"), str(model.metaDbServerVersion)},
                            {QStringLiteral("databases"), databases}});

    std::optional<qint64> downtimeSeconds;
    if (model.downtimeMs)
        downtimeSeconds = (*model.downtimeMs + 999) / 1000;
    root.insert(QStringLiteral("times"),
                QJsonObject{{QStringLiteral("t1"), time(model.t1)},
                            {QStringLiteral("t2"), time(model.t2)},
                            {QStringLiteral("t3"), time(model.t3)},
                            {QStringLiteral("downtime_ms"), opt(model.downtimeMs)},
                            {QStringLiteral("downtime_seconds_ceil"), opt(downtimeSeconds)}});

    QJsonArray timeline;
    for (const TimelineEntry& entry : model.timeline) {
        const bool marker = entry.kind == TimelineEntry::Kind::Marker;
        QJsonObject item{
            {QStringLiteral("kind"), marker ? QStringLiteral("marker") : QStringLiteral("step")},
            {QStringLiteral("id"), entry.id},
            {QStringLiteral("title"),
             marker ? QJsonValue(entry.id) : QJsonValue(ReportOutline::stepTitle(entry.id))},
            {QStringLiteral("state"), marker ? QJsonValue(QJsonValue::Null) : str(entry.state)}};
        merge(item, span(entry.span));
        timeline.append(item);
    }
    root.insert(QStringLiteral("timeline"), timeline);

    const RefetchEntry& refetch = model.refetch;
    root.insert(
        QStringLiteral("refetch"),
        QJsonObject{
            {QStringLiteral("recorded"), refetch.recorded},
            {QStringLiteral("perceive_store_client_checkpoint"), refetch.perceiveCheckpoint},
            {QStringLiteral("minutes"), opt(refetch.minutes)},
            {QStringLiteral("gap_seconds"), opt(refetch.gapSeconds)},
            {QStringLiteral("gap_minutes_ceil"), opt(refetch.gapMinutesCeil)},
            {QStringLiteral("margin_min"), opt(refetch.marginMin)},
            {QStringLiteral("kept_current"), opt(refetch.keptCurrent)},
            {QStringLiteral("t1"), time(refetch.t1)},
            {QStringLiteral("t2"), time(refetch.t2)},
            {QStringLiteral("explanation"), str(refetch.explanation)},
            {QStringLiteral("calculation"), strings(ReportOutline::refetchCalculation(model))}});

    root.insert(
        QStringLiteral("ha"),
        QJsonObject{{QStringLiteral("enabled_before"), opt(model.haEnabledBefore)},
                    {QStringLiteral("before"), object(model.haBefore.raw, model.haBefore.recorded)},
                    {QStringLiteral("after"), object(model.haAfter.raw, model.haAfter.recorded)}});

    QJsonArray mounts;
    for (const MountEntry& mount : model.mounts)
        mounts.append(QJsonObject{{QStringLiteral("container_path"), str(mount.containerPath)},
                                  {QStringLiteral("old_host_path"), str(mount.oldHostPath)},
                                  {QStringLiteral("new_host_path"), str(mount.newHostPath)},
                                  {QStringLiteral("old_read_only"), opt(mount.oldReadOnly)},
                                  {QStringLiteral("new_read_only"), opt(mount.newReadOnly)},
                                  {QStringLiteral("required"), mount.required},
                                  {QStringLiteral("verdict"), str(mount.verdict)},
                                  {QStringLiteral("identical"), mount.identical}});
    root.insert(QStringLiteral("mounts"), QJsonObject{{QStringLiteral("ok"), opt(model.mountsOk)},
                                                      {QStringLiteral("rows"), mounts}});

    const BackupEntry& backup = model.backup;
    QJsonArray files;
    for (const BackupFileEntry& file : backup.files)
        files.append(QJsonObject{{QStringLiteral("role"), str(file.role)},
                                 {QStringLiteral("database"), str(file.database)},
                                 {QStringLiteral("file"), str(file.file)},
                                 {QStringLiteral("bytes"), opt(file.bytes)},
                                 {QStringLiteral("sha256"), str(file.sha256)},
                                 {QStringLiteral("trailer"), str(file.trailer)},
                                 {QStringLiteral("completed"), opt(file.completed)}});
    root.insert(QStringLiteral("backup"),
                QJsonObject{{QStringLiteral("recorded"), backup.recorded},
                            {QStringLiteral("directory"), str(backup.directory)},
                            {QStringLiteral("path"), str(backup.path)},
                            {QStringLiteral("run_id"), str(backup.runId)},
                            {QStringLiteral("verified"), opt(backup.verified)},
                            {QStringLiteral("server_version"), str(backup.serverVersion)},
                            {QStringLiteral("dump_tool"), str(backup.dumpTool)},
                            {QStringLiteral("files"), files}});

    QJsonArray checksums;
    for (const TableChecksum& sum : model.checksums)
        checksums.append(QJsonObject{{QStringLiteral("database"), sum.database},
                                     {QStringLiteral("table"), sum.table},
                                     {QStringLiteral("rows"), opt(sum.rows)},
                                     {QStringLiteral("checksum"), str(sum.checksum)}});
    root.insert(QStringLiteral("checksums_at_backup"), checksums);

    QJsonArray changes;
    for (const SchemaChange& change : model.schemaChanges)
        changes.append(QJsonObject{{QStringLiteral("database"), change.database},
                                   {QStringLiteral("table"), change.table},
                                   {QStringLiteral("columns_before"), opt(change.columnsBefore)},
                                   {QStringLiteral("columns_after"), opt(change.columnsAfter)}});
    root.insert(QStringLiteral("schema"),
                QJsonObject{{QStringLiteral("recorded"), model.schemaRecorded},
                            {QStringLiteral("tables_unchanged"), model.schemaTablesUnchanged},
                            {QStringLiteral("changes"), changes}});

    QJsonArray steps;
    for (const StepEntry& step : model.steps) {
        QJsonObject item{{QStringLiteral("id"), step.id},
                         {QStringLiteral("title"), ReportOutline::stepTitle(step.id)},
                         {QStringLiteral("state"), step.state},
                         {QStringLiteral("started_at"), time(step.startedAt)},
                         {QStringLiteral("finished_at"), time(step.finishedAt)},
                         {QStringLiteral("host_started_at"), time(step.hostStartedAt)},
                         {QStringLiteral("host_finished_at"), time(step.hostFinishedAt)},
                         {QStringLiteral("commands"), strings(step.commands)},
                         {QStringLiteral("output_excerpt"), step.outputExcerpt},
                         {QStringLiteral("output_lines_omitted"), step.outputLinesOmitted},
                         {QStringLiteral("verdict"), str(step.verdict)},
                         {QStringLiteral("error"), str(step.error)},
                         {QStringLiteral("data"), step.data}};
        merge(item, span(step.span));
        steps.append(item);
    }
    root.insert(QStringLiteral("steps"), steps);

    root.insert(QStringLiteral("warnings"), strings(model.warnings));
    root.insert(QStringLiteral("manual_follow_ups"), strings(model.manualFollowUps));
    root.insert(QStringLiteral("manual_recovery_components"),
                strings(model.manualRecoveryComponents));
    root.insert(QStringLiteral("manual_recovery_notice"),
                str(ReportOutline::manualRecoveryNotice(model)));

    const FinalState& final = model.finalState;
    root.insert(
        QStringLiteral("final_state"),
        QJsonObject{
            {QStringLiteral("run_state"), str(final.runState)},
            {QStringLiteral("last_step"), str(final.lastStepId)},
            {QStringLiteral("last_step_state"), str(final.lastStepState)},
            {QStringLiteral("running_known"), final.runningKnown},
            {QStringLiteral("running_container"), str(final.runningContainer)},
            {QStringLiteral("running_image"), str(final.runningImage)},
            {QStringLiteral("oms_stopped"), final.omsStopped},
            {QStringLiteral("ha_enabled"), opt(final.ha.enabled)},
            {QStringLiteral("refetch_store_interval_min"), opt(final.ha.refetchStoreIntervalMin)},
            {QStringLiteral("perceive_store_client_checkpoint"),
             opt(final.ha.perceiveStoreClientCheckpoint)},
            {QStringLiteral("next_action"), str(ReportOutline::nextAction(model))}});
    return redactObject(root);
}

QByteArray JsonReportWriter::render(const ReportModel& model)
{
    const QByteArray json = QJsonDocument(toJson(model)).toJson(QJsonDocument::Indented);
    // Last defence for a registered secret in any escaped form, also across two values.
    return log::Redactor::global().redactSecrets(QString::fromUtf8(json)).toUtf8();
}

} // namespace omsua::report
