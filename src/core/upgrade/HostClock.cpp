#include "upgrade/HostClock.h"

#include "remote/CommandRunner.h"

#include <QElapsedTimer>

namespace omsua::upgrade {

Expected<HostTime> HostClock::now(remote::CommandRunner& runner)
{
    remote::ExecOptions options;
    options.timeoutMs = 30000;
    QElapsedTimer timer;
    const QDateTime sent = QDateTime::currentDateTimeUtc();
    timer.start();
    auto result = runner.run(
        {QStringLiteral("date"), QStringLiteral("-u"), QStringLiteral("+%s%N")}, options);
    const qint64 roundTrip = timer.elapsed();
    if (!result)
        return result.error();
    const QByteArray text = result->stdOut.trimmed();
    bool ok = false;
    const qint64 nanoseconds = text.toLongLong(&ok);
    // GNU date prints nanoseconds; a date without %N support prints "...N" literally.
    if (!result->succeeded() || !ok || text.size() < 13)
        return makeError(QStringLiteral("Cannot read the host's clock: `date -u +%s%N` printed "
                                        "\"%1\"")
                             .arg(QString::fromUtf8(text.left(80))),
                         QStringLiteral("host clock"),
                         QStringLiteral("the host needs GNU date (coreutils)"));
    HostTime time;
    time.hostNow = QDateTime::fromMSecsSinceEpoch(nanoseconds / 1000000, Qt::UTC);
    time.roundTripMs = roundTrip;
    time.skewMs = time.hostNow.toMSecsSinceEpoch() - (sent.toMSecsSinceEpoch() + roundTrip / 2);
    return time;
}

} // namespace omsua::upgrade
