#include "upgrade/steps/HeartbeatTrimStep.h"

#include "metadb/MetaDbConnection.h"
#include "upgrade/steps/StepSupport.h"

namespace omsua::upgrade::steps {

namespace {
constexpr int kDefaultBatchRows = 10000;
} // namespace

QString HeartbeatTrimStep::title() const
{
    return m_afterStop ? tr("Trim the heartbeat table") : tr("Pre-trim the heartbeat table");
}

QString HeartbeatTrimStep::describe(const StepContext& context) const
{
    const Discovery* found = context.discovery();
    const QString table = (found ? found->config.cmHbDb : QStringLiteral("cm_hb")) +
                          QStringLiteral(".heatbeat_sequence");
    const int batch =
        definition().params.value(QStringLiteral("batch_rows"), kDefaultBatchRows).toInt();
    if (m_afterStop)
        return tr("Deletes every row of %1 except the newest: reads max(id), then deletes below it "
                  "in batches of %2 rows. Heartbeat rows are transient; OMS only needs the "
                  "newest.")
            .arg(table)
            .arg(batch);
    return tr("While OMS still runs, deletes the rows of %1 below its current max(id) in batches "
              "of %2, so that the trim after the stop (and the downtime) is short.")
        .arg(table)
        .arg(batch);
}

Precheck HeartbeatTrimStep::precheck(StepContext& context)
{
    auto discovery = discoveryOf(context);
    if (!discovery)
        return Precheck::refused(discovery.error());
    auto db = metaDbOf(context);
    if (!db)
        return Precheck::refused(db.error());
    auto rows = (*db)->heartbeatRowCount((*discovery)->config.cmHbDb);
    if (!rows)
        return Precheck::refused(rows.error());
    context.record().data.insert(QStringLiteral("rows_before"), *rows);
    if (*rows <= 1) {
        m_result = tr("%n row(s) in the table: nothing to trim", nullptr, int(*rows));
        return Precheck::alreadyDone(m_result);
    }
    return Precheck::ready(tr("%1 rows").arg(*rows));
}

Expected<void> HeartbeatTrimStep::act(StepContext& context)
{
    auto discovery = discoveryOf(context);
    if (!discovery)
        return discovery.error();
    auto db = metaDbOf(context);
    if (!db)
        return db.error();
    const QString cmHb = (*discovery)->config.cmHbDb;
    const int batch =
        definition().params.value(QStringLiteral("batch_rows"), kDefaultBatchRows).toInt();
    context.recordCommand(
        QStringLiteral("SELECT MAX(id) FROM %1.heatbeat_sequence; DELETE FROM "
                       "%1.heatbeat_sequence WHERE id < <max> LIMIT %2 (repeated)")
            .arg(cmHb)
            .arg(batch));
    auto trimmed = (*db)->trimHeartbeat(
        cmHb, batch, [&](qint64 done, qint64 total) { context.progress(done, total); },
        &context.cancelFlag());
    if (!trimmed)
        return trimmed.error();
    if (trimmed->cancelled)
        return makeError(tr("Trim cancelled after %1 rows; the rest stay").arg(trimmed->deleted),
                         cmHb + QStringLiteral(".heatbeat_sequence"));
    m_result = tr("deleted %1 rows below id %2 in %3 ms (%4 statements, longest %5 ms)")
                   .arg(trimmed->deleted)
                   .arg(trimmed->keptMaxId)
                   .arg(trimmed->totalMs)
                   .arg(trimmed->batches)
                   .arg(trimmed->longestStatementMs);
    context.output(m_result + QLatin1Char('\n'));
    context.record().data.insert(QStringLiteral("deleted"), trimmed->deleted);
    context.record().data.insert(QStringLiteral("kept_max_id"), trimmed->keptMaxId);
    context.record().data.insert(QStringLiteral("longest_statement_ms"),
                                 trimmed->longestStatementMs);
    return {};
}

Expected<QString> HeartbeatTrimStep::verify(StepContext& context)
{
    auto discovery = discoveryOf(context);
    if (!discovery)
        return discovery.error();
    auto db = metaDbOf(context);
    if (!db)
        return db.error();
    auto rows = (*db)->heartbeatRowCount((*discovery)->config.cmHbDb);
    if (!rows)
        return rows.error();
    context.record().data.insert(QStringLiteral("rows_after"), *rows);
    // After the stop nothing writes heartbeats any more: exactly the newest row must be left.
    // Before the stop OMS keeps writing, so only the trim itself is judged.
    if (m_afterStop && *rows > 1)
        return makeError(tr("%1 heartbeat rows are left; expected only the newest").arg(*rows),
                         (*discovery)->config.cmHbDb + QStringLiteral(".heatbeat_sequence"),
                         tr("is the old container really stopped? Resume to trim again"));
    return tr("%1; %2 row(s) left").arg(m_result.isEmpty() ? tr("trimmed") : m_result).arg(*rows);
}

} // namespace omsua::upgrade::steps
