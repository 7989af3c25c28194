#include "upgrade/Journal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>

namespace omsua::upgrade {

namespace {

const QString kIso = QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ");

QString isoUtc(const QDateTime& when)
{
    return when.isValid() ? when.toUTC().toString(kIso) : QString();
}

QDateTime fromIso(const QString& text)
{
    if (text.isEmpty())
        return {};
    QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    return when.isValid() ? when.toUTC() : QDateTime();
}

struct StateName
{
    StepState state;
    const char* name;
};
constexpr StateName kStateNames[] = {
    {StepState::Pending, "pending"},
    {StepState::Running, "running"},
    {StepState::Done, "done"},
    {StepState::Failed, "failed"},
    {StepState::NeedsOperator, "needs-operator"},
    {StepState::Skipped, "skipped"},
    {StepState::Cancelled, "cancelled"},
};

} // namespace

QString toString(StepState state)
{
    for (const StateName& entry : kStateNames) {
        if (entry.state == state)
            return QString::fromLatin1(entry.name);
    }
    return QStringLiteral("pending");
}

StepState stepStateFromString(const QString& text)
{
    for (const StateName& entry : kStateNames) {
        if (text == QLatin1String(entry.name))
            return entry.state;
    }
    return StepState::Pending;
}

QJsonObject StepRecord::toJson() const
{
    QJsonObject object{{QStringLiteral("id"), id},
                       {QStringLiteral("state"), toString(state)},
                       {QStringLiteral("startedAt"), isoUtc(startedAt)},
                       {QStringLiteral("finishedAt"), isoUtc(finishedAt)},
                       {QStringLiteral("hostStartedAt"), isoUtc(hostStartedAt)},
                       {QStringLiteral("hostFinishedAt"), isoUtc(hostFinishedAt)},
                       {QStringLiteral("commands"), QJsonArray::fromStringList(commands)},
                       {QStringLiteral("output"), output},
                       {QStringLiteral("verdict"), verdict},
                       {QStringLiteral("error"), error},
                       {QStringLiteral("data"), data}};
    return object;
}

StepRecord StepRecord::fromJson(const QJsonObject& object)
{
    StepRecord record;
    record.id = object.value(QStringLiteral("id")).toString();
    record.state = stepStateFromString(object.value(QStringLiteral("state")).toString());
    record.startedAt = fromIso(object.value(QStringLiteral("startedAt")).toString());
    record.finishedAt = fromIso(object.value(QStringLiteral("finishedAt")).toString());
    record.hostStartedAt = fromIso(object.value(QStringLiteral("hostStartedAt")).toString());
    record.hostFinishedAt = fromIso(object.value(QStringLiteral("hostFinishedAt")).toString());
    for (const QJsonValue& command : object.value(QStringLiteral("commands")).toArray())
        record.commands.append(command.toString());
    record.output = object.value(QStringLiteral("output")).toString();
    record.verdict = object.value(QStringLiteral("verdict")).toString();
    record.error = object.value(QStringLiteral("error")).toString();
    record.data = object.value(QStringLiteral("data")).toObject();
    return record;
}

Journal Journal::create(const QString& kind, const QString& container, const QString& planFile,
                        const QByteArray& planYaml)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Sortable by time, readable, and unique enough across workstations.
    QString safeContainer = container;
    safeContainer.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")),
                          QStringLiteral("_"));
    const QString runId = now.toString(QStringLiteral("yyyyMMddTHHmmssZ")) + QLatin1Char('-') +
                          safeContainer + QLatin1Char('-') +
                          QString::number(QRandomGenerator::global()->bounded(0x10000), 16)
                              .rightJustified(4, QLatin1Char('0'));
    Journal journal;
    journal.m_doc = QJsonObject{{QStringLiteral("format"), kFormat},
                                {QStringLiteral("runId"), runId},
                                {QStringLiteral("kind"), kind},
                                {QStringLiteral("state"), QStringLiteral("running")},
                                {QStringLiteral("createdAt"), isoUtc(now)},
                                {QStringLiteral("updatedAt"), isoUtc(now)},
                                {QStringLiteral("planFile"), planFile},
                                {QStringLiteral("plan"), QString::fromUtf8(planYaml)},
                                {QStringLiteral("facts"), QJsonObject()},
                                {QStringLiteral("times"), QJsonObject()},
                                {QStringLiteral("steps"), QJsonArray()}};
    return journal;
}

Expected<Journal> Journal::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("cannot open the journal: %1").arg(file.errorString()),
                         path);
    auto journal = fromJson(file.readAll(), path);
    if (journal)
        journal->m_path = path;
    return journal;
}

