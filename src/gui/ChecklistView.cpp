#include "ChecklistView.h"

#include "PlannedRun.h"
#include "RollbackDialog.h"
#include "RunSession.h"
#include "Workspace.h"
#include "log/Logging.h"
#include "report/ReportExporter.h"
#include "report/ReportModel.h"
#include "ui_ChecklistView.h"
#include "upgrade/JournalKeys.h"
#include "upgrade/JournalStore.h"
#include "upgrade/ProcedureCatalogue.h"
#include "upgrade/RollbackRun.h"
#include "upgrade/StepFactory.h"

#include <QDesktopServices>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QIcon>
#include <QJsonArray>
#include <QMessageBox>
#include <QUrl>
#include <algorithm>

namespace omsua::gui {

namespace {

QString iconFor(const QString& state)
{
    if (state == QLatin1String("running"))
        return QStringLiteral(":/icons/step-running.svg");
    if (state == QLatin1String("done"))
        return QStringLiteral(":/icons/step-done.svg");
    if (state == QLatin1String("failed"))
        return QStringLiteral(":/icons/step-failed.svg");
    if (state == QLatin1String("needs_operator"))
        return QStringLiteral(":/icons/step-operator.svg");
    if (state == QLatin1String("skipped"))
        return QStringLiteral(":/icons/step-skipped.svg");
    if (state == QLatin1String("cancelled"))
        return QStringLiteral(":/icons/step-cancelled.svg");
    return QStringLiteral(":/icons/step-pending.svg");
}

QString timeText(const QDateTime& when)
{
    return when.isValid() ? when.toLocalTime().toString(QStringLiteral("HH:mm:ss")) : QString();
}

QString durationText(const QDateTime& from, const QDateTime& to)
{
    if (!from.isValid() || !to.isValid())
        return QString();
    const qint64 seconds = from.secsTo(to);
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString titleOf(const upgrade::RouteStep& definition)
{
    const auto step = upgrade::StepFactory::create(definition);
    return step ? step->title() : definition.id();
}

} // namespace

ChecklistView::ChecklistView(Workspace* workspace, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ChecklistView>())
    , m_workspace(workspace)
    , m_session(new RunSession(this))
{
    m_ui->setupUi(this);
    m_ui->resumeFrame->hide();
    m_ui->stepProgressBar->hide();
    m_ui->checklistSplitter->setStretchFactor(0, 3);
    m_ui->checklistSplitter->setStretchFactor(1, 2);
    m_ui->stepsTreeWidget->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < 4; ++column)
        m_ui->stepsTreeWidget->header()->setSectionResizeMode(column,
                                                              QHeaderView::ResizeToContents);
    m_ui->stepsTreeWidget->header()->setStretchLastSection(false);
    // The finding is the long column; it wraps rather than scrolls.
    QHeaderView* checksHeader = m_ui->preflightTableWidget->horizontalHeader();
    checksHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    checksHeader->setSectionResizeMode(1, QHeaderView::Stretch);
    checksHeader->setStretchLastSection(false);
    m_ui->outputPlainTextEdit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_ui->rollbackButton->setIcon(QIcon(QStringLiteral(":/icons/rollback.svg")));
    // Red: the one action here that throws work away.
    m_ui->rollbackButton->setStyleSheet(
        QStringLiteral("QPushButton:enabled { color: #ffffff; background-color: #c62828; "
                       "border: 1px solid #8e1c1c; border-radius: 3px; padding: 3px 10px; "
                       "min-width: 7em; }"));
    m_ui->exportReportButton->setIcon(QIcon(QStringLiteral(":/icons/report.svg")));

    connect(m_ui->runNextButton, &QPushButton::clicked, this, &ChecklistView::runNextStep);
    connect(m_ui->runToManualButton, &QPushButton::clicked, this, &ChecklistView::runToManualStep);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &ChecklistView::cancelRun);
    connect(m_ui->resumeButton, &QPushButton::clicked, this, &ChecklistView::resumeRun);
    connect(m_ui->exportReportButton, &QPushButton::clicked, this, &ChecklistView::exportReport);
    connect(m_ui->rollbackButton, &QPushButton::clicked, this, &ChecklistView::askForRollback);
    connect(m_ui->stepsTreeWidget, &QTreeWidget::currentItemChanged, this,
            &ChecklistView::showDetail);

