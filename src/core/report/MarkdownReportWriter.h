#pragma once

#include "report/ReportModel.h"

#include <QString>

namespace omsua::report {

// CommonMark with GitHub-style pipe tables: readable as plain text, rendered nicely by the
// usual forges and wikis a team pastes reports into.
class MarkdownReportWriter
{
public:
    static QString render(const ReportModel& model);
};

} // namespace omsua::report
