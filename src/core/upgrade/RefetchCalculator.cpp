#include "upgrade/RefetchCalculator.h"

#include <QRegularExpression>
#include <QTimeZone>
#include <cstdlib>

namespace omsua::upgrade {

namespace {

QString utcText(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC");
}

// ceil(a / b) for a >= 0, b > 0.
qint64 ceilDiv(qint64 a, qint64 b)
{
    return (a + b - 1) / b;
}

// The largest epoch second QDateTime and people both agree on: 9999-12-31T23:59:59Z. A bigger
// number is usually milliseconds pasted from a log.
constexpr qint64 kMaxEpochSec = 253402300799LL;

} // namespace

Expected<RefetchResult> RefetchCalculator::compute(const RefetchInput& input)
{
    const QString where = QStringLiteral("refetchStoreIntervalMin");
    if (!input.t1.isValid())
        return makeError(QStringLiteral("T1 (when the old container stopped) is not a valid time"),
                         where,
                         QStringLiteral("take T1 from the old container's State.FinishedAt"));
    if (!input.t2.isNull() && !input.t2.isValid())
        return makeError(QStringLiteral("T2 (when HA is enabled again) is not a valid time"), where,
                         QStringLiteral("leave T2 empty to use the current time"));
    if (input.marginMin < 0)
        return makeError(
            QStringLiteral("the safety margin %1 min is negative").arg(input.marginMin), where,
            QStringLiteral("use 0 or more minutes; 30 is the documented buffer"));
    if (input.marginMin > kMaxMarginMin)
        return makeError(QStringLiteral("the safety margin %1 min is more than 7 days (%2 min)")
                             .arg(input.marginMin)
                             .arg(kMaxMarginMin),
                         where,
                         QStringLiteral("the margin is in minutes; 30 is the documented buffer"));

    RefetchResult result;
    result.t1Utc = input.t1.toUTC();
    QString t2Source;
    if (input.t2.isNull()) {
        result.t2WasNow = true;
        QDateTime now = input.now.isValid() ? input.now : QDateTime::currentDateTimeUtc();
        if (input.clockSkewSec) {
            // T1 is host time; bring this computer's "now" onto the same clock.
            now = now.addSecs(*input.clockSkewSec);
            t2Source = QStringLiteral(" (now, on the host clock: this computer %1 %2 s)")
                           .arg(*input.clockSkewSec < 0 ? QStringLiteral("-") : QStringLiteral("+"))
                           .arg(std::llabs(*input.clockSkewSec));
        } else {
            t2Source = QStringLiteral(" (now)");
        }
        result.t2Utc = now.toUTC();
    } else {
        result.t2Utc = input.t2.toUTC();
    }

    const qint64 gapMs = result.t1Utc.msecsTo(result.t2Utc);
    if (gapMs < 0)
        return makeError(QStringLiteral("T2 %1 is before T1 %2")
                             .arg(utcText(result.t2Utc), utcText(result.t1Utc)),
                         where,
                         QStringLiteral("T1 is when the old container stopped, T2 when HA is "
                                        "enabled again; check the order and the time zones"));
    if (gapMs > kMaxGapSec * 1000)
        return makeError(
            QStringLiteral("T2 - T1 is %1 days (T1 %2, T2 %3): more than 30 days")
                .arg(gapMs / 86400000)
                .arg(utcText(result.t1Utc), utcText(result.t2Utc)),
            where,
            QStringLiteral("this is most likely a wrong date or time zone; check T1 and T2"));

    // Rounded up, never down: a value one second short of the gap loses that second's data.
    result.gapSeconds = ceilDiv(gapMs, 1000);
    result.gapMinutesCeil = int(ceilDiv(result.gapSeconds, 60));
    const int computed = result.gapMinutesCeil + input.marginMin;
    result.minutes = computed;

    QString explanation =
        QStringLiteral("refetchStoreIntervalMin must be greater than T2 - T1: T1 %1, T2 %2%3: "
                       "gap %4 min %5 s -> ceil = %6 min + margin %7 = %8 min")
            .arg(utcText(result.t1Utc), utcText(result.t2Utc), t2Source)
            .arg(result.gapSeconds / 60)
            .arg(result.gapSeconds % 60)
            .arg(result.gapMinutesCeil)
            .arg(input.marginMin)
            .arg(computed);

    if (input.currentValueMin) {
        const int current = *input.currentValueMin;
        if (current < 0) {
            result.warnings << QStringLiteral("the current refetchStoreIntervalMin %1 is negative "
                                              "and was ignored")
                                   .arg(current);
        } else if (current > computed) {
            if (input.allowLowering) {
                result.lowered = true;
                explanation += QStringLiteral("; the current value %1 min is lowered to %2 min "
                                              "(lowering allowed)")
                                   .arg(current)
                                   .arg(computed);
            } else {
                // A larger window only re-reads more data; lowering it is the operator's call.
                result.keptCurrent = true;
                result.minutes = current;
                explanation +=
                    QStringLiteral("; the current value %1 min is higher and is kept").arg(current);
            }
        }
    }

    if (qint64(result.minutes) * 60 * 1000 <= gapMs)
        result.warnings << QStringLiteral("%1 min is not greater than T2 - T1 (%2 min %3 s); the "
                                          "documentation requires a greater value: use a margin")
                               .arg(result.minutes)
                               .arg(result.gapSeconds / 60)
                               .arg(result.gapSeconds % 60);
    if (input.clockSkewSec && std::llabs(*input.clockSkewSec) > kClockSkewWarnSec)
        result.warnings << QStringLiteral("the host clock and this computer's clock differ by %1 s "
                                          "(more than %2 s): check that T1 and T2 come from the "
                                          "same clock")
                               .arg(*input.clockSkewSec)
                               .arg(kClockSkewWarnSec);

    result.explanation = explanation;
    return result;
}

QDateTime RefetchCalculator::storeStartTime(const QDateTime& earliestRequest, int refetchMin)
{
    return earliestRequest.addSecs(-qint64(refetchMin) * 60);
}

QString RefetchCalculator::acceptedTimeForms()
{
    return QStringLiteral(
        "accepted: ISO 8601 with a zone (2026-11-25T16:00:00Z, 2026-11-25T16:00:00+08:00), "
        "YYYY-MM-DD HH:MM[:SS] in this computer's local time, or epoch seconds (1795622400)");
}

Expected<QDateTime> RefetchCalculator::parseTime(const QString& text)
{
    const QString input = text.trimmed();
    const QString where = text;
    const auto bad = [&](const QString& why) {
        return makeError(QStringLiteral("cannot read the time '%1': %2").arg(text, why), where,
                         acceptedTimeForms());
    };
    if (input.isEmpty())
        return bad(QStringLiteral("it is empty"));

    static const QRegularExpression epoch(QStringLiteral("^[0-9]{1,15}$"));
    if (epoch.match(input).hasMatch()) {
        const qint64 seconds = input.toLongLong();
        if (seconds > kMaxEpochSec)
            return bad(
                QStringLiteral("too large for epoch seconds (milliseconds? divide by 1000)"));
        return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
    }

    static const QRegularExpression dateTime(
        QStringLiteral("^([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt "
                       "]([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:[.,]([0-9]{1,9}))?)?"
                       "\\s*(?:([Zz])|([+-])([0-9]{2})(?::?([0-9]{2}))?)?$"));
    const QRegularExpressionMatch m = dateTime.match(input);
    if (!m.hasMatch())
        return bad(QStringLiteral("not a form this tool reads"));

    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!date.isValid())
        return bad(QStringLiteral("no such date"));
    int msec = 0;
    if (m.hasCaptured(7))
        msec = m.captured(7).left(3).leftJustified(3, QLatin1Char('0')).toInt();
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(),
                     m.hasCaptured(6) ? m.captured(6).toInt() : 0, msec);
    if (!time.isValid())
        return bad(QStringLiteral("no such time of day"));

    if (m.hasCaptured(8))
        return QDateTime(date, time, Qt::UTC);
    if (m.hasCaptured(9)) {
        const int hours = m.captured(10).toInt();
        const int minutes = m.hasCaptured(11) ? m.captured(11).toInt() : 0;
        if (hours > 14 || minutes > 59 || (hours == 14 && minutes > 0))
            return bad(QStringLiteral("the zone offset is out of range (-14:00 ... +14:00)"));
        const int sign = m.captured(9) == QLatin1String("-") ? -1 : 1;
        return QDateTime(date, time, QTimeZone(sign * (hours * 3600 + minutes * 60)));
    }

    // No zone: the operator's wall clock. A time skipped by a daylight-saving change does not
    // exist; Qt would move it silently, so refuse it instead.
    const QDateTime local(date, time, Qt::LocalTime);
    if (!local.isValid() || local.date() != date || local.time() != time)
        return bad(QStringLiteral("this local time does not exist (daylight-saving change); give "
                                  "a zone"));
    return local;
}

} // namespace omsua::upgrade
