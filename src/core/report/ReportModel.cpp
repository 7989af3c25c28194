#include "report/ReportModel.h"

#include "log/Redactor.h"
#include "upgrade/Journal.h"
#include "upgrade/JournalKeys.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QLocale>
#include <algorithm>
#include <cmath>
#include <limits>

namespace omsua::report {

namespace keys = upgrade::keys;

namespace {

QString clean(const QString& text)
{
    return log::Redactor::global().redact(text);
}

QJsonValue cleanValue(const QJsonValue& value);

QJsonObject cleanObject(const QJsonObject& object)
{
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it)
        out.insert(clean(it.key()), cleanValue(it.value()));
    return out;
}

QJsonValue cleanValue(const QJsonValue& value)
{
    if (value.isString())
        return clean(value.toString());
    if (value.isObject())
        return cleanObject(value.toObject());
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue& item : value.toArray())
            out.append(cleanValue(item));
        return out;
    }
    return value;
}

// A fact as text, whatever JSON type it was written with; empty when absent or structured.
QString text(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return clean(value.toString());
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (std::isfinite(number) && number == std::floor(number) && std::abs(number) < 1e15)
            return QString::number(qint64(number));
        return QLocale::c().toString(number, 'g', 15);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return {};
    }
}

QString text(const QJsonObject& object, const QString& key)
{
    return text(object.value(key));
}

std::optional<qint64> integer(const QJsonValue& value)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (std::isfinite(number) && std::abs(number) < 9e15)
            return qint64(std::llround(number));
        return std::nullopt;
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 number = value.toString().trimmed().toLongLong(&ok);
        if (ok)
            return number;
    }
    return std::nullopt;
}

std::optional<int> smallInteger(const QJsonValue& value)
{
    const auto number = integer(value);
    if (!number || *number < std::numeric_limits<int>::min() ||
        *number > std::numeric_limits<int>::max())
        return std::nullopt;
    return int(*number);
}

std::optional<bool> boolean(const QJsonValue& value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isString()) {
        const QString word = value.toString().trimmed().toLower();
        if (word == QLatin1String("true"))
            return true;
        if (word == QLatin1String("false"))
            return false;
    }
    return std::nullopt;
}

QDateTime isoTime(const QJsonValue& value)
{
    if (!value.isString() || value.toString().isEmpty())
        return {};
    const QDateTime when = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return when.isValid() ? when.toUTC() : QDateTime();
}

QStringList textList(const QJsonValue& value)
{
    QStringList list;
    if (value.isString()) { // one text where a list was expected: keep it
        if (!value.toString().isEmpty())
            list.append(clean(value.toString()));
        return list;
    }
    for (const QJsonValue& item : value.toArray()) {
        const QString line = text(item);
        if (!line.isEmpty())
            list.append(line);
    }
    return list;
}

TimeSpan spanOf(const QDateTime& start, const QDateTime& end, Clock clock)
{
    TimeSpan span;
    span.start = start;
    span.end = end;
    span.clock = (start.isValid() || end.isValid()) ? clock : Clock::None;
    if (start.isValid() && end.isValid() && start <= end)
        span.durationMs = start.msecsTo(end);
    return span;
}

void excerpt(const QString& output, StepEntry& step)
{
    QString normalised = output;
    normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QStringList lines = normalised.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.constLast().trimmed().isEmpty())
        lines.removeLast();
    if (lines.size() > ReportModel::kOutputExcerptLines) {
        step.outputLinesOmitted = int(lines.size()) - ReportModel::kOutputExcerptLines;
        lines = lines.mid(step.outputLinesOmitted);
    }
    for (QString& line : lines) {
        if (line.size() > ReportModel::kOutputExcerptLineChars)
            line = line.left(ReportModel::kOutputExcerptLineChars) + QStringLiteral(" [...]");
    }
    step.outputExcerpt = lines.join(QLatin1Char('\n'));
}

HaState haState(const QJsonValue& value)
{
    HaState state;
    if (!value.isObject())
        return state;
    const QJsonObject object = value.toObject();
    state.recorded = true;
    state.raw = cleanObject(object);
    state.enabled = boolean(object.value(QStringLiteral("enable")));
    state.refetchStoreIntervalMin =
        smallInteger(object.value(QStringLiteral("refetchStoreIntervalMin")));
    state.perceiveStoreClientCheckpoint =
        boolean(object.value(QStringLiteral("perceiveStoreClientCheckpoint")));
    return state;
}

