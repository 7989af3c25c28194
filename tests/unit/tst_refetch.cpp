// RefetchCalculator: the seed's step 5 arithmetic, its validation, and the time parser the CLI
// uses for `oms-upgrade refetch-interval --t1 TIME --t2 TIME [--margin MIN]`.
#include "upgrade/RefetchCalculator.h"

#include <QTest>
#include <QTimeZone>
#include <ctime>
#include <optional>

using omsua::upgrade::RefetchCalculator;
using omsua::upgrade::RefetchInput;

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

} // namespace

class TestRefetch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compute_data();
    void compute();
    void explanationSpellsOutTheRule();
    void rejected_data();
    void rejected();
    void zonesAreTheSameInstant();
    void nowWithClockSkew();
    void smallSkewNoWarning();
    void notGreaterThanGapWarns();
    void storeStartTime_data();
    void storeStartTime();
    void parseTime_data();
    void parseTime();
    void parseTimeLocal();
    void parseTimeLocalDaylightSavingGap();
    void parseTimeErrors_data();
    void parseTimeErrors();
};

void TestRefetch::compute_data()
{
    QTest::addColumn<QDateTime>("t1");
    QTest::addColumn<QDateTime>("t2");
    QTest::addColumn<int>("margin");
    QTest::addColumn<int>("current"); // -1: not known
    QTest::addColumn<bool>("allowLowering");
    QTest::addColumn<int>("minutes");
    QTest::addColumn<int>("gapCeil");
    QTest::addColumn<qint64>("gapSeconds");
    QTest::addColumn<bool>("keptCurrent");
    QTest::addColumn<bool>("lowered");

    const QDateTime base = utc(2026, 11, 25, 16, 0);
    QTest::newRow("FAQ 16:00 -> 17:00, margin 30")
        << base << utc(2026, 11, 25, 17, 0) << 30 << -1 << false << 90 << 60 << qint64(3600)
        << false << false;
    QTest::newRow("0 s -> 0 + margin")
        << base << base << 30 << -1 << false << 30 << 0 << qint64(0) << false << false;
    QTest::newRow("60 s -> 1") << base << base.addSecs(60) << 0 << -1 << false << 1 << 1
                               << qint64(60) << false << false;
    QTest::newRow("61 s -> 2") << base << base.addSecs(61) << 0 << -1 << false << 2 << 2
                               << qint64(61) << false << false;
    QTest::newRow("59 s -> 1") << base << base.addSecs(59) << 0 << -1 << false << 1 << 1
                               << qint64(59) << false << false;
    QTest::newRow("60.001 s -> 2 (ms round up)") << base << base.addMSecs(60001) << 0 << -1 << false
                                                 << 2 << 2 << qint64(61) << false << false;
    QTest::newRow("1 ms -> 1") << base << base.addMSecs(1) << 30 << -1 << false << 31 << 1
                               << qint64(1) << false << false;
    QTest::newRow("across midnight")
        << utc(2026, 11, 25, 23, 50) << utc(2026, 11, 26, 0, 20, 30) << 30 << -1 << false << 61
        << 31 << qint64(1830) << false << false;
    QTest::newRow("current lower: computed wins")
        << base << utc(2026, 11, 25, 17, 0) << 30 << 30 << false << 90 << 60 << qint64(3600)
        << false << false;
    QTest::newRow("current equal: not 'kept'")
        << base << utc(2026, 11, 25, 17, 0) << 30 << 90 << false << 90 << 60 << qint64(3600)
        << false << false;
    QTest::newRow("current higher kept") << base << utc(2026, 11, 25, 17, 0) << 30 << 240 << false
                                         << 240 << 60 << qint64(3600) << true << false;
    QTest::newRow("current higher, allowLowering")
        << base << utc(2026, 11, 25, 17, 0) << 30 << 240 << true << 90 << 60 << qint64(3600)
        << false << true;
    QTest::newRow("exactly 30 days is allowed")
        << base << base.addDays(30) << 30 << -1 << false << 30 * 24 * 60 + 30 << 30 * 24 * 60
        << qint64(30) * 86400 << false << false;
    QTest::newRow("margin 7 days is allowed")
        << base << base.addSecs(3600) << 7 * 24 * 60 << -1 << false << 60 + 7 * 24 * 60 << 60
        << qint64(3600) << false << false;
}

