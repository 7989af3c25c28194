// manifest.json of a backup set, as read back from the host before a restore:
// Manifest::fromJson, and what toJson() writes must read back unchanged.
#include "FuzzSupport.h"
#include "backup/Manifest.h"

using namespace omsua;
using omsua::backup::Manifest;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const Expected<Manifest> manifest = Manifest::fromJson(fuzz::input(data, size));
    if (!manifest)
        return 0;
    (void)manifest->isComplete();
    const QByteArray written = manifest->toJson();
    const Expected<Manifest> reread = Manifest::fromJson(written);
    fuzz::require(bool(reread), "a written manifest reads back",
                  QString::fromUtf8(written) + (reread ? QString() : reread.error().message));
    fuzz::require(reread->toJson() == written, "a written manifest reads back unchanged",
                  QString::fromUtf8(written));
    return 0;
}
