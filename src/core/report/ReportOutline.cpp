#include "report/ReportOutline.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace omsua::report {

namespace {

using Kind = OutlineBlock::Kind;

QString orNone(const QString& value)
{
    return value.isEmpty() ? ReportOutline::notRecorded() : value;
}

OutlineCell cell(const QString& value, Tone tone = Tone::Neutral, bool code = false)
{
    return OutlineCell{orNone(value), value.isEmpty() ? Tone::Neutral : tone, code};
}

OutlineCell codeCell(const QString& value)
{
    return OutlineCell{orNone(value), Tone::Neutral, !value.isEmpty()};
}

OutlineBlock paragraph(const QString& text, Tone tone = Tone::Neutral)
{
    OutlineBlock block;
    block.kind = Kind::Paragraph;
    block.text = text;
    block.tone = tone;
    return block;
}

OutlineBlock notice(const QString& text, Tone tone)
{
    OutlineBlock block = paragraph(text, tone);
    block.kind = Kind::Notice;
    return block;
}

OutlineBlock code(const QString& caption, const QString& text)
{
    OutlineBlock block;
    block.kind = Kind::Code;
    block.caption = caption;
    block.text = text;
    return block;
}

OutlineBlock list(const QString& caption, const QStringList& items)
{
    OutlineBlock block;
    block.kind = Kind::List;
    block.caption = caption;
    block.items = items;
    return block;
}

OutlineBlock table(const QString& caption, const QStringList& headers)
{
    OutlineBlock block;
    block.kind = Kind::Table;
    block.caption = caption;
    block.headers = headers;
    return block;
}

QString number(qint64 value)
{
    return QLocale::c().toString(value);
}

QString seconds(qint64 ms, int decimals)
{
    return QLocale::c().toString(double(ms) / 1000.0, 'f', decimals);
}

} // namespace

QString ReportOutline::notRecorded()
{
    return tr("not recorded");
}

QString ReportOutline::formatTime(const QDateTime& when, bool milliseconds)
{
    if (!when.isValid())
        return notRecorded();
    return when.toUTC().toString(milliseconds ? QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")
                                              : QStringLiteral("yyyy-MM-dd HH:mm:ss")) +
           QStringLiteral(" UTC");
}

QString ReportOutline::formatDuration(qint64 ms)
{
    if (ms < 0)
        return notRecorded();
    if (ms < 60 * 1000)
        return tr("%1 s").arg(seconds(ms, 1));
    const qint64 totalSeconds = (ms + 500) / 1000;
    const qint64 hours = totalSeconds / 3600;
    const qint64 minutes = (totalSeconds % 3600) / 60;
    const qint64 secs = totalSeconds % 60;
    if (hours > 0)
        return tr("%1 h %2 min %3 s").arg(hours).arg(minutes).arg(secs);
    return tr("%1 min %2 s").arg(minutes).arg(secs);
}

namespace {

QString yesNo(std::optional<bool> value)
{
    if (!value)
        return ReportOutline::notRecorded();
    return *value ? ReportOutline::tr("yes") : ReportOutline::tr("no");
}

QString bytesText(std::optional<qint64> bytes)
{
    if (!bytes)
        return ReportOutline::notRecorded();
    const qint64 n = *bytes;
    if (n < 1024)
        return ReportOutline::tr("%1 B").arg(n);
    const char* units[] = {"KiB", "MiB", "GiB", "TiB"};
    double value = double(n);
    int unit = -1;
    while (value >= 1024.0 && unit < 3) {
        value /= 1024.0;
        ++unit;
    }
    return ReportOutline::tr("%1 B (%2 %3)")
        .arg(number(n), QLocale::c().toString(value, 'f', 1), QLatin1String(units[unit]));
}

QString stateText(const QString& state)
{
    if (state == QLatin1String("pending"))
        return ReportOutline::tr("pending");
    if (state == QLatin1String("running"))
        return ReportOutline::tr("running");
    if (state == QLatin1String("done"))
        return ReportOutline::tr("done");
    if (state == QLatin1String("failed"))
        return ReportOutline::tr("failed");
    if (state == QLatin1String("needs-operator"))
        return ReportOutline::tr("waiting for the operator");
    if (state == QLatin1String("skipped"))
        return ReportOutline::tr("skipped");
    if (state == QLatin1String("cancelled"))
        return ReportOutline::tr("cancelled");
    return state.isEmpty() ? ReportOutline::notRecorded() : state;
}

Tone stateTone(const QString& state)
{
    if (state == QLatin1String("done"))
        return Tone::Good;
    if (state == QLatin1String("failed"))
        return Tone::Bad;
    if (state == QLatin1String("needs-operator") || state == QLatin1String("running") ||
        state == QLatin1String("cancelled"))
        return Tone::Warning;
    return Tone::Neutral;
}

QString runStateText(const QString& state)
{
    if (state == QLatin1String("running"))
        return ReportOutline::tr("running or interrupted");
    if (state == QLatin1String("paused"))
        return ReportOutline::tr("paused");
    if (state == QLatin1String("waiting"))
        return ReportOutline::tr("waiting for the operator");
    if (state == QLatin1String("done"))
        return ReportOutline::tr("done");
    if (state == QLatin1String("failed"))
        return ReportOutline::tr("failed");
    if (state == QLatin1String("refused"))
        return ReportOutline::tr("refused");
    if (state == QLatin1String("cancelled"))
        return ReportOutline::tr("cancelled");
    return state.isEmpty() ? ReportOutline::notRecorded() : state;
}

QString verdictText(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Succeeded:
        return ReportOutline::tr("Succeeded");
    case Verdict::Failed:
        return ReportOutline::tr("Failed");
    case Verdict::Refused:
        return ReportOutline::tr("Refused");
    case Verdict::Waiting:
        return ReportOutline::tr("Waiting for the operator");
    case Verdict::Incomplete:
        return ReportOutline::tr("Not finished");
    case Verdict::Cancelled:
        return ReportOutline::tr("Cancelled");
    case Verdict::Unknown:
        break;
    }
    return ReportOutline::tr("Unknown");
}

