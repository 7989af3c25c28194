#pragma once

#include "Expected.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace omsua::config {

// The OMS host's config.yaml (mounted into the container at /home/admin/conf/config.yaml), typed.
// Only the keys the upgrade relies on are validated strictly: the MetaDB connection, the three
// database names (they end up in SQL and in remote commands) and the ports; everything else is
// kept as text so that a config we do not fully understand still loads. Unknown keys stay in
// rawValues and in the original text, which maskedYaml() reproduces byte for byte apart from the
// secrets.
struct OmsConfig
{
    // MetaDB (MySQL-compatible; usually an OceanBase tenant).
    QString metaHost;
    quint16 metaPort = 0;
    QString metaUser;
    QString metaPassword; // secret

    // Database names, validated with metadb::isValidDatabaseName.
    QString rmDb;
    QString cmDb;
    QString cmHbDb;

    // Cluster manager. cm_location is kept as text: OMS writes a number but we only show it.
    QString cmUrl;
    QString cmLocation;
    QString cmRegion;
    QString cmRegionCn;
    bool cmIsDefault = false;
    QStringList cmNodes;

    struct Tsdb
    {
        QString service;
        bool enabled = false;
        QString url;
        QString username;
        QString password; // secret
    } tsdb;

    // V3.3.1 and later; empty when absent.
    QString drcUser;
    QString drcPassword; // secret

    // Optional port keys; the documented defaults apply when a key is absent.
    quint16 nginxServerPort = 8089;
    quint16 cmServerPort = 8088;
    quint16 supervisorServerPort = 9000;
    quint16 sshdServerPort = 2023;
    quint16 ghanaServerPort = 8090;

    // Every top-level key as parsed: scalars as QString, sequences as QVariantList, mappings as
    // QVariantMap, null as an invalid QVariant. Unknown keys are kept here.
    QVariantMap rawValues;
    // Top-level keys in document order.
    QStringList keys;
    QString sourceName;

    // Parses config.yaml text. sourceName (a path or "host:/path") names the file in errors.
    // Errors name the key (or line and column for YAML syntax errors) and never quote a secret.
    static Expected<OmsConfig> parse(const QByteArray& yaml, const QString& sourceName);

    // Whether a top-level key holds a secret: the known password keys, and by name any key that
    // looks like one (password, passwd, pwd, secret, token), so that a key added by a later OMS
    // version is redacted too.
    static bool isSecretKey(const QString& key);

    // Every non-empty secret value, for the log redactor.
    QStringList secrets() const;

    // The original text with every secret value replaced by ******** (quotes kept, so the result
    // is still valid YAML with the same keys); everything else byte-identical. Any other
    // occurrence of a secret in the text (a comment, a URL) is masked too.
    QByteArray maskedYaml() const;

    // The text parse() was given.
    const QByteArray& originalText() const { return m_text; }

    // Where a secret scalar sits in m_text: [begin, end) bytes including its quotes.
    struct SecretSpan
    {
        qsizetype begin = 0;
        qsizetype end = 0;
        char quote = 0; // '\'', '"' or 0 for a plain scalar
    };

private:
    QByteArray m_text;
    QList<SecretSpan> m_secretSpans;
    QStringList m_secrets;
    friend class OmsConfigParser;
};

} // namespace omsua::config