void TestRefetch::compute()
{
    QFETCH(QDateTime, t1);
    QFETCH(QDateTime, t2);
    QFETCH(int, margin);
    QFETCH(int, current);
    QFETCH(bool, allowLowering);

    RefetchInput input;
    input.t1 = t1;
    input.t2 = t2;
    input.marginMin = margin;
    if (current >= 0)
        input.currentValueMin = current;
    input.allowLowering = allowLowering;

    const auto result = RefetchCalculator::compute(input);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    QTEST(result->minutes, "minutes");
    QTEST(result->gapMinutesCeil, "gapCeil");
    QTEST(result->gapSeconds, "gapSeconds");
    QTEST(result->keptCurrent, "keptCurrent");
    QTEST(result->lowered, "lowered");
    QVERIFY(!result->explanation.isEmpty());
    if (result->keptCurrent)
        QVERIFY(result->explanation.contains(QStringLiteral("kept")));
    if (result->lowered)
        QVERIFY(result->explanation.contains(QStringLiteral("lowered")));
    QVERIFY(!result->t2WasNow);
}

void TestRefetch::explanationSpellsOutTheRule()
{
    RefetchInput input;
    input.t1 = utc(2026, 11, 25, 16, 0);
    input.t2 = utc(2026, 11, 25, 17, 0);
    const auto result = RefetchCalculator::compute(input);
    QVERIFY(result.ok());
    QCOMPARE(result->minutes, 90);
    QCOMPARE(result->explanation,
             QStringLiteral("refetchStoreIntervalMin must be greater than T2 - T1: T1 2026-11-25 "
                            "16:00:00 UTC, T2 2026-11-25 17:00:00 UTC: gap 60 min 0 s -> ceil = "
                            "60 min + margin 30 = 90 min"));
    QVERIFY(result->warnings.isEmpty());
}

void TestRefetch::rejected_data()
{
    QTest::addColumn<QDateTime>("t1");
    QTest::addColumn<QDateTime>("t2");
    QTest::addColumn<int>("margin");
    QTest::addColumn<QString>("messagePart");

    const QDateTime base = utc(2026, 11, 25, 16, 0);
    QTest::newRow("T1 invalid") << QDateTime() << base << 30 << QStringLiteral("T1");
    QTest::newRow("T1 invalid date") << QDateTime(QDate(2026, 2, 30), QTime(1, 0), Qt::UTC) << base
                                     << 30 << QStringLiteral("T1");
    QTest::newRow("T2 invalid date") << base << QDateTime(QDate(2026, 2, 30), QTime(1, 0), Qt::UTC)
                                     << 30 << QStringLiteral("T2");
    QTest::newRow("T2 before T1") << base << base.addSecs(-1) << 30
                                  << QStringLiteral("T2 2026-11-25 15:59:59 UTC is before T1");
    QTest::newRow("negative margin")
        << base << base.addSecs(60) << -1 << QStringLiteral("negative");
    QTest::newRow("absurd margin")
        << base << base.addSecs(60) << 7 * 24 * 60 + 1 << QStringLiteral("more than 7 days");
    QTest::newRow("absurd gap (wrong year)")
        << base << base.addYears(1) << 30 << QStringLiteral("more than 30 days");
    QTest::newRow("30 days + 1 s")
        << base << base.addDays(30).addSecs(1) << 30 << QStringLiteral("more than 30 days");
}

void TestRefetch::rejected()
{
    QFETCH(QDateTime, t1);
    QFETCH(QDateTime, t2);
    QFETCH(int, margin);
    QFETCH(QString, messagePart);

    RefetchInput input;
    input.t1 = t1;
    input.t2 = t2;
    input.marginMin = margin;
    const auto result = RefetchCalculator::compute(input);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(messagePart), qPrintable(result.error().message));
    QVERIFY(!result.error().hint.isEmpty());
}

