#include "Appearance.h"
#include "MainWindow.h"
#include "log/Logging.h"
#include "upgrade/JournalStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>
#include <cstdio>

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
    // The installed desktop entry's name: lets Wayland compositors find the icon and the name.
    QGuiApplication::setDesktopFileName(
        QStringLiteral("io.github.oms_upgrade_assistant.OmsUpgradeAssistant"));

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
    // For smoke tests of an installation (CI starts the installed GUI offscreen): the window is
    // closed as a user would close it, so the exit status tells whether shutdown is clean.
    const QCommandLineOption quitAfterOption(
        QStringLiteral("quit-after"),
        QApplication::translate("main", "Close the window after <ms> milliseconds."),
        QStringLiteral("ms"));
    parser.addOption(quitAfterOption);
    parser.process(app);
    int quitAfterMs = -1;
    if (parser.isSet(quitAfterOption)) {
        bool ok = false;
        quitAfterMs = parser.value(quitAfterOption).toInt(&ok);
        if (!ok || quitAfterMs < 0) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QApplication::translate(
                             "main", "--quit-after needs a number of milliseconds")));
            return 2;
        }
    }

    // The log file lives beside the journals; secrets are masked before anything is written.
    (void)omsua::log::Logging::initialize(omsua::upgrade::JournalStore::defaultDataDirectory() +
                                          QStringLiteral("/logs"));
    omsua::log::info(
        QStringLiteral("OMS Upgrade Assistant %1 started").arg(QApplication::applicationVersion()));

    omsua::gui::MainWindow window;
    if (parser.isSet(planOption))
        window.setPlanFile(parser.value(planOption));
    window.show();
    if (quitAfterMs >= 0)
        QTimer::singleShot(quitAfterMs, &window, &QWidget::close);
    return QApplication::exec();
}
