#include "SettingsDialog.h"

#include "Appearance.h"
#include "ui_SettingsDialog.h"

#include <QEvent>
#include <QPushButton>

namespace omsua::gui {

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    for (int i = 0; i < 3; ++i)
        m_ui->themeComboBox->addItem(QString());
    m_ui->themeComboBox->setCurrentIndex(int(Appearance::theme()));
    m_ui->languageComboBox->addItem(QString(), QString());
    for (const QString& language : Appearance::languages())
        m_ui->languageComboBox->addItem(Appearance::languageName(language), language);
    m_ui->languageComboBox->setCurrentIndex(
        std::max(0, m_ui->languageComboBox->findData(Appearance::language())));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslate()
{
    m_ui->themeComboBox->setItemText(0, tr("Like the system"));
    m_ui->themeComboBox->setItemText(1, tr("Light"));
    m_ui->themeComboBox->setItemText(2, tr("Dark"));
    m_ui->languageComboBox->setItemText(0, Appearance::languageName(QString()));
    m_ui->settingsNoteLabel->setText(
        tr("Both apply at once and are remembered for the next start."));
}

void SettingsDialog::accept()
{
    Appearance::setTheme(Appearance::Theme(m_ui->themeComboBox->currentIndex()));
    Appearance::setLanguage(m_ui->languageComboBox->currentData().toString());
    QDialog::accept();
}

} // namespace omsua::gui
