#include "remote/KnownHosts.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageAuthenticationCode>
#include <QSaveFile>

namespace omsua::remote {

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r';
}

// Splits off whitespace-separated fields; the remainder (comment) keeps its inner spaces.
QList<QByteArray> splitFields(const QByteArray& line, int maxFields, QByteArray* rest)
{
    QList<QByteArray> fields;
    qsizetype i = 0;
    const qsizetype n = line.size();
    while (fields.size() < maxFields) {
        while (i < n && isBlank(line.at(i)))
            ++i;
        if (i >= n)
            break;
        const qsizetype start = i;
        while (i < n && !isBlank(line.at(i)))
            ++i;
        fields.append(line.mid(start, i - start));
    }
    while (i < n && isBlank(line.at(i)))
        ++i;
    *rest = line.mid(i).trimmed();
    return fields;
}

// OpenSSH's match_pattern(): '*' any run, '?' any one character; the caller lowercases.
bool globMatch(QStringView text, QStringView pattern)
{
    qsizetype t = 0;
    qsizetype p = 0;
    qsizetype starP = -1;
    qsizetype starT = 0;
    while (t < text.size()) {
        if (p < pattern.size() && (pattern[p] == QLatin1Char('?') || pattern[p] == text[t])) {
            ++t;
            ++p;
        } else if (p < pattern.size() && pattern[p] == QLatin1Char('*')) {
            starP = p++;
            starT = t;
        } else if (starP >= 0) {
            p = starP + 1;
            t = ++starT;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == QLatin1Char('*'))
        ++p;
    return p == pattern.size();
}

bool hashedNameMatches(const QString& field, const QString& hostToken)
{
    // |1|base64(salt)|base64(HMAC-SHA1(salt, name))
    const QStringList parts = field.split(QLatin1Char('|'));
    if (parts.size() != 4 || parts.at(1) != QLatin1String("1"))
        return false;
    const auto salt = QByteArray::fromBase64Encoding(parts.at(2).toLatin1(),
                                                     QByteArray::AbortOnBase64DecodingErrors);
    const auto hash = QByteArray::fromBase64Encoding(parts.at(3).toLatin1(),
                                                     QByteArray::AbortOnBase64DecodingErrors);
    if (!salt || !hash || salt.decoded.isEmpty())
        return false;
    const QByteArray mac = QMessageAuthenticationCode::hash(hostToken.toUtf8(), salt.decoded,
                                                            QCryptographicHash::Sha1);
    return mac == hash.decoded;
}

} // namespace

QString KnownHosts::hostToken(const QString& host, quint16 port)
{
    // ssh lowercases host names before it looks them up (and before it hashes them).
    const QString name = host.toLower();
    if (port == 22)
        return name;
    return QLatin1Char('[') + name + QStringLiteral("]:") + QString::number(port);
}

QString KnownHosts::fingerprint(const QByteArray& key)
{
    const QByteArray digest = QCryptographicHash::hash(key, QCryptographicHash::Sha256);
    return QStringLiteral("SHA256:") +
           QString::fromLatin1(digest.toBase64(QByteArray::OmitTrailingEquals));
}

QString KnownHosts::keyTypeOfBlob(const QByteArray& key)
{
    if (key.size() < 4)
        return {};
    const auto* p = reinterpret_cast<const uchar*>(key.constData());
    const quint32 length =
        (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
    if (length == 0 || length > 64 || qsizetype(length) > key.size() - 4)
        return {};
    return QString::fromLatin1(key.mid(4, length));
}

bool KnownHosts::hostFieldMatches(const QString& field, const QString& hostToken)
{
    if (field.startsWith(QLatin1Char('|')))
        return hashedNameMatches(field, hostToken);
    // A negated pattern that matches vetoes the line, whatever else matches (OpenSSH
    // match_hostname semantics).
    bool positive = false;
    const QString token = hostToken.toLower();
    const QStringList patterns = field.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& raw : patterns) {
        const bool negated = raw.startsWith(QLatin1Char('!'));
        const QString pattern = (negated ? raw.mid(1) : raw).toLower();
        if (globMatch(token, pattern)) {
            if (negated)
                return false;
            positive = true;
        }
    }
    return positive;
}

