#pragma once

#include "report/ReportModel.h"

#include <QString>

namespace omsua::report {

// One self-contained HTML file: inline CSS (with a print layout), no scripts, no external
// resources, so it can be mailed, archived and printed as it is. Written as well-formed XML
// (XHTML syntax in an HTML5 document) so that XML tools read it too.
class HtmlReportWriter
{
public:
    static QString render(const ReportModel& model);
};

} // namespace omsua::report