void TestRefetch::zonesAreTheSameInstant()
{
    // 2026-11-26 01:00 in +08:00 is 2026-11-25 17:00 UTC.
    RefetchInput input;
    input.t1 = *RefetchCalculator::parseTime(QStringLiteral("2026-11-25T16:00:00Z"));
    input.t2 = *RefetchCalculator::parseTime(QStringLiteral("2026-11-26T01:00:00+08:00"));
    const auto result = RefetchCalculator::compute(input);
    QVERIFY(result.ok());
    QCOMPARE(result->minutes, 90);
    QCOMPARE(result->t2Utc, utc(2026, 11, 25, 17, 0));
    QVERIFY(result->t2Utc.timeSpec() == Qt::UTC);

    // The same instant written in two zones is a zero gap, not eight hours.
    input.t2 = *RefetchCalculator::parseTime(QStringLiteral("2026-11-26T00:00:00+08:00"));
    const auto zero = RefetchCalculator::compute(input);
    QVERIFY(zero.ok());
    QCOMPARE(zero->gapSeconds, qint64(0));
    QCOMPARE(zero->minutes, 30);

    // And the other way round is T2 before T1.
    input.t2 = *RefetchCalculator::parseTime(QStringLiteral("2026-11-25T17:00:00+08:00"));
    QVERIFY(!RefetchCalculator::compute(input).ok());
}

void TestRefetch::nowWithClockSkew()
{
    RefetchInput input;
    input.t1 = utc(2026, 11, 25, 16, 0);
    input.now = utc(2026, 11, 25, 17, 0); // this computer's clock
    input.clockSkewSec = 300;             // the host is 5 minutes ahead
    const auto result = RefetchCalculator::compute(input);
    QVERIFY(result.ok());
    QVERIFY(result->t2WasNow);
    QCOMPARE(result->t2Utc, utc(2026, 11, 25, 17, 5));
    QCOMPARE(result->minutes, 65 + 30);
    QCOMPARE(result->warnings.size(), 1);
    QVERIFY(result->warnings.first().contains(QStringLiteral("300 s")));
    QVERIFY(result->explanation.contains(QStringLiteral("host clock")));

    // Without a measured skew, "now" is taken as it is.
    input.clockSkewSec.reset();
    const auto plain = RefetchCalculator::compute(input);
    QVERIFY(plain.ok());
    QCOMPARE(plain->minutes, 90);
    QVERIFY(plain->warnings.isEmpty());

    // The real clock: T1 an hour ago gives about 90.
    RefetchInput real;
    real.t1 = QDateTime::currentDateTimeUtc().addSecs(-3600);
    const auto live = RefetchCalculator::compute(real);
    QVERIFY(live.ok());
    QVERIFY(live->minutes == 90 || live->minutes == 91);
}

void TestRefetch::smallSkewNoWarning()
{
    RefetchInput input;
    input.t1 = utc(2026, 11, 25, 16, 0);
    input.t2 = utc(2026, 11, 25, 17, 0);
    input.clockSkewSec = -RefetchCalculator::kClockSkewWarnSec;
    const auto result = RefetchCalculator::compute(input);
    QVERIFY(result.ok());
    QVERIFY(result->warnings.isEmpty());
    QCOMPARE(result->minutes, 90); // an explicit T2 is not shifted

    input.clockSkewSec = -RefetchCalculator::kClockSkewWarnSec - 1;
    const auto warned = RefetchCalculator::compute(input);
    QVERIFY(warned.ok());
    QCOMPARE(warned->warnings.size(), 1);
    QCOMPARE(warned->minutes, 90);
}