    connect(m_session, &RunSession::discovering, this, [this](const QString& what) {
        m_ui->runStatusLabel->setText(tr("Reading %1...").arg(what));
    });
    connect(m_session, &RunSession::connected, this, [this](const QString& fingerprint) {
        m_ui->runStatusLabel->setText(tr("Connected (host key %1)").arg(fingerprint));
    });
    connect(m_session, &RunSession::runOpened, this,
            [this](const QString& runId, const QString& journalPath) {
                m_runId = runId;
                m_journalPath = journalPath;
                m_kind = m_pendingKind;
                m_ui->resumeFrame->hide();
                m_resumableRunId.clear();
                log::info(QStringLiteral("run %1 opened: %2").arg(runId, journalPath));
                if (const auto journal = loadJournal())
                    showSteps(journal->kind(), journal);
            });
    connect(m_session, &RunSession::stepStarted, this,
            [this](const QString& id, const QString& title, const QString& description) {
                m_runningStep = id;
                StepDetail& detail = m_details[id];
                if (!title.isEmpty())
                    detail.title = title;
                detail.description = description;
                detail.output.clear();
                setItemState(id, QStringLiteral("running"));
                if (QTreeWidgetItem* item = m_items.value(id)) {
                    item->setText(1, timeText(QDateTime::currentDateTimeUtc()));
                    item->setText(2, QString());
                    item->setText(3, QString());
                    m_ui->stepsTreeWidget->setCurrentItem(item);
                }
                m_ui->stepProgressBar->setRange(0, 0);
                m_ui->stepProgressBar->show();
                m_ui->runStatusLabel->setText(tr("Running: %1").arg(detail.title));
                showDetail();
            });
    connect(m_session, &RunSession::stepOutput, this,
            [this](const QString& id, const QString& text) {
                m_details[id].output += text;
                QTreeWidgetItem* current = m_ui->stepsTreeWidget->currentItem();
                if (current && current->data(0, Qt::UserRole).toString() == id) {
                    m_ui->outputPlainTextEdit->moveCursor(QTextCursor::End);
                    m_ui->outputPlainTextEdit->insertPlainText(text);
                    m_ui->outputPlainTextEdit->moveCursor(QTextCursor::End);
                }
            });
    connect(m_session, &RunSession::stepProgress, this,
            [this](const QString& id, qint64 done, qint64 total) {
                Q_UNUSED(id)
                if (total > 0) {
                    // Scaled to per mille: byte counts do not fit in an int.
                    m_ui->stepProgressBar->setRange(0, 1000);
                    m_ui->stepProgressBar->setValue(
                        int(std::clamp<qint64>(done * 1000 / total, 0, 1000)));
                    m_ui->stepProgressBar->setFormat(QStringLiteral("%p%"));
                } else {
                    // A count of lines without a known end.
                    m_ui->stepProgressBar->setRange(0, 0);
                    m_ui->stepProgressBar->setFormat(tr("%1 lines").arg(done));
                }
            });
    connect(m_session, &RunSession::stepFinished, this,
            [this](const QString& id, const QString& state, const QString& text) {
                if (m_runningStep == id) {
                    m_runningStep.clear();
                    m_ui->stepProgressBar->hide();
                }
                setItemState(id, state);
                if (!text.isEmpty())
                    m_ui->runStatusLabel->setText(
                        tr("%1: %2").arg(m_details.value(id).title, text.trimmed()));
                if (const auto journal = loadJournal())
                    applyJournal(*journal);
                showDetail();
            });
    connect(m_session, &RunSession::confirmationNeeded, this, &ChecklistView::confirm);
    connect(m_session, &RunSession::finished, this, &ChecklistView::onFinished);
    connect(m_session, &RunSession::busyChanged, this, [this](bool busy) {
        updateButtons();
        Q_EMIT busyChanged(busy);
    });

