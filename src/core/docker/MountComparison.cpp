#include "docker/MountComparison.h"

#include <QMap>
#include <algorithm>
#include <optional>

namespace omsua::docker {

namespace {

const QString kCert = QStringLiteral("/etc/pki/nginx/oms_server.crt");
const QString kKey = QStringLiteral("/etc/pki/nginx/oms_server.key");

std::optional<BindMount> findByContainerPath(const BindMounts& mounts, const QString& path)
{
    for (const BindMount& mount : mounts) {
        if (MountComparison::normalisedPath(mount.containerPath) == path)
            return mount;
    }
    return std::nullopt;
}

} // namespace

QString mountVerdictName(MountVerdict verdict)
{
    switch (verdict) {
    case MountVerdict::Identical:
        return QStringLiteral("identical");
    case MountVerdict::HostPathChanged:
        return QStringLiteral("host path changed");
    case MountVerdict::ReadOnlyChanged:
        return QStringLiteral("read-only flag changed");
    case MountVerdict::MissingInPlan:
        return QStringLiteral("missing in plan");
    case MountVerdict::ExtraInPlan:
        return QStringLiteral("extra in plan");
    case MountVerdict::MissingRequired:
        return QStringLiteral("required mount missing");
    }
    return QString();
}

QList<MountRow> MountComparisonResult::problems() const
{
    QList<MountRow> list;
    for (const MountRow& row : rows) {
        if (row.verdict != MountVerdict::Identical)
            list.append(row);
    }
    return list;
}

QStringList MountComparison::requiredContainerPaths()
{
    return {QStringLiteral("/home/admin/conf/config.yaml"), QStringLiteral("/home/admin/logs"),
            QStringLiteral("/home/ds/store"), QStringLiteral("/home/ds/run")};
}

QStringList MountComparison::httpsContainerPaths()
{
    return {kCert, kKey};
}

QString MountComparison::normalisedPath(const QString& path)
{
    QString p = path;
    while (p.size() > 1 && p.endsWith(QLatin1Char('/')))
        p.chop(1);
    return p;
}

MountComparisonResult MountComparison::compare(const BindMounts& oldMounts,
                                               const BindMounts& plannedMounts)
{
    // Row order: documented paths first, then every other container path in first-seen order.
    QStringList order = requiredContainerPaths() + httpsContainerPaths();
    for (const BindMounts* list : {&oldMounts, &plannedMounts}) {
        for (const BindMount& mount : *list) {
            const QString path = normalisedPath(mount.containerPath);
            if (!order.contains(path))
                order.append(path);
        }
    }

    const QStringList required = requiredContainerPaths();
    MountComparisonResult result;
    result.ok = true;
    for (const QString& path : std::as_const(order)) {
        const std::optional<BindMount> before = findByContainerPath(oldMounts, path);
        const std::optional<BindMount> after = findByContainerPath(plannedMounts, path);
        const bool isRequired = required.contains(path);
        if (!before && !after && !isRequired)
            continue; // an optional mount nobody uses
        MountRow row;
        row.containerPath = path;
        row.required = isRequired;
        if (before) {
            row.oldHostPath = before->hostPath;
            row.oldReadOnly = before->readOnly;
        }
        if (after) {
            row.plannedHostPath = after->hostPath;
            row.plannedReadOnly = after->readOnly;
        }
        if (isRequired && !before)
            row.verdict = MountVerdict::MissingRequired;
        else if (!after)
            row.verdict = MountVerdict::MissingInPlan;
        else if (!before)
            row.verdict = MountVerdict::ExtraInPlan;
        else if (normalisedPath(before->hostPath) != normalisedPath(after->hostPath))
            row.verdict = MountVerdict::HostPathChanged;
        else if (before->readOnly != after->readOnly)
            row.verdict = MountVerdict::ReadOnlyChanged;
        else
            row.verdict = MountVerdict::Identical;
        if (row.verdict != MountVerdict::Identical)
            result.ok = false;
        result.rows.append(row);
    }
    return result;
}

BindMounts MountComparison::plannedFromOld(const BindMounts& oldMounts, bool https,
                                           const QString& certHostPath, const QString& keyHostPath)
{
    BindMounts planned;
    bool haveCert = false;
    bool haveKey = false;
    for (const BindMount& mount : oldMounts) {
        const QString path = normalisedPath(mount.containerPath);
        const bool isCert = path == kCert;
        const bool isKey = path == kKey;
        if ((isCert || isKey) && !https)
            continue;
        BindMount copy = mount;
        if (isCert && !certHostPath.isEmpty())
            copy.hostPath = certHostPath;
        if (isKey && !keyHostPath.isEmpty())
            copy.hostPath = keyHostPath;
        haveCert = haveCert || isCert;
        haveKey = haveKey || isKey;
        planned.append(copy);
    }
    if (https && !haveCert && !certHostPath.isEmpty())
        planned.append(BindMount{certHostPath, kCert, false, QString()});
    if (https && !haveKey && !keyHostPath.isEmpty())
        planned.append(BindMount{keyHostPath, kKey, false, QString()});
    return planned;
}

} // namespace omsua::docker
