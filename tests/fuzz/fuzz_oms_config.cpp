// The host's config.yaml: OmsConfig::parse and the masked copy that goes into the manifest and
// the report, which must not let a password through whatever the YAML looks like.
#include "FuzzSupport.h"
#include "config/OmsConfig.h"

using namespace omsua;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray yaml = fuzz::input(data, size);
    const Expected<config::OmsConfig> parsed =
        config::OmsConfig::parse(yaml, QStringLiteral("fuzz/config.yaml"));
    if (!parsed)
        return 0;
    const QByteArray masked = parsed->maskedYaml();
    for (const QString& secret : parsed->secrets()) {
        fuzz::require(!secret.isEmpty(), "secrets() holds no empty value");
        // A secret made of '*' is part of the mask itself, and one that was not valid UTF-8
        // has no byte form to look for; every other secret must be gone.
        if (secret.contains(QLatin1Char('*')) || secret.contains(QChar::ReplacementCharacter))
            continue;
        fuzz::require(!masked.contains(secret.toUtf8()), "maskedYaml() hides every secret",
                      QString::fromUtf8(masked));
    }
    return 0;
}