QList<QPair<QString, QString>> databasesOf(const QJsonValue& value)
{
    QList<QPair<QString, QString>> list;
    const QJsonObject object = value.toObject();
    QStringList roles{QStringLiteral("rm"), QStringLiteral("cm"), QStringLiteral("cm_hb")};
    for (const QString& key : object.keys()) {
        if (!roles.contains(key))
            roles.append(key); // keys() is sorted: the others follow alphabetically
    }
    for (const QString& role : std::as_const(roles)) {
        if (object.contains(role))
            list.append({clean(role), text(object, role)});
    }
    return list;
}

QList<MountEntry> mountsOf(const QJsonValue& value)
{
    QList<MountEntry> list;
    for (const QJsonValue& item : value.toArray()) {
        if (!item.isObject())
            continue;
        const QJsonObject row = item.toObject();
        MountEntry mount;
        mount.containerPath = text(row, QStringLiteral("container_path"));
        mount.oldHostPath = text(row, QStringLiteral("old_host_path"));
        mount.newHostPath = text(row, QStringLiteral("planned_host_path"));
        mount.oldReadOnly = boolean(row.value(QStringLiteral("old_read_only")));
        mount.newReadOnly = boolean(row.value(QStringLiteral("planned_read_only")));
        mount.required = boolean(row.value(QStringLiteral("required"))).value_or(false);
        mount.verdict = text(row, QStringLiteral("verdict"));
        mount.identical =
            mount.verdict.compare(QLatin1String("identical"), Qt::CaseInsensitive) == 0;
        list.append(mount);
    }
    return list;
}

BackupEntry backupOf(const QJsonValue& value)
{
    BackupEntry backup;
    if (!value.isObject())
        return backup;
    const QJsonObject set = value.toObject();
    backup.recorded = true;
    backup.directory = text(set, QStringLiteral("directory"));
    backup.path = text(set, QStringLiteral("path"));
    backup.runId = text(set, QStringLiteral("run_id"));
    backup.verified = boolean(set.value(QStringLiteral("verified")));
    backup.serverVersion = text(set, QStringLiteral("server_version"));
    backup.dumpTool = text(set, QStringLiteral("dump_tool"));
    for (const QJsonValue& item : set.value(QStringLiteral("files")).toArray()) {
        if (!item.isObject())
            continue;
        const QJsonObject entry = item.toObject();
        BackupFileEntry file;
        file.role = text(entry, QStringLiteral("role"));
        file.database = text(entry, QStringLiteral("name"));
        file.file = text(entry, QStringLiteral("file"));
        file.bytes = integer(entry.value(QStringLiteral("bytes")));
        file.sha256 = text(entry, QStringLiteral("sha256"));
        file.trailer = text(entry, QStringLiteral("trailer"));
        file.completed = boolean(entry.value(QStringLiteral("completed")));
        backup.files.append(file);
    }
    return backup;
}

RefetchEntry refetchOf(const QJsonValue& value)
{
    RefetchEntry refetch;
    if (!value.isObject())
        return refetch;
    const QJsonObject object = value.toObject();
    refetch.recorded = true;
    refetch.perceiveCheckpoint =
        boolean(object.value(QStringLiteral("perceive_store_client_checkpoint"))).value_or(false);
    refetch.minutes = smallInteger(object.value(QStringLiteral("minutes")));
    refetch.gapSeconds = integer(object.value(QStringLiteral("gap_seconds")));
    refetch.gapMinutesCeil = smallInteger(object.value(QStringLiteral("gap_minutes_ceil")));
    refetch.marginMin = smallInteger(object.value(QStringLiteral("margin_min")));
    refetch.keptCurrent = boolean(object.value(QStringLiteral("kept_current")));
    refetch.t1 = isoTime(object.value(QStringLiteral("t1")));
    refetch.t2 = isoTime(object.value(QStringLiteral("t2")));
    refetch.explanation = text(object, QStringLiteral("explanation"));
    return refetch;
}

