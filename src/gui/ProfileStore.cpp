#include "ProfileStore.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <algorithm>

namespace omsua::gui {

namespace {

const QString kGroup = QStringLiteral("profiles");

QString canonical(const QString& path)
{
    const QFileInfo info(path);
    const QString resolved = info.canonicalFilePath();
    return resolved.isEmpty() ? info.absoluteFilePath() : resolved;
}

// A file name for a profile name: letters, digits, '.', '_' and '-' kept, the rest '_'.
QString fileNameFor(const QString& name)
{
    QString base = name;
    base.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    if (base.isEmpty() || base.startsWith(QLatin1Char('.')))
        base.prepend(QStringLiteral("profile"));
    return base + QStringLiteral(".yaml");
}

} // namespace

QString ProfileStore::profilesDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/profiles");
}

QList<Profile> ProfileStore::profiles() const
{
    QSettings settings;
    QList<Profile> result;
    const int count = settings.beginReadArray(kGroup);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        Profile profile{settings.value(QStringLiteral("name")).toString(),
                        settings.value(QStringLiteral("planFile")).toString()};
        if (!profile.name.isEmpty() && !profile.planFile.isEmpty())
            result.append(profile);
    }
    settings.endArray();
    std::sort(result.begin(), result.end(), [](const Profile& a, const Profile& b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return result;
}

void ProfileStore::write(const QList<Profile>& profiles) const
{
    QSettings settings;
    settings.remove(kGroup);
    settings.beginWriteArray(kGroup, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), profiles[i].name);
        settings.setValue(QStringLiteral("planFile"), profiles[i].planFile);
    }
    settings.endArray();
    settings.sync();
}

std::optional<Profile> ProfileStore::find(const QString& name) const
{
    for (const Profile& profile : profiles()) {
        if (profile.name == name)
            return profile;
    }
    return std::nullopt;
}

std::optional<Profile> ProfileStore::findByFile(const QString& planFile) const
{
    const QString wanted = canonical(planFile);
    for (const Profile& profile : profiles()) {
        if (canonical(profile.planFile) == wanted)
            return profile;
    }
    return std::nullopt;
}

QString ProfileStore::uniqueName(const QString& wanted) const
{
    QString name = wanted.trimmed().isEmpty() ? tr("Profile") : wanted.trimmed();
    const QString base = name;
    for (int n = 2; find(name); ++n)
        name = QStringLiteral("%1 (%2)").arg(base).arg(n);
    return name;
}

Expected<Profile> ProfileStore::save(const QString& name, const plan::Plan& plan) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return makeError(tr("A profile needs a name"), QString(),
                         tr("Type a name such as the host's, e.g. oms-prod-1."));
    Profile profile{trimmed, {}};
    if (const auto existing = find(trimmed)) {
        profile.planFile = existing->planFile;
    } else if (!plan.sourceFile.isEmpty() && QFileInfo(plan.sourceFile).isFile() &&
               !findByFile(plan.sourceFile)) {
        // A plan opened from a file stays that file: the CLI keeps finding it where it was.
        profile.planFile = plan.sourceFile;
    } else {
        QDir dir(profilesDirectory());
        if (!dir.mkpath(QStringLiteral(".")))
            return makeError(tr("Cannot create the profiles directory"), dir.absolutePath());
        QString file = dir.absoluteFilePath(fileNameFor(trimmed));
        for (int n = 2; QFileInfo::exists(file); ++n)
            file = dir.absoluteFilePath(QFileInfo(fileNameFor(trimmed)).completeBaseName() +
                                        QStringLiteral("-%1.yaml").arg(n));
        profile.planFile = file;
    }
    // What the CLI would read must be what was meant: parse the YAML before writing it.
    const QByteArray yaml = plan.toYaml();
    if (auto parsed = plan::Plan::fromYaml(yaml, profile.planFile); !parsed)
        return parsed.error();
    if (auto saved = plan.save(profile.planFile); !saved)
        return saved.error();

    QList<Profile> all = profiles();
    all.removeIf([&](const Profile& p) { return p.name == profile.name; });
    all.append(profile);
    write(all);
    return profile;
}

Expected<Profile> ProfileStore::addPlanFile(const QString& planFile, const QString& name) const
{
    auto plan = plan::Plan::load(planFile);
    if (!plan)
        return plan.error();
    const QString file = canonical(planFile);
    if (const auto existing = findByFile(file))
        return *existing;
    Profile profile{uniqueName(name.isEmpty() ? QFileInfo(file).completeBaseName() : name), file};
    QList<Profile> all = profiles();
    all.append(profile);
    write(all);
    return profile;
}

Expected<plan::Plan> ProfileStore::load(const Profile& profile) const
{
    return plan::Plan::load(profile.planFile);
}

void ProfileStore::remove(const QString& name) const
{
    QList<Profile> all = profiles();
    all.removeIf([&](const Profile& p) { return p.name == name; });
    write(all);
}

} // namespace omsua::gui
