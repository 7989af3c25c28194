#pragma once

#include <QMainWindow>
#include <memory>

namespace Ui {
class MainWindow;
}

namespace omsua::gui {

class HostDiscoveryService;
class HostOverviewView;

// The application's frame. It stays thin: each view is a class of its own.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Shows which plan (target host) the window is working on.
    void setPlanFile(const QString& planFile);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void refresh();

    const std::unique_ptr<Ui::MainWindow> m_ui;
    QString m_planFile;
    QString m_planError;
    HostOverviewView* m_overview = nullptr;
    HostDiscoveryService* m_discovery = nullptr;
};

} // namespace omsua::gui