KnownHosts KnownHosts::parse(const QByteArray& text, const QString& fileName)
{
    KnownHosts result;
    result.m_fileName = fileName;
    const QList<QByteArray> lines = text.split('\n');
    int lineNumber = 0;
    for (const QByteArray& rawLine : lines) {
        ++lineNumber;
        const QByteArray line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        QByteArray rest;
        QList<QByteArray> fields = splitFields(line, 1, &rest);
        Entry entry;
        entry.line = lineNumber;
        if (fields.constFirst().startsWith('@')) {
            const QByteArray marker = fields.constFirst();
            if (marker == "@revoked") {
                entry.marker = Marker::Revoked;
            } else if (marker == "@cert-authority") {
                entry.marker = Marker::CertAuthority;
            } else {
                result.m_warnings.append(QStringLiteral("%1:%2: unknown marker %3")
                                             .arg(fileName)
                                             .arg(lineNumber)
                                             .arg(QString::fromUtf8(marker)));
                continue;
            }
            fields = splitFields(rest, 3, &rest);
        } else {
            fields = splitFields(line, 3, &rest);
        }
        if (fields.size() < 3) {
            result.m_warnings.append(QStringLiteral("%1:%2: expected host, key type and key")
                                         .arg(fileName)
                                         .arg(lineNumber));
            continue;
        }
        const auto decoded =
            QByteArray::fromBase64Encoding(fields.at(2), QByteArray::AbortOnBase64DecodingErrors);
        entry.hosts = QString::fromUtf8(fields.at(0));
        entry.keyType = QString::fromLatin1(fields.at(1));
        entry.key = decoded.decoded;
        entry.comment = QString::fromUtf8(rest);
        // The blob names its own type; a line whose two disagree is corrupt (OpenSSH skips it).
        if (!decoded || entry.key.isEmpty() || keyTypeOfBlob(entry.key) != entry.keyType) {
            result.m_warnings.append(QStringLiteral("%1:%2: invalid %3 key")
                                         .arg(fileName)
                                         .arg(lineNumber)
                                         .arg(entry.keyType));
            continue;
        }
        result.m_entries.append(entry);
    }
    return result;
}

Expected<KnownHosts> KnownHosts::load(const QString& fileName)
{
    QFile file(fileName);
    if (!file.exists())
        return parse({}, fileName);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            QStringLiteral("Cannot read the known_hosts file: %1").arg(file.errorString()),
            fileName);
    return parse(file.readAll(), fileName);
}

KnownHosts::Verdict KnownHosts::check(const QString& host, quint16 port, const QString& keyType,
                                      const QByteArray& key) const
{
    const QString token = hostToken(host, port);
    Verdict verdict;
    const Entry* sameType = nullptr;
    for (const Entry& entry : m_entries) {
        if (entry.marker == Marker::CertAuthority || !hostFieldMatches(entry.hosts, token))
            continue;
        if (entry.marker == Marker::Revoked) {
            if (entry.key == key) {
                verdict.status = Status::Revoked;
                verdict.line = entry.line;
                return verdict; // revoked wins over any other line
            }
            continue;
        }
        if (entry.keyType != keyType)
            continue;
        if (entry.key == key) {
            if (verdict.status != Status::Match) {
                verdict.status = Status::Match;
                verdict.line = entry.line;
            }
        } else if (!sameType) {
            sameType = &entry;
        }
    }
    if (verdict.status == Status::Match)
        return verdict;
    if (sameType) {
        verdict.status = Status::Mismatch;
        verdict.line = sameType->line;
        verdict.knownKeyType = sameType->keyType;
        verdict.knownFingerprint = fingerprint(sameType->key);
    }
    return verdict;
}

QStringList KnownHosts::keyTypesFor(const QString& host, quint16 port) const
{
    const QString token = hostToken(host, port);
    QStringList types;
    for (const Entry& entry : m_entries) {
        if (entry.marker != Marker::None || types.contains(entry.keyType))
            continue;
        if (hostFieldMatches(entry.hosts, token))
            types.append(entry.keyType);
    }
    return types;
}

Expected<void> KnownHosts::append(const QString& fileName, const QString& host, quint16 port,
                                  const QString& keyType, const QByteArray& key)
{
    const QFileInfo info(fileName);
    const bool existed = info.exists();
    QByteArray content;
    if (existed) {
        QFile current(fileName);
        if (!current.open(QIODevice::ReadOnly))
            return makeError(
                QStringLiteral("Cannot read the known_hosts file: %1").arg(current.errorString()),
                fileName);
        content = current.readAll();
        if (!content.isEmpty() && !content.endsWith('\n'))
            content.append('\n');
    } else {
        QDir parent = info.absoluteDir();
        if (!parent.exists()) {
            if (!parent.mkpath(QStringLiteral(".")))
                return makeError(QStringLiteral("Cannot create the directory for known_hosts"),
                                 parent.absolutePath());
            QFile::setPermissions(parent.absolutePath(), QFileDevice::ReadOwner |
                                                             QFileDevice::WriteOwner |
                                                             QFileDevice::ExeOwner);
        }
    }
    content +=
        hostToken(host, port).toUtf8() + ' ' + keyType.toLatin1() + ' ' + key.toBase64() + '\n';

    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(
            QStringLiteral("Cannot write the known_hosts file: %1").arg(file.errorString()),
            fileName);
    // QSaveFile copies an existing file's permissions; a new known_hosts is private, like ssh's.
    if (!existed)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(content) != content.size() || !file.commit())
        return makeError(
            QStringLiteral("Cannot write the known_hosts file: %1").arg(file.errorString()),
            fileName);
    return {};
}

} // namespace omsua::remote
