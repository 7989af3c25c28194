#include "LogPane.h"

#include "ui_LogPane.h"

#include <QEvent>
#include <QFontDatabase>
#include <QScrollBar>

namespace omsua::gui {

namespace {

// Enough for a long session; older lines are in the log file.
constexpr int kMaxEntries = 5000;
const QList<log::Level> kLevels{log::Level::Debug, log::Level::Info, log::Level::Warning,
                                log::Level::Error};

} // namespace

LogPane::LogPane(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::LogPane>())
    , m_relay(std::make_shared<Relay>())
{
    m_ui->setupUi(this);
    m_ui->logPlainTextEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->logPlainTextEdit->setMaximumBlockCount(kMaxEntries);
    for (int i = 0; i < kLevels.size(); ++i)
        m_ui->levelComboBox->addItem(QString());
    m_ui->levelComboBox->setCurrentIndex(1);
    connect(m_ui->levelComboBox, &QComboBox::currentIndexChanged, this, &LogPane::rebuild);
    connect(m_ui->clearButton, &QPushButton::clicked, this, [this] {
        m_entries.clear();
        m_ui->logPlainTextEdit->clear();
    });
    retranslate();

    m_relay->target = this;
    m_sinkId = log::Logging::addSink(
        [relay = m_relay](log::Level level, const QDateTime& when, const QString& message) {
            const std::lock_guard lock(relay->mutex);
            if (!relay->target)
                return;
            LogPane* pane = relay->target;
            QMetaObject::invokeMethod(
                pane,
                [pane, level, when, message] {
                    pane->append({level, when, message});
                },
                Qt::QueuedConnection);
        });
}

LogPane::~LogPane()
{
    log::Logging::removeSink(m_sinkId);
    const std::lock_guard lock(m_relay->mutex);
    m_relay->target = nullptr;
}

void LogPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

void LogPane::retranslate()
{
    m_ui->levelComboBox->setItemText(0, tr("debug and above"));
    m_ui->levelComboBox->setItemText(1, tr("info and above"));
    m_ui->levelComboBox->setItemText(2, tr("warnings and errors"));
    m_ui->levelComboBox->setItemText(3, tr("errors only"));
}

void LogPane::setMinimumLevel(log::Level level)
{
    m_ui->levelComboBox->setCurrentIndex(int(kLevels.indexOf(level)));
}

log::Level LogPane::minimumLevel() const
{
    return kLevels.value(m_ui->levelComboBox->currentIndex(), log::Level::Info);
}

QString LogPane::visibleText() const
{
    return m_ui->logPlainTextEdit->toPlainText();
}

QString LogPane::format(const Entry& entry) const
{
    return QStringLiteral("%1 %2 %3")
        .arg(entry.when.toLocalTime().toString(QStringLiteral("HH:mm:ss")),
             log::levelName(entry.level).leftJustified(7), entry.message);
}

void LogPane::append(const Entry& entry)
{
    m_entries.append(entry);
    if (m_entries.size() > kMaxEntries)
        m_entries.remove(0, m_entries.size() - kMaxEntries);
    if (int(entry.level) < int(minimumLevel()))
        return;
    QScrollBar* bar = m_ui->logPlainTextEdit->verticalScrollBar();
    const bool atEnd = bar->value() == bar->maximum();
    m_ui->logPlainTextEdit->appendPlainText(format(entry));
    if (atEnd)
        bar->setValue(bar->maximum());
}

void LogPane::rebuild()
{
    QStringList lines;
    for (const Entry& entry : std::as_const(m_entries)) {
        if (int(entry.level) >= int(minimumLevel()))
            lines << format(entry);
    }
    m_ui->logPlainTextEdit->setPlainText(lines.join(QLatin1Char('\n')));
    QScrollBar* bar = m_ui->logPlainTextEdit->verticalScrollBar();
    bar->setValue(bar->maximum());
}

} // namespace omsua::gui
