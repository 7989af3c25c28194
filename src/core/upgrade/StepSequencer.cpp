#include "upgrade/StepSequencer.h"

#include "upgrade/FaultInjection.h"

namespace omsua::upgrade {

namespace {

RunOutcome outcome(RunOutcome::Kind kind, const QString& stepId, QString message = {},
                   Error error = {})
{
    return RunOutcome{kind, stepId, std::move(error), std::move(message)};
}

} // namespace

StepSequencer::StepSequencer(std::vector<std::unique_ptr<Step>> steps, Callbacks callbacks)
    : m_steps(std::move(steps))
    , m_callbacks(std::move(callbacks))
{}

QStringList StepSequencer::stepIds() const
{
    QStringList ids;
    for (const auto& step : m_steps)
        ids.append(step->id());
    return ids;
}

RunOutcome StepSequencer::run(StepContext& context, const QString& untilStepId)
{
    Journal& journal = context.journal();
    for (const auto& step : m_steps) {
        const StepState state = journal.step(step->id()).state;
        if (state == StepState::Done || state == StepState::Skipped)
            continue;
        if (context.cancelled()) {
            journal.setState(QStringLiteral("cancelled"));
            (void)journal.save();
            return outcome(RunOutcome::Kind::Cancelled, step->id());
        }
        RunOutcome result = runStep(*step, context);
        if (result.kind != RunOutcome::Kind::Done)
            return result;
        if (!untilStepId.isEmpty() && step->id() == untilStepId) {
            journal.setState(QStringLiteral("paused"));
            (void)journal.save();
            return outcome(RunOutcome::Kind::Paused, step->id());
        }
    }
    journal.setState(QStringLiteral("done"));
    if (auto saved = journal.save(); !saved)
        return outcome(RunOutcome::Kind::Failed, QString(), saved.error().message, saved.error());
    return outcome(RunOutcome::Kind::Done, QString());
}

RunOutcome StepSequencer::runStep(Step& step, StepContext& context)
{
    Journal& journal = context.journal();
    StepRecord record = journal.step(step.id());
    const StepState previous = record.state;
    // A step found Running was interrupted (crash, kill): it runs again from its precheck,
    // which detects what already happened. Keep the commands of the earlier attempt.
    record.state = StepState::Running;
    record.error.clear();
    record.startedAt = QDateTime::currentDateTimeUtc();
    record.finishedAt = QDateTime();
    context.beginStep(record, previous);
    journal.setState(QStringLiteral("running"));
    if (auto saved = context.saveRecord(); !saved)
        return outcome(RunOutcome::Kind::Failed, step.id(), saved.error().message, saved.error());

    const QString description = step.describe(context);
    if (m_callbacks.started)
        m_callbacks.started(step, description);

    const auto finish = [&](StepState state, const QString& text) {
        StepRecord& current = context.record();
        current.state = state;
        current.finishedAt = QDateTime::currentDateTimeUtc();
        if (state == StepState::Failed || state == StepState::Cancelled)
            current.error = text;
        else
            current.verdict = text;
        (void)context.saveRecord();
        if (m_callbacks.finished)
            m_callbacks.finished(step, state, text);
    };
    const auto fail = [&](RunOutcome::Kind kind, const Error& error) {
        journal.setState(kind == RunOutcome::Kind::Refused ? QStringLiteral("refused")
                                                           : QStringLiteral("failed"));
        finish(StepState::Failed, error.toString());
        return outcome(kind, step.id(), error.message, error);
    };

    const Precheck check = step.precheck(context);
    switch (check.verdict) {
    case Precheck::Verdict::Refused:
        return fail(RunOutcome::Kind::Refused, check.error);
    case Precheck::Verdict::Skip:
        finish(StepState::Skipped, check.message);
        return outcome(RunOutcome::Kind::Done, step.id());
    case Precheck::Verdict::NeedsOperator:
        journal.setState(QStringLiteral("waiting"));
        finish(StepState::NeedsOperator, check.message);
        return outcome(RunOutcome::Kind::WaitingForOperator, step.id(), check.message);
    case Precheck::Verdict::AlreadyDone:
        context.output(check.message + QLatin1Char('\n'));
        break;
    case Precheck::Verdict::Ready:
        if (step.destructive() && m_callbacks.confirm && !m_callbacks.confirm(step, description)) {
            // Nothing changed: the step goes back to pending so the next run asks again.
            journal.setState(QStringLiteral("paused"));
            context.record().state = StepState::Pending;
            (void)context.saveRecord();
            if (m_callbacks.finished)
                m_callbacks.finished(step, StepState::Pending, QString());
            return outcome(RunOutcome::Kind::Declined, step.id());
        }
        if (context.cancelled()) {
            journal.setState(QStringLiteral("cancelled"));
            finish(StepState::Cancelled, QStringLiteral("cancelled before it started"));
            return outcome(RunOutcome::Kind::Cancelled, step.id());
        }
        // What precheck learnt (e.g. that HA was on before the run) must be on disk before the
        // effect happens: a crash right after act() must not let the resumed precheck mistake
        // the run's own change for the host's original state.
        if (auto saved = context.saveRecord(); !saved)
            return fail(RunOutcome::Kind::Failed, saved.error());
        FaultInjection::point(step.id(), QStringLiteral("before-act"));
        if (auto acted = step.act(context); !acted) {
            if (context.cancelled()) {
                journal.setState(QStringLiteral("cancelled"));
                finish(StepState::Cancelled, acted.error().toString());
                return outcome(RunOutcome::Kind::Cancelled, step.id(), acted.error().message,
                               acted.error());
            }
            return fail(RunOutcome::Kind::Failed, acted.error());
        }
        FaultInjection::point(step.id(), QStringLiteral("after-act"));
        break;
    }

    const auto verdict = step.verify(context);
    if (!verdict)
        return fail(RunOutcome::Kind::Failed, verdict.error());
    finish(StepState::Done, *verdict);
    return outcome(RunOutcome::Kind::Done, step.id());
}

} // namespace omsua::upgrade
