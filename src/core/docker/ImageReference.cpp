#include "docker/ImageReference.h"

#include "remote/ArgumentValidation.h"

#include <QRegularExpression>

namespace omsua::docker {

Expected<ImageReference> ImageReference::parse(const QString& reference)
{
    if (Expected<void> valid = remote::validateImageReference(reference); !valid)
        return valid.error();
    ImageReference ref;
    QString rest = reference;
    const qsizetype at = rest.indexOf(QLatin1Char('@'));
    if (at >= 0) {
        ref.digest = rest.mid(at + 1);
        rest.truncate(at);
    }
    // A ':' after the last '/' starts the tag; one before it belongs to a registry port.
    const qsizetype slash = rest.lastIndexOf(QLatin1Char('/'));
    const qsizetype colon = rest.lastIndexOf(QLatin1Char(':'));
    if (colon > slash) {
        ref.tag = rest.mid(colon + 1);
        rest.truncate(colon);
    }
    // The first component is a registry when it looks like a host (as Docker decides it).
    const qsizetype firstSlash = rest.indexOf(QLatin1Char('/'));
    if (firstSlash > 0) {
        const QString first = rest.left(firstSlash);
        if (first.contains(QLatin1Char('.')) || first.contains(QLatin1Char(':')) ||
            first == QStringLiteral("localhost") || first != first.toLower()) {
            ref.registry = first;
            rest = rest.mid(firstSlash + 1);
        }
    }
    ref.repository = rest;
    return ref;
}

QString ImageReference::toString() const
{
    QString text;
    if (!registry.isEmpty())
        text += registry + QLatin1Char('/');
    text += repository;
    if (!tag.isEmpty())
        text += QLatin1Char(':') + tag;
    if (!digest.isEmpty())
        text += QLatin1Char('@') + digest;
    return text;
}

Expected<QVersionNumber> imageTagVersion(const QString& reference)
{
    Expected<ImageReference> ref = ImageReference::parse(reference);
    if (!ref)
        return ref.error();
    const QString where = QStringLiteral("image tag");
    if (ref->tag.isEmpty())
        return makeError(QStringLiteral("Image reference %1 has no tag, so its OMS version is "
                                        "unknown")
                             .arg(remote::displayValue(reference)),
                         where,
                         QStringLiteral("Use the tagged reference (e.g. oms:feature_3.3.1_ce) or "
                                        "state the version in the plan."));
    static const QRegularExpression versionPattern(QStringLiteral(R"((?<!\d)(\d+(?:\.\d+)+))"));
    const QRegularExpressionMatch m = versionPattern.match(ref->tag);
    if (!m.hasMatch())
        return makeError(QStringLiteral("Image tag %1 contains no version number")
                             .arg(remote::displayValue(ref->tag)),
                         where,
                         QStringLiteral("OMS tags look like feature_3.3.1_ce; retag the image or "
                                        "state the version in the plan."));
    return QVersionNumber::fromString(m.captured(1));
}

} // namespace omsua::docker
