#include "log/Redactor.h"
#include "report/HtmlReportWriter.h"
#include "report/JsonReportWriter.h"
#include "report/MarkdownReportWriter.h"
#include "report/PdfReportWriter.h"
#include "report/ReportExporter.h"
#include "report/ReportModel.h"
#include "report/ReportOutline.h"
#include "upgrade/Journal.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace omsua::report;
using omsua::log::Redactor;
using omsua::upgrade::Journal;

namespace {

const QString kDoneRun = QStringLiteral("20261125T080000Z-oms_330-a1b2");
const QString kFailedRun = QStringLiteral("20261126T020000Z-oms_330-c3d4");
const QString kRollbackRun = QStringLiteral("20261125T091500Z-oms_330-e5f6");
// Planted by the fixtures where no pattern finds it (a step's output, a command, a warning, the
// MetaDB route, a step's data): only its registration with the redactor can mask it.
const QString kPlanted = QStringLiteral("Fx'ture \"pa$s ;wd\\3 <&>");

QString fixturePath(const QString& runId)
{
    return QStringLiteral(OMSUA_SOURCE_DIR "/tests/data/journal/") + runId +
           QStringLiteral(".json");
}

ReportModel modelOf(const QString& runId)
{
    const auto journal = Journal::load(fixturePath(runId));
    if (!journal)
        qFatal("fixture %s: %s", qPrintable(runId), qPrintable(journal.error().toString()));
    return ReportModel::fromJournal(
        *journal, QDateTime::fromString(QStringLiteral("2026-11-25T10:00:00Z"), Qt::ISODate));
}

const StepEntry* stepOf(const ReportModel& model, const QString& id)
{
    for (const StepEntry& step : model.steps) {
        if (step.id == id)
            return &step;
    }
    return nullptr;
}

// Runs a poppler tool; the tests need them (scripts/setup installs poppler-utils).
bool runTool(const QString& program, const QStringList& args, QByteArray* out, QString* error)
{
    const QString path = QStandardPaths::findExecutable(program);
    if (path.isEmpty()) {
        *error = program + QStringLiteral(" not found: install poppler-utils (scripts/setup)");
        return false;
    }
    QProcess process;
    process.start(path, args);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        *error = program + QStringLiteral(" failed: ") +
                 QString::fromUtf8(process.readAllStandardError());
        return false;
    }
    *out = process.readAllStandardOutput();
    return true;
}

QString xmlError(const QString& html)
{
    QXmlStreamReader reader(html);
    while (!reader.atEnd())
        reader.readNext();
    if (reader.hasError())
        return QStringLiteral("line %1 column %2: %3")
            .arg(reader.lineNumber())
            .arg(reader.columnNumber())
            .arg(reader.errorString());
    return {};
}

