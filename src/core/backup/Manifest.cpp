#include "backup/Manifest.h"

#include "backup/DumpTrailer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>
#include <cmath>

namespace omsua::backup {

namespace {

QJsonValue timeToJson(const QDateTime& when)
{
    if (!when.isValid())
        return QJsonValue::Null;
    return when.toUTC().toString(Qt::ISODateWithMs);
}

bool isSha256(const QString& text)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(text).hasMatch();
}

bool isSafeFileName(const QString& name)
{
    return !name.isEmpty() && name.size() <= 255 && !name.startsWith(QLatin1Char('.')) &&
           !name.startsWith(QLatin1Char('-')) && !name.contains(QLatin1Char('/')) &&
           !name.contains(QLatin1Char('\n')) && !name.contains(QLatin1Char('\r')) &&
           !name.contains(QChar(0));
}

// Reads one object's fields, collecting the first error with the full field path.
class FieldReader
{
public:
    FieldReader(const QJsonObject& object, QString prefix, QString source)
        : m_object(object)
        , m_prefix(std::move(prefix))
        , m_source(std::move(source))
    {}

    QString path(const QString& key) const { return m_prefix + key; }

    Error error(const QString& key, const QString& problem) const
    {
        return makeError(QStringLiteral("manifest.json: %1 %2").arg(path(key), problem),
                         m_source.isEmpty() ? path(key)
                                            : m_source + QStringLiteral(": ") + path(key),
                         QStringLiteral("The manifest was changed or written by another tool; "
                                        "this backup set cannot be trusted as it is."));
    }

    // Required string (may be empty).
    Expected<QString> string(const QString& key, bool required = true) const
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull()) {
            if (required)
                return error(key, QStringLiteral("is missing"));
            return QString();
        }
        if (!value.isString())
            return error(key, QStringLiteral("must be a string"));
        return value.toString();
    }

    Expected<QDateTime> time(const QString& key, bool required) const
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull()) {
            if (required)
                return error(key, QStringLiteral("is missing"));
            return QDateTime();
        }
        if (!value.isString())
            return error(key, QStringLiteral("must be an ISO 8601 time string"));
        QDateTime when = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        if (!when.isValid())
            return error(
                key,
                QStringLiteral("is not an ISO 8601 time: \"%1\"").arg(value.toString().left(40)));
        return when.toUTC();
    }

    Expected<qint64> integer(const QString& key) const
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return error(key, QStringLiteral("is missing"));
        const double number = value.toDouble(-1.0);
        // The range is checked before the conversion: casting a double beyond qint64 (a
        // tampered "bytes": 1e30) to an integer is undefined behaviour, not a large number.
        if (!value.isDouble() || !(number >= 0 && number < 9223372036854775808.0) ||
            number != std::floor(number))
            return error(key, QStringLiteral("must be a non-negative integer"));
        return qint64(number);
    }

    Expected<bool> boolean(const QString& key) const
    {
        const QJsonValue value = m_object.value(key);
        if (!value.isBool())
            return error(key, value.isUndefined() ? QStringLiteral("is missing")
                                                  : QStringLiteral("must be true or false"));
        return value.toBool();
    }

private:
    const QJsonObject& m_object;
    QString m_prefix;
    QString m_source;
};

#define OMSUA_TAKE(target, expression)                                                             \
    do {                                                                                           \
        auto taken_ = (expression);                                                                \
        if (!taken_)                                                                               \
            return taken_.error();                                                                 \
        target = std::move(*taken_);                                                               \
    } while (false)

