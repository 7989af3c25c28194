#include "TimingView.h"

#include "TimelineWidget.h"
#include "Workspace.h"
#include "log/Logging.h"
#include "ui_TimingView.h"

#include <QEvent>
#include <QLocale>

namespace omsua::gui {

namespace {

QString clock(const QDateTime& time)
{
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

TimingView::TimingView(Workspace* workspace, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TimingView>())
    , m_workspace(workspace)
{
    m_ui->setupUi(this);
    m_timeline = new TimelineWidget(this);
    m_timeline->setObjectName(QStringLiteral("timelineWidget"));
    m_ui->timelineLayout->addWidget(m_timeline);
    QFont big = m_ui->resultLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_ui->resultLabel->setFont(big);

    // Standalone use starts from the documentation's example shape: an hour of downtime
    // ending now.
    const QDateTime now = QDateTime::currentDateTime();
    const QDateTime minute = now.addSecs(-now.time().second());
    m_ui->t2DateTimeEdit->setDateTime(minute);
    m_ui->t1DateTimeEdit->setDateTime(minute.addSecs(-3600));
    m_ui->t3DateTimeEdit->setDateTime(minute.addSecs(-600));
    m_ui->t3DateTimeEdit->setEnabled(false);
    m_ui->currentSpinBox->setEnabled(false);
    m_ui->marginSpinBox->setValue(m_workspace->plan().ha.refetchMarginMin);

    for (QDateTimeEdit* edit : {m_ui->t1DateTimeEdit, m_ui->t2DateTimeEdit, m_ui->t3DateTimeEdit})
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &TimingView::recompute);
    connect(m_ui->marginSpinBox, &QSpinBox::valueChanged, this, &TimingView::recompute);
    // A T1 typed by hand no longer comes from the container.
    connect(m_ui->t1DateTimeEdit, &QDateTimeEdit::editingFinished, m_ui->t1SourceLabel,
            &QLabel::clear);
    connect(m_ui->currentSpinBox, &QSpinBox::valueChanged, this, &TimingView::recompute);
    connect(m_ui->t3CheckBox, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->t3DateTimeEdit->setEnabled(on);
        recompute();
    });
    connect(m_ui->currentCheckBox, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->currentSpinBox->setEnabled(on);
        recompute();
    });
    connect(m_ui->t2NowButton, &QPushButton::clicked, this,
            [this] { m_ui->t2DateTimeEdit->setDateTime(QDateTime::currentDateTime()); });
    connect(m_ui->applyButton, &QPushButton::clicked, this, &TimingView::apply);
    connect(m_workspace, &Workspace::discoveryChanged, this, &TimingView::takeFromDiscovery);
    connect(m_workspace, &Workspace::planLoaded, this,
            [this] { m_ui->marginSpinBox->setValue(m_workspace->plan().ha.refetchMarginMin); });
    connect(m_workspace, &Workspace::refetchOverrideChanged, this, &TimingView::retranslate);
    retranslate();
    recompute();
}

TimingView::~TimingView() = default;

void TimingView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        recompute();
    }
    QWidget::changeEvent(event);
}

void TimingView::retranslate()
{
    m_ui->marginSpinBox->setSuffix(tr(" min"));
    m_ui->currentSpinBox->setSuffix(tr(" min"));
    const auto applied = m_workspace->refetchOverrideMin();
    m_ui->appliedLabel->setText(applied ? tr("Applied: the enable-HA step writes "
                                             "refetchStoreIntervalMin = %1.")
                                              .arg(*applied)
                                        : tr("Not applied: the enable-HA step computes the value "
                                             "itself from the real T1 and T2."));
}

void TimingView::setTimes(const QDateTime& t1, const QDateTime& t2, int marginMin)
{
    m_ui->t1DateTimeEdit->setDateTime(t1);
    m_ui->t1SourceLabel->clear();
    m_ui->t2DateTimeEdit->setDateTime(t2);
    m_ui->marginSpinBox->setValue(marginMin);
    recompute();
}

