#pragma once

#include "Expected.h"
#include "upgrade/HostDiscovery.h"

#include <QList>
#include <QString>

namespace omsua::upgrade {

class HostSession;

// One row of the preflight table: what was checked, what was found, and the verdict.
struct PreflightCheck
{
    enum class Verdict { Pass, Warn, Fail };
    QString name;
    QString found;
    Verdict verdict = Verdict::Pass;
    QString hint; // Fail/Warn: what to do
};
QString toString(PreflightCheck::Verdict verdict);

struct PreflightReport
{
    Discovery discovery;
    QList<PreflightCheck> checks;
    bool passed() const;
};

// The read-only checks before anything is changed (DESIGN.md "Preflight"). Nothing here writes
// to the host, the MetaDB or Docker.
class Preflight
{
public:
    // A connected session; an Error only when discovery itself cannot run (then there is no
    // table to show).
    static Expected<PreflightReport> run(HostSession& host, const QString& hostKeyFingerprint);
    // The checks over a discovery already made on this session (the upgrade run discovers once).
    static PreflightReport evaluate(HostSession& host, const Discovery& discovery,
                                    const QString& hostKeyFingerprint);
};

} // namespace omsua::upgrade
