#pragma once

#include "report/ReportModel.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace omsua::report {

// How a value should strike the reader: the writers colour it (HTML, PDF) or mark it (Markdown).
enum class Tone { Neutral, Good, Warning, Bad };

struct OutlineCell
{
    QString text;
    Tone tone = Tone::Neutral;
    bool code = false; // a path, command, checksum or identifier: shown in a fixed-width font
};

struct OutlineBlock
{
    enum class Kind {
        Paragraph, // text
        Notice,    // text that must not be overlooked (tone says how bad)
        Fields,    // label: value pairs
        Table,     // headers and rows
        Code,      // fixed-width text (commands, output, the calculation)
        List,      // items
    };
    Kind kind = Kind::Paragraph;
    QString heading; // optional sub-heading above the block (a step's title)
    QString caption; // optional line above a table, list or code block
    QString text;    // Paragraph, Notice, Code
    Tone tone = Tone::Neutral;
    QList<QPair<QString, OutlineCell>> fields;
    QStringList headers;
    QList<QList<OutlineCell>> rows;
    QStringList items;
};

struct OutlineSection
{
    QString anchor; // stable id: "summary", "timeline", ...
    QString title;
    QList<OutlineBlock> blocks;
};

// The report's content as localised text in sections, without any file format: what the model
// says, put into words once, so that the HTML, Markdown and PDF writers only decide the markup
// and cannot drift apart in what they say. (The JSON writer reads the model itself.)
class ReportOutline
{
    Q_DECLARE_TR_FUNCTIONS(omsua::report::ReportOutline)

public:
    QString language; // BCP 47 code of the labels' language ("en", "zh-CN")
    QString title;
    QString subtitle;
    OutlineCell verdict; // the one-word verdict, toned
    QString summary;     // one or two sentences
    QList<OutlineSection> sections;
    QString footer;

    static ReportOutline build(const ReportModel& model);

    // Texts the JSON writer shares.
    static QString stepTitle(const QString& id);
    static QString summaryText(const ReportModel& model);
    static QStringList refetchCalculation(const ReportModel& model);
    static QString manualRecoveryNotice(const ReportModel& model);
    // What the operator should do next (resume, roll back); empty when the run succeeded.
    static QString nextAction(const ReportModel& model);
    static QString notRecorded();

    static QString formatTime(const QDateTime& when, bool milliseconds = false);
    static QString formatDuration(qint64 ms);
};

} // namespace omsua::report
