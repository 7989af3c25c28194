#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace omsua::gui {

// Light or dark palette and the language, saved in QSettings and applied at once (the language
// switches live: every view retranslates itself).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget* parent = nullptr);
    ~SettingsDialog() override;

    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    const std::unique_ptr<Ui::SettingsDialog> m_ui;
};

} // namespace omsua::gui