Tone verdictTone(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Succeeded:
        return Tone::Good;
    case Verdict::Failed:
    case Verdict::Refused:
        return Tone::Bad;
    default:
        return Tone::Warning;
    }
}

QString kindText(const ReportModel& model)
{
    if (model.kind == QLatin1String("upgrade"))
        return ReportOutline::tr("upgrade");
    if (model.kind == QLatin1String("rollback"))
        return ReportOutline::tr("rollback");
    return orNone(model.kind);
}

QString mountVerdictText(const QString& verdict)
{
    // The names docker::mountVerdictName() writes into the journal.
    if (verdict == QLatin1String("identical"))
        return ReportOutline::tr("identical");
    if (verdict == QLatin1String("host path changed"))
        return ReportOutline::tr("host path changed");
    if (verdict == QLatin1String("read-only flag changed"))
        return ReportOutline::tr("read-only flag changed");
    if (verdict == QLatin1String("missing in plan"))
        return ReportOutline::tr("missing in the new container");
    if (verdict == QLatin1String("extra in plan"))
        return ReportOutline::tr("only in the new container");
    if (verdict == QLatin1String("required mount missing"))
        return ReportOutline::tr("required mount missing");
    return orNone(verdict);
}

QString readOnlyText(std::optional<bool> readOnly)
{
    if (!readOnly)
        return QStringLiteral("-");
    return *readOnly ? ReportOutline::tr("read-only") : ReportOutline::tr("read-write");
}

QString intText(std::optional<qint64> value)
{
    return value ? number(*value) : ReportOutline::notRecorded();
}

QString planArgument(const ReportModel& model)
{
    return model.planFile.isEmpty() ? QStringLiteral("PLAN.yaml") : model.planFile;
}

} // namespace

QString ReportOutline::nextAction(const ReportModel& model)
{
    if (model.verdict == Verdict::Succeeded)
        return {};
    const QString plan = planArgument(model);
    if (model.isRollback()) {
        const QString upgradeRun =
            model.upgradeRun.isEmpty() ? QStringLiteral("RUN_ID") : model.upgradeRun;
        return ReportOutline::tr("The rollback did not finish. Run it again: "
                                 "oms-upgrade rollback --plan %1 --run %2")
            .arg(plan, upgradeRun);
    }
    if (model.verdict == Verdict::Refused)
        return ReportOutline::tr("Nothing was changed. Fix what the checks name, then start the "
                                 "upgrade again.");
    const QString resume =
        QStringLiteral("oms-upgrade upgrade --plan %1 --resume %2").arg(plan, model.runId);
    const QString rollback =
        QStringLiteral("oms-upgrade rollback --plan %1 --run %2").arg(plan, model.runId);
    const FinalState& final = model.finalState;
    if (final.omsStopped)
        return ReportOutline::tr("OMS has been stopped since T1 and nothing runs in its place. "
                                 "Resume the upgrade (%1) or roll back (%2).")
            .arg(resume, rollback);
    if (final.runningKnown && !final.runningContainer.isEmpty() &&
        final.runningContainer == model.newContainer)
        return ReportOutline::tr("The new container runs but the upgrade did not finish. Resume "
                                 "the upgrade (%1) or roll back (%2).")
            .arg(resume, rollback);
    return ReportOutline::tr("The old container was not stopped. Fix the cause, then resume the "
                             "upgrade (%1).")
        .arg(resume);
}