    connect(m_workspace, &Workspace::profileChanged, this, &ChecklistView::reloadRuns);
    connect(m_workspace, &Workspace::planLoaded, this, &ChecklistView::reloadRuns);
    // The route comes from what discovery found until a run's journal names it.
    connect(m_workspace, &Workspace::discoveryChanged, this, [this] {
        if (m_runId.isEmpty() && !busy())
            showSteps(QStringLiteral("upgrade"), std::nullopt);
    });
    reloadRuns();
}

ChecklistView::~ChecklistView()
{
    // Closing: a pending question is answered no, the run stops at its next safe point.
    if (m_confirmBox)
        m_confirmBox->disconnect(this);
    m_session->cancel();
}

bool ChecklistView::busy() const
{
    return m_session->busy();
}

QString ChecklistView::store() const
{
    return upgrade::JournalStore().directory();
}

QString ChecklistView::stepState(const QString& stepId) const
{
    return m_details.value(stepId).state;
}

std::optional<upgrade::Journal> ChecklistView::loadJournal() const
{
    if (m_journalPath.isEmpty())
        return std::nullopt;
    auto journal = upgrade::Journal::load(m_journalPath);
    if (!journal)
        return std::nullopt;
    return *journal;
}

QStringList ChecklistView::routeStepIds(const std::optional<upgrade::Journal>& journal,
                                        QHash<QString, QString>* titles) const
{
    const auto catalogue = upgrade::ProcedureCatalogue::loadBuiltIn();
    if (!catalogue)
        return {};
    std::optional<upgrade::Route> route;
    if (journal)
        route = catalogue->routeById(journal->facts().value(upgrade::keys::route).toString());
    if (!route && m_workspace->discovery())
        route = PlannedRun::build(m_workspace->plan(), *m_workspace->discovery()).route;
    if (!route)
        return {};
    QStringList ids;
    for (const upgrade::RouteStep& definition : catalogue->stepsFor(*route)) {
        ids << definition.id();
        titles->insert(definition.id(), titleOf(definition));
    }
    return ids;
}

void ChecklistView::showSteps(const QString& kind, const std::optional<upgrade::Journal>& journal)
{
    QHash<QString, QString> titles;
    QStringList ids;
    if (kind == QLatin1String("rollback")) {
        for (const QString& id : upgrade::RollbackRun::stepIds()) {
            ids << id;
            upgrade::RouteStep definition;
            if (const auto stepKind = upgrade::stepKindFromId(id)) {
                definition.kind = *stepKind;
                titles.insert(id, titleOf(definition));
            }
        }
    } else {
        ids = routeStepIds(journal, &titles);
    }
    m_kind = kind;
    if (ids != m_stepIds) {
        m_stepIds = ids;
        m_items.clear();
        m_details.clear();
        m_ui->stepsTreeWidget->clear();
        for (const QString& id : std::as_const(m_stepIds)) {
            auto* item = new QTreeWidgetItem(m_ui->stepsTreeWidget);
            item->setData(0, Qt::UserRole, id);
            const QString title = titles.value(id, id);
            item->setText(0, title);
            m_items.insert(id, item);
            m_details[id].title = title;
            setItemState(id, QStringLiteral("pending"));
        }
    }
    m_ui->preflightTableWidget->setRowCount(0);
    if (journal)
        applyJournal(*journal);
    const QString label =
        journal ? journal->facts().value(upgrade::keys::routeLabel).toString() : QString();
    if (m_stepIds.isEmpty())
        m_ui->routeLabel->setText(
            tr("No route yet: connect to the host so that its versions are known."));
    else if (kind == QLatin1String("rollback"))
        m_ui->routeLabel->setText(tr("Rollback run %1").arg(m_runId));
    else if (!m_runId.isEmpty())
        m_ui->routeLabel->setText(tr("Upgrade run %1, route %2").arg(m_runId, label));
    else
        m_ui->routeLabel->setText(tr("A new upgrade: %n step(s)", nullptr, int(m_stepIds.size())));
    updateButtons();
}

