#include "HostOverviewView.h"

#include "ui_HostOverviewView.h"
#include "upgrade/ProcedureCatalogue.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>

namespace omsua::gui {

namespace {

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}

QString timeText(const QDateTime& when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat)
                          : QStringLiteral("-");
}

} // namespace

HostOverviewView::HostOverviewView(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::HostOverviewView>())
{
    m_ui->setupUi(this);
    for (QTableWidget* table : {m_ui->mountsTableWidget, m_ui->databasesTableWidget})
        table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &HostOverviewView::refreshRequested);
}

HostOverviewView::~HostOverviewView() = default;

void HostOverviewView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QWidget::changeEvent(event);
}

void HostOverviewView::showBusy(const QString& what)
{
    m_ui->statusLabel->setText(what);
    m_ui->refreshButton->setEnabled(false);
}

void HostOverviewView::showFailure(const QString& error)
{
    m_ui->statusLabel->setText(tr("Could not read the host: %1").arg(error));
    m_ui->refreshButton->setEnabled(true);
}

void HostOverviewView::showDiscovery(const upgrade::Discovery& found)
{
    m_ui->refreshButton->setEnabled(true);
    m_ui->statusLabel->setText(
        found.complete()
            ? tr("Read-only discovery complete; nothing was changed.")
            : tr("Discovery incomplete: %1").arg(found.problems.join(QStringLiteral("; "))));
    const docker::ContainerInfo& c = found.container;
    m_ui->hostValueLabel->setText(found.config.sourceName.section(QLatin1Char(':'), 0, 0));
    m_ui->hostKeyValueLabel->setText(found.hostKeyFingerprint);
    m_ui->dockerValueLabel->setText(
        tr("%1 (server %2)").arg(found.dockerCommand, found.dockerServerVersion));
    m_ui->containerValueLabel->setText(tr("%1 (%2)").arg(c.name, c.id.left(12)));
    m_ui->imageValueLabel->setText(c.configImage);
    m_ui->stateValueLabel->setText(
        tr("%1, started %2").arg(c.state.status, timeText(c.state.startedAt)));

    QString route =
        tr("version %1")
            .arg(found.sourceVersion.isNull() ? tr("unknown") : found.sourceVersion.toString());
    if (!found.sourceVersion.isNull() && !found.targetVersion.isNull()) {
        if (const auto catalogue = upgrade::ProcedureCatalogue::loadBuiltIn()) {
            const auto found_route = catalogue->findRoute(found.sourceVersion, found.targetVersion);
            route = found_route ? tr("%1 (supported)").arg(found_route->label())
                                : tr("not supported: %1").arg(found_route.error().message);
        }
    }
    m_ui->routeValueLabel->setText(route);
    m_ui->metaDbValueLabel->setText(found.metaDbRoute.isEmpty()
                                        ? tr("%1@%2:%3 (not connected)")
                                              .arg(found.config.metaUser, found.config.metaHost)
                                              .arg(found.config.metaPort)
                                        : tr("%1@%2:%3, %4, %5")
                                              .arg(found.config.metaUser, found.config.metaHost)
                                              .arg(found.config.metaPort)
                                              .arg(found.metaDbRoute, found.metaServerVersion));
    m_ui->heartbeatValueLabel->setText(
        found.heartbeatRows >= 0 ? QLocale().toString(found.heartbeatRows) : QStringLiteral("-"));
    m_ui->haValueLabel->setText(
        found.ha ? tr("enable=%1, perceiveStoreClientCheckpoint=%2, refetchStoreIntervalMin=%3")
                       .arg(found.ha->enable() ? tr("true") : tr("false"),
                            found.ha->perceiveStoreClientCheckpoint() ? tr("true") : tr("false"))
                       .arg(found.ha->refetchStoreIntervalMin())
                 : QStringLiteral("-"));

    const docker::BindMounts binds = c.bindMounts();
    m_ui->mountsTableWidget->setRowCount(int(binds.size()));
    for (int row = 0; row < binds.size(); ++row) {
        m_ui->mountsTableWidget->setItem(row, 0, cell(binds[row].hostPath));
        m_ui->mountsTableWidget->setItem(row, 1, cell(binds[row].containerPath));
        m_ui->mountsTableWidget->setItem(
            row, 2, cell(binds[row].readOnly ? tr("read-only") : tr("read-write")));
    }
    m_ui->mountsTableWidget->resizeColumnsToContents();

    const QStringList roles{QStringLiteral("rm"), QStringLiteral("cm"), QStringLiteral("cm_hb")};
    m_ui->databasesTableWidget->setRowCount(int(found.databases.size()));
    for (int row = 0; row < found.databases.size(); ++row) {
        const QString& name = found.databases[row];
        const auto size = found.databaseSizes.constFind(name);
        const bool missing = found.databasesMissing.contains(name);
        m_ui->databasesTableWidget->setItem(row, 0, cell(roles.value(row)));
        m_ui->databasesTableWidget->setItem(row, 1, cell(name));
        m_ui->databasesTableWidget->setItem(row, 2,
                                            cell(missing ? tr("missing")
                                                 : size != found.databaseSizes.cend()
                                                     ? QLocale().formattedDataSize(size->bytes)
                                                     : QStringLiteral("-")));
        m_ui->databasesTableWidget->setItem(row, 3,
                                            cell(size != found.databaseSizes.cend()
                                                     ? QString::number(size->tables)
                                                     : QStringLiteral("-")));
    }
    m_ui->databasesTableWidget->resizeColumnsToContents();
}

} // namespace omsua::gui
