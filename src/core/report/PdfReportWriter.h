#pragma once

#include "Expected.h"
#include "report/ReportModel.h"

#include <QByteArray>
#include <QString>

namespace omsua::report {

// A4 PDF through QTextDocument and QPdfWriter, with page numbers. Laying out text needs Qt's
// font system, so a QGuiApplication must exist (a command-line tool can use the offscreen
// platform); without one render() returns an Error instead of aborting.
class PdfReportWriter
{
public:
    static Expected<QByteArray> render(const ReportModel& model);

    // The rich text handed to QTextDocument (Qt's HTML subset), for tests and debugging.
    static QString richText(const ReportModel& model);
};

} // namespace omsua::report
