#pragma once

#include "report/ReportModel.h"

#include <QByteArray>
#include <QJsonObject>

namespace omsua::report {

// The report as JSON for scripts and archives; the fields are documented in
// docs/report-schema.md ("format": "omsua-report", "format_version": 1). A value that the
// journal did not record is null, never a guess.
class JsonReportWriter
{
public:
    static constexpr int kFormatVersion = 1;

    static QJsonObject toJson(const ReportModel& model);
    static QByteArray render(const ReportModel& model); // indented UTF-8
};

} // namespace omsua::report
