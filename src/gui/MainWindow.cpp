#include "MainWindow.h"

#include "DiscoveryWorker.h"
#include "HostOverviewView.h"
#include "plan/Plan.h"
#include "ui_MainWindow.h"

#include <QEvent>
#include <QIcon>

namespace omsua::gui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    statusBar()->showMessage(tr("Not connected"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/oms-upgrade-assistant.svg")));
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);

    m_overview = new HostOverviewView(this);
    m_ui->centralLayout->addWidget(m_overview, 1);
    m_discovery = new HostDiscoveryService(this);
    connect(m_overview, &HostOverviewView::refreshRequested, this, &MainWindow::refresh);
    connect(m_discovery, &HostDiscoveryService::progress, m_overview, &HostOverviewView::showBusy);
    connect(m_discovery, &HostDiscoveryService::failed, this, [this](const QString& error) {
        m_overview->showFailure(error);
        statusBar()->showMessage(tr("Not connected"));
    });
    connect(m_discovery, &HostDiscoveryService::discovered, this,
            [this](const upgrade::Discovery& found) {
                m_overview->showDiscovery(found);
                statusBar()->showMessage(tr("Read from %1").arg(found.container.name));
            });
    retranslate();
}

MainWindow::~MainWindow() = default;

void MainWindow::setPlanFile(const QString& planFile)
{
    m_planFile = planFile;
    retranslate();
    refresh();
}

void MainWindow::refresh()
{
    const auto plan = plan::Plan::load(m_planFile);
    if (!plan) {
        m_planError = plan.error().toString();
        m_overview->showFailure(m_planError);
        return;
    }
    m_planError.clear();
    m_overview->showBusy(tr("Connecting to %1...").arg(plan->ssh.host));
    statusBar()->showMessage(tr("Connecting..."));
    m_discovery->discover(*plan);
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
}

} // namespace omsua::gui
