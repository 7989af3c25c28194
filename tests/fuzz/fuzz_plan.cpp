// Plan files: Plan::fromYaml, and what the GUI saves with toYaml() must read back the same.
#include "FuzzSupport.h"
#include "plan/Plan.h"

using namespace omsua;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString source = QStringLiteral("/fuzz/plan.yaml");
    const Expected<plan::Plan> parsed = plan::Plan::fromYaml(fuzz::input(data, size), source);
    if (!parsed)
        return 0;
    const QByteArray saved = parsed->toYaml();
    const Expected<plan::Plan> reread = plan::Plan::fromYaml(saved, source);
    fuzz::require(bool(reread), "a saved plan reads back",
                  QString::fromUtf8(saved) + (reread ? QString() : reread.error().message));
    const QByteArray again = reread->toYaml();
    fuzz::require(again == saved, "a saved plan reads back unchanged",
                  QString::fromUtf8(saved.toPercentEncoding(" \n")) + QStringLiteral("\n---\n") +
                      QString::fromUtf8(again.toPercentEncoding(" \n")));
    return 0;
}
