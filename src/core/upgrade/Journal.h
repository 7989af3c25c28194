#pragma once

#include "Expected.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace omsua::upgrade {

enum class StepState { Pending, Running, Done, Failed, NeedsOperator, Skipped, Cancelled };
QString toString(StepState state);
StepState stepStateFromString(const QString& text);

// What the journal remembers about one step of a run.
struct StepRecord
{
    QString id; // catalogue step id, e.g. "backup"
    StepState state = StepState::Pending;
    QDateTime startedAt; // workstation clock, UTC
    QDateTime finishedAt;
    QDateTime hostStartedAt; // host clock when known
    QDateTime hostFinishedAt;
    QStringList commands; // as run, secrets masked
    QString output;       // excerpt, secrets masked
    QString verdict;      // what verification concluded, in words
    QString error;        // set when Failed
    QJsonObject data;     // step-specific facts (e.g. the backup set, T1)

    QJsonObject toJson() const;
    static StepRecord fromJson(const QJsonObject& object);
};

// One run (upgrade or rollback) as a JSON document. Every change is saved at once, atomically
// (QSaveFile) and readable by the owner only, so a crash leaves either the previous or the new
// state on disk, never half of one; a resumed or another workstation's session continues from it.
class Journal
{
public:
    static constexpr int kFormat = 1;

    // A new run with a fresh id ("20261125T161500Z-oms_330-3f9c").
    static Journal create(const QString& kind, const QString& container, const QString& planFile,
                          const QByteArray& planYaml);
    static Expected<Journal> load(const QString& path);
    // From JSON (e.g. the copy beside the backup set on the host); no path set.
    static Expected<Journal> fromJson(const QByteArray& json, const QString& source);

    // Writes to path() (set by the store); creates the directory (mode 0700) when needed.
    Expected<void> save();
    QByteArray toJson() const;

    QString path() const { return m_path; }
    void setPath(const QString& path) { m_path = path; }

    QString runId() const;
    QString kind() const; // "upgrade" or "rollback"
    QString planFile() const;
    QString state() const; // "running", "done", "failed", "waiting", "cancelled"
    void setState(const QString& state);
    QDateTime createdAt() const;
    QDateTime updatedAt() const;

    // Discovered facts and times (T1, T2, T3 as ISO 8601 UTC with milliseconds).
    QJsonObject facts() const;
    void setFact(const QString& key, const QJsonValue& value);
    QDateTime time(const QString& name) const;
    void setTime(const QString& name, const QDateTime& when);

    QList<StepRecord> steps() const;
    StepRecord step(const QString& id) const; // Pending record when unknown
    void setStep(const StepRecord& record);   // replaces the record with the same id, or appends

    // The first step that is not Done or Skipped: where a resumed run continues.
    QString resumePoint(const QStringList& stepOrder) const;

    QJsonObject document() const { return m_doc; }

private:
    void touch();

    QJsonObject m_doc;
    QString m_path;
};

} // namespace omsua::upgrade
