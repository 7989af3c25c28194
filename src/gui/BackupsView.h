#pragma once

#include "backup/BackupCatalogue.h"

#include <QList>
#include <QWidget>
#include <memory>

class QTreeWidgetItem;

namespace Ui {
class BackupsView;
}

namespace omsua::gui {

class BackupService;
class Workspace;

// The backup sets on the host: each set with its files, sizes, sha256 and check state, and
// which run still needs it. Verify (sha256 recomputed on the host), preview a dump's head and
// tail, download with progress, delete after a confirmation (refused while a run needs the
// set). All of it runs in BackupService's thread.
class BackupsView : public QWidget
{
    Q_OBJECT

public:
    BackupsView(Workspace* workspace, QWidget* parent = nullptr);
    ~BackupsView() override;

    const QList<backup::CatalogueEntry>& entries() const { return m_entries; }
    bool busy() const { return m_busy; }
    // Selects a set by name; false when it is not listed.
    bool selectSet(const QString& name);

public Q_SLOTS:
    void refresh();
    void verifySelected();
    void previewSelected();
    void downloadSelected();
    void downloadSelectedTo(const QString& directory);
    void deleteSelected();

Q_SIGNALS:
    // One operation ended (listing, verification, ...); ok false: the status says why.
    void operationFinished(bool ok);

protected:
    void changeEvent(QEvent* event) override;

private:
    QString selectedSet() const;
    const backup::CatalogueEntry* selectedEntry() const;
    void showEntries(const QList<backup::CatalogueEntry>& entries);
    void replaceEntry(const backup::CatalogueEntry& entry);
    void fillSetItem(QTreeWidgetItem* item, const backup::CatalogueEntry& entry);
    void setBusy(bool busy, const QString& what = {});
    void finish(bool ok, const QString& message);
    void updateButtons();

    const std::unique_ptr<Ui::BackupsView> m_ui;
    Workspace* m_workspace;
    BackupService* m_service;
    QList<backup::CatalogueEntry> m_entries;
    bool m_busy = false;
};

} // namespace omsua::gui
