#include "config/OmsConfig.h"

#include "metadb/SqlIdentifier.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <optional>
#include <yaml-cpp/yaml.h>

namespace omsua::config {

namespace {

const char* const kMask = "********";

QString fromStd(const std::string& text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

QVariant toVariant(const YAML::Node& node)
{
    switch (node.Type()) {
    case YAML::NodeType::Scalar:
        return fromStd(node.Scalar());
    case YAML::NodeType::Sequence: {
        QVariantList list;
        for (const YAML::Node& item : node)
            list.append(toVariant(item));
        return list;
    }
    case YAML::NodeType::Map: {
        QVariantMap map;
        for (auto it = node.begin(); it != node.end(); ++it)
            map.insert(fromStd(it->first.as<std::string>("")), toVariant(it->second));
        return map;
    }
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        break;
    }
    return {};
}

// rawValues with every secret value replaced by the mask: what maskedYaml() must parse back to.
QVariant maskedVariant(const QVariant& value, const QStringList& secrets)
{
    if (value.typeId() == QMetaType::QVariantMap) {
        QVariantMap map = value.toMap();
        for (auto it = map.begin(); it != map.end(); ++it)
            it.value() = maskedVariant(it.value(), secrets);
        return map;
    }
    if (value.typeId() == QMetaType::QVariantList) {
        QVariantList list = value.toList();
        for (QVariant& item : list)
            item = maskedVariant(item, secrets);
        return list;
    }
    if (value.typeId() == QMetaType::QString && secrets.contains(value.toString()))
        return QString::fromLatin1(kMask);
    return value;
}

bool isLineBreak(char c)
{
    return c == '\n' || c == '\r';
}

qsizetype lineEnd(const QByteArray& text, qsizetype pos)
{
    while (pos < text.size() && !isLineBreak(text.at(pos)))
        ++pos;
    return pos;
}

qsizetype nextLine(const QByteArray& text, qsizetype pos)
{
    pos = lineEnd(text, pos);
    if (pos < text.size() && text.at(pos) == '\r')
        ++pos;
    if (pos < text.size() && text.at(pos) == '\n')
        ++pos;
    return pos;
}

int indentOf(const QByteArray& text, qsizetype begin)
{
    int indent = 0;
    while (begin + indent < text.size() && text.at(begin + indent) == ' ')
        ++indent;
    return indent;
}

// Extends a plain or block scalar over the following lines that belong to it: lines indented
// deeper than the key that owns the value. Returns the end of the last such line.
qsizetype continuationEnd(const QByteArray& text, qsizetype end, int keyIndent, bool block)
{
    qsizetype pos = nextLine(text, end);
    while (pos < text.size()) {
        const qsizetype eol = lineEnd(text, pos);
        const int indent = indentOf(text, pos);
        const bool blank = pos + indent == eol;
        if (!blank) {
            if (indent <= keyIndent)
                break;
            if (!block && text.at(pos + indent) == '#')
                break;
            end = eol;
        } else if (!block) {
            break;
        }
        pos = nextLine(text, eol);
    }
    return end;
}

// Finds the text of the scalar that starts at mark (yaml-cpp gives byte offsets of the start of
// a node only). keyIndent is the column of the owning key.
std::optional<OmsConfig::SecretSpan> scalarSpan(const QByteArray& text, qsizetype pos,
                                                int keyIndent)
{
    // Skip an anchor (&a) or a tag (!!str) in front of the value.
    while (pos < text.size() && (text.at(pos) == '&' || text.at(pos) == '!')) {
        while (pos < text.size() && text.at(pos) != ' ' && text.at(pos) != '\t' &&
               !isLineBreak(text.at(pos)))
            ++pos;
        while (pos < text.size() && (text.at(pos) == ' ' || text.at(pos) == '\t'))
            ++pos;
    }
    if (pos >= text.size())
        return std::nullopt;
    OmsConfig::SecretSpan span;
    span.begin = pos;
    const char first = text.at(pos);
    if (first == '\'') {
        qsizetype p = pos + 1;
        while (p < text.size()) {
            if (text.at(p) == '\'') {
                if (p + 1 < text.size() && text.at(p + 1) == '\'') {
                    p += 2;
                    continue;
                }
                span.end = p + 1;
                span.quote = '\'';
                return span;
            }
            ++p;
        }
        return std::nullopt;
    }
    if (first == '"') {
        qsizetype p = pos + 1;
        while (p < text.size()) {
            if (text.at(p) == '\\') {
                p += 2;
                continue;
            }
            if (text.at(p) == '"') {
                span.end = p + 1;
                span.quote = '"';
                return span;
            }
            ++p;
        }
        return std::nullopt;
    }
    if (first == '|' || first == '>') {
        span.end = continuationEnd(text, lineEnd(text, pos), keyIndent, true);
        return span;
    }
    // Plain scalar: up to a comment or the end of the line, then any continuation lines.
    qsizetype end = pos;
    const qsizetype eol = lineEnd(text, pos);
    bool comment = false;
    while (end < eol) {
        if (text.at(end) == '#' && end > pos &&
            (text.at(end - 1) == ' ' || text.at(end - 1) == '\t')) {
            comment = true;
            break;
        }
        ++end;
    }
    while (end > pos && (text.at(end - 1) == ' ' || text.at(end - 1) == '\t'))
        --end;
    if (!comment)
        end = continuationEnd(text, end, keyIndent, false);
    span.end = end;
    return span;
}

QByteArray replacementFor(const OmsConfig::SecretSpan& span)
{
    // A plain ******** would be read as an alias, so plain and block scalars become quoted.
    if (span.quote == '"')
        return QByteArray("\"") + kMask + '"';
    return QByteArray("'") + kMask + '\'';
}

// Fallback when the text could not be masked in place: the same data emitted again, every
// scalar equal to a secret masked. Comments and formatting are lost.
YAML::Node maskedNode(const YAML::Node& node, const QStringList& secrets)
{
    if (node.IsMap()) {
        YAML::Node out(YAML::NodeType::Map);
        for (auto it = node.begin(); it != node.end(); ++it)
            out[YAML::Clone(it->first)] = maskedNode(it->second, secrets);
        return out;
    }
    if (node.IsSequence()) {
        YAML::Node out(YAML::NodeType::Sequence);
        for (const YAML::Node& item : node)
            out.push_back(maskedNode(item, secrets));
        return out;
    }
    if (node.IsScalar() && secrets.contains(fromStd(node.Scalar())))
        return YAML::Node(std::string(kMask));
    return YAML::Clone(node);
}

QByteArray emitMasked(const YAML::Node& node, const QStringList& secrets)
{
    YAML::Emitter emitter;
    emitter << maskedNode(node, secrets);
    QByteArray out(emitter.c_str(), qsizetype(emitter.size()));
    out.append('\n');
    return out;
}

} // namespace

class OmsConfigParser
{
public:
    OmsConfigParser(const QByteArray& text, const QString& sourceName)
        : m_text(text)
        , m_source(sourceName)
    {}