void ChecklistView::applyJournal(const upgrade::Journal& journal)
{
    for (const upgrade::StepRecord& record : journal.steps()) {
        QTreeWidgetItem* item = m_items.value(record.id);
        if (!item)
            continue;
        // The live state wins for the step that is running now.
        if (record.id != m_runningStep)
            setItemState(record.id, upgrade::toString(record.state));
        item->setText(1, timeText(record.startedAt));
        item->setText(2, timeText(record.finishedAt));
        item->setText(3, durationText(record.startedAt, record.finishedAt));
        if (record.id == QLatin1String("preflight"))
            showPreflight(record);
    }
}

void ChecklistView::setItemState(const QString& stepId, const QString& state)
{
    m_details[stepId].state = state;
    QTreeWidgetItem* item = m_items.value(stepId);
    if (!item)
        return;
    item->setIcon(0, QIcon(iconFor(state)));
    item->setData(0, Qt::UserRole + 1, state);
    item->setToolTip(0, QStringLiteral("%1 (%2)").arg(stepId, stateText(state)));
    QFont font = item->font(0);
    font.setBold(state == QLatin1String("running"));
    item->setFont(0, font);
}

QString ChecklistView::stateText(const QString& state)
{
    if (state == QLatin1String("running"))
        return tr("running");
    if (state == QLatin1String("done"))
        return tr("done");
    if (state == QLatin1String("failed"))
        return tr("failed");
    if (state == QLatin1String("needs_operator"))
        return tr("waiting for the operator");
    if (state == QLatin1String("skipped"))
        return tr("skipped");
    if (state == QLatin1String("cancelled"))
        return tr("cancelled");
    return tr("pending");
}

void ChecklistView::showPreflight(const upgrade::StepRecord& record)
{
    const QJsonArray checks = record.data.value(QStringLiteral("checks")).toArray();
    QTableWidget* table = m_ui->preflightTableWidget;
    table->setRowCount(int(checks.size()));
    for (int row = 0; row < checks.size(); ++row) {
        const QJsonObject check = checks.at(row).toObject();
        const QString verdict = check.value(QStringLiteral("verdict")).toString();
        const QStringList values{check.value(QStringLiteral("check")).toString(),
                                 check.value(QStringLiteral("found")).toString(), verdict,
                                 check.value(QStringLiteral("hint")).toString()};
        for (int column = 0; column < values.size(); ++column)
            table->setItem(row, column, new QTableWidgetItem(values.at(column)));
        QString icon = QStringLiteral(":/icons/step-done.svg");
        if (verdict.compare(QLatin1String("fail"), Qt::CaseInsensitive) == 0)
            icon = QStringLiteral(":/icons/step-failed.svg");
        else if (verdict.compare(QLatin1String("warn"), Qt::CaseInsensitive) == 0)
            icon = QStringLiteral(":/icons/step-operator.svg");
        table->item(row, 2)->setIcon(QIcon(icon));
    }
    table->resizeRowsToContents();
}

