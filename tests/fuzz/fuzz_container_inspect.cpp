// `docker inspect` JSON, as the old container's host prints it: ContainerInspect, the bind specs
// and what is derived from them for the new container (planned mounts, comparison, run argv).
#include "FuzzSupport.h"
#include "docker/ContainerInspect.h"
#include "docker/MountComparison.h"
#include "docker/RunSpec.h"

using namespace omsua;
using namespace omsua::docker;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray json = fuzz::input(data, size);
    (void)ContainerInspect::parseTime(QString::fromUtf8(json.left(64)));

    const Expected<ContainerInfo> info = ContainerInspect::parse(json);
    if (!info)
        return 0;
    // The object form of the same data must give the same answer.
    fuzz::require(bool(ContainerInspect::parse(info->raw)), "parse(raw) after parse(json)");

    for (const BindMount& bind : info->binds) {
        const Expected<BindMount> again = BindMount::fromSpec(bind.toSpec());
        fuzz::require(again && *again == bind && again->options == bind.options,
                      "BindMount::fromSpec(toSpec()) round trip", bind.toSpec());
    }

    const BindMounts old = info->bindMounts();
    for (const bool https : {false, true}) {
        const BindMounts planned = MountComparison::plannedFromOld(old, https);
        const MountComparisonResult result = MountComparison::compare(old, planned);
        (void)result.problems();
        RunSpec spec;
        spec.name = info->name;
        spec.image = info->configImage;
        spec.binds = planned;
        for (auto it = info->env.cbegin(); it != info->env.cend(); ++it)
            spec.setEnv(it.key(), it.value());
        if (spec.validate())
            (void)spec.toArgv();
    }
    return 0;
}
