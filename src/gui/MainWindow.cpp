#include "MainWindow.h"

#include "ui_MainWindow.h"

#include <QEvent>
#include <QIcon>

namespace omsua::gui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/oms-upgrade-assistant.svg")));
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);
    retranslate();
}

MainWindow::~MainWindow() = default;

void MainWindow::setPlanFile(const QString& planFile)
{
    m_planFile = planFile;
    retranslate();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    m_ui->versionLabel->setText(tr("Version %1").arg(QStringLiteral(OMSUA_VERSION)));
    m_ui->targetLabel->setText(m_planFile.isEmpty()
                                   ? tr("No plan loaded. Open a plan file to choose the OMS host.")
                                   : tr("Plan: %1").arg(m_planFile));
    statusBar()->showMessage(tr("Not connected"));
}

} // namespace omsua::gui