Expected<ManifestDatabase> databaseFromJson(const QJsonObject& object, int index,
                                            const QString& source)
{
    const FieldReader reader(object, QStringLiteral("databases[%1].").arg(index), source);
    ManifestDatabase db;

    QString role;
    OMSUA_TAKE(role, reader.string(QStringLiteral("role")));
    const std::optional<DatabaseRole> parsedRole = databaseRoleFromString(role);
    if (!parsedRole)
        return reader.error(
            QStringLiteral("role"),
            QStringLiteral("must be rm, cm or cm_hb, not \"%1\"").arg(role.left(20)));
    db.role = *parsedRole;

    OMSUA_TAKE(db.name, reader.string(QStringLiteral("name")));
    if (!isValidDatabaseName(db.name))
        return reader.error(
            QStringLiteral("name"),
            QStringLiteral("\"%1\" is not a valid database name").arg(db.name.left(80)));

    OMSUA_TAKE(db.file, reader.string(QStringLiteral("file")));
    if (!isSafeFileName(db.file))
        return reader.error(
            QStringLiteral("file"),
            QStringLiteral("\"%1\" is not a plain file name inside the set").arg(db.file.left(80)));

    OMSUA_TAKE(db.bytes, reader.integer(QStringLiteral("bytes")));
    OMSUA_TAKE(db.sha256, reader.string(QStringLiteral("sha256")));
    OMSUA_TAKE(db.trailer, reader.string(QStringLiteral("trailer")));
    OMSUA_TAKE(db.completed, reader.boolean(QStringLiteral("completed")));

    if (!db.sha256.isEmpty() && !isSha256(db.sha256))
        return reader.error(QStringLiteral("sha256"),
                            QStringLiteral("must be 64 lower-case hex digits"));
    if (db.completed) {
        if (db.sha256.isEmpty())
            return reader.error(QStringLiteral("sha256"),
                                QStringLiteral("is empty for a completed dump"));
        if (db.bytes <= 0)
            return reader.error(QStringLiteral("bytes"),
                                QStringLiteral("is 0 for a completed dump"));
        if (!DumpTrailer::isCompletionLine(db.trailer))
            return reader.error(QStringLiteral("trailer"),
                                QStringLiteral("is not a \"-- Dump completed\" line for a "
                                               "completed dump"));
    }
    return db;
}

} // namespace

const ManifestDatabase* Manifest::database(DatabaseRole role) const
{
    for (const ManifestDatabase& db : databases) {
        if (db.role == role)
            return &db;
    }
    return nullptr;
}

bool Manifest::isComplete() const
{
    for (const DatabaseRole role : {DatabaseRole::Rm, DatabaseRole::Cm, DatabaseRole::CmHb}) {
        const ManifestDatabase* db = database(role);
        if (!db || !db->completed)
            return false;
    }
    return true;
}

QJsonObject Manifest::toJsonObject() const
{
    QJsonArray dbs;
    for (const ManifestDatabase& db : databases) {
        dbs.append(QJsonObject{{QStringLiteral("role"), toString(db.role)},
                               {QStringLiteral("name"), db.name},
                               {QStringLiteral("file"), db.file},
                               {QStringLiteral("bytes"), double(db.bytes)},
                               {QStringLiteral("sha256"), db.sha256},
                               {QStringLiteral("trailer"), db.trailer},
                               {QStringLiteral("completed"), db.completed}});
    }
    return QJsonObject{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("runId"), runId},
        {QStringLiteral("createdAt"), timeToJson(createdAt)},
        {QStringLiteral("container"), container},
        {QStringLiteral("sourceImage"), sourceImage},
        {QStringLiteral("sourceVersion"), sourceVersion},
        {QStringLiteral("targetImage"), targetImage},
        {QStringLiteral("serverVersion"), serverVersion},
        {QStringLiteral("dumpTool"), QJsonObject{{QStringLiteral("flavour"), toString(dumpFlavour)},
                                                 {QStringLiteral("version"), dumpVersion}}},
        {QStringLiteral("T1"), timeToJson(t1)},
        {QStringLiteral("databases"), dbs},
        {QStringLiteral("inspect"), inspect},
        {QStringLiteral("configYamlMasked"), configYamlMasked},
        {QStringLiteral("notes"), notes},
    };
}

QByteArray Manifest::toJson() const
{
    return QJsonDocument(toJsonObject()).toJson(QJsonDocument::Indented);
}

Expected<Manifest> Manifest::fromJson(const QByteArray& json, const QString& source)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(QStringLiteral("manifest.json is not valid JSON at offset %1: %2")
                             .arg(parseError.offset)
                             .arg(parseError.errorString()),
                         source.isEmpty() ? Manifest::kFileName : source);
    if (!document.isObject())
        return makeError(QStringLiteral("manifest.json is not a JSON object"),
                         source.isEmpty() ? Manifest::kFileName : source);
    return fromJsonObject(document.object(), source);
}

