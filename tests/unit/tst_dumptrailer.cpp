// DumpTrailer: a dump is complete only when its last line is "-- Dump completed ...".
#include "backup/DumpTrailer.h"

#include <QTest>

using omsua::backup::DumpTrailer;

class TestDumpTrailer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lastLine_data()
    {
        QTest::addColumn<QByteArray>("tail");
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("complete");
        const QByteArray body = "/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;\n\n";
        QTest::newRow("mariadb-dump ending")
            << body + "-- Dump completed on 2026-11-25 16:02:11\n"
            << QStringLiteral("-- Dump completed on 2026-11-25 16:02:11") << true;
        QTest::newRow("no trailing newline")
            << body + "-- Dump completed on 2026-11-25 16:02:11"
            << QStringLiteral("-- Dump completed on 2026-11-25 16:02:11") << true;
        QTest::newRow("CRLF") << QByteArray("x;\r\n-- Dump completed on 2026-11-25 16:02:11\r\n")
                              << QStringLiteral("-- Dump completed on 2026-11-25 16:02:11") << true;
        QTest::newRow("CRLF without final newline")
            << QByteArray("x;\r\n-- Dump completed on 2026-11-25 16:02:11\r")
            << QStringLiteral("-- Dump completed on 2026-11-25 16:02:11") << true;
        // MariaDB pads the hour with a space: "%04d-%02d-%02d %2d:%02d:%02d".
        QTest::newRow("MariaDB morning")
            << QByteArray("x;\n\n-- Dump completed on 2026-11-25  5:44:26\n")
            << QStringLiteral("-- Dump completed on 2026-11-25  5:44:26") << true;
        QTest::newRow("cut inside the date")
            << QByteArray("x;\n\n-- Dump completed on 2026-11-2")
            << QStringLiteral("-- Dump completed on 2026-11-2") << false;
        QTest::newRow("date without time")
            << QByteArray("-- Dump completed on 2026-11-25\n")
            << QStringLiteral("-- Dump completed on 2026-11-25") << false;
        QTest::newRow("something after the date")
            << QByteArray("-- Dump completed on 2026-11-25 16:02:11; DROP TABLE x\n")
            << QStringLiteral("-- Dump completed on 2026-11-25 16:02:11; DROP TABLE x") << false;
        QTest::newRow("MySQL 'completed' without date (--skip-dump-date)")
            << QByteArray("\n-- Dump completed\n") << QStringLiteral("-- Dump completed") << true;
        QTest::newRow("truncated in the middle of data")
            << QByteArray("INSERT INTO `heatbeat_sequence` VALUES (1,'2026-11-25 10:00:00'),(2,")
            << QStringLiteral(
                   "INSERT INTO `heatbeat_sequence` VALUES (1,'2026-11-25 10:00:00'),(2,")
            << false;
        QTest::newRow("trailer cut")
            << QByteArray("x;\n-- Dump compl\n") << QStringLiteral("-- Dump compl") << false;
        QTest::newRow("blank line after the trailer")
            << QByteArray("-- Dump completed on 2026-11-25\n\n") << QString() << false;
        QTest::newRow("trailer not last")
            << QByteArray("-- Dump completed on 2026-11-25\nINSERT INTO t VALUES (1);\n")
            << QStringLiteral("INSERT INTO t VALUES (1);") << false;
        QTest::newRow("indented marker")
            << QByteArray(" -- Dump completed on 2026-11-25\n")
            << QStringLiteral(" -- Dump completed on 2026-11-25") << false;
        QTest::newRow("empty") << QByteArray() << QString() << false;
        QTest::newRow("only newline") << QByteArray("\n") << QString() << false;
        QTest::newRow("tail starting mid-UTF-8")
            << QByteArray("\xa9\xc3\xa9\n-- Dump completed on 2026-11-25 16:02:11\n")
            << QStringLiteral("-- Dump completed on 2026-11-25 16:02:11") << true;
    }
    void lastLine()
    {
        QFETCH(QByteArray, tail);
        QFETCH(QString, line);
        QFETCH(bool, complete);
        QCOMPARE(DumpTrailer::lastLine(tail), line);
        QCOMPARE(DumpTrailer::endsWithCompletion(tail), complete);
        QCOMPARE(DumpTrailer::isCompletionLine(line), complete);
    }

    // The tail read from the host (`tail -c 256`) is long enough for the real trailer.
    void tailIsLongEnough()
    {
        const QByteArray trailer = "-- Dump completed on 2026-11-25 16:02:11\n";
        QVERIFY(trailer.size() * 2 < DumpTrailer::kTailBytes);
    }
};

QTEST_GUILESS_MAIN(TestDumpTrailer)
#include "tst_dumptrailer.moc"