void TestRefetch::notGreaterThanGapWarns()
{
    // The documentation says "greater than T2 - T1": margin 0 on a whole-minute gap is equal.
    RefetchInput input;
    input.t1 = utc(2026, 11, 25, 16, 0);
    input.t2 = utc(2026, 11, 25, 17, 0);
    input.marginMin = 0;
    const auto result = RefetchCalculator::compute(input);
    QVERIFY(result.ok());
    QCOMPARE(result->minutes, 60);
    QCOMPARE(result->warnings.size(), 1);
    QVERIFY(result->warnings.first().contains(QStringLiteral("not greater")));
}

void TestRefetch::storeStartTime_data()
{
    QTest::addColumn<QDateTime>("earliest");
    QTest::addColumn<int>("refetch");
    QTest::addColumn<QDateTime>("start");

    QTest::newRow("seed 12:00:00 - 30 = 11:30:00")
        << utc(2026, 11, 25, 12, 0) << 30 << utc(2026, 11, 25, 11, 30);
    QTest::newRow("FAQ value 90") << utc(2026, 11, 25, 12, 0) << 90 << utc(2026, 11, 25, 10, 30);
    QTest::newRow("across midnight") << utc(2026, 11, 25, 0, 10) << 30 << utc(2026, 11, 24, 23, 40);
    QTest::newRow("zero") << utc(2026, 11, 25, 12, 0) << 0 << utc(2026, 11, 25, 12, 0);
}

void TestRefetch::storeStartTime()
{
    QFETCH(QDateTime, earliest);
    QFETCH(int, refetch);
    QFETCH(QDateTime, start);
    QCOMPARE(RefetchCalculator::storeStartTime(earliest, refetch), start);
}

void TestRefetch::parseTime_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("instant");

    const QDateTime faq = utc(2026, 11, 25, 16, 0);
    QTest::newRow("ISO Z") << QStringLiteral("2026-11-25T16:00:00Z") << faq;
    QTest::newRow("ISO z lower case") << QStringLiteral("2026-11-25t16:00:00z") << faq;
    QTest::newRow("ISO +08:00") << QStringLiteral("2026-11-26T00:00:00+08:00") << faq;
    QTest::newRow("ISO +0800") << QStringLiteral("2026-11-26T00:00:00+0800") << faq;
    QTest::newRow("ISO +08") << QStringLiteral("2026-11-26T00:00:00+08") << faq;
    QTest::newRow("ISO -05:30") << QStringLiteral("2026-11-25T10:30:00-05:30") << faq;
    QTest::newRow("ISO no seconds, Z") << QStringLiteral("2026-11-25T16:00Z") << faq;
    QTest::newRow("space and zone") << QStringLiteral("2026-11-25 16:00:00 +00:00") << faq;
    QTest::newRow("fraction") << QStringLiteral("2026-11-25T16:00:00.250Z")
                              << utc(2026, 11, 25, 16, 0, 0, 250);
    QTest::newRow("docker FinishedAt nanoseconds")
        << QStringLiteral("2026-11-25T16:00:00.123456789Z") << utc(2026, 11, 25, 16, 0, 0, 123);
    QTest::newRow("epoch seconds") << QStringLiteral("1795622400") << faq;
    QTest::newRow("epoch zero") << QStringLiteral("0") << utc(1970, 1, 1, 0, 0);
    QTest::newRow("surrounding spaces") << QStringLiteral("  2026-11-25T16:00:00Z ") << faq;
}

void TestRefetch::parseTime()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, instant);
    const auto parsed = RefetchCalculator::parseTime(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
    QCOMPARE(parsed->toUTC(), instant);
}

void TestRefetch::parseTimeLocal()
{
    // Without a zone the time is this computer's local time (documented in parseTime()).
    const auto minutes = RefetchCalculator::parseTime(QStringLiteral("2026-11-25 16:00"));
    QVERIFY(minutes.ok());
    QCOMPARE(minutes->timeSpec(), Qt::LocalTime);
    QCOMPARE(*minutes, QDateTime(QDate(2026, 11, 25), QTime(16, 0), Qt::LocalTime));

    const auto seconds = RefetchCalculator::parseTime(QStringLiteral("2026-11-25 16:00:30"));
    QVERIFY(seconds.ok());
    QCOMPARE(*seconds, QDateTime(QDate(2026, 11, 25), QTime(16, 0, 30), Qt::LocalTime));

    const auto isoLocal = RefetchCalculator::parseTime(QStringLiteral("2026-11-25T16:00:30"));
    QVERIFY(isoLocal.ok());
    QCOMPARE(*isoLocal, *seconds);
}

