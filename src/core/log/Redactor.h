#pragma once

#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <shared_mutex>

namespace omsua::log {

// Masks secrets in any text before it is shown, logged or written to a report.
//
// Two layers:
//  1. Registered secrets (addSecret): every occurrence of every secret is replaced by kMask,
//     longest secret first, wherever it appears - also inside words, because a password inside
//     a URL or a quoted string has no word boundaries. No minimum length: a one-character
//     secret will make logs hard to read, but a readable log that leaks is worse. The forms a
//     secret takes once it has been shell-quoted ('\''), JSON-escaped (\" \\) or
//     percent-encoded are registered too, so quoting does not smuggle it past.
//  2. Patterns, for secrets nobody registered: `-p<value>` after mysql / mysqldump / mariadb /
//     mariadb-dump / mysqladmin / obclient, `--password=<value>`, `password: <value>` and
//     `"password": "<value>"` (any key containing password / passwd / passphrase, e.g.
//     oms_meta_password, tsdb_password, drc_password; YAML, JSON, `key=value`), the MySQL password
//     env variable, `IDENTIFIED BY '<value>'`, and the password in `scheme://user:password@host`.
//     An unquoted YAML value is masked to the end of its line (masking too much is the safe
//     side).
//
// Thread-safe: any thread may redact while another registers a secret.
class Redactor
{
public:
    static inline const QString kMask = QStringLiteral("********");

    Redactor();

    // The instance every log message passes through.
    static Redactor& global();

    // Registers a secret (empty strings are ignored: they would match everywhere).
    void addSecret(const QString& secret);
    void removeSecret(const QString& secret);
    void clearSecrets();
    int secretCount() const;

    // The text with every registered secret and every recognised pattern masked.
    QString redact(const QString& text) const;

    // Only the registered secrets (layer 1), for callers that need the text otherwise intact.
    QString redactSecrets(const QString& text) const;

    // Only the patterns (layer 2); usable without an instance.
    static QString redactPatterns(const QString& text);

private:
    void rebuild();

    mutable std::shared_mutex m_mutex;
    QStringList m_secrets;        // as registered, for removeSecret
    QRegularExpression m_matcher; // alternation of every form of every secret, longest first
};

} // namespace omsua::log