namespace {

QString timelineMarkerText(const QString& id)
{
    if (id == QLatin1String("T1"))
        return ReportOutline::tr("T1: the old container stopped");
    if (id == QLatin1String("T2"))
        return ReportOutline::tr("T2: HA enabled again");
    if (id == QLatin1String("T3"))
        return ReportOutline::tr("T3: the new container stopped (rollback)");
    return id;
}

QString clockText(Clock clock)
{
    switch (clock) {
    case Clock::Host:
        return ReportOutline::tr("host");
    case Clock::Workstation:
        return ReportOutline::tr("workstation");
    case Clock::None:
        break;
    }
    return QStringLiteral("-");
}

QString haValue(const HaState& state, int which)
{
    if (!state.recorded)
        return ReportOutline::notRecorded();
    switch (which) {
    case 0:
        return state.enabled ? (*state.enabled ? QStringLiteral("true") : QStringLiteral("false"))
                             : ReportOutline::notRecorded();
    case 1:
        return state.refetchStoreIntervalMin ? QString::number(*state.refetchStoreIntervalMin)
                                             : ReportOutline::notRecorded();
    default:
        return state.perceiveStoreClientCheckpoint
                   ? (*state.perceiveStoreClientCheckpoint ? QStringLiteral("true")
                                                           : QStringLiteral("false"))
                   : ReportOutline::notRecorded();
    }
}

// A step's data rendered where its shape is known; the JSON report carries all of it.
void addStepData(const StepEntry& step, QList<OutlineBlock>& blocks)
{
    const QJsonArray checks = step.data.value(QStringLiteral("checks")).toArray();
    if (checks.isEmpty())
        return;
    OutlineBlock checkTable = table(ReportOutline::tr("Checks"),
                                    {ReportOutline::tr("Check"), ReportOutline::tr("Found"),
                                     ReportOutline::tr("Verdict"), ReportOutline::tr("Hint")});
    for (const QJsonValue& value : checks) {
        const QJsonObject check = value.toObject();
        const QString verdict = check.value(QStringLiteral("verdict")).toString();
        const Tone tone = verdict == QLatin1String("pass")   ? Tone::Good
                          : verdict == QLatin1String("fail") ? Tone::Bad
                          : verdict == QLatin1String("warn") ? Tone::Warning
                                                             : Tone::Neutral;
        checkTable.rows.append({cell(check.value(QStringLiteral("check")).toString()),
                                cell(check.value(QStringLiteral("found")).toString()),
                                cell(verdict, tone),
                                OutlineCell{check.value(QStringLiteral("hint")).toString()}});
    }
    blocks.append(checkTable);
}

} // namespace

QString ReportOutline::stepTitle(const QString& id)
{
    struct Title
    {
        const char* id;
        const char* title;
    };
    static const Title titles[] = {
        {"preflight", QT_TR_NOOP("Preflight checks")},
        {"load_image", QT_TR_NOOP("Load the new image")},
        {"disable_ha", QT_TR_NOOP("Disable HA")},
        {"pretrim_heartbeat", QT_TR_NOOP("Trim the heartbeat table while OMS runs")},
        {"stop_old", QT_TR_NOOP("Stop the old container")},
        {"trim_heartbeat", QT_TR_NOOP("Trim the heartbeat table")},
        {"backup", QT_TR_NOOP("Back up the metadata databases")},
        {"start_new", QT_TR_NOOP("Start the new container")},
        {"docker_init", QT_TR_NOOP("Run docker_init.sh")},
        {"health", QT_TR_NOOP("Wait until OMS is healthy")},
        {"check_servers_online", QT_TR_NOOP("Check that every server is online")},
        {"enable_ha", QT_TR_NOOP("Enable HA")},
        // Rollback steps
        {"stop_new", QT_TR_NOOP("Stop the new container")},
        {"verify_backup", QT_TR_NOOP("Verify the backup set")},
        {"restore_databases", QT_TR_NOOP("Restore the metadata databases")},
        {"start_old", QT_TR_NOOP("Start the old container")},
    };
    for (const Title& title : titles) {
        if (id == QLatin1String(title.id))
            return tr(title.title);
    }
    // An id this version does not know: readable as it is.
    QString words = id;
    words.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!words.isEmpty())
        words[0] = words.at(0).toUpper();
    return words.isEmpty() ? tr("Unnamed step") : words;
}

