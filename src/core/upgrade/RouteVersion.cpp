#include "upgrade/RouteVersion.h"

#include <QRegularExpression>

namespace omsua::upgrade {

namespace {

QVersionNumber fromMatch(const QRegularExpressionMatch& match, int first)
{
    return QVersionNumber({match.captured(first).toInt(), match.captured(first + 1).toInt(),
                           match.captured(first + 2).toInt()});
}

} // namespace

Expected<QVersionNumber> parseVersion(const QString& text)
{
    // Segments are capped at 5 digits: a longer one is a typo, and toInt() must not overflow.
    static const QRegularExpression pattern(
        QStringLiteral("^[vV]?([0-9]{1,5})\\.([0-9]{1,5})\\.([0-9]{1,5})(?:[-_]?[cC][eE])?$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return makeError(QStringLiteral("'%1' is not an OMS version").arg(text), text,
                         QStringLiteral("write three numbers, like 3.3.1 (V3.3.1-CE is fine too)"));
    return fromMatch(match, 1);
}

QVersionNumber normalizedVersion(const QVersionNumber& version)
{
    QList<int> segments = version.segments();
    while (segments.size() < 3)
        segments.append(0);
    return QVersionNumber(std::move(segments));
}

Expected<QVersionNumber> versionFromImageReference(const QString& reference)
{
    const QString text = reference.trimmed();
    const QString hint = QStringLiteral("use the image's versioned tag, e.g. "
                                        "oceanbase/oms:feature_4.2.2-ce or oms:feature_3.3.1_ce");
    const auto fail = [&](const QString& why) {
        return makeError(QStringLiteral("cannot read an OMS version from the image '%1': %2")
                             .arg(reference, why),
                         reference, hint);
    };
    if (text.isEmpty())
        return fail(QStringLiteral("the reference is empty"));
    if (text.contains(QLatin1Char(' ')))
        return fail(QStringLiteral("it contains a space"));

    QString name = text;
    const qsizetype at = name.indexOf(QLatin1Char('@'));
    if (at >= 0)
        name.truncate(at); // the digest says nothing about the version; the tag before it may
    // A colon before the last slash is a registry port (reg.example.com:5000/...), not a tag.
    const qsizetype slash = name.lastIndexOf(QLatin1Char('/'));
    const qsizetype colon = name.lastIndexOf(QLatin1Char(':'));
    if (colon < 0 || colon < slash)
        return fail(at >= 0 ? QStringLiteral("it is pinned by digest only, without a tag")
                            : QStringLiteral("it has no tag"));
    const QString tag = name.mid(colon + 1);
    if (tag.isEmpty())
        return fail(QStringLiteral("the tag is empty"));

    // Exactly three dot-separated numbers, not part of a longer dotted number (4.2.5.1).
    static const QRegularExpression version(
        QStringLiteral("(?<![0-9.])([0-9]{1,5})\\.([0-9]{1,5})\\.([0-9]{1,5})(?![0-9]|\\.[0-9])"));
    QList<QVersionNumber> found;
    QRegularExpressionMatchIterator it = version.globalMatch(tag);
    while (it.hasNext()) {
        const QVersionNumber v = fromMatch(it.next(), 1);
        if (!found.contains(v))
            found.append(v);
    }
    if (found.isEmpty())
        return fail(QStringLiteral("the tag '%1' names no version").arg(tag));
    if (found.size() > 1)
        return fail(QStringLiteral("the tag '%1' names more than one version").arg(tag));
    return found.first();
}

Expected<VersionRange> VersionRange::parse(const QString& text)
{
    const QStringList parts = text.split(QStringLiteral(".."));
    if (parts.size() > 2)
        return makeError(QStringLiteral("'%1' is not a version range").arg(text), text,
                         QStringLiteral("write 4.2.0..4.2.8 or a single version"));
    const auto low = parseVersion(parts.first());
    if (!low)
        return low.error();
    if (parts.size() == 1)
        return exactly(*low);
    const auto high = parseVersion(parts.last());
    if (!high)
        return high.error();
    if (*high < *low)
        return makeError(QStringLiteral("the version range '%1' ends before it starts").arg(text),
                         text, QStringLiteral("write the lower version first"));
    return VersionRange{*low, *high};
}

bool VersionRange::contains(const QVersionNumber& version) const
{
    const QVersionNumber v = normalizedVersion(version);
    return min <= v && v <= max;
}

bool VersionRange::overlaps(const VersionRange& other) const
{
    return !(max < other.min || other.max < min);
}

QString VersionRange::toString() const
{
    if (isExact())
        return min.toString();
    return min.toString() + QStringLiteral("..") + max.toString();
}

} // namespace omsua::upgrade
