#include "log/Redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <algorithm>
#include <mutex>

namespace omsua::log {

namespace {

// One value as a shell, YAML or SQL would write it: a run of unquoted characters and quoted
// chunks ('...' or "..." with backslash escapes), so `'a'\''b'` and `"x y"` are taken whole.
const QString kValue = QStringLiteral(R"((?:'[^'\n]*'|"(?:[^"\\\n]|\\.)*"|\\.|[^\s'"\\])+)");
// The same, ending where a shell word ends (; | & < > ( ) outside quotes), for command lines.
const QString kShellWord =
    QStringLiteral(R"((?:'[^'\n]*'|"(?:[^"\\\n]|\\.)*"|\\.|[^\s'"\\;|&<>()])+)");

// Key names that announce a password: oms_meta_password, tsdb_password, --db-passwd, ...
const QString kKey = QStringLiteral(R"([\w.-]*(?:password|passwd|passphrase|mysql_pwd)[\w.-]*)");

QRegularExpression
compiled(const QString& pattern,
         QRegularExpression::PatternOptions options = QRegularExpression::CaseInsensitiveOption)
{
    QRegularExpression re(pattern, options);
    re.optimize(); // compile now, once, instead of on first use in some thread
    Q_ASSERT(re.isValid());
    return re;
}

struct Patterns
{
    // A MySQL-family client on the line: its `-p<value>` is the password.
    QRegularExpression mysqlTool = compiled(QStringLiteral(
        R"(\b(?:mysql|mysqldump|mariadb|mariadb-dump|mysqladmin|mysqlimport|mysqlcheck|obclient)\b)"));
    // Case-sensitive: -P is the port.
    QRegularExpression dashP =
        compiled(QStringLiteral(R"((?<=\s)(-p)()") + kShellWord + QStringLiteral(")"),
                 QRegularExpression::NoPatternOption);
    // "password": "x"  /  'password': 'x'  /  "password": 123
    QRegularExpression quotedKey =
        compiled(QStringLiteral(R"((["'])()") + kKey +
                 QStringLiteral(R"()\1(\s*:\s*)("(?:[^"\\]|\\.)*"|'[^']*'|[^\s,}\]]+))"));
    // password=x, --password=x, the MySQL password env variable (shell, option files without
    // spaces, env dumps)
    QRegularExpression keyEquals =
        compiled(QStringLiteral(R"((?<![\w.-])()") + kKey + QStringLiteral(R"(=)()") + kValue +
                 QStringLiteral(")"));
    // --password x (long option with a separate value; not the next option)
    QRegularExpression longOptionSpace = compiled(
        QStringLiteral(R"((?<![\w.-])(--[\w-]*(?:password|passwd|passphrase)[\w-]*[ \t]+)((?!-))") +
        kShellWord + QStringLiteral(")"));
    // password: x (YAML) and password = x (ini): the value runs to the end of the line.
    QRegularExpression keyColon =
        compiled(QStringLiteral(R"((?<![\w.-])()") + kKey +
                 QStringLiteral(R"([ \t]*(?::|[ \t]=)[ \t]*)(\S[^\r\n]*))"));
    // IDENTIFIED BY 'x' / IDENTIFIED WITH plugin BY 'x' / IDENTIFIED BY PASSWORD 'x'
    QRegularExpression identifiedBy = compiled(QStringLiteral(
        R"((\bIDENTIFIED\s+(?:WITH\s+\S+\s+)?BY\s+(?:PASSWORD\s+)?)('(?:[^'\\]|\\.|'')*'|"(?:[^"\\]|\\.|"")*"|`[^`]*`|\S+))"));
    // scheme://user:password@host
    QRegularExpression urlUserInfo =
        compiled(QStringLiteral(R"((\b[a-z][a-z0-9+.-]*://[^/\s:@]*:)([^@\s/]+)(?=@))"));
};

const Patterns& patterns()
{
    static const Patterns instance;
    return instance;
}

// Replaces capture group `group` of every match with the mask, keeping the rest.
QString maskGroup(const QString& text, const QRegularExpression& re, int group)
{
    QString out;
    qsizetype last = 0;
    auto it = re.globalMatch(text);
    if (!it.hasNext())
        return text;
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedLength(group) == 0)
            continue;
        out += QStringView(text).mid(last, m.capturedStart(group) - last);
        // A quoted value keeps its quotes, so masked YAML and JSON still parse.
        const QStringView value = m.capturedView(group);
        const QChar first = value.front();
        if (value.size() >= 2 && (first == QLatin1Char('"') || first == QLatin1Char('\'')) &&
            value.back() == first)
            out += first + Redactor::kMask + first;
        else
            out += Redactor::kMask;
        last = m.capturedEnd(group);
    }
    out += QStringView(text).mid(last);
    return out;
}

QString maskMysqlDashP(const QString& text)
{
    const Patterns& p = patterns();
    if (!p.mysqlTool.match(text).hasMatch())
        return text;
    // Line by line: only a -p after a MySQL client's name on the same line is a password.
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString& line : lines) {
        const QRegularExpressionMatch tool = p.mysqlTool.match(line);
        if (!tool.hasMatch())
            continue;
        const qsizetype from = tool.capturedEnd();
        line = line.left(from) + maskGroup(line.mid(from), p.dashP, 2);
    }
    return lines.join(QLatin1Char('\n'));
}

// The forms a secret takes once some layer has quoted or escaped it.
QStringList variantsOf(const QString& secret)
{
    QStringList variants{secret};
    // Inside shell single quotes: ' becomes '\''
    variants.append(QString(secret).replace(QLatin1Char('\''), QStringLiteral("'\\''")));
    // Inside shell double quotes: \ " $ ` get a backslash
    {
        QString dq;
        for (const QChar c : secret) {
            if (c == QLatin1Char('\\') || c == QLatin1Char('"') || c == QLatin1Char('$') ||
                c == QLatin1Char('`'))
                dq += QLatin1Char('\\');
            dq += c;
        }
        variants.append(dq);
    }
    // SQL string literal: '' or \'
    variants.append(QString(secret).replace(QLatin1Char('\''), QStringLiteral("''")));
    variants.append(QString(secret)
                        .replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
                        .replace(QLatin1Char('\''), QStringLiteral("\\'")));
    // JSON string: Qt's own writer decides the escapes.
    {
        const QByteArray json =
            QJsonDocument(QJsonArray{secret}).toJson(QJsonDocument::Compact); // ["..."]
        variants.append(QString::fromUtf8(json.mid(2, json.size() - 4)));
    }
    // URL / form encoding
    variants.append(QString::fromLatin1(QUrl::toPercentEncoding(secret)));
    variants.removeDuplicates();
    variants.removeAll(QString());
    return variants;
}

} // namespace

Redactor::Redactor() = default;

Redactor& Redactor::global()
{
    static Redactor instance;
    return instance;
}

void Redactor::addSecret(const QString& secret)
{
    if (secret.isEmpty())
        return;
    std::unique_lock lock(m_mutex);
    if (m_secrets.contains(secret))
        return;
    m_secrets.append(secret);
    rebuild();
}

void Redactor::removeSecret(const QString& secret)
{
    std::unique_lock lock(m_mutex);
    if (m_secrets.removeAll(secret) > 0)
        rebuild();
}

void Redactor::clearSecrets()
{
    std::unique_lock lock(m_mutex);
    m_secrets.clear();
    rebuild();
}

int Redactor::secretCount() const
{
    std::shared_lock lock(m_mutex);
    return int(m_secrets.size());
}

void Redactor::rebuild()
{
    QStringList forms;
    for (const QString& secret : std::as_const(m_secrets))
        forms.append(variantsOf(secret));
    forms.removeDuplicates();
    if (forms.isEmpty()) {
        m_matcher = QRegularExpression();
        return;
    }
    // Longest first: PCRE takes the first alternative that matches at a position, so a secret
    // that contains another one is masked whole instead of leaving its remainder visible.
    std::stable_sort(forms.begin(), forms.end(),
                     [](const QString& a, const QString& b) { return a.size() > b.size(); });
    QStringList escaped;
    escaped.reserve(forms.size());
    for (const QString& form : std::as_const(forms))
        escaped.append(QRegularExpression::escape(form));
    m_matcher = compiled(escaped.join(QLatin1Char('|')), QRegularExpression::NoPatternOption);
}

QString Redactor::redactSecrets(const QString& text) const
{
    QRegularExpression matcher;
    {
        std::shared_lock lock(m_mutex);
        matcher = m_matcher;
    }
    if (matcher.pattern().isEmpty() || text.isEmpty())
        return text;
    return QString(text).replace(matcher, kMask);
}

QString Redactor::redactPatterns(const QString& text)
{
    if (text.isEmpty())
        return text;
    const Patterns& p = patterns();
    QString out = maskMysqlDashP(text);
    out = maskGroup(out, p.identifiedBy, 2);
    out = maskGroup(out, p.urlUserInfo, 2);
    out = maskGroup(out, p.quotedKey, 4);
    out = maskGroup(out, p.keyEquals, 2);
    out = maskGroup(out, p.longOptionSpace, 2);
    out = maskGroup(out, p.keyColon, 2);
    return out;
}

QString Redactor::redact(const QString& text) const
{
    return redactPatterns(redactSecrets(text));
}

} // namespace omsua::log
