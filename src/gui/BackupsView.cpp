#include "BackupsView.h"

#include "BackupService.h"
#include "MessageBox.h"
#include "RunSession.h"
#include "Workspace.h"
#include "backup/BackupTransfer.h"
#include "log/Logging.h"
#include "ui_BackupsView.h"
#include "upgrade/HostSession.h"
#include "upgrade/JournalStore.h"

#include <QEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QIcon>
#include <QLocale>

namespace omsua::gui {

namespace {

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString stateIcon(const QString& state)
{
    if (state == QLatin1String("verified") || state == QLatin1String("checked"))
        return QStringLiteral(":/icons/step-done.svg");
    if (state == QLatin1String("unknown"))
        return QStringLiteral(":/icons/step-pending.svg");
    return QStringLiteral(":/icons/step-failed.svg");
}

} // namespace

BackupsView::BackupsView(Workspace* workspace, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::BackupsView>())
    , m_workspace(workspace)
    , m_service(new BackupService(this))
{
    m_ui->setupUi(this);
    m_ui->transferProgressBar->hide();
    m_ui->backupsSplitter->setStretchFactor(0, 3);
    m_ui->backupsSplitter->setStretchFactor(1, 1);
    m_ui->setsTreeWidget->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->deleteButton->setIcon(QIcon(QStringLiteral(":/icons/remove.svg")));
    m_ui->backupStatusLabel->setText(tr("Not read yet: connect, then refresh."));
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &BackupsView::refresh);
    connect(m_ui->verifyButton, &QPushButton::clicked, this, &BackupsView::verifySelected);
    connect(m_ui->previewButton, &QPushButton::clicked, this, &BackupsView::previewSelected);
    connect(m_ui->downloadButton, &QPushButton::clicked, this, &BackupsView::downloadSelected);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &BackupsView::deleteSelected);
    connect(m_ui->cancelTransferButton, &QPushButton::clicked, m_service, &BackupService::cancel);
    connect(m_ui->setsTreeWidget, &QTreeWidget::currentItemChanged, this,
            &BackupsView::updateButtons);
    connect(m_service, &BackupService::failed, this, [this](const QString& message) {
        finish(false, tr("Cannot connect: %1").arg(message));
    });
    // Read once the host is known; a new plan makes the old list meaningless.
    connect(m_workspace, &Workspace::discoveryChanged, this, &BackupsView::refresh);
    connect(m_workspace, &Workspace::planLoaded, this, [this] {
        m_entries.clear();
        m_ui->setsTreeWidget->clear();
        updateButtons();
    });
    updateButtons();
}

BackupsView::~BackupsView()
{
    // Before this object goes: tasks report back to it.
    m_service->stop();
}

void BackupsView::setBusy(bool busy, const QString& what)
{
    m_busy = busy;
    if (busy)
        m_ui->backupStatusLabel->setText(what);
    updateButtons();
}

void BackupsView::finish(bool ok, const QString& message)
{
    m_ui->transferProgressBar->hide();
    m_ui->backupStatusLabel->setText(message);
    m_ui->backupStatusLabel->setStyleSheet(ok ? QString() : QStringLiteral("color: #c62828;"));
    if (!ok)
        log::error(message);
    setBusy(false);
    Q_EMIT operationFinished(ok);
}

void BackupsView::updateButtons()
{
    const bool selected = !selectedSet().isEmpty();
    m_ui->refreshButton->setEnabled(!m_busy);
    m_ui->verifyButton->setEnabled(!m_busy && selected);
    m_ui->previewButton->setEnabled(!m_busy && selected);
    m_ui->downloadButton->setEnabled(!m_busy && selected);
    m_ui->deleteButton->setEnabled(!m_busy && selected);
    m_ui->cancelTransferButton->setEnabled(m_busy);
}

QString BackupsView::selectedSet() const
{
    QTreeWidgetItem* item = m_ui->setsTreeWidget->currentItem();
    if (!item)
        return QString();
    if (item->parent())
        item = item->parent();
    return item->data(0, Qt::UserRole).toString();
}

