#pragma once

#include <QMainWindow>
#include <memory>

namespace Ui {
class MainWindow;
}

namespace omsua::gui {

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

    const std::unique_ptr<Ui::MainWindow> m_ui;
    QString m_planFile;
};

} // namespace omsua::gui
