#pragma once

#include "Expected.h"
#include "backup/BackupTypes.h"
#include "remote/CommandRunner.h"

#include <QByteArray>
#include <QString>
#include <memory>

namespace omsua::backup {

// The MetaDB credentials as a MySQL option file on the host, for --defaults-extra-file: the
// only way to hand a password to mysqldump / mysql without it showing in `ps` (`-p<password>`)
// or relying on the deprecated password environment variable.
//
// The file is written by `umask 077 && cat > PATH` with the content on the command's stdin,
// inside a private directory made by `mktemp -d`, so the password is never on a command line
// and the file is never readable by anyone else, not even for a moment. It is removed when the
// object is destroyed (or by remove()): the runner must outlive the object.
class OptionFile
{
public:
    // The [client] section for these credentials. Values are double-quoted with backslash
    // escapes, the syntax the MySQL/MariaDB option file parser (mysys) reads back exactly.
    // An Error when a value cannot be represented (NUL byte).
    static Expected<QByteArray> render(const MetaDbCredentials& credentials);
    // One value as the option file parser reads it: "..." with \\ \" \' \n \r \t \b escaped.
    static QString quoteValue(const QString& value);

    // Writes the file on the host in a new private directory under parentDirectory (an
    // absolute host path that exists, e.g. the backup directory; empty: the login user's
    // $HOME). Checks that the file ended up with mode 0600.
    static Expected<std::unique_ptr<OptionFile>> create(remote::CommandRunner& runner,
                                                        const MetaDbCredentials& credentials,
                                                        const QString& parentDirectory = {});

    ~OptionFile();
    OptionFile(const OptionFile&) = delete;
    OptionFile& operator=(const OptionFile&) = delete;

    QString path() const { return m_path; }
    QString directory() const { return m_directory; }

    // Removes the file and its directory now (`rm -f`, then `rmdir`); the destructor does the
    // same when this was not called. Safe to call more than once.
    Expected<void> remove();

private:
    OptionFile(remote::CommandRunner& runner, QString directory, QString path);

    remote::CommandRunner& m_runner;
    QString m_directory;
    QString m_path;
    bool m_removed = false;
};

} // namespace omsua::backup