// "`a.b[].c` | string or null | ..." rows of docs/report-schema.md: path -> allowed types.
QHash<QString, QStringList> documentedFields()
{
    QFile file(QStringLiteral(OMSUA_SOURCE_DIR "/docs/report-schema.md"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QHash<QString, QStringList> fields;
    static const QRegularExpression row(
        QStringLiteral(R"(^\| `([a-z0-9_.\[\]]+)` \| ([a-z ]+) \|)"));
    for (const QString& line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        const auto match = row.match(line);
        if (match.hasMatch())
            fields.insert(match.captured(1), match.captured(2).split(QStringLiteral(" or ")));
    }
    return fields;
}

bool hasType(const QJsonValue& value, const QStringList& types)
{
    for (const QString& type : types) {
        if ((type == QLatin1String("string") && value.isString()) ||
            (type == QLatin1String("boolean") && value.isBool()) ||
            (type == QLatin1String("object") && value.isObject()) ||
            (type == QLatin1String("array") && value.isArray()) ||
            (type == QLatin1String("null") && value.isNull()) ||
            (type == QLatin1String("integer") && value.isDouble() &&
             value.toDouble() == double(value.toInteger())))
            return true;
    }
    return false;
}

// Every path in the JSON, arrays as "[]"; free-form objects (documented without children) are
// not entered.
void collectPaths(const QJsonValue& value, const QString& path,
                  const QHash<QString, QStringList>& doc, QHash<QString, QJsonValue>& out,
                  bool element = false)
{
    if (!path.isEmpty() && !element) {
        out.insert(path, value);
        bool documentedChildren = false;
        for (auto it = doc.begin(); it != doc.end(); ++it) {
            if (it.key().startsWith(path + QLatin1Char('.')) ||
                it.key().startsWith(path + QStringLiteral("[]")))
                documentedChildren = true;
        }
        if (!documentedChildren && doc.contains(path))
            return;
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collectPaths(it.value(), path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key(),
                         doc, out);
    } else if (value.isArray()) {
        for (const QJsonValue& item : value.toArray()) {
            if (item.isObject() || item.isArray())
                collectPaths(item, path + QStringLiteral("[]"), doc, out, true);
        }
    }
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void modelOfACompletedUpgrade();
    void refetchCalculationIsWrittenOut();
    void modelOfAFailedUpgrade();
    void modelOfARollback();
    void missingFactsAreNotRecorded();
    void oddJournalsDoNotBreakAnything_data();
    void oddJournalsDoNotBreakAnything();
    void jsonHasTheDocumentedFields_data();
    void jsonHasTheDocumentedFields();
    void htmlIsWellFormedAndSelfContained_data();
    void htmlIsWellFormedAndSelfContained();
    void markdownHasTheTables();
    void pdfHasPagesWithText();
    void plantedPasswordIsInTheFixtures();
    void noSecretInAnyFormat_data();
    void noSecretInAnyFormat();
    void exporterFormatsAndFiles();
    void chineseLabels();
};

void TestReport::cleanup()
{
    Redactor::global().removeSecret(kPlanted);
}

void TestReport::modelOfACompletedUpgrade()
{
    const ReportModel model = modelOf(kDoneRun);
    QCOMPARE(model.runId, kDoneRun);
    QCOMPARE(model.kind, QStringLiteral("upgrade"));
    QVERIFY(model.verdict == Verdict::Succeeded);
    QCOMPARE(model.routeLabel, QStringLiteral("3.3.0 -> 3.3.1"));
    QCOMPARE(model.oldContainer, QStringLiteral("oms_330"));
    QCOMPARE(model.newContainer, QStringLiteral("oms_331"));
    QCOMPARE(model.targetImage, QStringLiteral("oceanbase/oms:feature_3.3.1_ce"));
    QCOMPARE(model.operatorName, QStringLiteral("liwei"));
    QCOMPARE(model.workstation, QStringLiteral("dba-laptop-07"));

    // T2 - T1 = 08:04:05.400 - 08:00:26.812
    QVERIFY(model.downtimeMs.has_value());
    QCOMPARE(*model.downtimeMs, qint64(218588));

    QCOMPARE(model.mounts.size(), 4);
    QCOMPARE(model.mounts.at(2).containerPath, QStringLiteral("/home/ds/store"));
    QCOMPARE(model.mounts.at(2).oldHostPath, QStringLiteral("/data/oms/store"));
    QCOMPARE(model.mounts.at(2).newHostPath, QStringLiteral("/data/oms/store"));
    QVERIFY(model.mounts.at(2).identical);
    QCOMPARE(model.mountsOk, std::optional<bool>(true));

    QVERIFY(model.backup.recorded);
    QCOMPARE(model.backup.verified, std::optional<bool>(true));
    QCOMPARE(model.backup.files.size(), 3);
    const BackupFileEntry& hb = model.backup.files.at(2);
    QCOMPARE(hb.role, QStringLiteral("cm_hb"));
    QCOMPARE(hb.database, QStringLiteral("cm_hb_330"));
    QCOMPARE(hb.file, QStringLiteral("cm_hb_330.sql"));
    QCOMPARE(hb.bytes, std::optional<qint64>(3391));
    QCOMPARE(hb.sha256,
             QStringLiteral("0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0"));
    QCOMPARE(hb.completed, std::optional<bool>(true));
    QCOMPARE(model.checksums.size(), 3);

    QCOMPARE(model.schemaChanges.size(), 2);
    QCOMPARE(model.schemaTablesUnchanged, 4);

    QCOMPARE(model.steps.size(), 10);
    const StepEntry* init = stepOf(model, QStringLiteral("docker_init"));
    QVERIFY(init);
    QCOMPARE(init->span.clock, Clock::Host);
    QCOMPARE(init->span.durationMs, std::optional<qint64>(150800));
    QCOMPARE(init->outputExcerpt.split(QLatin1Char('\n')).size(), ReportModel::kOutputExcerptLines);
    QCOMPARE(init->outputLinesOmitted, 43);
    QVERIFY(init->outputExcerpt.endsWith(
        QStringLiteral("[Completed] All initialization steps are executed")));

    // The timeline puts T1 right after the stop and T2 after HA was enabled.
    QStringList order;
    for (const TimelineEntry& entry : model.timeline)
        order << entry.id;
    QCOMPARE(order.indexOf(QStringLiteral("T1")), order.indexOf(QStringLiteral("stop_old")) + 1);
    QCOMPARE(order.indexOf(QStringLiteral("T2")), order.indexOf(QStringLiteral("enable_ha")) + 1);
    QCOMPARE(order.size(), 12);

    QVERIFY(model.finalState.runningKnown);
    QCOMPARE(model.finalState.runningContainer, QStringLiteral("oms_331"));
    QCOMPARE(model.finalState.ha.refetchStoreIntervalMin, std::optional<int>(34));
    QVERIFY(ReportOutline::nextAction(model).isEmpty());
    QVERIFY(model.manualRecoveryComponents.isEmpty());
}

void TestReport::refetchCalculationIsWrittenOut()
{
    const ReportModel model = modelOf(kDoneRun);
    QCOMPARE(model.refetch.minutes, std::optional<int>(34));
    QCOMPARE(model.refetch.gapSeconds, std::optional<qint64>(219));
    QCOMPARE(model.refetch.gapMinutesCeil, std::optional<int>(4));
    QCOMPARE(model.refetch.marginMin, std::optional<int>(30));
    const QStringList lines = ReportOutline::refetchCalculation(model);
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines.at(1), QStringLiteral("T2 - T1 = 2026-11-25 08:04:05.400 UTC - 2026-11-25 "
                                         "08:00:26.812 UTC = 219 s (rounded up)"));
    QCOMPARE(lines.at(2), QStringLiteral("ceil(219 s / 60) = 4 min"));
    QCOMPARE(lines.at(3), QStringLiteral("4 min + margin 30 min = 34 min"));
    QCOMPARE(lines.at(4), QStringLiteral("refetchStoreIntervalMin = 34"));

    // Every format carries the result line.
    const QString html = HtmlReportWriter::render(model);
    QVERIFY(html.contains(QStringLiteral("4 min + margin 30 min = 34 min")));
    QVERIFY(MarkdownReportWriter::render(model).contains(
        QStringLiteral("refetchStoreIntervalMin = 34")));
    const QJsonObject json = QJsonDocument::fromJson(JsonReportWriter::render(model)).object();
    QCOMPARE(json.value(QStringLiteral("refetch"))
                 .toObject()
                 .value(QStringLiteral("calculation"))
                 .toArray()
                 .size(),
             5);
}

void TestReport::modelOfAFailedUpgrade()
{
    const ReportModel model = modelOf(kFailedRun);
    QVERIFY(model.verdict == Verdict::Failed);
    QCOMPARE(model.failedStep, QStringLiteral("docker_init"));
    QVERIFY(model.failureError.startsWith(QStringLiteral("docker_init.sh exited 1")));
    QVERIFY(model.t1.isValid());
    QVERIFY(!model.t2.isValid());
    QVERIFY(!model.downtimeMs.has_value());
    QVERIFY(!model.refetch.recorded);
    QVERIFY(!model.haAfter.recorded);
    // HA was already disabled by the operator and the run never got to enable it.
    QCOMPARE(model.finalState.ha.enabled, std::optional<bool>(false));
    QCOMPARE(model.finalState.runningContainer, QStringLiteral("oms_331"));
    QCOMPARE(model.finalState.lastStepId, QStringLiteral("docker_init"));
    const QString next = ReportOutline::nextAction(model);
    QVERIFY2(next.contains(QStringLiteral("--resume ") + kFailedRun), qPrintable(next));
    QVERIFY2(next.contains(QStringLiteral("rollback --plan /home/liwei/oms/site-a.yaml --run ") +
                           kFailedRun),
             qPrintable(next));
    const StepEntry* skipped = stepOf(model, QStringLiteral("disable_ha"));
    QVERIFY(skipped);
    QCOMPARE(skipped->state, QStringLiteral("skipped"));
    QVERIFY(ReportOutline::summaryText(model).contains(
        QStringLiteral("failed at step \"Run docker_init.sh\"")));
}

void TestReport::modelOfARollback()
{
    const ReportModel model = modelOf(kRollbackRun);
    QVERIFY(model.isRollback());
    QVERIFY(model.verdict == Verdict::Succeeded);
    QCOMPARE(model.upgradeRun, kDoneRun);
    QVERIFY(model.t3.isValid());
    QCOMPARE(model.manualRecoveryComponents,
             (QStringList{QStringLiteral("JDBCWriter"), QStringLiteral("Connector"),
                          QStringLiteral("Full-Import")}));
    QCOMPARE(model.finalState.runningContainer, QStringLiteral("oms_330"));
    // Unknown (rollback) step ids get a readable title anyway.
    QCOMPARE(ReportOutline::stepTitle(QStringLiteral("frobnicate_the_store")),
             QStringLiteral("Frobnicate the store"));

    // Every format says which components may need manual recovery.
    const QStringList components = model.manualRecoveryComponents;
    const QString html = HtmlReportWriter::render(model);
    const QString md = MarkdownReportWriter::render(model);
    const QByteArray json = JsonReportWriter::render(model);
    const QString pdfText = PdfReportWriter::richText(model);
    for (const QString& component : components) {
        QVERIFY(html.contains(component));
        QVERIFY(md.contains(component));
        QVERIFY(json.contains(component.toUtf8()));
        QVERIFY(pdfText.contains(component));
    }
    QVERIFY(html.contains(QStringLiteral("may need manual recovery")));
    QCOMPARE(QJsonDocument::fromJson(json)
                 .object()
                 .value(QStringLiteral("run"))
                 .toObject()
                 .value(QStringLiteral("upgrade_run"))
                 .toString(),
             kDoneRun);
}

void TestReport::missingFactsAreNotRecorded()
{
    const ReportModel model = modelOf(kFailedRun); // no operator, workstation, host key, T2
    QVERIFY(model.operatorName.isEmpty());
    const ReportOutline outline = ReportOutline::build(model);
    int found = 0;
    for (const OutlineSection& section : outline.sections) {
        for (const OutlineBlock& block : section.blocks) {
            for (const auto& [label, value] : block.fields) {
                if (label == QLatin1String("Operator") || label == QLatin1String("Workstation") ||
                    label.startsWith(QLatin1String("T2 ")) || label == QLatin1String("Host key")) {
                    QCOMPARE(value.text, ReportOutline::notRecorded());
                    ++found;
                }
            }
        }
    }
    QCOMPARE(found, 4);
    const QJsonObject json = QJsonDocument::fromJson(JsonReportWriter::render(model)).object();
    QVERIFY(
        json.value(QStringLiteral("host")).toObject().value(QStringLiteral("operator")).isNull());
    QVERIFY(json.value(QStringLiteral("times")).toObject().value(QStringLiteral("t2")).isNull());
    QVERIFY(json.value(QStringLiteral("times"))
                .toObject()
                .value(QStringLiteral("downtime_ms"))
                .isNull());
}

void TestReport::oddJournalsDoNotBreakAnything_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::newRow("minimal") << QByteArray(R"({"format": 1, "runId": "r1"})");
    QTest::newRow("wrong types") << QByteArray(
        R"({"format": 1, "runId": "r2", "kind": 5, "state": [],
        "facts": {"mounts": "a text", "backup_set": [1, 2], "refetch": "x", "databases": 5,
                  "warnings": "one warning as text", "manual_follow_ups": [1, null, {"a": 1}],
                  "ha_before": [], "ha_after": {"enable": "yes", "refetchStoreIntervalMin": "abc"},
                  "schema_before": {"db": {"t": "x"}}, "schema_after": 3,
                  "checksums_at_backup": {"db": [1]}, "clock_skew_sec": "ahead",
                  "route_label": {"x": 1}, "mounts_ok": "maybe"},
        "times": {"T1": "garbage", "T2": 5, "T3": null},
        "steps": [5, "x", {"id": 7, "state": "weird", "commands": [1, null, "ok"],
                  "startedAt": "nonsense", "data": "not an object", "output": null},
                  {"id": "backup", "state": "done", "startedAt": "2026-11-25T08:00:10.000Z",
                   "finishedAt": "2026-11-25T08:00:05.000Z"}]})");
    QTest::newRow("T2 before T1") << QByteArray(R"({"format": 1, "runId": "r3", "kind": "upgrade",
        "state": "running", "times": {"T1": "2026-11-25T08:00:00.000Z", "T2": "2026-11-25T07:00:00.000Z"},
        "facts": {"refetch": {"minutes": 1e300, "gap_seconds": -5, "margin_min": "30"},
                  "backup_set": {"files": [{"bytes": "many", "completed": 1}, 7]},
                  "mounts": [{"container_path": "/x", "verdict": "something new"}, "row"]}})");
    QTest::newRow("control characters and markup") << QByteArray(
        "{\"format\": 1, \"runId\": \"r4\", \"kind\": \"rollback\", \"state\": \"failed\", "
        "\"facts\": {\"operator\": \"a\\u0001b\\u0000c </td></table> ]]> <script>x</script>\", "
        "\"warnings\": [\"| pipe | ``` fence ``` * _x_ # h\"]}, \"steps\": [{\"id\": \"x\", "
        "\"state\": \"failed\", \"error\": \"password: hunter2\\u000b\", \"output\": "
        "\"\\r\\nend\\r\\n\"}]}");
}