void TestRefetch::parseTimeLocalDaylightSavingGap()
{
    // 02:30 on 2026-03-29 does not exist in Berlin (clocks jump 02:00 -> 03:00).
    const QByteArray oldTz = qgetenv("TZ");
    const bool hadTz = qEnvironmentVariableIsSet("TZ");
    qputenv("TZ", "Europe/Berlin");
    tzset();
    const auto skipped = RefetchCalculator::parseTime(QStringLiteral("2026-03-29 02:30"));
    const auto existing = RefetchCalculator::parseTime(QStringLiteral("2026-03-29 03:30"));
    const QDateTime existingUtc = existing.ok() ? existing->toUTC() : QDateTime();
    if (hadTz)
        qputenv("TZ", oldTz);
    else
        qunsetenv("TZ");
    tzset();
    QVERIFY(!skipped.ok());
    QVERIFY2(skipped.error().message.contains(QStringLiteral("daylight-saving")),
             qPrintable(skipped.error().message));
    QVERIFY(existing.ok());
    QCOMPARE(existingUtc, utc(2026, 3, 29, 1, 30)); // CEST, +02:00
}

void TestRefetch::parseTimeErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("why");

    QTest::newRow("empty") << QString() << QStringLiteral("empty");
    QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("empty");
    QTest::newRow("words") << QStringLiteral("yesterday") << QStringLiteral("not a form");
    QTest::newRow("time only") << QStringLiteral("16:00") << QStringLiteral("not a form");
    QTest::newRow("date only") << QStringLiteral("2026-11-25") << QStringLiteral("not a form");
    QTest::newRow("slashes") << QStringLiteral("2026/11/25 16:00") << QStringLiteral("not a form");
    QTest::newRow("US order") << QStringLiteral("11-25-2026 16:00") << QStringLiteral("not a form");
    QTest::newRow("Feb 30") << QStringLiteral("2026-02-30 16:00") << QStringLiteral("no such date");
    QTest::newRow("month 13") << QStringLiteral("2026-13-01T16:00Z")
                              << QStringLiteral("no such date");
    QTest::newRow("hour 25") << QStringLiteral("2026-11-25T25:00Z")
                             << QStringLiteral("no such time");
    QTest::newRow("second 61") << QStringLiteral("2026-11-25T16:00:61Z")
                               << QStringLiteral("no such time");
    QTest::newRow("offset +15:00")
        << QStringLiteral("2026-11-25T16:00+15:00") << QStringLiteral("offset");
    QTest::newRow("zone name") << QStringLiteral("2026-11-25T16:00 CST")
                               << QStringLiteral("not a form");
    QTest::newRow("epoch milliseconds")
        << QStringLiteral("1795622400000") << QStringLiteral("milliseconds");
    QTest::newRow("negative epoch") << QStringLiteral("-5") << QStringLiteral("not a form");
}

void TestRefetch::parseTimeErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, why);
    const auto parsed = RefetchCalculator::parseTime(text);
    QVERIFY(!parsed.ok());
    const QString message = parsed.error().message;
    QVERIFY2(message.contains(QLatin1Char('\'') + text + QLatin1Char('\'')), qPrintable(message));
    QVERIFY2(message.contains(why), qPrintable(message));
    QVERIFY(parsed.error().hint.contains(QStringLiteral("ISO 8601")));
    QVERIFY(parsed.error().hint.contains(QStringLiteral("epoch seconds")));
}

QTEST_GUILESS_MAIN(TestRefetch)
#include "tst_refetch.moc"