QList<TableChecksum> checksumsOf(const QJsonValue& value)
{
    QList<TableChecksum> list;
    const QJsonObject databases = value.toObject();
    for (auto db = databases.begin(); db != databases.end(); ++db) {
        const QJsonObject tables = db.value().toObject();
        for (auto table = tables.begin(); table != tables.end(); ++table) {
            TableChecksum entry;
            entry.database = clean(db.key());
            entry.table = clean(table.key());
            const QJsonObject figures = table.value().toObject();
            entry.rows = integer(figures.value(QStringLiteral("rows")));
            entry.checksum = text(figures, QStringLiteral("checksum"));
            list.append(entry);
        }
    }
    return list;
}

void schemaOf(const QJsonValue& beforeValue, const QJsonValue& afterValue, ReportModel& model)
{
    const QJsonObject before = beforeValue.toObject();
    const QJsonObject after = afterValue.toObject();
    model.schemaRecorded = beforeValue.isObject() || afterValue.isObject();
    QStringList databases = before.keys() + after.keys();
    databases.removeDuplicates();
    databases.sort();
    for (const QString& db : std::as_const(databases)) {
        const QJsonObject tablesBefore = before.value(db).toObject();
        const QJsonObject tablesAfter = after.value(db).toObject();
        QStringList tables = tablesBefore.keys() + tablesAfter.keys();
        tables.removeDuplicates();
        tables.sort();
        for (const QString& table : std::as_const(tables)) {
            SchemaChange change;
            change.database = clean(db);
            change.table = clean(table);
            change.columnsBefore = smallInteger(tablesBefore.value(table));
            change.columnsAfter = smallInteger(tablesAfter.value(table));
            if (change.columnsBefore == change.columnsAfter)
                ++model.schemaTablesUnchanged;
            else
                model.schemaChanges.append(change);
        }
    }
}

Verdict verdictOf(const QString& state)
{
    if (state == QLatin1String("done"))
        return Verdict::Succeeded;
    if (state == QLatin1String("failed"))
        return Verdict::Failed;
    if (state == QLatin1String("refused"))
        return Verdict::Refused;
    if (state == QLatin1String("waiting"))
        return Verdict::Waiting;
    if (state == QLatin1String("running") || state == QLatin1String("paused"))
        return Verdict::Incomplete;
    if (state == QLatin1String("cancelled"))
        return Verdict::Cancelled;
    return Verdict::Unknown;
}

const StepEntry* findStep(const ReportModel& model, const QString& id)
{
    for (const StepEntry& step : model.steps) {
        if (step.id == id)
            return &step;
    }
    return nullptr;
}

bool stepDone(const ReportModel& model, const QString& id)
{
    const StepEntry* step = findStep(model, id);
    return step && step->state == QLatin1String("done");
}

void finalStateOf(ReportModel& model)
{
    FinalState& final = model.finalState;
    final.runState = model.state;
    for (const StepEntry& step : std::as_const(model.steps)) {
        if (step.state != QLatin1String("pending") || step.startedAt.isValid()) {
            final.lastStepId = step.id;
            final.lastStepState = step.state;
        }
    }

    // Which container the journal says runs now. Only what the steps recorded as done counts.
    auto running = [&final](const QString& container, const QString& image) {
        final.runningKnown = !container.isEmpty();
        final.runningContainer = container;
        final.runningImage = image;
    };
    if (!model.isRollback()) {
        if (stepDone(model, QStringLiteral("start_new"))) {
            running(model.newContainer, model.targetImage);
        } else if (stepDone(model, QStringLiteral("stop_old"))) {
            final.runningKnown = true;
            final.omsStopped = true;
        } else {
            running(model.oldContainer, model.sourceImage);
        }
    } else if (findStep(model, QStringLiteral("start_old")) ||
               findStep(model, QStringLiteral("stop_new"))) {
        if (stepDone(model, QStringLiteral("start_old"))) {
            running(model.oldContainer, model.sourceImage);
        } else if (stepDone(model, QStringLiteral("stop_new"))) {
            final.runningKnown = true;
            final.omsStopped = true;
        } else {
            running(model.newContainer, model.targetImage);
        }
    }

    const StepEntry* disableHa = findStep(model, QStringLiteral("disable_ha"));
    const QString disableState = disableHa ? disableHa->state : QString();
    if (model.haAfter.recorded) {
        final.ha = model.haAfter;
    } else if (disableState == QLatin1String("done")) {
        // Disabled and read back by the step, not enabled again.
        final.ha.recorded = true;
        final.ha.enabled = false;
    } else if (disableState.isEmpty() || disableState == QLatin1String("pending") ||
               disableState == QLatin1String("skipped")) {
        final.ha = model.haBefore; // nothing touched ha.config
    }
    // Otherwise the step failed or was interrupted half-way: the journal cannot tell.
}