const backup::CatalogueEntry* BackupsView::selectedEntry() const
{
    const QString name = selectedSet();
    for (const backup::CatalogueEntry& entry : m_entries) {
        if (entry.name == name)
            return &entry;
    }
    return nullptr;
}

bool BackupsView::selectSet(const QString& name)
{
    for (int i = 0; i < m_ui->setsTreeWidget->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_ui->setsTreeWidget->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toString() == name) {
            m_ui->setsTreeWidget->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

void BackupsView::fillSetItem(QTreeWidgetItem* item, const backup::CatalogueEntry& entry)
{
    qDeleteAll(item->takeChildren());
    const QString state = entry.checkState();
    item->setData(0, Qt::UserRole, entry.name);
    item->setText(0, entry.name);
    item->setText(1, entry.isUnknown()
                         ? QString()
                         : tr("%1 -> %2").arg(entry.fromVersion(), entry.toVersion()));
    item->setText(2, sizeText(entry.totalBytes()));
    item->setText(3, state);
    item->setIcon(3, QIcon(stateIcon(state)));
    QString usedBy = tr("not in use");
    if (const backup::SetRun* run = entry.blockingRun())
        usedBy = run->describe();
    item->setText(4, usedBy);
    item->setToolTip(0, entry.path);
    if (entry.isUnknown())
        item->setToolTip(3, entry.manifestProblem);
    for (const backup::CatalogueFile& file : entry.files) {
        auto* child = new QTreeWidgetItem(item);
        child->setText(0, file.name);
        child->setText(2, sizeText(file.bytes));
        child->setToolTip(2, tr("%n byte(s)", nullptr, int(qMin<qint64>(file.bytes, INT_MAX))));
        if (entry.manifest) {
            for (const backup::ManifestDatabase& db : entry.manifest->databases) {
                if (db.file == file.name) {
                    child->setText(1, db.name);
                    child->setText(5, db.sha256);
                }
            }
        }
        if (entry.check) {
            for (const backup::FileVerification& verified : entry.check->files) {
                if (verified.file == file.name) {
                    child->setText(3, backup::toString(verified.status));
                    child->setIcon(3, QIcon(verified.ok()
                                                ? QStringLiteral(":/icons/step-done.svg")
                                                : QStringLiteral(":/icons/step-failed.svg")));
                    child->setToolTip(3, verified.detail);
                }
            }
        }
    }
}

void BackupsView::showEntries(const QList<backup::CatalogueEntry>& entries)
{
    const QString keep = selectedSet();
    m_entries = entries;
    m_ui->setsTreeWidget->clear();
    for (const backup::CatalogueEntry& entry : entries)
        fillSetItem(new QTreeWidgetItem(m_ui->setsTreeWidget), entry);
    if (!keep.isEmpty())
        selectSet(keep);
    updateButtons();
}

void BackupsView::replaceEntry(const backup::CatalogueEntry& entry)
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).name == entry.name) {
            m_entries[i] = entry;
            fillSetItem(m_ui->setsTreeWidget->topLevelItem(i), entry);
            m_ui->setsTreeWidget->topLevelItem(i)->setExpanded(true);
            return;
        }
    }
}

void BackupsView::refresh()
{
    if (m_busy)
        return;
    auto request = RunSession::requestFor(*m_workspace);
    if (!request) {
        finish(false, request.error().toString());
        return;
    }
    setBusy(true, tr("Reading the backup sets on the host..."));
    const QString directory = request->plan.backup.directory;
    m_service->submit(
        request->plan, request->secrets, [this, directory](upgrade::HostSession& host) {
            backup::BackupCatalogue catalogue(host.runner(), directory);
            catalogue.setLocalRuns(backup::BackupCatalogue::localRunsFrom(upgrade::JournalStore()));
            auto listed = catalogue.list(false);
            QMetaObject::invokeMethod(this, [this, listed, directory] {
                if (!listed) {
                    finish(false, listed.error().toString());
                    return;
                }
                showEntries(*listed);
                finish(true,
                       tr("%n backup set(s) in %1", nullptr, int(listed->size())).arg(directory));
            });
        });
}