QString ReportOutline::manualRecoveryNotice(const ReportModel& model)
{
    if (model.manualRecoveryComponents.isEmpty())
        return {};
    return tr("After a rollback these OMS components may need manual recovery: %1. Check every "
              "migration and synchronisation project in the OMS console and resume or restart the "
              "affected components as the OMS documentation describes.")
        .arg(model.manualRecoveryComponents.join(QStringLiteral(", ")));
}

QString ReportOutline::summaryText(const ReportModel& model)
{
    const QString route = orNone(model.routeLabel);
    const QString failedTitle =
        model.failedStep.isEmpty() ? notRecorded() : stepTitle(model.failedStep);
    const QString lastTitle = model.finalState.lastStepId.isEmpty()
                                  ? notRecorded()
                                  : stepTitle(model.finalState.lastStepId);
    QString text;
    if (model.isRollback()) {
        switch (model.verdict) {
        case Verdict::Succeeded:
            text = tr("The rollback of run %1 completed: %2 runs %3 again.")
                       .arg(orNone(model.upgradeRun), orNone(model.oldContainer),
                            orNone(model.sourceImage));
            break;
        case Verdict::Failed:
            text = tr("The rollback failed at step \"%1\": %2")
                       .arg(failedTitle, orNone(model.failureError));
            break;
        case Verdict::Refused:
            text = tr("The rollback was refused by a check; nothing was changed.");
            break;
        default:
            text = tr("The rollback did not finish (%1); the last step was \"%2\".")
                       .arg(runStateText(model.state), lastTitle);
            break;
        }
        return text;
    }
    switch (model.verdict) {
    case Verdict::Succeeded:
        text = tr("The upgrade %1 completed: %2 runs %3.")
                   .arg(route, orNone(model.newContainer), orNone(model.targetImage));
        if (model.downtimeMs)
            text += QLatin1Char(' ') +
                    tr("OMS was stopped for %1 (T2 - T1).").arg(formatDuration(*model.downtimeMs));
        break;
    case Verdict::Failed:
        text = tr("The upgrade %1 failed at step \"%2\": %3")
                   .arg(route, failedTitle, orNone(model.failureError));
        break;
    case Verdict::Refused:
        text = tr("The upgrade %1 was refused by a check; nothing was changed.").arg(route);
        break;
    case Verdict::Waiting:
        text =
            tr("The upgrade %1 is waiting for the operator at step \"%2\".").arg(route, lastTitle);
        break;
    case Verdict::Cancelled:
        text = tr("The upgrade %1 was cancelled; the last step was \"%2\".").arg(route, lastTitle);
        break;
    default:
        text = tr("The upgrade %1 did not finish (%2); the last step was \"%3\".")
                   .arg(route, runStateText(model.state), lastTitle);
        break;
    }
    return text;
}