void TimingView::takeFromDiscovery()
{
    const auto& found = m_workspace->discovery();
    if (!found)
        return;
    const docker::ContainerState& state = found->container.state;
    // A stopped old container's FinishedAt is T1 on the host clock.
    if (!state.running && state.finishedAt.isValid()) {
        m_ui->t1DateTimeEdit->setDateTime(state.finishedAt.toLocalTime());
        m_ui->t1SourceLabel->setText(tr("from %1's State.FinishedAt").arg(found->container.name));
    } else {
        m_ui->t1SourceLabel->setText(
            tr("%1 is running: T1 is taken when the upgrade stops it").arg(found->container.name));
    }
    if (found->ha) {
        m_ui->currentCheckBox->setChecked(true);
        m_ui->currentSpinBox->setValue(found->ha->refetchStoreIntervalMin());
    }
    recompute();
}

void TimingView::recompute()
{
    upgrade::RefetchInput input;
    input.t1 = m_ui->t1DateTimeEdit->dateTime();
    input.t2 = m_ui->t2DateTimeEdit->dateTime();
    input.marginMin = m_ui->marginSpinBox->value();
    if (m_ui->currentCheckBox->isChecked())
        input.currentValueMin = m_ui->currentSpinBox->value();
    const auto result = upgrade::RefetchCalculator::compute(input);
    const std::optional<QDateTime> t3 = m_ui->t3CheckBox->isChecked()
                                            ? std::optional(m_ui->t3DateTimeEdit->dateTime())
                                            : std::nullopt;
    if (!result) {
        m_result.reset();
        m_error = result.error().message;
        m_ui->resultLabel->setText(tr("No result"));
        m_ui->reasoningLabel->setText(tr("Cannot compute: %1").arg(m_error));
        m_ui->warningsLabel->clear();
        m_ui->applyButton->setEnabled(false);
        m_timeline->setTimes(input.t1, input.t2, t3, std::nullopt);
        return;
    }
    m_result = *result;
    m_error.clear();
    m_ui->resultLabel->setText(tr("refetchStoreIntervalMin = %1").arg(result->minutes));
    m_ui->reasoningLabel->setText(reasoningText());
    // The rule as the CLI prints it (English, machine-like) is there for who wants it.
    m_ui->resultLabel->setToolTip(result->explanation);
    m_ui->warningsLabel->setText(result->warnings.join(QLatin1Char('\n')));
    m_ui->warningsLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_ui->applyButton->setEnabled(true);
    m_timeline->setTimes(input.t1, input.t2, t3, result->minutes);
}

QString TimingView::reasoningText() const
{
    if (!m_result)
        return tr("Cannot compute: %1").arg(m_error);
    const upgrade::RefetchResult& r = *m_result;
    const int margin = m_ui->marginSpinBox->value();
    QStringList sentences;
    sentences << tr("The old container stopped at T1 = %1 and HA is enabled again at T2 = %2, so "
                    "the synchronisation stood still for %3 min %4 s.")
                     .arg(clock(r.t1Utc), clock(r.t2Utc))
                     .arg(r.gapSeconds / 60)
                     .arg(r.gapSeconds % 60);
    sentences << tr("With perceiveStoreClientCheckpoint=false, HA restarts the Store reading that "
                    "many minutes back, so the interval must be longer than the gap: %1 min "
                    "rounded up, plus a margin of %2 min, gives %3 min.")
                     .arg(r.gapMinutesCeil)
                     .arg(margin)
                     .arg(r.gapMinutesCeil + margin);
    if (r.keptCurrent)
        sentences << tr("The current value, %1 min, is already higher and is kept: a larger "
                        "window only re-reads more data.")
                         .arg(r.minutes);
    const QDateTime from = r.t2Utc.addSecs(-qint64(r.minutes) * 60);
    sentences << tr("Started at T2 with %1 min, the Store refetches from %2, %3 min before T1.")
                     .arg(r.minutes)
                     .arg(clock(from))
                     .arg(from.secsTo(r.t1Utc) / 60);
    // Chinese runs its sentences together; English needs a space.
    return sentences.join(QLocale().language() == QLocale::Chinese ? QString()
                                                                   : QStringLiteral(" "));
}

void TimingView::apply()
{
    if (!m_result)
        return;
    const int minutes = m_result->minutes;
    const int margin = m_ui->marginSpinBox->value();
    m_workspace->editPlan([margin](plan::Plan& plan) { plan.ha.refetchMarginMin = margin; });
    m_workspace->setRefetchOverrideMin(minutes);
    log::info(QStringLiteral("refetchStoreIntervalMin %1 (margin %2 min) applied to the enable-HA "
                             "step")
                  .arg(minutes)
                  .arg(margin));
}

} // namespace omsua::gui