void ChecklistView::showDetail()
{
    QTreeWidgetItem* item = m_ui->stepsTreeWidget->currentItem();
    if (!item) {
        m_ui->detailTextBrowser->clear();
        m_ui->outputPlainTextEdit->clear();
        return;
    }
    const QString id = item->data(0, Qt::UserRole).toString();
    const StepDetail detail = m_details.value(id);
    upgrade::StepRecord record;
    if (const auto journal = loadJournal())
        record = journal->step(id);
    QString html = QStringLiteral("<h3>%1</h3><p><i>%2</i> &middot; %3</p>")
                       .arg(detail.title.toHtmlEscaped(), id.toHtmlEscaped(),
                            stateText(detail.state).toHtmlEscaped());
    if (!detail.description.isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(detail.description.toHtmlEscaped().replace(QLatin1Char('\n'),
                                                                    QStringLiteral("<br>")));
    if (!record.verdict.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("Verdict:"), record.verdict.toHtmlEscaped());
    if (!record.error.isEmpty())
        html += QStringLiteral("<p style=\"color:#c62828\"><b>%1</b> %2</p>")
                    .arg(tr("Error:"), record.error.toHtmlEscaped());
    if (!record.commands.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><pre>").arg(tr("Commands:"));
        for (const QString& command : record.commands)
            html += command.toHtmlEscaped() + QLatin1Char('\n');
        html += QStringLiteral("</pre>");
    }
    m_ui->detailTextBrowser->setHtml(html);
    // Live output while this session ran the step, the journal's excerpt otherwise.
    m_ui->outputPlainTextEdit->setPlainText(detail.output.isEmpty() ? record.output
                                                                    : detail.output);
    m_ui->outputPlainTextEdit->moveCursor(QTextCursor::End);
}

QString ChecklistView::nextStepId() const
{
    for (const QString& id : m_stepIds) {
        const QString state = m_details.value(id).state;
        if (state != QLatin1String("done") && state != QLatin1String("skipped"))
            return id;
    }
    return QString();
}

void ChecklistView::updateButtons()
{
    const bool running = busy();
    QString runState;
    if (const auto journal = loadJournal())
        runState = journal->state();
    const bool finishedRun = runState == QLatin1String("done");
    const bool canRun = !running && !m_stepIds.isEmpty() && !nextStepId().isEmpty() &&
                        !(finishedRun && m_kind == QLatin1String("rollback"));
    m_ui->runNextButton->setEnabled(canRun);
    m_ui->runToManualButton->setEnabled(canRun);
    m_ui->cancelButton->setEnabled(running);
    m_ui->resumeButton->setEnabled(!running);
    m_ui->exportReportButton->setEnabled(!m_journalPath.isEmpty());
    m_ui->rollbackButton->setEnabled(!running && !rollbackCandidate().isEmpty());
}

void ChecklistView::reloadRuns()
{
    if (busy())
        return;
    m_runId.clear();
    m_journalPath.clear();
    m_resumableRunId.clear();
    m_ui->resumeFrame->hide();
    const QString planFile = m_workspace->planFile();
    std::optional<upgrade::Journal> journal;
    if (!planFile.isEmpty()) {
        const upgrade::JournalStore journals;
        const QStringList ids = journals.runIds(QFileInfo(planFile).absoluteFilePath());
        if (!ids.isEmpty()) {
            if (auto opened = journals.open(ids.first())) {
                journal = *opened;
                m_runId = ids.first();
                m_journalPath = journals.pathFor(m_runId);
            }
        }
    }
    if (!journal) {
        showSteps(QStringLiteral("upgrade"), std::nullopt);
        return;
    }
    showSteps(journal->kind(), journal);
    if (journal->state() != QLatin1String("done")) {
        m_resumableRunId = m_runId;
        m_ui->resumeLabel->setText(
            tr("The %1 run %2 of this plan is unfinished (%3, last changed %4). Resume it "
               "where it stopped?")
                .arg(journal->kind(), m_runId, journal->state(),
                     QLocale().toString(journal->updatedAt().toLocalTime(), QLocale::ShortFormat)));
        m_ui->resumeFrame->show();
        Q_EMIT resumableRunFound(m_runId, m_ui->resumeLabel->text());
        log::info(QStringLiteral("unfinished run %1 (%2) offered for resume")
                      .arg(m_runId, journal->state()));
    }
}

void ChecklistView::start(const QString& untilStepId, const QString& resumeRunId,
                          const QString& rollbackOfRunId)
{
    auto request = RunSession::requestFor(*m_workspace);
    if (!request) {
        m_ui->runStatusLabel->setText(request.error().toString());
        return;
    }
    request->untilStepId = untilStepId;
    request->resumeRunId = resumeRunId;
    request->rollbackOfRunId = rollbackOfRunId;
    m_pendingKind =
        rollbackOfRunId.isEmpty() ? QStringLiteral("upgrade") : QStringLiteral("rollback");
    m_ui->runStatusLabel->setText(tr("Connecting to %1...").arg(request->plan.ssh.host));
    m_session->start(std::move(*request));
}

void ChecklistView::runNextStep()
{
    const QString next = nextStepId();
    if (next.isEmpty() || busy())
        return;
    QString resume;
    QString rollbackOf;
    if (!m_runId.isEmpty() && loadJournal() && loadJournal()->state() != QLatin1String("done")) {
        if (m_kind == QLatin1String("rollback"))
            rollbackOf = loadJournal()->facts().value(upgrade::keys::upgradeRun).toString();
        else
            resume = m_runId;
    }
    start(next, resume, rollbackOf);
}

void ChecklistView::runToManualStep()
{
    if (busy())
        return;
    QString resume;
    QString rollbackOf;
    if (const auto journal = loadJournal(); journal && journal->state() != QLatin1String("done")) {
        if (m_kind == QLatin1String("rollback"))
            rollbackOf = journal->facts().value(upgrade::keys::upgradeRun).toString();
        else
            resume = m_runId;
    }
    // No --until: the engine stops by itself at a step that needs the operator.
    start(QString(), resume, rollbackOf);
}

void ChecklistView::resumeRun()
{
    if (busy() || m_resumableRunId.isEmpty())
        return;
    runToManualStep();
}

void ChecklistView::cancelRun()
{
    if (!busy())
        return;
    m_ui->runStatusLabel->setText(tr("Cancelling: the run stops at the next safe point..."));
    m_session->cancel();
}

void ChecklistView::confirm(const QString& stepId, const QString& title, const QString& description)
{
    Q_UNUSED(stepId)
    if (m_confirmBox)
        m_confirmBox->deleteLater();
    m_confirmBox =
        new QMessageBox(QMessageBox::Warning, tr("Confirm: %1").arg(title),
                        tr("<b>%1</b> changes the host. Go on?").arg(title.toHtmlEscaped()),
                        QMessageBox::Yes | QMessageBox::No, this);
    m_confirmBox->setObjectName(QStringLiteral("confirmationBox"));
    m_confirmBox->setInformativeText(description);
    m_confirmBox->setDefaultButton(QMessageBox::No);
    m_confirmBox->setAttribute(Qt::WA_DeleteOnClose);
    QMessageBox* box = m_confirmBox;
    connect(box, &QMessageBox::finished, this, [this, box, title](int) {
        const bool yes = box->clickedButton() == box->button(QMessageBox::Yes);
        log::info(QStringLiteral("%1: %2 by the operator")
                      .arg(title, yes ? QStringLiteral("confirmed") : QStringLiteral("declined")));
        m_session->answerConfirmation(yes);
    });
    // open(), not exec(): no nested event loop; the worker waits, the GUI does not.
    m_confirmBox->open();
    Q_EMIT confirmationOpened(m_confirmBox);
}

void ChecklistView::onFinished(upgrade::UpgradeWorker::Result result, const QString& stepId,
                               const QString& message, const QString& errorCode)
{
    using Result = upgrade::UpgradeWorker::Result;
    Q_UNUSED(errorCode)
    m_runningStep.clear();
    m_ui->stepProgressBar->hide();
    if (m_confirmBox)
        m_confirmBox->close();
    const QString title = m_details.value(stepId, StepDetail{stepId, {}, {}, {}}).title;
    QString text;
    switch (result) {
    case Result::Done:
        text = m_kind == QLatin1String("rollback") ? tr("The rollback is complete.")
                                                   : tr("The upgrade is complete.");
        break;
    case Result::Paused:
        text = tr("Paused after %1.").arg(title);
        break;
    case Result::WaitingForOperator:
        text = tr("Waiting for you: %1").arg(message);
        break;
    case Result::Declined:
        text = tr("Not confirmed: %1 did not run; nothing was changed by it.").arg(title);
        break;
    case Result::Cancelled:
        text = tr("Cancelled at %1; the run can be resumed.").arg(title);
        break;
    case Result::Failed:
        text = tr("%1 failed: %2").arg(title, message);
        break;
    case Result::Refused:
        text = tr("Refused: %1").arg(message);
        break;
    case Result::ConnectFailed:
        text = tr("Cannot connect: %1").arg(message);
        break;
    case Result::BadInput:
        text = tr("Cannot run: %1").arg(message);
        break;
    }
    m_ui->runStatusLabel->setText(text);
    log::info(QStringLiteral("run %1 finished: %2").arg(m_runId, text));
    if (const auto journal = loadJournal())
        applyJournal(*journal);
    showDetail();
    updateButtons();
    Q_EMIT runFinished(result, message);
}

QString ChecklistView::rollbackCandidate() const
{
    const QString planFile = m_workspace->planFile();
    if (planFile.isEmpty())
        return QString();
    const upgrade::JournalStore journals;
    const QStringList ids = journals.runIds(QFileInfo(planFile).absoluteFilePath());
    QStringList rolledBack;
    for (const QString& id : ids) {
        const auto journal = journals.open(id);
        if (!journal)
            continue;
        if (journal->kind() == QLatin1String("rollback")) {
            if (journal->state() == QLatin1String("done"))
                rolledBack << journal->facts().value(upgrade::keys::upgradeRun).toString();
            continue;
        }
        // The latest upgrade run decides.
        if (rolledBack.contains(id))
            return QString();
        const bool backedUp =
            journal->step(QStringLiteral("backup")).state == upgrade::StepState::Done;
        const bool verified = journal->facts()
                                  .value(upgrade::keys::backupSet)
                                  .toObject()
                                  .value(QStringLiteral("verified"))
                                  .toBool();
        return backedUp && verified ? id : QString();
    }
    return QString();
}

void ChecklistView::askForRollback()
{
    const QString runId = rollbackCandidate();
    if (runId.isEmpty() || busy())
        return;
    const auto journal = upgrade::JournalStore().open(runId);
    if (!journal)
        return;
    const QJsonObject facts = journal->facts();
    auto* dialog = new RollbackDialog(runId, facts.value(upgrade::keys::oldContainer).toString(),
                                      facts.value(upgrade::keys::newContainer).toString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, runId] { startRollback(runId); });
    dialog->open();
    Q_EMIT rollbackDialogOpened(dialog);
}

