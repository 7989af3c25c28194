#pragma once

#include "Expected.h"
#include "plan/Plan.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace omsua::gui {

// A saved connection: a name and the plan file it is. The file is an ordinary plan (the YAML
// `oms-upgrade --plan` reads), so a profile made here runs unchanged with the CLI and a plan
// written by hand can be added as a profile. Only the list (name -> file) is kept in QSettings;
// secrets are kept in the keychain (SecretStore), never in either.
struct Profile
{
    QString name;
    QString planFile;
};

class ProfileStore
{
    Q_DECLARE_TR_FUNCTIONS(omsua::gui::ProfileStore)

public:
    // The profiles, sorted by name.
    QList<Profile> profiles() const;
    std::optional<Profile> find(const QString& name) const;

    // Writes the plan to the profile's file (a new profile gets one in profilesDirectory()) and
    // lists it. The plan is read back with the CLI's parser first: a plan it would refuse is
    // not saved.
    Expected<Profile> save(const QString& name, const plan::Plan& plan) const;
    // Lists an existing plan file as a profile, in place (it must be a valid plan). The name
    // defaults to the file's base name, made unique.
    Expected<Profile> addPlanFile(const QString& planFile, const QString& name = {}) const;
    Expected<plan::Plan> load(const Profile& profile) const;
    // Takes the profile off the list; its plan file is left where it is.
    void remove(const QString& name) const;

    // Where new profiles' plan files go: <app data>/profiles.
    static QString profilesDirectory();
    // The profile whose file this is, if any.
    std::optional<Profile> findByFile(const QString& planFile) const;

private:
    void write(const QList<Profile>& profiles) const;
    QString uniqueName(const QString& wanted) const;
};

} // namespace omsua::gui
