#pragma once

#include <QMainWindow>
#include <memory>

class QLabel;
class QListWidgetItem;

namespace Ui {
class MainWindow;
}

namespace omsua::gui {

class ConnectionController;
class ConnectionView;
class HostOverviewView;
class LogPane;
class Workspace;

// The application's frame. It stays thin: a navigation list of views (each a class of its own,
// sharing one Workspace), the log pane as a dock, the connection state in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a plan file (listed as a profile) and reads its host.
    void setPlanFile(const QString& planFile);

    Workspace* workspace() const { return m_workspace; }
    ConnectionController* connection() const { return m_connection; }
    // Shows the view whose object name is given ("planView", "mountsView", ...).
    bool showView(const QString& objectName);

protected:
    void changeEvent(QEvent* event) override;

private:
    // `title` is marked with QT_TR_NOOP and translated on every language change.
    void addView(QWidget* view, const QString& icon, const char* title);
    void retranslate();
    void updateConnectionState();
    void openSettings();
    void about();

    struct NavigationEntry
    {
        QListWidgetItem* item;
        const char* title;
    };

    const std::unique_ptr<Ui::MainWindow> m_ui;
    Workspace* m_workspace = nullptr;
    ConnectionController* m_connection = nullptr;
    ConnectionView* m_connectionView = nullptr;
    HostOverviewView* m_overview = nullptr;
    LogPane* m_logPane = nullptr;
    QDockWidget* m_logDock = nullptr;
    QLabel* m_stateIcon = nullptr;
    QLabel* m_stateLabel = nullptr;
    QList<NavigationEntry> m_navigation;
};

} // namespace omsua::gui