    Expected<OmsConfig> parse();

private:
    Error keyError(const QString& key, const QString& problem, const QString& hint) const;
    std::optional<Error> requireScalar(const QString& key, QString* out) const;
    std::optional<Error> optionalScalar(const QString& key, QString* out) const;
    std::optional<Error> port(const QString& key, bool required, quint16* out) const;
    std::optional<Error> databaseName(const QString& key, QString* out) const;
    std::optional<Error> boolean(const QString& key, bool* out) const;
    void collectSecrets(const YAML::Node& node, const QString& key);
    void collectSecretSpans(const YAML::Node& node, int keyIndent);
    QString lineOf(const QString& key) const;

    const QByteArray& m_text;
    QString m_source;
    YAML::Node m_root;
    QHash<QString, YAML::Node> m_nodes;
    QHash<QString, int> m_keyLines;
    OmsConfig m_config;
};

Error OmsConfigParser::keyError(const QString& key, const QString& problem,
                                const QString& hint) const
{
    return makeError(m_source + QStringLiteral(": ") + problem, m_source + lineOf(key), hint);
}

QString OmsConfigParser::lineOf(const QString& key) const
{
    const auto it = m_keyLines.constFind(key);
    if (it == m_keyLines.cend())
        return QString();
    return QStringLiteral(":") + QString::number(it.value());
}

std::optional<Error> OmsConfigParser::optionalScalar(const QString& key, QString* out) const
{
    const auto it = m_nodes.constFind(key);
    if (it == m_nodes.cend() || it->IsNull())
        return std::nullopt;
    if (!it->IsScalar())
        return keyError(
            key, QStringLiteral("key %1 must be a single value, not a list or mapping").arg(key),
            QStringLiteral("Write %1 as `%1: value`.").arg(key));
    *out = fromStd(it->Scalar());
    return std::nullopt;
}

std::optional<Error> OmsConfigParser::requireScalar(const QString& key, QString* out) const
{
    const auto it = m_nodes.constFind(key);
    if (it == m_nodes.cend())
        return keyError(key, QStringLiteral("required key %1 is missing").arg(key),
                        QStringLiteral("Add %1 to config.yaml (the file mounted at "
                                       "/home/admin/conf/config.yaml); see the OMS deployment "
                                       "guide for its format.")
                            .arg(key));
    if (it->IsNull())
        return keyError(key, QStringLiteral("required key %1 has no value").arg(key),
                        QStringLiteral("Give %1 a value (quote it if it contains special "
                                       "characters).")
                            .arg(key));
    return optionalScalar(key, out);
}

std::optional<Error> OmsConfigParser::port(const QString& key, bool required, quint16* out) const
{
    QString text;
    if (required) {
        if (auto error = requireScalar(key, &text))
            return error;
    } else {
        if (auto error = optionalScalar(key, &text))
            return error;
        if (!m_nodes.contains(key) || m_nodes.value(key).IsNull())
            return std::nullopt; // keep the documented default
    }
    bool ok = false;
    const int value = text.trimmed().toInt(&ok, 10);
    if (!ok || value < 1 || value > 65535)
        return keyError(key,
                        QStringLiteral("key %1 must be a port number between 1 and 65535, "
                                       "found '%2'")
                            .arg(key, text.left(40)),
                        QStringLiteral("Correct %1 in config.yaml.").arg(key));
    *out = quint16(value);
    return std::nullopt;
}

std::optional<Error> OmsConfigParser::databaseName(const QString& key, QString* out) const
{
    if (auto error = requireScalar(key, out))
        return error;
    if (!metadb::isValidDatabaseName(*out))
        return keyError(key,
                        QStringLiteral("key %1 is not a valid database name: '%2' (allowed: "
                                       "letters, digits, _ and $, 1 to 64 characters)")
                            .arg(key, out->left(80)),
                        QStringLiteral("The upgrade assistant uses this name in SQL and in "
                                       "backup commands; correct it in config.yaml or rename "
                                       "the database."));
    return std::nullopt;
}

std::optional<Error> OmsConfigParser::boolean(const QString& key, bool* out) const
{
    const auto it = m_nodes.constFind(key);
    if (it == m_nodes.cend() || it->IsNull())
        return std::nullopt;
    bool value = false;
    if (!it->IsScalar() || !YAML::convert<bool>::decode(*it, value))
        return keyError(key, QStringLiteral("key %1 must be true or false").arg(key),
                        QStringLiteral("Correct %1 in config.yaml.").arg(key));
    *out = value;
    return std::nullopt;
}

void OmsConfigParser::collectSecrets(const YAML::Node& node, const QString& key)
{
    if (node.IsMap()) {
        for (auto it = node.begin(); it != node.end(); ++it)
            collectSecrets(it->second, fromStd(it->first.as<std::string>("")));
        return;
    }
    if (node.IsSequence()) {
        for (const YAML::Node& item : node)
            collectSecrets(item, QString());
        return;
    }
    if (!node.IsScalar() || !OmsConfig::isSecretKey(key) || node.Scalar().empty())
        return;
    const QString value = fromStd(node.Scalar());
    if (!m_config.m_secrets.contains(value))
        m_config.m_secrets.append(value);
}

// Every scalar whose value is a secret, under whatever key, is masked in place: the same
// password may well be used for tsdb or appear through an alias.
void OmsConfigParser::collectSecretSpans(const YAML::Node& node, int keyIndent)
{
    if (node.IsMap()) {
        for (auto it = node.begin(); it != node.end(); ++it)
            collectSecretSpans(it->second, it->first.Mark().column);
        return;
    }
    if (node.IsSequence()) {
        for (const YAML::Node& item : node)
            collectSecretSpans(item, keyIndent);
        return;
    }
    if (!node.IsScalar() || !m_config.m_secrets.contains(fromStd(node.Scalar())))
        return;
    if (const auto span = scalarSpan(m_text, node.Mark().pos, keyIndent))
        m_config.m_secretSpans.append(*span);
}

Expected<OmsConfig> OmsConfigParser::parse()
{
    const QString syntaxHint = QStringLiteral("Fix the YAML syntax of the file (values with "
                                              "special characters must be quoted).");
    try {
        m_root = YAML::Load(std::string(m_text.constData(), size_t(m_text.size())));
    } catch (const YAML::ParserException& e) {
        return makeError(QStringLiteral("%1: YAML syntax error at line %2, column %3: %4")
                             .arg(m_source)
                             .arg(e.mark.line + 1)
                             .arg(e.mark.column + 1)
                             .arg(fromStd(e.msg)),
                         m_source + QLatin1Char(':') + QString::number(e.mark.line + 1),
                         syntaxHint);
    } catch (const std::exception& e) {
        return makeError(QStringLiteral("%1: cannot be read as YAML: %2")
                             .arg(m_source, QString::fromUtf8(e.what())),
                         m_source, syntaxHint);
    }
    if (!m_root.IsMap())
        return makeError(m_source + (m_root.IsNull() || !m_root.IsDefined()
                                         ? QStringLiteral(": the file is empty")
                                         : QStringLiteral(": expected `key: value` lines at the "
                                                          "top level")),
                         m_source, QStringLiteral("Point the assistant at the OMS config.yaml."));

    try {
        for (auto it = m_root.begin(); it != m_root.end(); ++it) {
            if (!it->first.IsScalar())
                return makeError(QStringLiteral("%1: line %2: keys must be plain names")
                                     .arg(m_source)
                                     .arg(it->first.Mark().line + 1),
                                 m_source, syntaxHint);
            const QString key = fromStd(it->first.Scalar());
            if (m_nodes.contains(key))
                return makeError(QStringLiteral("%1: key %2 appears twice (lines %3 and %4)")
                                     .arg(m_source, key)
                                     .arg(m_keyLines.value(key))
                                     .arg(it->first.Mark().line + 1),
                                 m_source + QLatin1Char(':') +
                                     QString::number(it->first.Mark().line + 1),
                                 QStringLiteral("Remove one of them: OMS and this tool could read "
                                                "different values."));
            m_nodes.insert(key, it->second);
            m_keyLines.insert(key, it->first.Mark().line + 1);
            m_config.keys.append(key);
            m_config.rawValues.insert(key, toVariant(it->second));
            collectSecrets(it->second, key);
        }

        OmsConfig& c = m_config;
        std::optional<Error> error;
        auto check = [&error](std::optional<Error> e) {
            if (!error && e)
                error = std::move(e);
        };
        check(requireScalar(QStringLiteral("oms_meta_host"), &c.metaHost));
        if (!error && c.metaHost.trimmed().isEmpty())
            error = keyError(QStringLiteral("oms_meta_host"),
                             QStringLiteral("key oms_meta_host is empty"),
                             QStringLiteral("Set it to the MetaDB host name or address."));
        check(port(QStringLiteral("oms_meta_port"), true, &c.metaPort));
        check(requireScalar(QStringLiteral("oms_meta_user"), &c.metaUser));
        if (!error && c.metaUser.isEmpty())
            error = keyError(QStringLiteral("oms_meta_user"),
                             QStringLiteral("key oms_meta_user is empty"),
                             QStringLiteral("Set it to the MetaDB user."));
        check(requireScalar(QStringLiteral("oms_meta_password"), &c.metaPassword));
        check(databaseName(QStringLiteral("drc_rm_db"), &c.rmDb));
        check(databaseName(QStringLiteral("drc_cm_db"), &c.cmDb));
        check(databaseName(QStringLiteral("drc_cm_heartbeat_db"), &c.cmHbDb));

        check(optionalScalar(QStringLiteral("cm_url"), &c.cmUrl));
        check(optionalScalar(QStringLiteral("cm_location"), &c.cmLocation));
        check(optionalScalar(QStringLiteral("cm_region"), &c.cmRegion));
        check(optionalScalar(QStringLiteral("cm_region_cn"), &c.cmRegionCn));
        check(boolean(QStringLiteral("cm_is_default"), &c.cmIsDefault));
        const YAML::Node nodes = m_nodes.value(QStringLiteral("cm_nodes"));
        if (nodes.IsSequence()) {
            for (const YAML::Node& node : nodes) {
                if (!node.IsScalar()) {
                    check(keyError(QStringLiteral("cm_nodes"),
                                   QStringLiteral("key cm_nodes must be a list of addresses"),
                                   QStringLiteral("Write one `- address` line per node.")));
                    break;
                }
                c.cmNodes.append(fromStd(node.Scalar()).trimmed());
            }
        } else if (nodes.IsScalar()) {
            const QStringList parts = fromStd(nodes.Scalar()).split(QLatin1Char(','));
            for (const QString& part : parts)
                if (!part.trimmed().isEmpty())
                    c.cmNodes.append(part.trimmed());
        } else if (nodes.IsMap()) {
            check(keyError(QStringLiteral("cm_nodes"),
                           QStringLiteral("key cm_nodes must be a list of addresses"),
                           QStringLiteral("Write one `- address` line per node.")));
        }

        check(optionalScalar(QStringLiteral("tsdb_service"), &c.tsdb.service));
        check(boolean(QStringLiteral("tsdb_enabled"), &c.tsdb.enabled));
        check(optionalScalar(QStringLiteral("tsdb_url"), &c.tsdb.url));
        check(optionalScalar(QStringLiteral("tsdb_username"), &c.tsdb.username));
        check(optionalScalar(QStringLiteral("tsdb_password"), &c.tsdb.password));
        check(optionalScalar(QStringLiteral("drc_user"), &c.drcUser));
        check(optionalScalar(QStringLiteral("drc_password"), &c.drcPassword));

        check(port(QStringLiteral("nginx_server_port"), false, &c.nginxServerPort));
        check(port(QStringLiteral("cm_server_port"), false, &c.cmServerPort));
        check(port(QStringLiteral("supervisor_server_port"), false, &c.supervisorServerPort));
        check(port(QStringLiteral("sshd_server_port"), false, &c.sshdServerPort));
        check(port(QStringLiteral("ghana_server_port"), false, &c.ghanaServerPort));
        if (error)
            return *error;
    } catch (const std::exception& e) {
        // yaml-cpp throws on conversions; none is expected here, but core never throws.
        return makeError(QStringLiteral("%1: cannot be interpreted: %2")
                             .arg(m_source, QString::fromUtf8(e.what())),
                         m_source, syntaxHint);
    }

    collectSecretSpans(m_root, -1);
    std::sort(m_config.m_secretSpans.begin(), m_config.m_secretSpans.end(),
              [](const OmsConfig::SecretSpan& a, const OmsConfig::SecretSpan& b) {
                  return a.begin < b.begin;
              });
    m_config.sourceName = m_source;
    m_config.m_text = m_text;
    return std::move(m_config);
}

Expected<OmsConfig> OmsConfig::parse(const QByteArray& yaml, const QString& sourceName)
{
    OmsConfigParser parser(yaml, sourceName.isEmpty() ? QStringLiteral("config.yaml") : sourceName);
    return parser.parse();
}

bool OmsConfig::isSecretKey(const QString& key)
{
    static const QLatin1String markers[] = {QLatin1String("password"), QLatin1String("passwd"),
                                            QLatin1String("pwd"), QLatin1String("secret"),
                                            QLatin1String("token")};
    for (const QLatin1String& marker : markers)
        if (key.contains(marker, Qt::CaseInsensitive))
            return true;
    return false;
}

QStringList OmsConfig::secrets() const
{
    return m_secrets;
}

QByteArray OmsConfig::maskedYaml() const
{
    QByteArray masked;
    masked.reserve(m_text.size());
    qsizetype copied = 0;
    for (const SecretSpan& span : m_secretSpans) {
        if (span.begin < copied)
            continue; // the same scalar reached twice (an alias): already masked
        masked.append(m_text.constData() + copied, span.begin - copied);
        masked.append(replacementFor(span));
        copied = span.end;
    }
    masked.append(m_text.constData() + copied, m_text.size() - copied);

    // Check the in-place masking by reading it back: same keys in the same order, every secret
    // masked, every other value unchanged. If the text defeated the scanner, emit the data again.
    bool sameData = false;
    try {
        const YAML::Node reparsed =
            YAML::Load(std::string(masked.constData(), size_t(masked.size())));
        if (reparsed.IsMap()) {
            QStringList reparsedKeys;
            QVariantMap reparsedValues;
            for (auto it = reparsed.begin(); it != reparsed.end(); ++it) {
                reparsedKeys.append(fromStd(it->first.as<std::string>("")));
                reparsedValues.insert(reparsedKeys.constLast(), toVariant(it->second));
            }
            QVariantMap expected;
            for (auto it = rawValues.cbegin(); it != rawValues.cend(); ++it)
                expected.insert(it.key(), maskedVariant(it.value(), m_secrets));
            sameData = reparsedKeys == keys && reparsedValues == expected;
        }
    } catch (const std::exception&) {
        sameData = false;
    }
    if (!sameData) {
        try {
            masked = emitMasked(YAML::Load(std::string(m_text.constData(), size_t(m_text.size()))),
                                m_secrets);
        } catch (const std::exception&) {
            masked = QByteArray("# config.yaml could not be masked safely; content withheld\n");
        }
    }

    // A secret may also appear outside its key: in a comment, in a URL. Mask those too.
    for (const QString& secret : m_secrets) {
        const QByteArray bytes = secret.toUtf8();
        if (!bytes.isEmpty())
            masked.replace(bytes, QByteArray(kMask));
    }
    return masked;
}

} // namespace omsua::config
