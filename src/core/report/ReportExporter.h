#pragma once

#include "Expected.h"
#include "report/ReportModel.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

namespace omsua::report {

enum class ReportFormat { Html, Markdown, Json, Pdf };

QString reportFormatName(ReportFormat format); // "html", "md", "json", "pdf"
QStringList reportFormatNames();
// "html"/"htm", "md"/"markdown", "json", "pdf" (any case); nullopt for anything else.
std::optional<ReportFormat> reportFormatFromName(const QString& name);
// From a file name's suffix (report.html -> Html); nullopt when it names no format.
std::optional<ReportFormat> reportFormatFromPath(const QString& path);

// Renders a model in one format and writes it, atomically, to a file.
class ReportExporter
{
public:
    static Expected<QByteArray> render(const ReportModel& model, ReportFormat format);
    static Expected<void> write(const ReportModel& model, ReportFormat format, const QString& path);
};

} // namespace omsua::report
