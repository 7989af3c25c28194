#pragma once

#include "Expected.h"
#include "upgrade/RouteStep.h"

#include <QString>

namespace omsua::upgrade {

class StepContext;

// What a step found before acting.
struct Precheck
{
    enum class Verdict {
        Ready,         // go on: act, then verify
        AlreadyDone,   // the effect is already there (resume after a crash): verify only
        Skip,          // not needed on this host (e.g. HA already disabled by the operator)
        NeedsOperator, // a person must do something first (console HA); the run waits
        Refused,       // a check failed: nothing was changed, the run stops
    };
    Verdict verdict = Verdict::Ready;
    QString message; // why, in words (shown and journaled)
    Error error;     // Refused only

    static Precheck ready(QString why = {}) { return {Verdict::Ready, std::move(why), {}}; }
    static Precheck alreadyDone(QString why) { return {Verdict::AlreadyDone, std::move(why), {}}; }
    static Precheck skip(QString why) { return {Verdict::Skip, std::move(why), {}}; }
    static Precheck needsOperator(QString what)
    {
        return {Verdict::NeedsOperator, std::move(what), {}};
    }
    static Precheck refused(Error error)
    {
        QString message = error.message;
        return {Verdict::Refused, std::move(message), std::move(error)};
    }
};

// One step of the procedure: check preconditions -> act -> verify. Steps are idempotent or
// detect in precheck() that their effect already happened, so a resumed run never doubles a
// side effect. A step never talks to the user: it describes itself and reports results.
class Step
{
public:
    explicit Step(RouteStep definition)
        : m_definition(std::move(definition))
    {}
    virtual ~Step() = default;
    Step(const Step&) = delete;
    Step& operator=(const Step&) = delete;

    QString id() const { return m_definition.id(); }
    const RouteStep& definition() const { return m_definition; }

    // A short name ("Back up the metadata databases").
    virtual QString title() const = 0;
    // What it will do on this host, in words, with the commands where known (secrets masked);
    // shown before a destructive step runs.
    virtual QString describe(const StepContext& context) const = 0;
    // Changes the host in a way that needs the operator's yes (CLI without --yes asks).
    virtual bool destructive() const { return false; }

    virtual Precheck precheck(StepContext& context) = 0;
    virtual Expected<void> act(StepContext& context) = 0;
    // Proves the effect; returns the verdict in words.
    virtual Expected<QString> verify(StepContext& context) = 0;

private:
    RouteStep m_definition;
};

} // namespace omsua::upgrade
