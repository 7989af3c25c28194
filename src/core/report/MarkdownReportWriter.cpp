#include "report/MarkdownReportWriter.h"

#include "log/Redactor.h"
#include "report/ReportOutline.h"

#include <algorithm>

namespace omsua::report {

namespace {

QString redacted(const QString& text)
{
    QString out = log::Redactor::global().redact(text);
    out.remove(QLatin1Char('\r'));
    return out;
}

// Inline text: the characters that would start emphasis, code, links, HTML or a table cell are
// escaped; an underscore inside a word (cm_hb_330) is left alone, CommonMark ignores it there.
QString inlineText(const QString& raw)
{
    const QString text = redacted(raw);
    QString out;
    out.reserve(text.size() + 8);
    // A leading - + = would start a list or an underline heading.
    if (text.startsWith(QLatin1Char('-')) || text.startsWith(QLatin1Char('+')) ||
        text.startsWith(QLatin1Char('=')))
        out += QLatin1Char('\\');
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n')) {
            out += QStringLiteral("<br>");
            continue;
        }
        if (c == QLatin1Char('_')) {
            const bool inWord = i > 0 && i + 1 < text.size() && text.at(i - 1).isLetterOrNumber() &&
                                text.at(i + 1).isLetterOrNumber();
            if (!inWord)
                out += QLatin1Char('\\');
        } else if (QStringLiteral("\\`*[]<>|#~").contains(c)) {
            out += QLatin1Char('\\');
        }
        out += c;
    }
    return out;
}

// A code span needs a fence of backticks longer than any run inside it.
QString codeSpan(const QString& raw)
{
    QString text = redacted(raw);
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    int longest = 0;
    int run = 0;
    for (const QChar c : text) {
        run = c == QLatin1Char('`') ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    // Inside a table a '|' ends the cell even in a code span: GitHub reads "\|" there.
    text.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    const QString fence(longest + 1, QLatin1Char('`'));
    const bool pad = text.startsWith(QLatin1Char('`')) || text.endsWith(QLatin1Char('`'));
    return fence + (pad ? QStringLiteral(" ") : QString()) + text +
           (pad ? QStringLiteral(" ") : QString()) + fence;
}

QString cellText(const OutlineCell& cell)
{
    QString text = cell.code ? codeSpan(cell.text) : inlineText(cell.text);
    if (cell.tone == Tone::Bad || cell.tone == Tone::Warning)
        text = QStringLiteral("**") + text + QStringLiteral("**");
    return text;
}

QString codeBlock(const QString& raw)
{
    const QString text = redacted(raw);
    int longest = 0;
    int run = 0;
    for (const QChar c : text) {
        run = c == QLatin1Char('`') ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    const QString fence(std::max(3, longest + 1), QLatin1Char('`'));
    return fence + QStringLiteral("text\n") + text + QStringLiteral("\n") + fence +
           QStringLiteral("\n\n");
}

void renderBlock(const OutlineBlock& block, QString& md)
{
    if (!block.heading.isEmpty())
        md += QStringLiteral("### ") + inlineText(block.heading) + QStringLiteral("\n\n");
    if (!block.caption.isEmpty())
        md += QStringLiteral("*") + inlineText(block.caption) + QStringLiteral("*\n\n");
    switch (block.kind) {
    case OutlineBlock::Kind::Paragraph:
        md += inlineText(block.text) + QStringLiteral("\n\n");
        break;
    case OutlineBlock::Kind::Notice:
        md += QStringLiteral("> ") +
              (block.tone == Tone::Neutral || block.tone == Tone::Good
                   ? inlineText(block.text)
                   : QStringLiteral("**") + inlineText(block.text) + QStringLiteral("**")) +
              QStringLiteral("\n\n");
        break;
    case OutlineBlock::Kind::Fields:
        for (const auto& [label, value] : block.fields)
            md += QStringLiteral("- ") + inlineText(label) + QStringLiteral(": ") +
                  cellText(value) + QStringLiteral("\n");
        md += QStringLiteral("\n");
        break;
    case OutlineBlock::Kind::Table: {
        md += QStringLiteral("|");
        for (const QString& header : block.headers)
            md += QLatin1Char(' ') + inlineText(header) + QStringLiteral(" |");
        md += QStringLiteral("\n|");
        for (qsizetype i = 0; i < block.headers.size(); ++i)
            md += QStringLiteral(" --- |");
        md += QStringLiteral("\n");
        for (const auto& row : block.rows) {
            md += QStringLiteral("|");
            for (qsizetype i = 0; i < block.headers.size(); ++i) {
                const QString text = i < row.size() ? cellText(row.at(i)) : QString();
                md += QLatin1Char(' ') + (text.isEmpty() ? QStringLiteral(" ") : text) +
                      QStringLiteral(" |");
            }
            md += QStringLiteral("\n");
        }
        md += QStringLiteral("\n");
        break;
    }
    case OutlineBlock::Kind::Code:
        md += codeBlock(block.text);
        break;
    case OutlineBlock::Kind::List:
        for (const QString& item : block.items)
            md += QStringLiteral("- ") + inlineText(item) + QStringLiteral("\n");
        md += QStringLiteral("\n");
        break;
    }
}

} // namespace

QString MarkdownReportWriter::render(const ReportModel& model)
{
    const ReportOutline outline = ReportOutline::build(model);
    QString md;
    md.reserve(32 * 1024);
    md += QStringLiteral("# ") + inlineText(outline.title) + QStringLiteral("\n\n");
    md += inlineText(outline.subtitle) + QStringLiteral("\n\n");
    md += QStringLiteral("**") + inlineText(outline.verdict.text) + QStringLiteral("**: ") +
          inlineText(outline.summary) + QStringLiteral("\n\n");
    for (const OutlineSection& section : outline.sections) {
        md += QStringLiteral("## ") + inlineText(section.title) + QStringLiteral("\n\n");
        for (const OutlineBlock& block : section.blocks)
            renderBlock(block, md);
    }
    md += QStringLiteral("---\n\n") + inlineText(outline.footer) + QStringLiteral("\n");
    // Last defence, registered secrets only (see HtmlReportWriter::render).
    return log::Redactor::global().redactSecrets(md);
}

} // namespace omsua::report
