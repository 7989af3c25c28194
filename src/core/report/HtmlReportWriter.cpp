#include "report/HtmlReportWriter.h"

#include "log/Redactor.h"
#include "report/ReportOutline.h"

namespace omsua::report {

namespace {

// Every text that goes into the page is redacted before it is escaped: escaping first would
// hide a secret containing & < > " ' from the redactor. Characters XML forbids are dropped so
// the page stays well-formed whatever a journal holds.
QString esc(const QString& raw)
{
    const QString text = log::Redactor::global().redact(raw);
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&':
            out += QStringLiteral("&amp;");
            break;
        case '<':
            out += QStringLiteral("&lt;");
            break;
        case '>':
            out += QStringLiteral("&gt;");
            break;
        case '"':
            out += QStringLiteral("&quot;");
            break;
        case '\'':
            out += QStringLiteral("&#39;");
            break;
        case '\t':
        case '\n':
            out += c;
            break;
        case '\r':
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0xFFFE || c.unicode() == 0xFFFF)
                out += QChar(0xFFFD);
            else
                out += c;
        }
    }
    return out;
}

QString toneClass(Tone tone)
{
    switch (tone) {
    case Tone::Good:
        return QStringLiteral("good");
    case Tone::Warning:
        return QStringLiteral("warning");
    case Tone::Bad:
        return QStringLiteral("bad");
    case Tone::Neutral:
        break;
    }
    return QStringLiteral("neutral");
}

QString cellContent(const OutlineCell& cell)
{
    QString content = esc(cell.text);
    if (cell.code)
        content = QStringLiteral("<code>") + content + QStringLiteral("</code>");
    if (cell.tone != Tone::Neutral)
        content = QStringLiteral("<span class=\"") + toneClass(cell.tone) + QStringLiteral("\">") +
                  content + QStringLiteral("</span>");
    return content;
}

// No '<' or '&' in here: the style element must stay well-formed XML.
const char* const kStyle = R"(
body { font-family: "DejaVu Sans", "Noto Sans", "Segoe UI", Arial, "Microsoft YaHei",
       "WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif;
       color: #1f2328; background: #ffffff; line-height: 1.45; font-size: 14px;
       max-width: 64em; margin: 1.5em auto; padding: 0 1.2em; }