void BackupsView::verifySelected()
{
    const QString name = selectedSet();
    auto request = RunSession::requestFor(*m_workspace);
    if (name.isEmpty() || m_busy || !request)
        return;
    setBusy(true, tr("Verifying %1: sha256 of every dump, computed on the host...").arg(name));
    const QString directory = request->plan.backup.directory;
    m_service->submit(
        request->plan, request->secrets, [this, directory, name](upgrade::HostSession& host) {
            backup::BackupCatalogue catalogue(host.runner(), directory);
            catalogue.setLocalRuns(backup::BackupCatalogue::localRunsFrom(upgrade::JournalStore()));
            auto entry = catalogue.entry(name, true);
            QMetaObject::invokeMethod(this, [this, entry, name] {
                if (!entry) {
                    finish(false, entry.error().toString());
                    return;
                }
                replaceEntry(*entry);
                const bool ok = entry->checkState() == QLatin1String("verified");
                finish(ok, entry->check ? entry->check->summary()
                                        : tr("%1: %2").arg(name, entry->checkState()));
            });
        });
}

void BackupsView::previewSelected()
{
    const backup::CatalogueEntry* entry = selectedEntry();
    auto request = RunSession::requestFor(*m_workspace);
    if (!entry || m_busy || !request)
        return;
    QStringList files;
    // The file selected under the set, else every dump of the set.
    QTreeWidgetItem* item = m_ui->setsTreeWidget->currentItem();
    if (item && item->parent())
        files << item->text(0);
    else if (entry->manifest)
        for (const backup::ManifestDatabase& db : entry->manifest->databases)
            files << db.file;
    else
        for (const backup::CatalogueFile& file : entry->files)
            if (file.name.endsWith(QLatin1String(".sql")))
                files << file.name;
    if (files.isEmpty()) {
        finish(false, tr("Set %1 holds no dump to preview").arg(entry->name));
        return;
    }
    const QString name = entry->name;
    const QString directory = request->plan.backup.directory;
    setBusy(true, tr("Reading the head and tail of %1...").arg(files.join(QStringLiteral(", "))));
    m_service->submit(
        request->plan, request->secrets,
        [this, directory, name, files](upgrade::HostSession& host) {
            backup::BackupCatalogue catalogue(host.runner(), directory);
            QString text;
            QString problem;
            constexpr qint64 bytes = 2048;
            for (const QString& file : files) {
                auto preview = catalogue.preview(name, file, bytes);
                if (!preview) {
                    problem = preview.error().toString();
                    break;
                }
                if (preview->whole) {
                    text +=
                        tr("==> %1: %2 bytes, the whole file <==\n").arg(file).arg(preview->bytes);
                    text += QString::fromUtf8(preview->head) + QLatin1Char('\n');
                    continue;
                }
                text += tr("==> %1: %2 bytes, the first %3 <==\n")
                            .arg(file)
                            .arg(preview->bytes)
                            .arg(bytes);
                text += QString::fromUtf8(preview->head) + QLatin1Char('\n');
                text += tr("==> %1: the last %2 bytes <==\n").arg(file).arg(bytes);
                text += QString::fromUtf8(preview->tail) + QLatin1Char('\n');
            }
            QMetaObject::invokeMethod(this, [this, text, problem, name] {
                m_ui->previewPlainTextEdit->setPlainText(text);
                finish(problem.isEmpty(),
                       problem.isEmpty() ? tr("Preview of %1").arg(name) : problem);
            });
        });
}

void BackupsView::downloadSelected()
{
    if (selectedSet().isEmpty() || m_busy)
        return;
    const QString directory =
        QFileDialog::getExistingDirectory(this, tr("Download the backup set into"));
    if (!directory.isEmpty())
        downloadSelectedTo(directory);
}