void TestReport::oddJournalsDoNotBreakAnything()
{
    QFETCH(QByteArray, document);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("odd.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(document);
    file.close();
    const auto journal = Journal::load(path);
    QVERIFY2(journal.ok(), qPrintable(journal.ok() ? QString() : journal.error().toString()));

    const ReportModel model = ReportModel::fromJournal(*journal);
    QVERIFY(!model.downtimeMs.has_value() || *model.downtimeMs >= 0);
    for (const StepEntry& step : model.steps)
        QVERIFY(!step.span.durationMs.has_value() || *step.span.durationMs >= 0);

    const QString html = HtmlReportWriter::render(model);
    QVERIFY2(xmlError(html).isEmpty(), qPrintable(xmlError(html)));
    QVERIFY(html.contains(ReportOutline::notRecorded()));
    QVERIFY(!html.contains(QStringLiteral("<script>")));
    QVERIFY(!html.contains(QStringLiteral("hunter2")));
    const QString md = MarkdownReportWriter::render(model);
    QVERIFY(md.startsWith(QStringLiteral("# ")));
    QJsonParseError error;
    QJsonDocument::fromJson(JsonReportWriter::render(model), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const auto pdf = PdfReportWriter::render(model);
    QVERIFY(pdf.ok());
    QVERIFY(pdf->startsWith("%PDF-"));
}

void TestReport::jsonHasTheDocumentedFields_data()
{
    QTest::addColumn<QString>("runId");
    QTest::newRow("done") << kDoneRun;
    QTest::newRow("failed") << kFailedRun;
    QTest::newRow("rollback") << kRollbackRun;
}

void TestReport::jsonHasTheDocumentedFields()
{
    QFETCH(QString, runId);
    const QHash<QString, QStringList> doc = documentedFields();
    QVERIFY2(doc.size() > 100, "docs/report-schema.md lists the fields in tables");

    QJsonParseError error;
    const QJsonDocument parsed =
        QJsonDocument::fromJson(JsonReportWriter::render(modelOf(runId)), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(parsed.isObject());
    const QJsonObject root = parsed.object();
    QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("omsua-report"));
    QCOMPARE(root.value(QStringLiteral("format_version")).toInt(), 1);

    QHash<QString, QJsonValue> actual;
    collectPaths(root, QString(), doc, actual);
    // Everything written is documented, with a documented type.
    for (auto it = actual.begin(); it != actual.end(); ++it) {
        QVERIFY2(doc.contains(it.key()),
                 qPrintable(QStringLiteral("undocumented field ") + it.key()));
        QVERIFY2(hasType(it.value(), doc.value(it.key())),
                 qPrintable(QStringLiteral("%1 is not %2")
                                .arg(it.key(), doc.value(it.key()).join(QStringLiteral(" or ")))));
    }
    // Everything documented is written (array element fields where the array has elements).
    if (runId == kDoneRun) {
        for (auto it = doc.begin(); it != doc.end(); ++it)
            QVERIFY2(actual.contains(it.key()),
                     qPrintable(QStringLiteral("documented field missing: ") + it.key()));
    }
    const QJsonObject summary = root.value(QStringLiteral("summary")).toObject();
    QCOMPARE(summary.value(QStringLiteral("verdict")).toString(),
             runId == kFailedRun ? QStringLiteral("failed") : QStringLiteral("succeeded"));
}

void TestReport::htmlIsWellFormedAndSelfContained_data()
{
    jsonHasTheDocumentedFields_data();
}

void TestReport::htmlIsWellFormedAndSelfContained()
{
    QFETCH(QString, runId);
    const ReportModel model = modelOf(runId);
    const QString html = HtmlReportWriter::render(model);
    QVERIFY2(xmlError(html).isEmpty(), qPrintable(xmlError(html)));
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    for (const char* id : {"summary", "host", "timeline", "refetch", "mounts", "backup", "steps",
                           "follow-ups", "final"})
        QVERIFY2(html.contains(QStringLiteral("<section id=\"%1\">").arg(QLatin1String(id))), id);
    QVERIFY(html.contains(QStringLiteral("@media print")));
    // Nothing is loaded from anywhere: no scripts, links, images, imports or url().
    for (const char* external : {"<script", "<link", "<img", "<iframe", "@import", "url(", "src="})
        QVERIFY2(!html.contains(QLatin1String(external)), external);
    static const QRegularExpression remoteHref(QStringLiteral(R"(href="(?!#))"));
    QVERIFY(!remoteHref.match(html).hasMatch());
    // Each step's commands and output are there.
    for (const StepEntry& step : model.steps) {
        for (const QString& command : step.commands)
            QVERIFY(html.contains(
                command.toHtmlEscaped().replace(QLatin1Char('\''), QStringLiteral("&#39;"))));
    }
}

void TestReport::markdownHasTheTables()
{
    const QString md = MarkdownReportWriter::render(modelOf(kDoneRun));
    QVERIFY(md.startsWith(QStringLiteral("# OMS upgrade report\n")));
    QVERIFY(md.contains(QStringLiteral(
        "| Container path | Old host path | New host path | Old | New | Required | Verdict |\n"
        "| --- | --- | --- | --- | --- | --- | --- |\n")));
    QVERIFY(
        md.contains(QStringLiteral("| `/home/ds/store` | `/data/oms/store` | `/data/oms/store` | "
                                   "read-write | read-write | yes | identical |")));
    QVERIFY(md.contains(QStringLiteral(
        "| cm_hb | `cm_hb_330` | `cm_hb_330.sql` | 3391 B (3.3 KiB) | "
        "`0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0` | yes |")));
    QVERIFY(
        md.contains(QStringLiteral("| Start | End | Duration | Step or event | State | Clock |")));
    QVERIFY(md.contains(
        QStringLiteral("| 2026-11-25 08:00:26.812 UTC |   |   | T1: the old container stopped |")));
    QVERIFY(md.contains(QStringLiteral("- Downtime (T2 - T1): 3 min 39 s (218.588 s)")));
    // Every table row has as many cells as its header.
    int tables = 0;
    int columns = 0;
    for (const QString& line : md.split(QLatin1Char('\n'))) {
        if (!line.startsWith(QLatin1Char('|'))) {
            columns = 0;
            continue;
        }
        QString cells = line;
        cells.remove(QStringLiteral("\\|"));
        const int count = int(cells.count(QLatin1Char('|'))) - 1;
        if (columns == 0) {
            columns = count;
            ++tables;
        }
        QVERIFY2(count == columns, qPrintable(line));
    }
    QVERIFY(tables >= 7);
    // The code fences are balanced.
    QCOMPARE(md.count(QStringLiteral("```text\n")) * 2, md.count(QStringLiteral("```")));
}

void TestReport::pdfHasPagesWithText()
{
    const ReportModel model = modelOf(kDoneRun);
    const auto pdf = PdfReportWriter::render(model);
    QVERIFY2(pdf.ok(), qPrintable(pdf.ok() ? QString() : pdf.error().toString()));
    QVERIFY(pdf->startsWith("%PDF-"));
    QVERIFY(pdf->size() > 10000);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(*pdf);
    file.close();

    QByteArray info;
    QString error;
    QVERIFY2(runTool(QStringLiteral("pdfinfo"), {path}, &info, &error), qPrintable(error));
    static const QRegularExpression pages(QStringLiteral(R"(Pages:\s+(\d+))"));
    const auto match = pages.match(QString::fromUtf8(info));
    QVERIFY2(match.hasMatch(), info.constData());
    const int pageCount = match.captured(1).toInt();
    QVERIFY2(pageCount >= 3, info.constData());

    QByteArray text;
    QVERIFY2(runTool(QStringLiteral("pdftotext"),
                     {QStringLiteral("-layout"), path, QStringLiteral("-")}, &text, &error),
             qPrintable(error));
    const QString content = QString::fromUtf8(text);
    QVERIFY(content.contains(QStringLiteral("OMS upgrade report")));
    QVERIFY(content.contains(kDoneRun));
    QVERIFY(content.contains(QStringLiteral("refetchStoreIntervalMin = 34")));
    QVERIFY(
        content.contains(QStringLiteral("0f1e2d3c4b5a69788796a5b4c3d2e1f0"))); // a sha256, not cut
    // The page number at the foot of the last page.
    QByteArray lastPage;
    const QString last = QString::number(pageCount);
    QVERIFY2(
        runTool(QStringLiteral("pdftotext"),
                {QStringLiteral("-f"), last, QStringLiteral("-l"), last, path, QStringLiteral("-")},
                &lastPage, &error),
        qPrintable(error));
    QStringList lines = QString::fromUtf8(lastPage).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    while (!lines.isEmpty() && lines.constLast().trimmed().remove(QLatin1Char('\f')).isEmpty())
        lines.removeLast();
    QVERIFY(!lines.isEmpty());
    QCOMPARE(lines.constLast().trimmed(), last);

    // Each page renders to a non-empty image.
    QByteArray ignored;
    QVERIFY2(runTool(QStringLiteral("pdftoppm"),
                     {QStringLiteral("-r"), QStringLiteral("30"), QStringLiteral("-png"), path,
                      dir.filePath(QStringLiteral("page"))},
                     &ignored, &error),
             qPrintable(error));
    const QFileInfoList images =
        QDir(dir.path()).entryInfoList({QStringLiteral("page*.png")}, QDir::Files);
    QCOMPARE(images.size(), pageCount);
    for (const QFileInfo& image : images)
        QVERIFY(image.size() > 1000);
}

void TestReport::plantedPasswordIsInTheFixtures()
{
    // Without its registration the planted password shows: the fixtures really hold it where
    // no pattern looks, so the next test proves the registration (and not luck) masks it.
    Redactor::global().removeSecret(kPlanted);
    for (const QString& runId : {kDoneRun, kFailedRun, kRollbackRun}) {
        const QString md = MarkdownReportWriter::render(modelOf(runId));
        QVERIFY2(md.contains(QStringLiteral("Fx'ture")), qPrintable(runId));
    }
}

void TestReport::noSecretInAnyFormat_data()
{
    jsonHasTheDocumentedFields_data();
}

void TestReport::noSecretInAnyFormat()
{
    QFETCH(QString, runId);
    Redactor::global().addSecret(kPlanted);
    const ReportModel model = modelOf(runId);

    // The forms the password could take in each format, and its most telling part.
    const QStringList forms{kPlanted,
                            kPlanted.toHtmlEscaped(),
                            QStringLiteral("Fx&#39;ture"),
                            QStringLiteral("Fx'ture"),
                            QStringLiteral("pa$s ;wd"),
                            QStringLiteral("Fx'ture \\\"pa$s ;wd\\\\3")};
    auto clean = [&forms](const QString& output, const char* format) {
        for (const QString& form : forms) {
            if (output.contains(form)) {
                qWarning("%s contains %s", format, qPrintable(form));
                return false;
            }
        }
        return true;
    };
    QVERIFY(clean(HtmlReportWriter::render(model), "html"));
    QVERIFY(clean(MarkdownReportWriter::render(model), "markdown"));
    QVERIFY(clean(QString::fromUtf8(JsonReportWriter::render(model)), "json"));
    QVERIFY(clean(PdfReportWriter::richText(model), "pdf rich text"));

    const auto pdf = PdfReportWriter::render(model);
    QVERIFY(pdf.ok());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(*pdf);
    file.close();
    QByteArray text;
    QString error;
    QVERIFY2(runTool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}, &text, &error),
             qPrintable(error));
    QVERIFY(QString::fromUtf8(text).contains(runId));
    QVERIFY(clean(QString::fromUtf8(text), "pdf"));
    QVERIFY(!pdf->contains("Fx'ture")); // also not in the metadata
}

void TestReport::exporterFormatsAndFiles()
{
    QCOMPARE(reportFormatFromName(QStringLiteral("HTML")), std::optional(ReportFormat::Html));
    QCOMPARE(reportFormatFromName(QStringLiteral("markdown")),
             std::optional(ReportFormat::Markdown));
    QCOMPARE(reportFormatFromName(QStringLiteral("docx")), std::nullopt);
    QCOMPARE(reportFormatFromPath(QStringLiteral("/tmp/x.report.pdf")),
             std::optional(ReportFormat::Pdf));
    QCOMPARE(reportFormatFromPath(QStringLiteral("/tmp/report")), std::nullopt);

    const ReportModel model = modelOf(kRollbackRun);
    QTemporaryDir dir;
    for (const QString& name : reportFormatNames()) {
        const auto format = reportFormatFromName(name);
        QVERIFY(format);
        const QString path = dir.filePath(QStringLiteral("report.") + name);
        const auto written = ReportExporter::write(model, *format, path);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().toString()));
        QVERIFY(QFileInfo(path).size() > 1000);
    }
    const auto refused = ReportExporter::write(
        model, ReportFormat::Html, dir.filePath(QStringLiteral("missing/dir/report.html")));
    QVERIFY(!refused.ok());
}

void TestReport::chineseLabels()
{
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/omsua_zh_CN.qm")));
    QCoreApplication::installTranslator(&translator);
    const ReportModel model = modelOf(kDoneRun);
    const QString html = HtmlReportWriter::render(model);
    const QString md = MarkdownReportWriter::render(model);
    QCoreApplication::removeTranslator(&translator);
    QVERIFY2(html.contains(QStringLiteral("<html lang=\"zh-CN\">")), qPrintable(html.left(200)));
    QVERIFY(md.startsWith(QStringLiteral("# OMS 升级报告")));
    QVERIFY(md.contains(QStringLiteral("refetchStoreIntervalMin = 34")));
    QVERIFY2(xmlError(html).isEmpty(), qPrintable(xmlError(html)));
}

int main(int argc, char** argv)
{
    // The PDF writer needs Qt's fonts; no display is needed for them.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestReport test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_report.moc"
