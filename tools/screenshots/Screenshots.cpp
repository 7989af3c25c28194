// Takes the README's screenshots: the main window on a plan (the lab's), one PNG per view, in
// the palette and language asked for, plus the host key dialogs. Run under Xvfb by
// scripts/screenshots so fonts and rendering are those of a real X server.
#include "Appearance.h"
#include "HostKeyDialog.h"
#include "MainWindow.h"
#include "TimingView.h"
#include "Workspace.h"
#include "remote/KnownHosts.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>
#include <QThread>
#include <cstdio>

using namespace omsua;

namespace {

void settle(int ms = 300)
{
    const QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(10);
    }
}

bool save(QWidget* widget, const QString& file)
{
    settle();
    const bool ok = widget->grab().save(file);
    std::fprintf(stderr, "%s %s\n", ok ? "wrote" : "FAILED", qPrintable(file));
    return ok;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("oms-upgrade-assistant-screenshots"));
    QApplication::setOrganizationName(QStringLiteral("oms-upgrade-assistant"));
    // Settings and profiles of their own, not the user's.
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption planOption(QStringLiteral("plan"), QStringLiteral("Plan file."),
                                        QStringLiteral("file"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Directory."),
                                       QStringLiteral("dir"));
    const QCommandLineOption themeOption(QStringLiteral("theme"), QStringLiteral("light|dark"),
                                         QStringLiteral("theme"), QStringLiteral("light"));
    const QCommandLineOption languageOption(QStringLiteral("language"), QStringLiteral("en|zh_CN"),
                                            QStringLiteral("lang"), QStringLiteral("en"));
    parser.addOptions({planOption, outOption, themeOption, languageOption});
    parser.process(app);
    const QString theme = parser.value(themeOption);
    const QString language = parser.value(languageOption);
    const QDir out(parser.value(outOption));
    if (!parser.isSet(planOption) || !parser.isSet(outOption) || !out.exists()) {
        std::fprintf(stderr, "usage: omsua-screenshots --plan FILE --out EXISTING_DIR "
                             "[--theme light|dark] [--language en|zh_CN]\n");
        return 2;
    }
    gui::Appearance::applyTheme(theme == QLatin1String("dark") ? gui::Appearance::Theme::Dark
                                                               : gui::Appearance::Theme::Light);
    gui::Appearance::applyLanguage(language);
    const QString suffix =
        (language == QLatin1String("en") ? QString() : QLatin1Char('-') + language) +
        QLatin1Char('-') + theme;

    gui::MainWindow window;
    window.resize(1280, 860);
    window.show();
    window.setPlanFile(parser.value(planOption));
    const QDeadlineTimer deadline(90000);
    while (window.workspace()->connectionState() != gui::Workspace::ConnectionState::Connected &&
           window.workspace()->connectionState() != gui::Workspace::ConnectionState::Failed &&
           !deadline.hasExpired())
        settle(100);
    if (window.workspace()->connectionState() != gui::Workspace::ConnectionState::Connected) {
        std::fprintf(stderr, "not connected: %s\n",
                     qPrintable(window.workspace()->connectionDetail()));
        return 1;
    }
    // The timing view with the FAQ's example: stopped 16:00, done 17:00, margin 30 -> 90.
    if (auto* timing = window.findChild<gui::TimingView*>()) {
        const QDate today = QDate::currentDate();
        timing->setTimes(QDateTime(today, QTime(16, 0)), QDateTime(today, QTime(17, 0)), 30);
    }

    bool ok = true;
    for (const QString& view :
         {QStringLiteral("connection"), QStringLiteral("overview"), QStringLiteral("plan"),
          QStringLiteral("mounts"), QStringLiteral("timing")}) {
        window.showView(view + QStringLiteral("View"));
        ok = save(&window, out.filePath(view + suffix + QStringLiteral(".png"))) && ok;
    }

    // The host key dialogs, with the lab host's real key and a made-up "old" one.
    gui::HostKeyPrompt prompt;
    prompt.host = QStringLiteral("127.0.0.1");
    prompt.port = 2222;
    prompt.knownHostsFile = QStringLiteral("~/.ssh/known_hosts");
    prompt.keyType = QStringLiteral("ssh-ed25519");
    const auto plan = plan::Plan::load(parser.value(planOption));
    if (plan) {
        if (const auto known = remote::KnownHosts::load(plan->ssh.knownHosts)) {
            for (const auto& entry : known->entries()) {
                if (entry.keyType == prompt.keyType)
                    prompt.fingerprint = remote::KnownHosts::fingerprint(entry.key);
            }
        }
    }
    for (const auto kind :
         {gui::HostKeyPrompt::Kind::Unknown, gui::HostKeyPrompt::Kind::Mismatch}) {
        gui::HostKeyPrompt shown = prompt;
        shown.kind = kind;
        if (kind == gui::HostKeyPrompt::Kind::Mismatch) {
            shown.knownFingerprint = remote::KnownHosts::fingerprint(QByteArray::fromBase64(
                "AAAAC3NzaC1lZDI1NTE5AAAAIP7LTYtpIXz0j8QYA+dcJ1XvUBKQZEDks3MLj+9IJ37T"));
            shown.knownHostsLine = prompt.knownHostsFile + QStringLiteral(":3");
        }
        gui::HostKeyDialog dialog(shown, &window);
        dialog.show();
        ok = save(&dialog, out.filePath((kind == gui::HostKeyPrompt::Kind::Unknown
                                             ? QStringLiteral("hostkey-unknown")
                                             : QStringLiteral("hostkey-changed")) +
                                        suffix + QStringLiteral(".png"))) &&
             ok;
        dialog.close();
    }
    return ok ? 0 : 1;
}