Expected<Manifest> Manifest::fromJsonObject(const QJsonObject& object, const QString& source)
{
    const FieldReader reader(object, QString(), source);
    Manifest manifest;

    const QJsonValue format = object.value(QStringLiteral("format"));
    if (format.isUndefined())
        return reader.error(QStringLiteral("format"), QStringLiteral("is missing"));
    if (!format.isDouble())
        return reader.error(QStringLiteral("format"), QStringLiteral("must be a number"));
    if (format.toDouble() != double(kFormat))
        return reader.error(QStringLiteral("format"),
                            QStringLiteral("is %1; this version reads format %2")
                                .arg(format.toDouble())
                                .arg(kFormat));

    OMSUA_TAKE(manifest.runId, reader.string(QStringLiteral("runId")));
    if (Expected<void> valid = validateRunId(manifest.runId); !valid)
        return reader.error(QStringLiteral("runId"), valid.error().message);
    OMSUA_TAKE(manifest.createdAt, reader.time(QStringLiteral("createdAt"), true));
    OMSUA_TAKE(manifest.container, reader.string(QStringLiteral("container"), false));
    OMSUA_TAKE(manifest.sourceImage, reader.string(QStringLiteral("sourceImage"), false));
    OMSUA_TAKE(manifest.sourceVersion, reader.string(QStringLiteral("sourceVersion"), false));
    OMSUA_TAKE(manifest.targetImage, reader.string(QStringLiteral("targetImage"), false));
    OMSUA_TAKE(manifest.serverVersion, reader.string(QStringLiteral("serverVersion"), false));
    OMSUA_TAKE(manifest.t1, reader.time(QStringLiteral("T1"), false));
    OMSUA_TAKE(manifest.configYamlMasked, reader.string(QStringLiteral("configYamlMasked"), false));
    OMSUA_TAKE(manifest.notes, reader.string(QStringLiteral("notes"), false));

    const QJsonValue tool = object.value(QStringLiteral("dumpTool"));
    if (!tool.isUndefined() && !tool.isNull()) {
        if (!tool.isObject())
            return reader.error(QStringLiteral("dumpTool"), QStringLiteral("must be an object"));
        const QJsonObject toolObject = tool.toObject();
        const FieldReader toolReader(toolObject, QStringLiteral("dumpTool."), source);
        QString flavour;
        OMSUA_TAKE(flavour, toolReader.string(QStringLiteral("flavour")));
        manifest.dumpFlavour = dumpFlavourFromString(flavour);
        if (manifest.dumpFlavour == DumpFlavour::Unknown && flavour != QLatin1String("unknown"))
            return toolReader.error(QStringLiteral("flavour"),
                                    QStringLiteral("must be mariadb, mysql or unknown, not \"%1\"")
                                        .arg(flavour.left(20)));
        OMSUA_TAKE(manifest.dumpVersion, toolReader.string(QStringLiteral("version"), false));
    }

    const QJsonValue inspect = object.value(QStringLiteral("inspect"));
    if (!inspect.isUndefined() && !inspect.isNull()) {
        if (!inspect.isObject())
            return reader.error(QStringLiteral("inspect"),
                                QStringLiteral("must be the `docker inspect` object"));
        manifest.inspect = inspect.toObject();
    }

    const QJsonValue databases = object.value(QStringLiteral("databases"));
    if (databases.isUndefined())
        return reader.error(QStringLiteral("databases"), QStringLiteral("is missing"));
    if (!databases.isArray())
        return reader.error(QStringLiteral("databases"), QStringLiteral("must be an array"));
    const QJsonArray array = databases.toArray();
    QSet<QString> roles;
    QSet<QString> files;
    for (int i = 0; i < array.size(); ++i) {
        const QString field = QStringLiteral("databases[%1]").arg(i);
        if (!array.at(i).isObject())
            return makeError(QStringLiteral("manifest.json: %1 must be an object").arg(field),
                             field);
        Expected<ManifestDatabase> db = databaseFromJson(array.at(i).toObject(), i, source);
        if (!db)
            return db.error();
        const QString role = toString(db->role);
        if (roles.contains(role))
            return makeError(
                QStringLiteral("manifest.json: %1.role %2 appears twice").arg(field, role), field);
        if (files.contains(db->file))
            return makeError(
                QStringLiteral("manifest.json: %1.file %2 appears twice").arg(field, db->file),
                field);
        roles.insert(role);
        files.insert(db->file);
        manifest.databases.append(*db);
    }
    return manifest;
}

#undef OMSUA_TAKE

} // namespace omsua::backup
