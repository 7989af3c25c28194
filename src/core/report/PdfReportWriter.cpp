#include "report/PdfReportWriter.h"

#include "log/Redactor.h"
#include "report/ReportOutline.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextOption>

namespace omsua::report {

namespace {

// Redact, then escape (see HtmlReportWriter).
QString esc(const QString& raw)
{
    QString text = log::Redactor::global().redact(raw).toHtmlEscaped();
    text.remove(QLatin1Char('\r'));
    return text;
}

QString color(Tone tone)
{
    switch (tone) {
    case Tone::Good:
        return QStringLiteral("#116329");
    case Tone::Warning:
        return QStringLiteral("#7d4e00");
    case Tone::Bad:
        return QStringLiteral("#a40e26");
    case Tone::Neutral:
        break;
    }
    return QStringLiteral("#1f2328");
}

QString background(Tone tone)
{
    switch (tone) {
    case Tone::Good:
        return QStringLiteral("#dafbe1");
    case Tone::Warning:
        return QStringLiteral("#fff8c5");
    case Tone::Bad:
        return QStringLiteral("#ffebe9");
    case Tone::Neutral:
        break;
    }
    return QStringLiteral("#f6f8fa");
}

const QString kMono =
    QStringLiteral("font-family: 'DejaVu Sans Mono', 'Liberation Mono', monospace;");
const QString kTable = QStringLiteral(
    "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\" "
    "style=\"border-collapse: collapse; border-color: #d0d7de; margin-bottom: 8px;\">");

QString cellContent(const OutlineCell& cell)
{
    QString content = esc(cell.text);
    if (cell.code)
        content = QStringLiteral("<span style=\"") + kMono +
                  QStringLiteral(" font-size: 7.5pt;\">") + content + QStringLiteral("</span>");
    if (cell.tone != Tone::Neutral)
        content = QStringLiteral("<span style=\"color: ") + color(cell.tone) +
                  QStringLiteral("; font-weight: bold;\">") + content + QStringLiteral("</span>");
    return content;
}

void renderBlock(const OutlineBlock& block, QString& html)
{
    if (!block.heading.isEmpty())
        html += QStringLiteral("<h3>") + esc(block.heading) + QStringLiteral("</h3>\n");
    if (!block.caption.isEmpty())
        html += QStringLiteral("<p style=\"margin-top: 6px; margin-bottom: 2px;\"><b>") +
                esc(block.caption) + QStringLiteral("</b></p>\n");
    switch (block.kind) {
    case OutlineBlock::Kind::Paragraph:
        html += QStringLiteral("<p style=\"color: ") + color(block.tone) + QStringLiteral(";\">") +
                esc(block.text) + QStringLiteral("</p>\n");
        break;
    case OutlineBlock::Kind::Notice:
        html +=
            QStringLiteral("<table border=\"0\" cellspacing=\"0\" cellpadding=\"6\" width=\"100%\" "
                           "style=\"margin-top: 4px; margin-bottom: 6px;\"><tr><td bgcolor=\"") +
            background(block.tone) + QStringLiteral("\">") + esc(block.text) +
            QStringLiteral("</td></tr></table>\n");
        break;
    case OutlineBlock::Kind::Fields:
        html += kTable;
        for (const auto& [label, value] : block.fields)
            html += QStringLiteral("<tr><td width=\"30%\" bgcolor=\"#f3f5f7\"><b>") + esc(label) +
                    QStringLiteral("</b></td><td>") + cellContent(value) +
                    QStringLiteral("</td></tr>\n");
        html += QStringLiteral("</table>\n");
        break;
    case OutlineBlock::Kind::Table:
        html += kTable + QStringLiteral("<thead><tr>");
        for (const QString& header : block.headers)
            html += QStringLiteral("<th bgcolor=\"#f3f5f7\" align=\"left\">") + esc(header) +
                    QStringLiteral("</th>");
        html += QStringLiteral("</tr></thead>\n");
        for (const auto& row : block.rows) {
            html += QStringLiteral("<tr>");
            for (const OutlineCell& cell : row)
                html += QStringLiteral("<td>") + cellContent(cell) + QStringLiteral("</td>");
            html += QStringLiteral("</tr>\n");
        }
        html += QStringLiteral("</table>\n");
        break;
    case OutlineBlock::Kind::Code:
        html += QStringLiteral("<pre style=\"") + kMono +
                QStringLiteral(" font-size: 7.5pt; white-space: pre-wrap; background-color: "
                               "#f6f8fa; margin-bottom: 8px;\">") +
                esc(block.text) + QStringLiteral("</pre>\n");
        break;
    case OutlineBlock::Kind::List:
        html += QStringLiteral("<ul>\n");
        for (const QString& item : block.items)
            html += QStringLiteral("<li>") + esc(item) + QStringLiteral("</li>\n");
        html += QStringLiteral("</ul>\n");
        break;
    }
}

} // namespace

QString PdfReportWriter::richText(const ReportModel& model)
{
    const ReportOutline outline = ReportOutline::build(model);
    QString html;
    html.reserve(64 * 1024);
    html +=
        QStringLiteral("<html><head><meta charset=\"utf-8\"/><title>") + esc(outline.title) +
        QStringLiteral("</title></head>\n<body>\n<h1>") + esc(outline.title) +
        QStringLiteral("</h1>\n<p style=\"color: #57606a;\">") + esc(outline.subtitle) +
        QStringLiteral(
            "</p>\n<table border=\"0\" cellspacing=\"0\" cellpadding=\"6\"><tr><td bgcolor=\"") +
        background(outline.verdict.tone) +
        QStringLiteral("\"><span style=\"font-size: 13pt; "
                       "font-weight: bold; color: ") +
        color(outline.verdict.tone) + QStringLiteral(";\">") + esc(outline.verdict.text) +
        QStringLiteral("</span></td></tr></table>\n<p>") + esc(outline.summary) +
        QStringLiteral("</p>\n");
    for (const OutlineSection& section : outline.sections) {
        html += QStringLiteral("<h2>") + esc(section.title) + QStringLiteral("</h2>\n");
        for (const OutlineBlock& block : section.blocks)
            renderBlock(block, html);
    }
    html += QStringLiteral("<hr/>\n<p style=\"color: #57606a; font-size: 7.5pt;\">") +
            esc(outline.footer) + QStringLiteral("</p>\n</body></html>\n");
    // Last defence, registered secrets only (see HtmlReportWriter::render).
    return log::Redactor::global().redactSecrets(html);
}

Expected<QByteArray> PdfReportWriter::render(const ReportModel& model)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return makeError(QStringLiteral("a PDF report needs a QGuiApplication (Qt's fonts)"),
                         QStringLiteral("report"),
                         QStringLiteral("write HTML instead, or run with a GUI platform "
                                        "(QT_QPA_PLATFORM=offscreen works without a display)"));

    QTextDocument document;
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans"),
                      QStringLiteral("Liberation Sans"), QStringLiteral("Arial"),
                      QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Noto Sans CJK SC")});
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(8.5);
    document.setDefaultFont(font);
    // Checksums and long paths have no spaces: let them break anywhere rather than run off the
    // page, without putting invisible characters into them (they must copy out intact).
    QTextOption option = document.defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    document.setDefaultTextOption(option);
    document.setHtml(richText(model));

    QByteArray pdf;
    QBuffer buffer(&pdf);
    if (!buffer.open(QIODevice::WriteOnly))
        return makeError(QStringLiteral("cannot open a memory buffer for the PDF"));
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(300);
        writer.setTitle(log::Redactor::global().redact(ReportOutline::build(model).title +
                                                       QStringLiteral(" ") + model.runId));
        writer.setCreator(model.generator);
        // Not paginated beforehand: print() lays the text out on the writer's pages with a 2 cm
        // margin and puts the page number at the foot of each page.
        document.print(&writer);
    }
    buffer.close();
    if (pdf.isEmpty())
        return makeError(QStringLiteral("the PDF writer produced no output"));
    return pdf;
}

} // namespace omsua::report
