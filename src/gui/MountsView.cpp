#include "MountsView.h"

#include "PlannedRun.h"
#include "Workspace.h"
#include "ui_MountsView.h"

#include <QEvent>
#include <QHeaderView>
#include <QIcon>

namespace omsua::gui {

namespace {

bool darkPalette(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QString readOnlyText(bool readOnly)
{
    return readOnly ? MountsView::tr("read-only") : MountsView::tr("read-write");
}

} // namespace

MountsView::MountsView(Workspace* workspace, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MountsView>())
    , m_workspace(workspace)
{
    m_ui->setupUi(this);
    QHeaderView* header = m_ui->mountComparisonTableWidget->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);
    m_ui->mountComparisonTableWidget->verticalHeader()->setVisible(false);
    m_ui->mountComparisonTableWidget->verticalHeader()->setDefaultSectionSize(
        fontMetrics().height() + 10);
    connect(m_ui->confirmCheckBox, &QCheckBox::toggled, m_workspace,
            &Workspace::setMountsConfirmed);
    connect(m_workspace, &Workspace::mountsConfirmedChanged, this, [this] {
        const QSignalBlocker blocker(m_ui->confirmCheckBox);
        m_ui->confirmCheckBox->setChecked(m_workspace->mountsConfirmed());
    });
    connect(m_workspace, &Workspace::discoveryChanged, this, &MountsView::refresh);
    connect(m_workspace, &Workspace::planChanged, this, &MountsView::refresh);
    retranslate();
    refresh();
}

MountsView::~MountsView() = default;

void MountsView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        render();
    } else if (event->type() == QEvent::PaletteChange) {
        render();
    }
    QWidget::changeEvent(event);
}

void MountsView::retranslate()
{
    m_ui->mountsIntroLabel->setText(
        tr("The new container must see exactly the host directories the old one used: OMS keeps "
           "its configuration, logs, store and run state there. Compare each row by eye before "
           "the new container starts."));
}

QColor MountsView::identicalColor() const
{
    return darkPalette(palette()) ? QColor(0x1f, 0x4d, 0x2b) : QColor(0xd4, 0xed, 0xda);
}

QColor MountsView::differentColor() const
{
    return darkPalette(palette()) ? QColor(0x6b, 0x1f, 0x24) : QColor(0xf8, 0xd7, 0xda);
}

QString MountsView::verdictText(const docker::MountRow& row)
{
    using docker::MountVerdict;
    switch (row.verdict) {
    case MountVerdict::Identical:
        return tr("identical");
    case MountVerdict::HostPathChanged:
        return tr("host path differs: %1 (old) vs %2 (new)")
            .arg(row.oldHostPath, row.plannedHostPath);
    case MountVerdict::ReadOnlyChanged:
        return tr("access differs: %1 (old) vs %2 (new)")
            .arg(readOnlyText(row.oldReadOnly), readOnlyText(row.plannedReadOnly));
    case MountVerdict::MissingInPlan:
        return tr("missing in the new container");
    case MountVerdict::ExtraInPlan:
        return tr("only in the new container");
    case MountVerdict::MissingRequired:
        return tr("documented mount missing in the old container");
    }
    return QString();
}

void MountsView::refresh()
{
    const auto& found = m_workspace->discovery();
    if (!found) {
        m_hasResult = false;
        m_result = {};
        render();
        return;
    }
    const PlannedRun run = PlannedRun::build(m_workspace->plan(), *found);
    showComparison(run.oldBinds, run.spec.binds);
}

void MountsView::showComparison(const docker::BindMounts& oldBinds,
                                const docker::BindMounts& planned)
{
    m_result = docker::MountComparison::compare(oldBinds, planned);
    m_hasResult = true;
    render();
}

void MountsView::render()
{
    QTableWidget* table = m_ui->mountComparisonTableWidget;
    table->setRowCount(0);
    if (!m_hasResult) {
        m_ui->summaryLabel->setText(tr("Connect to the host to compare the mounts."));
        m_ui->summaryLabel->setStyleSheet(QString());
        m_ui->confirmCheckBox->setEnabled(false);
        return;
    }
    const QColor good = identicalColor();
    const QColor bad = differentColor();
    const QColor text = palette().color(QPalette::Text);
    table->setRowCount(int(m_result.rows.size()));
    for (int row = 0; row < m_result.rows.size(); ++row) {
        const docker::MountRow& mount = m_result.rows[row];
        const bool same = mount.verdict == docker::MountVerdict::Identical;
        auto hostCell = [&](const QString& path, bool readOnly) {
            return path.isEmpty() ? tr("(none)") : readOnly ? tr("%1 (read-only)").arg(path) : path;
        };
        const QStringList cells{mount.containerPath, hostCell(mount.oldHostPath, mount.oldReadOnly),
                                hostCell(mount.plannedHostPath, mount.plannedReadOnly),
                                verdictText(mount)};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            item->setBackground(same ? good : bad);
            item->setForeground(text);
            item->setToolTip(cells[column]);
            if (column == 3)
                item->setIcon(QIcon(same ? QStringLiteral(":/icons/ok.svg")
                                         : QStringLiteral(":/icons/differs.svg")));
            table->setItem(row, column, item);
        }
    }
    const int problems = int(m_result.problems().size());
    if (m_result.ok) {
        m_ui->summaryLabel->setText(
            tr("All %n bind(s) identical: the new container sees the same host directories.",
               nullptr, int(m_result.rows.size())));
    } else {
        m_ui->summaryLabel->setText(
            tr("%n bind(s) differ: the new container would not see what the old one saw, and "
               "the upgrade refuses to start it.",
               nullptr, problems));
    }
    m_ui->summaryLabel->setStyleSheet(
        QStringLiteral("background-color: %1; color: %2; border-radius: 3px;")
            .arg((m_result.ok ? good : bad).name(), text.name()));
    m_ui->confirmCheckBox->setEnabled(m_result.ok);
}

} // namespace omsua::gui
