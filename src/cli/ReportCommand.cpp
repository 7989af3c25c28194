#include "CliOutput.h"
#include "Commands.h"
#include "ExitCode.h"
#include "report/ReportExporter.h"
#include "report/ReportModel.h"
#include "upgrade/JournalStore.h"
#include "upgrade/Secrets.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <optional>

namespace omsua::cli {

namespace {

struct ReportArguments
{
    QString runId;
    std::optional<report::ReportFormat> format;
    QString output;
    QString error; // set when the arguments are not usable
    bool help = false;
};

class ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(omsua::cli::ReportCommand)

public:
    static ReportArguments parse(const QStringList& args);
    static int run(const QStringList& args, CliOutput& out);
    static QString usage();
};

QString ReportCommand::usage()
{
    return tr("Usage: oms-upgrade report [--run RUN_ID] --format html|md|json|pdf --output FILE\n"
              "Writes the report of a run (without --run: the latest run on this workstation).\n"
              "--output - writes to standard output. Without --format the file name's suffix\n"
              "decides.");
}

ReportArguments ReportCommand::parse(const QStringList& args)
{
    ReportArguments parsed;
    QString formatName;
    bool formatGiven = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        auto value = [&](const QString& option) -> std::optional<QString> {
            if (arg == option) {
                if (i + 1 >= args.size())
                    return std::nullopt;
                return args.at(++i);
            }
            return arg.mid(option.size() + 1); // --option=value
        };
        std::optional<QString> given;
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            parsed.help = true;
            return parsed;
        } else if (arg == QLatin1String("--run") || arg.startsWith(QLatin1String("--run="))) {
            given = value(QStringLiteral("--run"));
            if (given)
                parsed.runId = *given;
        } else if (arg == QLatin1String("--format") || arg.startsWith(QLatin1String("--format="))) {
            given = value(QStringLiteral("--format"));
            if (given) {
                formatName = *given;
                formatGiven = true;
            }
        } else if (arg == QLatin1String("--output") || arg.startsWith(QLatin1String("--output="))) {
            given = value(QStringLiteral("--output"));
            if (given)
                parsed.output = *given;
        } else {
            parsed.error = tr("report: unexpected argument '%1'").arg(arg);
            return parsed;
        }
        if (!given || given->isEmpty()) {
            parsed.error = tr("report: %1 needs a value").arg(arg.section(QLatin1Char('='), 0, 0));
            return parsed;
        }
    }
    if (formatGiven) {
        parsed.format = report::reportFormatFromName(formatName);
        if (!parsed.format) {
            parsed.error =
                tr("report: unknown format '%1' (known: %2)")
                    .arg(formatName, report::reportFormatNames().join(QStringLiteral(", ")));
            return parsed;
        }
    }
    if (parsed.output.isEmpty()) {
        parsed.error = tr("report: --output FILE is missing");
        return parsed;
    }
    if (!parsed.format) {
        parsed.format = report::reportFormatFromPath(parsed.output);
        if (!parsed.format) {
            parsed.error = tr("report: --format is missing and '%1' does not end in .html, .md, "
                              ".json or .pdf")
                               .arg(parsed.output);
            return parsed;
        }
    }
    return parsed;
}

int ReportCommand::run(const QStringList& args, CliOutput& out)
{
    const ReportArguments parsed = parse(args);
    if (parsed.help) {
        out.line(usage());
        return Done;
    }
    if (!parsed.error.isEmpty()) {
        out.diagnostic(parsed.error);
        out.diagnostic(usage());
        return BadInput;
    }
    // A secret the operator has in the environment is masked even where a journal kept it.
    upgrade::Secrets::fromEnvironment();

    const upgrade::JournalStore store;
    QString runId = parsed.runId;
    if (runId.isEmpty()) {
        runId = store.latestRunId();
        if (runId.isEmpty()) {
            out.diagnostic(tr("report: no runs recorded in %1").arg(store.directory()));
            out.diagnostic(tr("hint: `oms-upgrade status` lists the runs; OMSUA_DATA_DIR selects "
                              "another data folder"));
            return BadInput;
        }
    }
    const auto journal = store.open(runId);
    if (!journal) {
        out.error(journal.error());
        return BadInput;
    }
    const report::ReportModel model = report::ReportModel::fromJournal(*journal);
    const report::ReportFormat format = *parsed.format;
    if (format == report::ReportFormat::Pdf &&
        !qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        out.diagnostic(tr("report: PDF output needs Qt's GUI library, which could not start"));
        return Failed;
    }

    if (parsed.output == QLatin1String("-")) {
        const auto bytes = report::ReportExporter::render(model, format);
        if (!bytes) {
            out.error(bytes.error());
            return Failed;
        }
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly) ||
            stdoutFile.write(*bytes) != bytes->size() || !stdoutFile.flush()) {
            out.diagnostic(tr("report: cannot write to standard output"));
            return Failed;
        }
        return Done;
    }
    const auto written = report::ReportExporter::write(model, format, parsed.output);
    if (!written) {
        out.error(written.error());
        return Failed;
    }
    out.line(tr("run: %1").arg(model.runId));
    out.line(tr("verdict: %1").arg(report::verdictId(model.verdict)));
    out.line(tr("report: %1 (%2)").arg(parsed.output, report::reportFormatName(format)));
    return Done;
}

} // namespace

int runReport(const QStringList& args, CliOutput& out)
{
    return ReportCommand::run(args, out);
}

std::unique_ptr<QCoreApplication> createApplication(int& argc, char** argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    if (!args.isEmpty() && args.first() == QLatin1String("report")) {
        const ReportArguments parsed = ReportCommand::parse(args.mid(1));
        if (parsed.error.isEmpty() && parsed.format == report::ReportFormat::Pdf) {
            // Laying out a PDF needs Qt's fonts, which come with a QGuiApplication; a terminal
            // has no display, so the offscreen platform unless the operator chose another.
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            return std::make_unique<QGuiApplication>(argc, argv);
        }
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace omsua::cli
