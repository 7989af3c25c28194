#pragma once

#include "Expected.h"

#include <QDateTime>

namespace omsua::remote {
class CommandRunner;
}

namespace omsua::upgrade {

// The host's clock, read over SSH. T1 (the old container's FinishedAt) is a host time, so T2
// and T3 are taken on the same clock; the difference to this computer's clock is kept for the
// report and for times that can only be taken here.
struct HostTime
{
    QDateTime hostNow;      // UTC, milliseconds
    qint64 skewMs = 0;      // host minus workstation (midpoint of the round trip)
    qint64 roundTripMs = 0; // how much the skew can be off by
};

class HostClock
{
public:
    // `date -u +%s%N` on the host.
    static Expected<HostTime> now(remote::CommandRunner& runner);
};

} // namespace omsua::upgrade
