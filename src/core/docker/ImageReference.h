#pragma once

#include "Expected.h"

#include <QString>
#include <QVersionNumber>

namespace omsua::docker {

// An image reference split into its parts: [registry/]repository[:tag][@digest].
struct ImageReference
{
    QString registry;   // "reg.example.com:5000"; empty for Docker Hub / local names
    QString repository; // "oceanbase/oms", "oms"
    QString tag;        // "feature_3.3.1_ce"; empty when none was given
    QString digest;     // "sha256:..."; empty when none was given

    // Validates (remote::validateImageReference) and splits.
    static Expected<ImageReference> parse(const QString& reference);

    QString toString() const;
};

// The OMS version an image tag carries: feature_3.3.0_ce -> 3.3.0, feature_4.2.2-ce -> 4.2.2,
// reg.example.com:5000/oceanbase/oms:feature_3.3.1 -> 3.3.1. The first run of at least two
// dot-separated numbers in the tag. Error when the reference has no tag or the tag no version
// (e.g. "latest"): the upgrade route cannot be chosen from it, so the operator must say.
Expected<QVersionNumber> imageTagVersion(const QString& reference);

} // namespace omsua::docker