QStringList ReportOutline::refetchCalculation(const ReportModel& model)
{
    const RefetchEntry& refetch = model.refetch;
    if (refetch.recorded && refetch.perceiveCheckpoint)
        return {tr("perceiveStoreClientCheckpoint = true: the Store resumes from the clients' "
                   "checkpoints, so refetchStoreIntervalMin does not depend on the downtime.")};
    const QDateTime t1 = refetch.t1.isValid() ? refetch.t1 : model.t1;
    const QDateTime t2 = refetch.t2.isValid() ? refetch.t2 : model.t2;
    QStringList lines;
    lines << tr("refetchStoreIntervalMin must be greater than the downtime T2 - T1 "
                "(perceiveStoreClientCheckpoint = false).");
    std::optional<qint64> gapSeconds = refetch.gapSeconds;
    if (!gapSeconds && t1.isValid() && t2.isValid() && t1 <= t2)
        gapSeconds = (t1.msecsTo(t2) + 999) / 1000;
    if (t1.isValid() && t2.isValid())
        lines << tr("T2 - T1 = %1 - %2 = %3 s (rounded up)")
                     .arg(formatTime(t2, true), formatTime(t1, true),
                          gapSeconds ? number(*gapSeconds) : notRecorded());
    else
        lines << tr("T2 - T1: %1 (T1 %2, T2 %3)")
                     .arg(gapSeconds ? tr("%1 s").arg(number(*gapSeconds)) : notRecorded(),
                          formatTime(t1, true), formatTime(t2, true));
    if (!refetch.recorded) {
        lines << tr("The value written to ha.config was not recorded.");
        return lines;
    }
    std::optional<int> ceilMinutes = refetch.gapMinutesCeil;
    if (!ceilMinutes && gapSeconds)
        ceilMinutes = int((*gapSeconds + 59) / 60);
    lines << tr("ceil(%1 s / 60) = %2 min")
                 .arg(gapSeconds ? number(*gapSeconds) : notRecorded(),
                      ceilMinutes ? QString::number(*ceilMinutes) : notRecorded());
    const QString margin = refetch.marginMin ? QString::number(*refetch.marginMin) : notRecorded();
    if (ceilMinutes && refetch.marginMin)
        lines << tr("%1 min + margin %2 min = %3 min")
                     .arg(*ceilMinutes)
                     .arg(*refetch.marginMin)
                     .arg(*ceilMinutes + *refetch.marginMin);
    else
        lines << tr("%1 min + margin %2 min")
                     .arg(ceilMinutes ? QString::number(*ceilMinutes) : notRecorded(), margin);
    if (refetch.keptCurrent.value_or(false))
        lines << tr("The current value is higher and was kept.");
    lines << tr("refetchStoreIntervalMin = %1")
                 .arg(refetch.minutes ? QString::number(*refetch.minutes) : notRecorded());
    return lines;
}

