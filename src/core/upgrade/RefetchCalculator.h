#pragma once

#include "Expected.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

namespace omsua::upgrade {

// What the calculator needs. T1 is when the old container stopped (its State.FinishedAt on the
// host), T2 when HA is switched back on.
struct RefetchInput
{
    QDateTime t1;
    QDateTime t2;                       // null: "now" (see `now`), i.e. HA is being enabled now
    int marginMin = 30;                 // the FAQ's buffer
    std::optional<int> currentValueMin; // refetchStoreIntervalMin as ha.config holds it today
    bool allowLowering = false;         // may the result be below the current value?
    // Host clock minus workstation clock, in seconds (positive: the host is ahead). T1 comes from
    // the host, so when T2 is taken from this computer's clock it is moved onto the host clock.
    std::optional<qint64> clockSkewSec;
    QDateTime now; // the workstation clock used when t2 is null; null: the real clock (test seam)
};

struct RefetchResult
{
    int minutes = 0;          // the value to write into refetchStoreIntervalMin
    int gapMinutesCeil = 0;   // ceil((T2 - T1) / 60 s)
    qint64 gapSeconds = 0;    // T2 - T1, rounded up to whole seconds
    bool keptCurrent = false; // the current value was higher and is kept
    bool lowered = false;     // the current value was higher and allowLowering replaced it
    QDateTime t1Utc;
    QDateTime t2Utc;
    bool t2WasNow = false;
    QString explanation; // the rule in words, with the numbers, for the report and the CLI
    QStringList warnings;
};

// The seed's step 5: with perceiveStoreClientCheckpoint=false, refetchStoreIntervalMin must be
// greater than T2 - T1, or the Store restarts too late and the downstream components miss data.
// Pure arithmetic plus validation; the caller reads T1/T2 from the host and writes ha.config.
class RefetchCalculator
{
public:
    static constexpr int kDefaultMarginMin = 30;
    static constexpr int kMaxMarginMin = 7 * 24 * 60;
    // A longer gap almost always means a wrong date (year, day, or a zone typed twice).
    static constexpr qint64 kMaxGapSec = 30LL * 24 * 3600;
    static constexpr qint64 kClockSkewWarnSec = 120;

    // minutes = ceil((T2 - T1) / 60 s) + margin, never below the current value unless
    // allowLowering. Times are compared as instants (UTC), whatever zone they were given in.
    static Expected<RefetchResult> compute(const RefetchInput& input);

    // When HA starts the Store: the earliest downstream request time minus refetchMin minutes
    // (seed: 12:00:00 with 30 -> 11:30:00).
    static QDateTime storeStartTime(const QDateTime& earliestRequest, int refetchMin);

    // Reads a time given on the command line. Accepted:
    //   ISO 8601 with a zone      2026-11-25T16:00:00Z, 2026-11-25T16:00:00+08:00 (+0800, +08)
    //   date and time, no zone    2026-11-25 16:00[:SS] or 2026-11-25T16:00[:SS], in this
    //                             computer's local time zone
    //   epoch seconds             1795622400
    // Seconds may carry a fraction (.123). Anything else is an Error naming the input and the
    // accepted forms.
    static Expected<QDateTime> parseTime(const QString& text);

    // The accepted forms in one line, for usage texts and error hints.
    static QString acceptedTimeForms();
};

} // namespace omsua::upgrade