h1 { font-size: 1.6em; margin: 0 0 0.1em; }
h2 { font-size: 1.25em; border-bottom: 2px solid #d0d7de; padding-bottom: 0.2em; margin: 1.8em 0 0.6em; }
h3 { font-size: 1.05em; margin: 1.4em 0 0.4em; }
.subtitle { color: #57606a; margin: 0 0 0.6em; }
table { border-collapse: collapse; width: 100%; margin: 0.4em 0 1em; font-size: 0.92em; }
th, td { border: 1px solid #d0d7de; padding: 0.25em 0.5em; text-align: left; vertical-align: top; }
th { background: #f3f5f7; font-weight: 600; }
table.fields th { width: 16em; }
code, pre { font-family: "DejaVu Sans Mono", Consolas, Menlo, "Liberation Mono", monospace; font-size: 0.9em; }
td code { word-break: break-all; }
pre { background: #f6f8fa; border: 1px solid #d0d7de; padding: 0.6em 0.8em; margin: 0.2em 0 1em;
      white-space: pre-wrap; overflow-wrap: anywhere; }
.caption { font-weight: 600; margin: 0.8em 0 0.2em; }
.verdict { display: inline-block; padding: 0.15em 0.9em; border-radius: 4px; font-weight: 700;
           font-size: 1.1em; border: 1px solid; }
.good { color: #116329; }
.warning { color: #7d4e00; }
.bad { color: #a40e26; font-weight: 600; }
.verdict.good { background: #dafbe1; }
.verdict.warning { background: #fff8c5; }
.verdict.bad { background: #ffebe9; }
.notice { border-left: 5px solid #8c959f; background: #f6f8fa; padding: 0.5em 0.9em; margin: 0.6em 0; }
.notice.good { border-color: #1a7f37; background: #dafbe1; color: #1f2328; }
.notice.warning { border-color: #bf8700; background: #fff8c5; color: #1f2328; }
.notice.bad { border-color: #cf222e; background: #ffebe9; color: #1f2328; }
p.summary { font-size: 1.05em; }
nav.toc ul { list-style: none; padding: 0; margin: 0.4em 0; }
nav.toc li { display: inline; margin-right: 1em; }
nav.toc a { color: #0969da; text-decoration: none; }
footer { margin-top: 2.5em; padding-top: 0.5em; border-top: 1px solid #d0d7de; color: #57606a;
         font-size: 0.85em; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 9.5pt; }
  nav.toc { display: none; }
  h2, h3, .caption { page-break-after: avoid; break-after: avoid; }
  tr, .notice { page-break-inside: avoid; break-inside: avoid; }
  pre { white-space: pre-wrap; }
  a { color: inherit; text-decoration: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
)";

void renderBlock(const OutlineBlock& block, QString& html)
{
    if (!block.heading.isEmpty())
        html += QStringLiteral("<h3>") + esc(block.heading) + QStringLiteral("</h3>\n");
    if (!block.caption.isEmpty())
        html +=
            QStringLiteral("<p class=\"caption\">") + esc(block.caption) + QStringLiteral("</p>\n");
    switch (block.kind) {
    case OutlineBlock::Kind::Paragraph:
        html += QStringLiteral("<p class=\"") + toneClass(block.tone) + QStringLiteral("\">") +
                esc(block.text) + QStringLiteral("</p>\n");
        break;
    case OutlineBlock::Kind::Notice:
        html += QStringLiteral("<div class=\"notice ") + toneClass(block.tone) +
                QStringLiteral("\" role=\"note\">") + esc(block.text) + QStringLiteral("</div>\n");
        break;
    case OutlineBlock::Kind::Fields:
        html += QStringLiteral("<table class=\"fields\">\n<tbody>\n");
        for (const auto& [label, value] : block.fields)
            html += QStringLiteral("<tr><th scope=\"row\">") + esc(label) +
                    QStringLiteral("</th><td>") + cellContent(value) +
                    QStringLiteral("</td></tr>\n");
        html += QStringLiteral("</tbody>\n</table>\n");
        break;
    case OutlineBlock::Kind::Table:
        html += QStringLiteral("<table>\n<thead>\n<tr>");
        for (const QString& header : block.headers)
            html += QStringLiteral("<th scope=\"col\">") + esc(header) + QStringLiteral("</th>");
        html += QStringLiteral("</tr>\n</thead>\n<tbody>\n");
        for (const auto& row : block.rows) {
            html += QStringLiteral("<tr>");
            for (const OutlineCell& cell : row)
                html += QStringLiteral("<td>") + cellContent(cell) + QStringLiteral("</td>");
            html += QStringLiteral("</tr>\n");
        }
        html += QStringLiteral("</tbody>\n</table>\n");
        break;
    case OutlineBlock::Kind::Code:
        html += QStringLiteral("<pre>") + esc(block.text) + QStringLiteral("</pre>\n");
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

QString HtmlReportWriter::render(const ReportModel& model)
{
    const ReportOutline outline = ReportOutline::build(model);
    QString html;
    html.reserve(64 * 1024);
    html +=
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"") + esc(outline.language) +
        QStringLiteral("\">\n<head>\n<meta charset=\"utf-8\"/>\n"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
                       "<meta name=\"generator\" content=\"") +
        esc(model.generator) + QStringLiteral("\"/>\n<title>") + esc(outline.title) +
        QStringLiteral(" - ") + esc(model.runId) + QStringLiteral("</title>\n<style>") +
        QString::fromUtf8(kStyle) + QStringLiteral("</style>\n</head>\n<body>\n<header>\n<h1>") +
        esc(outline.title) + QStringLiteral("</h1>\n<p class=\"subtitle\">") +
        esc(outline.subtitle) + QStringLiteral("</p>\n<p><span class=\"verdict ") +
        toneClass(outline.verdict.tone) + QStringLiteral("\">") + esc(outline.verdict.text) +
        QStringLiteral("</span></p>\n<p class=\"summary\">") + esc(outline.summary) +
        QStringLiteral("</p>\n</header>\n<nav class=\"toc\">\n<ul>\n");
    for (const OutlineSection& section : outline.sections)
        html += QStringLiteral("<li><a href=\"#") + esc(section.anchor) + QStringLiteral("\">") +
                esc(section.title) + QStringLiteral("</a></li>\n");
    html += QStringLiteral("</ul>\n</nav>\n");
    for (const OutlineSection& section : outline.sections) {
        html += QStringLiteral("<section id=\"") + esc(section.anchor) +
                QStringLiteral("\">\n<h2>") + esc(section.title) + QStringLiteral("</h2>\n");
        for (const OutlineBlock& block : section.blocks)
            renderBlock(block, html);
        html += QStringLiteral("</section>\n");
    }
    html += QStringLiteral("<footer>\n<p>") + esc(outline.footer) +
            QStringLiteral("</p>\n</footer>\n</body>\n</html>\n");
    // Last defence: a registered secret in any of its quoted forms, also one assembled across
    // two values. (Only the registered secrets: the pattern layer would treat markup after a
    // "password:" as the password's value and eat it; every value had the patterns above.)
    return log::Redactor::global().redactSecrets(html);
}

} // namespace omsua::report
