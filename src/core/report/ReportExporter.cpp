#include "report/ReportExporter.h"

#include "report/HtmlReportWriter.h"
#include "report/JsonReportWriter.h"
#include "report/MarkdownReportWriter.h"
#include "report/PdfReportWriter.h"

#include <QFileInfo>
#include <QSaveFile>

namespace omsua::report {

QString reportFormatName(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Html:
        return QStringLiteral("html");
    case ReportFormat::Markdown:
        return QStringLiteral("md");
    case ReportFormat::Json:
        return QStringLiteral("json");
    case ReportFormat::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

QStringList reportFormatNames()
{
    return {QStringLiteral("html"), QStringLiteral("md"), QStringLiteral("json"),
            QStringLiteral("pdf")};
}

std::optional<ReportFormat> reportFormatFromName(const QString& name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == QLatin1String("html") || lower == QLatin1String("htm"))
        return ReportFormat::Html;
    if (lower == QLatin1String("md") || lower == QLatin1String("markdown"))
        return ReportFormat::Markdown;
    if (lower == QLatin1String("json"))
        return ReportFormat::Json;
    if (lower == QLatin1String("pdf"))
        return ReportFormat::Pdf;
    return std::nullopt;
}

std::optional<ReportFormat> reportFormatFromPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix();
    if (suffix.isEmpty())
        return std::nullopt;
    return reportFormatFromName(suffix);
}

Expected<QByteArray> ReportExporter::render(const ReportModel& model, ReportFormat format)
{
    switch (format) {
    case ReportFormat::Html:
        return HtmlReportWriter::render(model).toUtf8();
    case ReportFormat::Markdown:
        return MarkdownReportWriter::render(model).toUtf8();
    case ReportFormat::Json:
        return JsonReportWriter::render(model);
    case ReportFormat::Pdf:
        return PdfReportWriter::render(model);
    }
    return makeError(QStringLiteral("unknown report format"));
}

Expected<void> ReportExporter::write(const ReportModel& model, ReportFormat format,
                                     const QString& path)
{
    const auto bytes = render(model, format);
    if (!bytes)
        return bytes.error();
    // All or nothing: a half-written report that looks complete is worse than none.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(QStringLiteral("cannot write the report: %1").arg(file.errorString()),
                         path);
    if (file.write(*bytes) != bytes->size() || !file.commit())
        return makeError(QStringLiteral("cannot save the report: %1").arg(file.errorString()), path,
                         QStringLiteral("check the folder exists, is writable and has space"));
    return {};
}

} // namespace omsua::report
