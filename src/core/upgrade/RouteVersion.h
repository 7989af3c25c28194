#pragma once

#include "Expected.h"

#include <QString>
#include <QVersionNumber>

namespace omsua::upgrade {

// OMS versions are always three numbers (3.3.1, 4.2.9). Accepts "3.3.1", "V3.3.1", "3.3.1-CE",
// "3.3.1_ce"; anything else (3.3, 3.x.1, 4.2.5.1) is an Error naming the text.
Expected<QVersionNumber> parseVersion(const QString& text);

// Pads to three segments (4.2 -> 4.2.0) so that QVersionNumber comparisons mean what people
// mean: QVersionNumber says 4.2 < 4.2.0.
QVersionNumber normalizedVersion(const QVersionNumber& version);

// The OMS version an image reference names, read from its tag:
//   oms:feature_3.3.0_ce                               -> 3.3.0
//   oceanbase/oms:feature_4.2.2-ce                     -> 4.2.2
//   oboms/oms-all-in-one:feature_4.0.0-ce              -> 4.0.0
//   reg.example.com:5000/oceanbase/oms:feature_3.3.1   -> 3.3.1 (":5000" is a port, not a tag)
// An Error when there is no tag, the tag names no version (latest), names two, or the image is
// pinned by digest only. This is the function the upgrade engine uses.
Expected<QVersionNumber> versionFromImageReference(const QString& reference);

// An inclusive range of versions, written "4.2.0..4.2.8" or a single "3.3.0".
struct VersionRange
{
    QVersionNumber min;
    QVersionNumber max;

    static Expected<VersionRange> parse(const QString& text);
    static VersionRange exactly(const QVersionNumber& version) { return {version, version}; }

    bool isExact() const { return min == max; }
    bool contains(const QVersionNumber& version) const;
    bool overlaps(const VersionRange& other) const;
    QString toString() const; // "3.3.0" or "4.2.0..4.2.8"
};

} // namespace omsua::upgrade
