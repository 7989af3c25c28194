#include "BuildInfo.h"
#include "CliOutput.h"
#include "Commands.h"
#include "ExitCode.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

using namespace omsua::cli;

namespace {

QString usage()
{
    return QCoreApplication::translate(
        "cli",
        "Usage: oms-upgrade COMMAND [OPTIONS]\n"
        "\n"
        "Upgrades an OceanBase Migration Service CE host (single node, Docker) safely.\n"
        "\n"
        "Commands:\n"
        "  probe --plan PLAN.yaml   connect to the host and print what was discovered\n"
        "  preflight --plan PLAN.yaml\n"
        "                           read-only checks before an upgrade (exit 3 when refused)\n"
        "  upgrade --plan PLAN.yaml [--yes] [--until STEP] [--resume RUN_ID]\n"
        "                           run the upgrade; prints 'run: RUN_ID' first\n"
        "  rollback --plan PLAN.yaml [--run RUN_ID] [--yes]\n"
        "                           undo an upgrade from its verified backup set\n"
        "  status [--run RUN_ID]    list the recorded runs, or show one run's steps\n"
        "  refetch-interval --t1 TIME [--t2 TIME] [--margin MIN] [--current MIN]\n"
        "                           compute refetchStoreIntervalMin for HA after an upgrade\n"
        "  backups list|verify|download|upload|preview|delete --plan PLAN.yaml [...]\n"
        "                           the backup sets on the host ('backups' alone: the options)\n"
        "  report [--run RUN_ID] --format html|md|json|pdf --output FILE\n"
        "                           write the report of a run (default: the latest)\n"
        "  --version                print the version and the library versions\n"
        "  --help                   print this help\n"
        "\n"
        "Secrets are never taken from the command line: use a key file or ssh-agent,\n"
        "the environment variables OMS_SSH_PASSWORD, OMS_SSH_PASSPHRASE and\n"
        "OMS_META_PASSWORD, or answer the prompt on a terminal. The MetaDB password\n"
        "defaults to the one in the host's config.yaml.\n"
        "\n"
        "Exit status: 0 done, 1 failed, 2 usage or bad input, 3 refused by a check\n"
        "(nothing changed), 4 waiting for the operator.");
}

} // namespace

int main(int argc, char* argv[])
{
    const std::unique_ptr<QCoreApplication> app = createApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("oms-upgrade-assistant"));
    QCoreApplication::setOrganizationName(QStringLiteral("oms-upgrade-assistant"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OMSUA_VERSION));

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("omsua"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    CliOutput out;
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty()) {
        out.diagnostic(usage());
        return BadInput;
    }
    const QString command = args.first();
    const QStringList rest = args.mid(1);
    if (command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help")) {
        out.line(usage());
        return Done;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("version")) {
        out.line(omsua::BuildInfo::current().toText());
        return Done;
    }
    if (command == QLatin1String("probe"))
        return runProbe(rest, out);
    if (command == QLatin1String("preflight"))
        return runPreflight(rest, out);
    if (command == QLatin1String("upgrade"))
        return runUpgrade(rest, out);
    if (command == QLatin1String("rollback"))
        return runRollback(rest, out);
    if (command == QLatin1String("status"))
        return runStatus(rest, out);
    if (command == QLatin1String("refetch-interval"))
        return runRefetchInterval(rest, out);
    if (command == QLatin1String("backups"))
        return runBackups(rest, out);
    if (command == QLatin1String("report"))
        return runReport(rest, out);

    out.diagnostic(
        QCoreApplication::translate("cli", "oms-upgrade: unknown command '%1'").arg(command));
    out.diagnostic(
        QCoreApplication::translate("cli", "Run 'oms-upgrade --help' for the commands."));
    return BadInput;
}
