#include "Appearance.h"
#include "MainWindow.h"
#include "log/Logging.h"
#include "upgrade/JournalStore.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char* argv[])
{
    // Fractional scale factors (150 %) as the desktop asks: the icons are SVG.
    QGuiApplication::setHighDpiScaleFactorRoundingPolicy(
        Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("oms-upgrade-assistant"));
    QApplication::setApplicationDisplayName(QStringLiteral("OMS Upgrade Assistant"));
    QApplication::setApplicationVersion(QStringLiteral(OMSUA_VERSION));
    QApplication::setOrganizationName(QStringLiteral("oms-upgrade-assistant"));

    // Palette and language as chosen in the settings (the system's until then).
    omsua::gui::Appearance::applySaved();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Upgrade an OMS Community Edition host safely."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption planOption(
        QStringLiteral("plan"),
        QApplication::translate("main", "Plan file of the OMS host to open."),
        QStringLiteral("file"));
    parser.addOption(planOption);
    parser.process(app);

    // The log file lives beside the journals; secrets are masked before anything is written.
    (void)omsua::log::Logging::initialize(omsua::upgrade::JournalStore::defaultDataDirectory() +
                                          QStringLiteral("/logs"));
    omsua::log::info(
        QStringLiteral("OMS Upgrade Assistant %1 started").arg(QApplication::applicationVersion()));

    omsua::gui::MainWindow window;
    if (parser.isSet(planOption))
        window.setPlanFile(parser.value(planOption));
    window.show();
    return QApplication::exec();
}