void ChecklistView::startRollback(const QString& upgradeRunId)
{
    if (busy())
        return;
    log::info(QStringLiteral("rollback of run %1 confirmed by the operator").arg(upgradeRunId));
    m_runId.clear();
    m_journalPath.clear();
    m_runningStep.clear();
    m_stepIds.clear();
    showSteps(QStringLiteral("rollback"), std::nullopt);
    start(QString(), QString(), upgradeRunId);
}

void ChecklistView::exportReport()
{
    if (m_journalPath.isEmpty())
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the run's report"), m_runId + QStringLiteral(".html"),
        tr("HTML (*.html);;Markdown (*.md);;JSON (*.json);;PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto written = exportReportTo(path); !written)
        QMessageBox::warning(this, tr("Export the run's report"), written.error().toString());
}

Expected<void> ChecklistView::exportReportTo(const QString& path)
{
    const auto journal = loadJournal();
    if (!journal)
        return makeError(tr("No run to report on"));
    const report::ReportFormat format =
        report::reportFormatFromPath(path).value_or(report::ReportFormat::Html);
    const report::ReportModel model = report::ReportModel::fromJournal(*journal);
    if (auto written = report::ReportExporter::write(model, format, path); !written)
        return written.error();
    m_ui->runStatusLabel->setText(tr("Report written to %1").arg(path));
    log::info(QStringLiteral("report of run %1 written to %2").arg(m_runId, path));
    if (m_openExportedReports)
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    return {};
}

void ChecklistView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QWidget::changeEvent(event);
}

} // namespace omsua::gui