ReportOutline ReportOutline::build(const ReportModel& model)
{
    ReportOutline outline;
    //: The language of this translation as a BCP 47 code (the HTML report's lang attribute).
    outline.language = tr("en");
    outline.title = model.isRollback() ? tr("OMS rollback report") : tr("OMS upgrade report");
    outline.subtitle = tr("Run %1, %2").arg(orNone(model.runId), orNone(model.routeLabel));
    outline.verdict = OutlineCell{verdictText(model.verdict), verdictTone(model.verdict), false};
    outline.summary = summaryText(model);
    outline.footer =
        tr("Generated by %1 at %2 from the run's journal. Secrets are masked as %3.")
            .arg(model.generator, formatTime(model.generatedAt), QStringLiteral("********"));

    // --- Summary ---
    {
        OutlineSection section{QStringLiteral("summary"), tr("Summary"), {}};
        OutlineBlock fields;
        fields.kind = Kind::Fields;
        fields.fields = {
            {tr("Verdict"), outline.verdict},
            {tr("Kind"), cell(kindText(model))},
            {tr("Route"), cell(model.routeLabel)},
            {tr("Run"), codeCell(model.runId)},
            {tr("Run state"), cell(runStateText(model.state), verdictTone(model.verdict))},
        };
        if (model.isRollback())
            fields.fields.append({tr("Undoes the upgrade run"), codeCell(model.upgradeRun)});
        fields.fields.append({tr("Started"), cell(formatTime(model.createdAt))});
        fields.fields.append({tr("Last journal update"), cell(formatTime(model.updatedAt))});
        fields.fields.append(
            {tr("Downtime (T2 - T1)"),
             cell(model.downtimeMs ? formatDuration(*model.downtimeMs) : QString())});
        if (!model.failedStep.isEmpty())
            fields.fields.append({tr("Failed step"), cell(stepTitle(model.failedStep), Tone::Bad)});
        section.blocks.append(fields);
        if (!model.failureError.isEmpty())
            section.blocks.append(notice(model.failureError, Tone::Bad));
        if (model.isRollback())
            section.blocks.append(notice(manualRecoveryNotice(model), Tone::Warning));
        outline.sections.append(section);
    }

    // --- Host, people, containers ---
    {
        OutlineSection section{QStringLiteral("host"), tr("Host and containers"), {}};
        OutlineBlock fields;
        fields.kind = Kind::Fields;
        QStringList databases;
        for (const auto& [role, name] : model.databases)
            databases << QStringLiteral("%1: %2").arg(role, orNone(name));
        QString skew;
        if (model.clockSkewSec)
            skew = tr("%1 s (host minus workstation)").arg(*model.clockSkewSec);
        fields.fields = {
            {tr("Host"), codeCell(model.host)},
            {tr("Host key"), codeCell(model.hostKey)},
            {tr("Operator"), cell(model.operatorName)},
            {tr("Workstation"), cell(model.workstation)},
            {tr("Clock difference"), cell(skew)},
            {tr("Old container"), codeCell(model.oldContainer)},
            {tr("New container"), codeCell(model.newContainer)},
            {tr("From image"), codeCell(model.sourceImage)},
            {tr("To image"), codeCell(model.targetImage)},
            {tr("From version"), cell(model.sourceVersion)},
            {tr("To version"), cell(model.targetVersion)},
            {tr("MetaDB"), cell(model.metaDbRoute)},
            {tr("MetaDB server"), cell(model.metaDbServerVersion)},
            {tr("Databases"), codeCell(databases.join(QStringLiteral(", ")))},
            {tr("Plan file"), codeCell(model.planFile)},
        };
        section.blocks.append(fields);
        outline.sections.append(section);
    }

    // --- Timeline ---
    {
        OutlineSection section{QStringLiteral("timeline"), tr("Timeline"), {}};
        OutlineBlock times;
        times.kind = Kind::Fields;
        times.fields = {
            {tr("T1 (the old container stopped)"),
             cell(model.t1.isValid() ? formatTime(model.t1, true) : QString())},
            {tr("T2 (HA enabled again)"),
             cell(model.t2.isValid() ? formatTime(model.t2, true) : QString())},
            {tr("T3 (the new container stopped)"),
             cell(model.t3.isValid() ? formatTime(model.t3, true) : QString())},
            {tr("Downtime (T2 - T1)"),
             cell(model.downtimeMs
                      ? tr("%1 (%2 s)")
                            .arg(formatDuration(*model.downtimeMs), seconds(*model.downtimeMs, 3))
                      : QString())},
        };
        section.blocks.append(times);
        OutlineBlock steps = table(QString(), {tr("Start"), tr("End"), tr("Duration"),
                                               tr("Step or event"), tr("State"), tr("Clock")});
        for (const TimelineEntry& entry : model.timeline) {
            if (entry.kind == TimelineEntry::Kind::Marker) {
                steps.rows.append({cell(formatTime(entry.span.start, true)), OutlineCell{},
                                   OutlineCell{}, OutlineCell{timelineMarkerText(entry.id)},
                                   OutlineCell{}, cell(clockText(entry.span.clock))});
                continue;
            }
            steps.rows.append(
                {cell(entry.span.start.isValid() ? formatTime(entry.span.start) : QString()),
                 cell(entry.span.end.isValid() ? formatTime(entry.span.end) : QString()),
                 OutlineCell{entry.span.durationMs ? formatDuration(*entry.span.durationMs)
                                                   : QStringLiteral("-")},
                 OutlineCell{stepTitle(entry.id)},
                 cell(stateText(entry.state), stateTone(entry.state)),
                 OutlineCell{clockText(entry.span.clock)}});
        }
        section.blocks.append(steps);
        section.blocks.append(paragraph(
            tr("Times are UTC. T1, T2 and T3 come from the host's clock; a step's times come from "
               "the host's clock where it could be read, else from the workstation's.")));
        outline.sections.append(section);
    }

    // --- refetchStoreIntervalMin and HA ---
    {
        OutlineSection section{QStringLiteral("refetch"), tr("refetchStoreIntervalMin and HA"), {}};
        section.blocks.append(
            code(tr("The calculation"), refetchCalculation(model).join(QLatin1Char('\n'))));
        if (!model.refetch.explanation.isEmpty())
            section.blocks.append(paragraph(tr("As recorded: %1").arg(model.refetch.explanation)));
        OutlineBlock ha =
            table(tr("ha.config before and after the run"), {tr("Key"), tr("Before"), tr("After")});
        const char* haKeys[] = {"enable", "refetchStoreIntervalMin",
                                "perceiveStoreClientCheckpoint"};
        for (int i = 0; i < 3; ++i)
            ha.rows.append({OutlineCell{QLatin1String(haKeys[i]), Tone::Neutral, true},
                            OutlineCell{haValue(model.haBefore, i)},
                            OutlineCell{haValue(model.haAfter, i)}});
        section.blocks.append(ha);
        outline.sections.append(section);
    }

    // --- Mounts ---
    {
        OutlineSection section{QStringLiteral("mounts"), tr("Mounts: old and new container"), {}};
        if (model.mountsOk)
            section.blocks.append(
                *model.mountsOk
                    ? paragraph(tr("The new container has exactly the old container's mounts."),
                                Tone::Good)
                    : notice(tr("The mounts differ: see the rows not marked identical."),
                             Tone::Bad));
        if (model.mounts.isEmpty()) {
            section.blocks.append(paragraph(tr("Mounts: %1").arg(notRecorded())));
        } else {
            OutlineBlock mounts =
                table(QString(), {tr("Container path"), tr("Old host path"), tr("New host path"),
                                  tr("Old"), tr("New"), tr("Required"), tr("Verdict")});
            for (const MountEntry& mount : model.mounts)
                mounts.rows.append({codeCell(mount.containerPath),
                                    OutlineCell{mount.oldHostPath.isEmpty() ? QStringLiteral("-")
                                                                            : mount.oldHostPath,
                                                Tone::Neutral, !mount.oldHostPath.isEmpty()},
                                    OutlineCell{mount.newHostPath.isEmpty() ? QStringLiteral("-")
                                                                            : mount.newHostPath,
                                                Tone::Neutral, !mount.newHostPath.isEmpty()},
                                    OutlineCell{readOnlyText(mount.oldReadOnly)},
                                    OutlineCell{readOnlyText(mount.newReadOnly)},
                                    OutlineCell{mount.required ? tr("yes") : tr("no")},
                                    cell(mountVerdictText(mount.verdict),
                                         mount.identical ? Tone::Good : Tone::Bad)});
            section.blocks.append(mounts);
        }
        section.blocks.append(
            code(tr("docker run of the new container (secrets masked)"), orNone(model.runCommand)));
        outline.sections.append(section);
    }

    // --- Backup set ---
    {
        OutlineSection section{QStringLiteral("backup"), tr("Backup set"), {}};
        const BackupEntry& backup = model.backup;
        if (!backup.recorded) {
            section.blocks.append(notice(tr("No backup set is recorded for this run."),
                                         model.isRollback() ? Tone::Bad : Tone::Warning));
        } else {
            OutlineBlock fields;
            fields.kind = Kind::Fields;
            fields.fields = {
                {tr("Directory on the host"),
                 codeCell(backup.path.isEmpty() ? backup.directory : backup.path)},
                {tr("Set of run"), codeCell(backup.runId)},
                {tr("Verified"), cell(yesNo(backup.verified),
                                      backup.verified.value_or(false) ? Tone::Good : Tone::Bad)},
                {tr("MetaDB server"), cell(backup.serverVersion)},
                {tr("Dump tool"), cell(backup.dumpTool)},
            };
            section.blocks.append(fields);
            OutlineBlock files = table(QString(), {tr("Role"), tr("Database"), tr("File"),
                                                   tr("Size"), tr("SHA-256"), tr("Complete")});
            for (const BackupFileEntry& file : backup.files)
                files.rows.append({OutlineCell{orNone(file.role)}, codeCell(file.database),
                                   codeCell(file.file), OutlineCell{bytesText(file.bytes)},
                                   codeCell(file.sha256),
                                   cell(yesNo(file.completed),
                                        file.completed.value_or(false) ? Tone::Good : Tone::Bad)});
            if (backup.files.isEmpty())
                section.blocks.append(paragraph(tr("Files: %1").arg(notRecorded())));
            else
                section.blocks.append(files);
        }
        if (!model.checksums.isEmpty()) {
            OutlineBlock sums = table(tr("Row counts and checksums taken while OMS was stopped, "
                                         "before the dump"),
                                      {tr("Database"), tr("Table"), tr("Rows"), tr("Checksum")});
            for (const TableChecksum& sum : model.checksums)
                sums.rows.append({codeCell(sum.database), codeCell(sum.table),
                                  OutlineCell{intText(sum.rows)}, codeCell(sum.checksum)});
            section.blocks.append(sums);
        }
        outline.sections.append(section);
    }

    // --- Schema ---
    if (model.schemaRecorded) {
        OutlineSection section{
            QStringLiteral("schema"), tr("Schema before and after docker_init.sh"), {}};
        section.blocks.append(
            paragraph(tr("%n table(s) unchanged.", nullptr, model.schemaTablesUnchanged)));
        if (!model.schemaChanges.isEmpty()) {
            OutlineBlock changes = table(QString(), {tr("Database"), tr("Table"),
                                                     tr("Columns before"), tr("Columns after")});
            for (const SchemaChange& change : model.schemaChanges)
                changes.rows.append(
                    {codeCell(change.database), codeCell(change.table),
                     OutlineCell{change.columnsBefore ? QString::number(*change.columnsBefore)
                                                      : tr("(none)")},
                     OutlineCell{change.columnsAfter ? QString::number(*change.columnsAfter)
                                                     : tr("(none)")}});
            section.blocks.append(changes);
        }
        outline.sections.append(section);
    }

    // --- Steps ---
    {
        OutlineSection section{QStringLiteral("steps"), tr("Steps"), {}};
        if (model.steps.isEmpty())
            section.blocks.append(paragraph(tr("No step was recorded.")));
        int index = 0;
        for (const StepEntry& step : model.steps) {
            ++index;
            OutlineBlock fields;
            fields.kind = Kind::Fields;
            fields.heading =
                QStringLiteral("%1. %2 (%3)").arg(index).arg(stepTitle(step.id), step.id);
            fields.fields = {
                {tr("State"), cell(stateText(step.state), stateTone(step.state))},
                {tr("Start"),
                 cell(step.span.start.isValid() ? formatTime(step.span.start) : QString())},
                {tr("End"), cell(step.span.end.isValid() ? formatTime(step.span.end) : QString())},
                {tr("Duration"),
                 cell(step.span.durationMs ? formatDuration(*step.span.durationMs) : QString())},
                {tr("Clock"), OutlineCell{clockText(step.span.clock)}},
                {tr("Verdict"), cell(step.verdict)},
            };
            if (!step.error.isEmpty())
                fields.fields.append({tr("Error"), cell(step.error, Tone::Bad)});
            section.blocks.append(fields);
            if (!step.commands.isEmpty())
                section.blocks.append(
                    code(tr("Commands (secrets masked)"), step.commands.join(QLatin1Char('\n'))));
            addStepData(step, section.blocks);
            if (!step.outputExcerpt.isEmpty()) {
                const QString caption =
                    step.outputLinesOmitted > 0
                        ? tr("Output (the last %1 lines; %2 earlier lines left out)")
                              .arg(ReportModel::kOutputExcerptLines)
                              .arg(step.outputLinesOmitted)
                        : tr("Output");
                section.blocks.append(code(caption, step.outputExcerpt));
            }
        }
        outline.sections.append(section);
    }

    // --- Warnings and manual follow-ups ---
    {
        OutlineSection section{
            QStringLiteral("follow-ups"), tr("Warnings and manual follow-ups"), {}};
        section.blocks.append(model.warnings.isEmpty() ? paragraph(tr("Warnings: none recorded."))
                                                       : list(tr("Warnings"), model.warnings));
        QStringList followUps = model.manualFollowUps;
        if (model.isRollback())
            followUps.prepend(manualRecoveryNotice(model));
        section.blocks.append(followUps.isEmpty()
                                  ? paragraph(tr("Manual follow-ups: none recorded."))
                                  : list(tr("Manual follow-ups"), followUps));
        outline.sections.append(section);
    }

    // --- Final state ---
    {
        OutlineSection section{QStringLiteral("final"), tr("Final state"), {}};
        const FinalState& final = model.finalState;
        QString running;
        Tone runningTone = Tone::Neutral;
        if (!final.runningKnown) {
            running = QString();
        } else if (final.runningContainer.isEmpty()) {
            running = tr("none: OMS is stopped");
            runningTone = Tone::Bad;
        } else {
            running = tr("%1 (%2)").arg(final.runningContainer, orNone(final.runningImage));
        }
        OutlineBlock fields;
        fields.kind = Kind::Fields;
        fields.fields = {
            {tr("Run state"), cell(runStateText(final.runState), verdictTone(model.verdict))},
            {tr("Last step"),
             cell(final.lastStepId.isEmpty() ? QString()
                                             : tr("%1: %2").arg(stepTitle(final.lastStepId),
                                                                stateText(final.lastStepState)))},
            {tr("OMS container running"), cell(running, runningTone)},
            {tr("HA enabled"), cell(final.ha.enabled ? yesNo(final.ha.enabled) : QString())},
            {QStringLiteral("refetchStoreIntervalMin"),
             cell(final.ha.refetchStoreIntervalMin
                      ? QString::number(*final.ha.refetchStoreIntervalMin)
                      : QString())},
            {QStringLiteral("perceiveStoreClientCheckpoint"),
             cell(final.ha.perceiveStoreClientCheckpoint
                      ? (*final.ha.perceiveStoreClientCheckpoint ? QStringLiteral("true")
                                                                 : QStringLiteral("false"))
                      : QString())},
        };
        section.blocks.append(fields);
        section.blocks.append(paragraph(
            tr("As the journal recorded it when the report was made; the host itself was not "
               "asked.")));
        const QString next = ReportOutline::nextAction(model);
        if (!next.isEmpty())
            section.blocks.append(notice(next, Tone::Warning));
        outline.sections.append(section);
    }
    return outline;
}

} // namespace omsua::report
