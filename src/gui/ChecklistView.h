#pragma once

#include "Expected.h"
#include "upgrade/Journal.h"
#include "upgrade/UpgradeWorker.h"

#include <QDialog>
#include <QHash>
#include <QMessageBox>
#include <QPointer>
#include <QWidget>
#include <memory>
#include <optional>
class QTreeWidgetItem;

namespace Ui {
class ChecklistView;
}

namespace omsua::gui {

class RunSession;
class Workspace;

// The run as a checklist: the route's steps (or a rollback's) with their state, times and
// duration, the running step's progress and live output, and the buttons that drive the
// engine one step or one stretch at a time. The engine runs in RunSession's thread; this view
// only shows what its signals and the run's journal say. A destructive step waits for the
// operator's yes in a confirmation box opened without a nested event loop.
class ChecklistView : public QWidget
{
    Q_OBJECT

public:
    ChecklistView(Workspace* workspace, QWidget* parent = nullptr);
    ~ChecklistView() override;

    bool busy() const;
    QString runId() const { return m_runId; }
    QString runKind() const { return m_kind; }
    // The state word of a step in the list ("pending", "running", "done", ...).
    QString stepState(const QString& stepId) const;
    QStringList stepIds() const { return m_stepIds; }
    // The confirmation box on screen, if any (tests answer it).
    QMessageBox* confirmationBox() const { return m_confirmBox; }
    // The unfinished run offered for resume when the plan was opened; empty when none.
    QString resumableRunId() const { return m_resumableRunId; }

    // The upgrade run a rollback would undo: the plan's latest upgrade whose backup step is
    // done with a verified set, unless a rollback of it already finished. Empty otherwise.
    QString rollbackCandidate() const;

    // Tests export without a file dialog and without opening the file.
    void setOpenExportedReports(bool open) { m_openExportedReports = open; }
    Expected<void> exportReportTo(const QString& path);

public Q_SLOTS:
    void runNextStep();
    void runToManualStep();
    void cancelRun();
    void resumeRun();
    void exportReport();
    // Opens the RollbackDialog for rollbackCandidate(); on OK the rollback runs here.
    void askForRollback();
    void startRollback(const QString& upgradeRunId);
    // Reads the plan's journals: shows its latest run and offers an unfinished one for resume.
    void reloadRuns();

Q_SIGNALS:
    void confirmationOpened(QMessageBox* box);
    // reloadRuns() found an unfinished run of the plan; `what` describes it in a sentence.
    void resumableRunFound(const QString& runId, const QString& what);
    void rollbackDialogOpened(QDialog* dialog);
    void runFinished(omsua::upgrade::UpgradeWorker::Result result, const QString& message);
    void busyChanged(bool busy);

protected:
    void changeEvent(QEvent* event) override;

private:
    void start(const QString& untilStepId, const QString& resumeRunId,
               const QString& rollbackOfRunId);
    void showSteps(const QString& kind, const std::optional<upgrade::Journal>& journal);
    QStringList routeStepIds(const std::optional<upgrade::Journal>& journal,
                             QHash<QString, QString>* titles) const;
    void applyJournal(const upgrade::Journal& journal);
    std::optional<upgrade::Journal> loadJournal() const;
    void setItemState(const QString& stepId, const QString& state);
    void showPreflight(const upgrade::StepRecord& record);
    void showDetail();
    void updateButtons();
    void confirm(const QString& stepId, const QString& title, const QString& description);
    void onFinished(upgrade::UpgradeWorker::Result result, const QString& stepId,
                    const QString& message, const QString& errorCode);
    QString nextStepId() const;
    // The state word in the operator's language.
    static QString stateText(const QString& state);
    QString store() const;

    struct StepDetail
    {
        QString title;
        QString description;
        QString output;
        QString state = QStringLiteral("pending");
    };

    const std::unique_ptr<Ui::ChecklistView> m_ui;
    Workspace* m_workspace;
    RunSession* m_session;
    QStringList m_stepIds;
    QHash<QString, QTreeWidgetItem*> m_items;
    QHash<QString, StepDetail> m_details;
    QString m_kind = QStringLiteral("upgrade");
    QString m_runId;
    QString m_journalPath;
    QString m_runningStep;
    QString m_resumableRunId;
    QString m_pendingKind; // the kind of the run being started, until it opens its journal
    QPointer<QMessageBox> m_confirmBox;
    bool m_openExportedReports = true;
};

} // namespace omsua::gui