void BackupsView::downloadSelectedTo(const QString& localRoot)
{
    const QString name = selectedSet();
    auto request = RunSession::requestFor(*m_workspace);
    if (name.isEmpty() || m_busy || !request)
        return;
    setBusy(true, tr("Downloading %1 into %2...").arg(name, localRoot));
    m_ui->transferProgressBar->setRange(0, 1000);
    m_ui->transferProgressBar->setValue(0);
    m_ui->transferProgressBar->show();
    const QString directory = request->plan.backup.directory;
    const std::atomic<bool>* cancel = m_service->cancelFlag();
    m_service->submit(
        request->plan, request->secrets,
        [this, directory, name, localRoot, cancel](upgrade::HostSession& host) {
            const auto set = backup::BackupSet::at(directory, name);
            if (!set) {
                QMetaObject::invokeMethod(
                    this, [this, error = set.error()] { finish(false, error.toString()); });
                return;
            }
            backup::BackupTransfer transfer(host.runner(), host.sftp());
            transfer.setCancelFlag(cancel);
            transfer.setProgressCallback([this](const backup::SetTransferProgress& p) {
                QMetaObject::invokeMethod(this, [this, p] {
                    if (p.total > 0)
                        m_ui->transferProgressBar->setValue(int(p.done * 1000 / p.total));
                    m_ui->transferProgressBar->setFormat(
                        p.phase == backup::SetTransferProgress::Phase::Verifying
                            ? tr("verifying %1").arg(p.file)
                            : tr("%1 (%2 of %3): %p%")
                                  .arg(p.file)
                                  .arg(p.fileIndex + 1)
                                  .arg(p.fileCount));
                });
            });
            auto outcome = transfer.download(*set, localRoot);
            QMetaObject::invokeMethod(this, [this, outcome] {
                if (!outcome) {
                    finish(false, outcome.error().toString());
                    return;
                }
                finish(outcome->report.ok(),
                       tr("Downloaded to %1: %2 transferred, sha256 of every dump checked "
                          "here")
                           .arg(outcome->localPath, sizeText(outcome->transferredBytes)));
            });
        });
}

void BackupsView::deleteSelected()
{
    const backup::CatalogueEntry* entry = selectedEntry();
    auto request = RunSession::requestFor(*m_workspace);
    if (!entry || m_busy || !request)
        return;
    // The in-use rule before any question: a refused delete asks nothing.
    if (const backup::SetRun* run = entry->blockingRun()) {
        finish(false, tr("Refused: backup set %1 is in use: %2. Finish the run (or roll it "
                         "back) first; nothing was deleted.")
                          .arg(entry->name, run->describe()));
        return;
    }
    const QString name = entry->name;
    const auto answer =
        MessageBox::question(this, tr("Delete backup set"),
                             tr("This deletes %1 (%2) on the host. It cannot be undone.")
                                 .arg(entry->path, sizeText(entry->totalBytes())),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes) {
        finish(true, tr("Not deleted."));
        return;
    }
    const QString directory = request->plan.backup.directory;
    setBusy(true, tr("Deleting %1...").arg(name));
    m_service->submit(
        request->plan, request->secrets, [this, directory, name](upgrade::HostSession& host) {
            backup::BackupCatalogue catalogue(host.runner(), directory);
            catalogue.setLocalRuns(backup::BackupCatalogue::localRunsFrom(upgrade::JournalStore()));
            auto removed = catalogue.remove(name);
            auto listed = catalogue.list(false);
            QMetaObject::invokeMethod(this, [this, removed, listed, name] {
                if (listed)
                    showEntries(*listed);
                if (!removed) {
                    finish(false, removed.error().toString());
                    return;
                }
                log::info(QStringLiteral("backup set %1 deleted").arg(name));
                finish(true, tr("Deleted %1.").arg(name));
            });
        });
}

void BackupsView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QWidget::changeEvent(event);
}

} // namespace omsua::gui
