#include "upgrade/StepContext.h"

#include "log/Redactor.h"
#include "upgrade/FaultInjection.h"

namespace omsua::upgrade {

namespace {
// The journal keeps an excerpt: enough to diagnose, bounded so a chatty init script cannot
// grow it without limit.
constexpr qsizetype kMaxOutputExcerpt = 64 * 1024;
} // namespace

// Callers mask what they know; the redactor is the last line of defence for the journal, which
// is copied to the host and into reports.
void StepContext::recordCommand(const QString& maskedCommand)
{
    m_record.commands.append(log::Redactor::global().redact(maskedCommand));
}

void StepContext::output(const QString& rawText)
{
    const QString text = log::Redactor::global().redact(rawText);
    m_record.output += text;
    if (m_record.output.size() > kMaxOutputExcerpt)
        m_record.output = QStringLiteral("[...]\n") + m_record.output.right(kMaxOutputExcerpt);
    if (m_callbacks.output)
        m_callbacks.output(m_record.id, text);
    FaultInjection::point(m_record.id, QStringLiteral("during"));
}

void StepContext::progress(qint64 done, qint64 total)
{
    if (m_callbacks.progress)
        m_callbacks.progress(m_record.id, done, total);
    FaultInjection::point(m_record.id, QStringLiteral("during"));
}

Expected<void> StepContext::saveRecord()
{
    m_journal.setStep(m_record);
    return m_journal.save();
}

} // namespace omsua::upgrade