Expected<Journal> Journal::fromJson(const QByteArray& json, const QString& source)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull() || !doc.isObject())
        return makeError(QStringLiteral("the journal is not valid JSON: %1 at offset %2")
                             .arg(parseError.errorString())
                             .arg(parseError.offset),
                         source,
                         QStringLiteral("the copy beside the backup set on the host can be used "
                                        "instead"));
    const QJsonObject object = doc.object();
    const int format = object.value(QStringLiteral("format")).toInt();
    if (format != kFormat || object.value(QStringLiteral("runId")).toString().isEmpty())
        return makeError(QStringLiteral("the journal has format %1; this version reads format %2")
                             .arg(format)
                             .arg(kFormat),
                         source);
    Journal journal;
    journal.m_doc = object;
    return journal;
}

Expected<void> Journal::save()
{
    if (m_path.isEmpty())
        return makeError(QStringLiteral("the journal has no file to be saved in"), runId());
    const QFileInfo info(m_path);
    QDir dir = info.dir();
    if (!dir.exists()) {
        if (!dir.mkpath(QStringLiteral(".")))
            return makeError(QStringLiteral("cannot create the journal directory"), dir.path());
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ExeOwner);
    }
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(QStringLiteral("cannot write the journal: %1").arg(file.errorString()),
                         m_path);
    // Restrict before the first byte is written: the journal names hosts, users and paths.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(toJson());
    if (!file.commit())
        return makeError(QStringLiteral("cannot save the journal: %1").arg(file.errorString()),
                         m_path, QStringLiteral("check free space in the application data folder"));
    return {};
}

QByteArray Journal::toJson() const
{
    return QJsonDocument(m_doc).toJson(QJsonDocument::Indented);
}

QString Journal::runId() const
{
    return m_doc.value(QStringLiteral("runId")).toString();
}

QString Journal::kind() const
{
    return m_doc.value(QStringLiteral("kind")).toString();
}

QString Journal::planFile() const
{
    return m_doc.value(QStringLiteral("planFile")).toString();
}

QString Journal::state() const
{
    return m_doc.value(QStringLiteral("state")).toString();
}

void Journal::setState(const QString& state)
{
    m_doc.insert(QStringLiteral("state"), state);
    touch();
}

QDateTime Journal::createdAt() const
{
    return fromIso(m_doc.value(QStringLiteral("createdAt")).toString());
}

QDateTime Journal::updatedAt() const
{
    return fromIso(m_doc.value(QStringLiteral("updatedAt")).toString());
}

QJsonObject Journal::facts() const
{
    return m_doc.value(QStringLiteral("facts")).toObject();
}

void Journal::setFact(const QString& key, const QJsonValue& value)
{
    QJsonObject facts = this->facts();
    facts.insert(key, value);
    m_doc.insert(QStringLiteral("facts"), facts);
    touch();
}

QDateTime Journal::time(const QString& name) const
{
    return fromIso(m_doc.value(QStringLiteral("times")).toObject().value(name).toString());
}

void Journal::setTime(const QString& name, const QDateTime& when)
{
    QJsonObject times = m_doc.value(QStringLiteral("times")).toObject();
    times.insert(name, isoUtc(when));
    m_doc.insert(QStringLiteral("times"), times);
    touch();
}

QList<StepRecord> Journal::steps() const
{
    QList<StepRecord> records;
    for (const QJsonValue& value : m_doc.value(QStringLiteral("steps")).toArray())
        records.append(StepRecord::fromJson(value.toObject()));
    return records;
}

StepRecord Journal::step(const QString& id) const
{
    for (const QJsonValue& value : m_doc.value(QStringLiteral("steps")).toArray()) {
        if (value.toObject().value(QStringLiteral("id")).toString() == id)
            return StepRecord::fromJson(value.toObject());
    }
    StepRecord record;
    record.id = id;
    return record;
}

void Journal::setStep(const StepRecord& record)
{
    QJsonArray steps = m_doc.value(QStringLiteral("steps")).toArray();
    bool replaced = false;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (steps.at(i).toObject().value(QStringLiteral("id")).toString() == record.id) {
            steps.replace(i, record.toJson());
            replaced = true;
            break;
        }
    }
    if (!replaced)
        steps.append(record.toJson());
    m_doc.insert(QStringLiteral("steps"), steps);
    touch();
}

QString Journal::resumePoint(const QStringList& stepOrder) const
{
    for (const QString& id : stepOrder) {
        const StepState state = step(id).state;
        if (state != StepState::Done && state != StepState::Skipped)
            return id;
    }
    return {};
}

void Journal::touch()
{
    m_doc.insert(QStringLiteral("updatedAt"), isoUtc(QDateTime::currentDateTimeUtc()));
}

} // namespace omsua::upgrade