void timelineOf(ReportModel& model)
{
    struct Keyed
    {
        QDateTime key;
        TimelineEntry entry;
    };
    QList<Keyed> entries;
    QDateTime previous;
    for (const StepEntry& step : std::as_const(model.steps)) {
        TimelineEntry entry;
        entry.kind = TimelineEntry::Kind::Step;
        entry.id = step.id;
        entry.state = step.state;
        entry.span = step.span;
        // Compare on the host clock: T1/T2/T3 are host times.
        QDateTime key = step.span.start;
        if (key.isValid() && step.span.clock == Clock::Workstation && model.clockSkewSec)
            key = key.addSecs(*model.clockSkewSec);
        if (!key.isValid())
            key = previous; // a step without times stays where the journal put it
        previous = key;
        entries.append({key, entry});
    }
    const QList<QPair<QString, QDateTime>> markers{{QStringLiteral("T1"), model.t1},
                                                   {QStringLiteral("T2"), model.t2},
                                                   {QStringLiteral("T3"), model.t3}};
    for (const auto& [name, when] : markers) {
        if (!when.isValid())
            continue;
        TimelineEntry entry;
        entry.kind = TimelineEntry::Kind::Marker;
        entry.id = name;
        entry.span = spanOf(when, QDateTime(), Clock::Host);
        entries.append({when, entry});
    }
    std::stable_sort(entries.begin(), entries.end(), [](const Keyed& a, const Keyed& b) {
        // Untimed entries (before any timed step) first, in journal order.
        if (!a.key.isValid())
            return b.key.isValid();
        if (!b.key.isValid())
            return false;
        return a.key < b.key;
    });
    for (const Keyed& keyed : std::as_const(entries))
        model.timeline.append(keyed.entry);
}

} // namespace

