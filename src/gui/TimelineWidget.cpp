#include "TimelineWidget.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>

namespace omsua::gui {

namespace {

const QColor kGapColor(0xd3, 0x2f, 0x2f);
const QColor kWindowColor(0x1e, 0x88, 0xe5);
const QColor kRollbackColor(0xef, 0x6c, 0x00);
const QColor kHaColor(0x2e, 0x7d, 0x32);

// A tick step that gives about 6-10 ticks over `span` seconds.
qint64 tickStep(qint64 span)
{
    static const qint64 steps[] = {60,   300,   600,   900,   1800,  3600,
                                   7200, 10800, 21600, 43200, 86400, 172800};
    for (qint64 step : steps) {
        if (span / step <= 10)
            return step;
    }
    return 7 * 86400;
}

} // namespace

TimelineWidget::TimelineWidget(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QSize TimelineWidget::sizeHint() const
{
    return {640, fontMetrics().height() * 9};
}

QSize TimelineWidget::minimumSizeHint() const
{
    return {320, fontMetrics().height() * 9};
}

void TimelineWidget::setTimes(const QDateTime& t1, const QDateTime& t2,
                              const std::optional<QDateTime>& t3, std::optional<int> refetchMin)
{
    m_t1 = t1;
    m_t2 = t2;
    m_t3 = t3;
    m_refetchMin = refetchMin;
    update();
}

void TimelineWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor text = palette().color(QPalette::WindowText);
    const QFontMetrics fm = fontMetrics();
    const int lineHeight = fm.height();
    if (!m_t1.isValid() || !m_t2.isValid() || m_t2 < m_t1) {
        painter.setPen(text);
        painter.drawText(rect(), Qt::AlignCenter, tr("Enter T1 and T2 (T2 after T1)."));
        return;
    }

    // The axis covers T1..T2, the refetch window, T3, and a little room on both sides.
    QDateTime start = m_t1;
    if (m_refetchMin)
        start = std::min(start, m_t2.addSecs(-qint64(*m_refetchMin) * 60));
    QDateTime end = m_t2;
    if (m_t3 && m_t3->isValid()) {
        start = std::min(start, *m_t3);
        end = std::max(end, *m_t3);
    }
    qint64 span = std::max<qint64>(start.secsTo(end), 60);
    start = start.addSecs(-span / 10);
    end = end.addSecs(span / 10);
    span = start.secsTo(end);

    const int left = fm.horizontalAdvance(QStringLiteral("00:00")) / 2 + 8;
    const int right = width() - left;
    const int axisY = lineHeight * 4 + 4;
    auto x = [&](const QDateTime& t) {
        return left + int(double(start.secsTo(t)) / double(span) * (right - left));
    };
    const bool sameDay = start.toLocalTime().date() == end.toLocalTime().date();
    auto timeText = [&](const QDateTime& t) {
        return t.toLocalTime().toString(sameDay ? QStringLiteral("HH:mm")
                                                : QStringLiteral("MM-dd HH:mm"));
    };

    // Axis and ticks on whole steps of local time.
    painter.setPen(QPen(text, 1));
    painter.drawLine(left, axisY, right, axisY);
    const qint64 step = tickStep(span);
    const qint64 offset = start.toLocalTime().offsetFromUtc();
    qint64 tick = ((start.toSecsSinceEpoch() + offset) / step + 1) * step - offset;
    QColor faint = text;
    faint.setAlpha(110);
    for (; tick < end.toSecsSinceEpoch(); tick += step) {
        const QDateTime at = QDateTime::fromSecsSinceEpoch(tick);
        const int tx = x(at);
        painter.setPen(QPen(faint, 1));
        painter.drawLine(tx, axisY - 3, tx, axisY + 3);
        const QString label = timeText(at);
        const int w = fm.horizontalAdvance(label);
        painter.drawText(tx - w / 2, height() - 4, label);
    }

    // The gap above the axis.
    const int gapTop = axisY - lineHeight - 6;
    QColor gapFill = kGapColor;
    gapFill.setAlpha(70);
    const QRect gapRect(x(m_t1), gapTop, std::max(2, x(m_t2) - x(m_t1)), lineHeight);
    painter.fillRect(gapRect, gapFill);
    painter.setPen(kGapColor);
    painter.drawRect(gapRect);
    const qint64 gapSec = m_t1.secsTo(m_t2);
    const QString gapText =
        tr("gap T2 - T1: %1 min %2 s").arg(gapSec / 60).arg(gapSec % 60, 2, 10, QLatin1Char('0'));
    painter.setPen(text);
    painter.drawText(QRect(gapRect.left() + 6, gapTop - lineHeight - 2, width(), lineHeight),
                     Qt::AlignLeft | Qt::AlignVCenter, gapText);

    // The refetch window below the axis.
    if (m_refetchMin) {
        const QDateTime from = m_t2.addSecs(-qint64(*m_refetchMin) * 60);
        const int top = axisY + 6;
        QColor fill = kWindowColor;
        fill.setAlpha(70);
        const QRect windowRect(x(from), top, std::max(2, x(m_t2) - x(from)), lineHeight);
        painter.fillRect(windowRect, fill);
        painter.setPen(kWindowColor);
        painter.drawRect(windowRect);
        painter.setPen(text);
        const QString windowText = tr("Store refetches %1 min back, from %2")
                                       .arg(*m_refetchMin)
                                       .arg(from.toLocalTime().toString(QStringLiteral("HH:mm")));
        painter.drawText(QRect(windowRect.left(), top + lineHeight + 2, width(), lineHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, windowText);
    }

    // The instants themselves, labelled at the top.
    auto marker = [&](const QDateTime& t, const QColor& color, const QString& name, int row) {
        const int mx = x(t);
        painter.setPen(QPen(color, 2));
        painter.drawLine(mx, lineHeight * row + 2, mx, axisY + lineHeight + 8);
        const QString label = QStringLiteral("%1 %2").arg(name, timeText(t));
        const int w = fm.horizontalAdvance(label);
        const int lx = std::clamp(mx - w / 2, 0, std::max(0, width() - w));
        painter.setPen(color);
        painter.drawText(lx, lineHeight * row, label);
    };
    marker(m_t1, kGapColor, tr("T1"), 1);
    if (m_t3 && m_t3->isValid())
        marker(*m_t3, kRollbackColor, tr("T3"), 2);
    marker(m_t2, kHaColor, tr("T2"), 1);
}

} // namespace omsua::gui