QString verdictId(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Succeeded:
        return QStringLiteral("succeeded");
    case Verdict::Failed:
        return QStringLiteral("failed");
    case Verdict::Refused:
        return QStringLiteral("refused");
    case Verdict::Waiting:
        return QStringLiteral("waiting");
    case Verdict::Incomplete:
        return QStringLiteral("incomplete");
    case Verdict::Cancelled:
        return QStringLiteral("cancelled");
    case Verdict::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString clockId(Clock clock)
{
    switch (clock) {
    case Clock::Host:
        return QStringLiteral("host");
    case Clock::Workstation:
        return QStringLiteral("workstation");
    case Clock::None:
        break;
    }
    return QStringLiteral("none");
}

ReportModel ReportModel::fromJournal(const upgrade::Journal& journal, const QDateTime& generatedAt)
{
    ReportModel model;
    model.runId = clean(journal.runId());
    model.kind = clean(journal.kind());
    model.state = clean(journal.state());
    model.planFile = clean(journal.planFile());
    model.createdAt = journal.createdAt();
    model.updatedAt = journal.updatedAt();
    model.generatedAt =
        generatedAt.isValid() ? generatedAt.toUTC() : QDateTime::currentDateTimeUtc();
    model.generator = QStringLiteral("OMS Upgrade Assistant ") + QStringLiteral(OMSUA_VERSION);
    model.verdict = verdictOf(model.state);

    const QJsonObject facts = journal.facts();
    model.upgradeRun = text(facts, keys::upgradeRun);
    model.route = text(facts, keys::route);
    model.routeLabel = text(facts, keys::routeLabel);
    model.sourceVersion = text(facts, keys::sourceVersion);
    model.targetVersion = text(facts, keys::targetVersion);
    if (model.routeLabel.isEmpty() && !model.sourceVersion.isEmpty() &&
        !model.targetVersion.isEmpty())
        model.routeLabel = model.sourceVersion + QStringLiteral(" -> ") + model.targetVersion;
    model.host = text(facts, keys::host);
    model.hostKey = text(facts, keys::hostKey);
    model.workstation = text(facts, keys::workstation);
    model.operatorName = text(facts, keys::operatorName);
    model.clockSkewSec = integer(facts.value(keys::clockSkewSec));
    model.oldContainer = text(facts, keys::oldContainer);
    model.newContainer = text(facts, keys::newContainer);
    model.sourceImage = text(facts, keys::sourceImage);
    model.targetImage = text(facts, keys::targetImage);
    model.runCommand = text(facts, keys::runCommand);
    model.metaDbRoute = text(facts, keys::metaDbRoute);
    model.metaDbServerVersion = text(facts, keys::metaDbServerVersion);
    model.databases = databasesOf(facts.value(keys::databases));

    model.t1 = journal.time(keys::t1);
    model.t2 = journal.time(keys::t2);
    model.t3 = journal.time(keys::t3);
    if (model.t1.isValid() && model.t2.isValid() && model.t1 <= model.t2)
        model.downtimeMs = model.t1.msecsTo(model.t2);

    model.refetch = refetchOf(facts.value(keys::refetch));
    model.haEnabledBefore = boolean(facts.value(keys::haEnabledBefore));
    model.haBefore = haState(facts.value(keys::haBefore));
    model.haAfter = haState(facts.value(keys::haAfter));
    model.mountsOk = boolean(facts.value(keys::mountsOk));
    model.mounts = mountsOf(facts.value(keys::mounts));
    model.backup = backupOf(facts.value(keys::backupSet));
    model.checksums = checksumsOf(facts.value(keys::checksumsAtBackup));
    schemaOf(facts.value(keys::schemaBefore), facts.value(keys::schemaAfter), model);
    model.warnings = textList(facts.value(keys::warnings));
    model.manualFollowUps = textList(facts.value(keys::manualFollowUps));
    if (model.isRollback()) {
        // OMS documentation: after a rollback these may have to be recovered by hand.
        model.manualRecoveryComponents = {QStringLiteral("JDBCWriter"), QStringLiteral("Connector"),
                                          QStringLiteral("Full-Import")};
    }

    // Steps: the raw state name is kept (StepRecord maps an unknown one to "pending").
    const QJsonArray rawSteps = journal.document().value(QStringLiteral("steps")).toArray();
    for (const QJsonValue& value : rawSteps) {
        if (!value.isObject())
            continue;
        const QJsonObject object = value.toObject();
        const upgrade::StepRecord record = upgrade::StepRecord::fromJson(object);
        StepEntry step;
        step.id = clean(record.id);
        if (step.id.isEmpty())
            step.id = QStringLiteral("step_%1").arg(model.steps.size() + 1);
        step.state = text(object, QStringLiteral("state"));
        if (step.state.isEmpty())
            step.state = QStringLiteral("pending");
        step.startedAt = record.startedAt;
        step.finishedAt = record.finishedAt;
        step.hostStartedAt = record.hostStartedAt;
        step.hostFinishedAt = record.hostFinishedAt;
        if (record.hostStartedAt.isValid() && record.hostFinishedAt.isValid())
            step.span = spanOf(record.hostStartedAt, record.hostFinishedAt, Clock::Host);
        else if (record.startedAt.isValid() || record.finishedAt.isValid())
            step.span = spanOf(record.startedAt, record.finishedAt, Clock::Workstation);
        else
            step.span = spanOf(record.hostStartedAt, record.hostFinishedAt, Clock::Host);
        for (const QString& command : record.commands) {
            if (!command.isEmpty())
                step.commands.append(clean(command));
        }
        excerpt(clean(record.output), step);
        step.verdict = clean(record.verdict);
        step.error = clean(record.error);
        step.data = cleanObject(record.data);
        model.steps.append(step);
    }
    for (const StepEntry& step : std::as_const(model.steps)) {
        if (step.state == QLatin1String("failed")) {
            model.failedStep = step.id;
            model.failureError = step.error;
            break;
        }
    }

    timelineOf(model);
    finalStateOf(model);
    return model;
}

} // namespace omsua::report
