#include "remote/ArgumentValidation.h"

#include "log/Redactor.h"

#include <QRegularExpression>

namespace omsua::remote {

namespace {

const QRegularExpression& containerNamePattern()
{
    static const QRegularExpression re(QStringLiteral(R"(\A[a-zA-Z0-9][a-zA-Z0-9_.-]+\z)"));
    return re;
}

const QRegularExpression& envNamePattern()
{
    static const QRegularExpression re(QStringLiteral(R"(\A[A-Za-z_][A-Za-z0-9_]*\z)"));
    return re;
}

// distribution/reference, as regular expressions (IPv6 hosts left out: not seen for OMS).
const QRegularExpression& imageReferencePattern()
{
    static const QRegularExpression re([] {
        const QString domainComponent =
            QStringLiteral(R"((?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))");
        const QString domain = QStringLiteral("(?:") + domainComponent +
                               QStringLiteral(R"((?:\.)") + domainComponent +
                               QStringLiteral(R"()*(?::[0-9]+)?))");
        const QString pathComponent =
            QStringLiteral(R"((?:[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*))");
        const QString name = QStringLiteral("(?<name>(?:") + domain + QStringLiteral("/)?") +
                             pathComponent + QStringLiteral("(?:/") + pathComponent +
                             QStringLiteral(")*)");
        return QString(QStringLiteral(R"(\A)") + name +
                       QStringLiteral(R"((?::(?<tag>[\w][\w.-]{0,127}))?)") +
                       QStringLiteral(R"((?:@(?<digest>sha256:[a-f0-9]{64}))?\z)"));
    }());
    return re;
}

const QRegularExpression& imageIdPattern()
{
    static const QRegularExpression re(QStringLiteral(R"(\A(?:sha256:)?[a-f0-9]{12,64}\z)"));
    return re;
}

} // namespace

QString displayValue(const QString& value, int maxLength)
{
    QString shown;
    const QString masked = log::Redactor::global().redact(value);
    for (const QChar c : masked) {
        if (c == QLatin1Char('\n'))
            shown += QStringLiteral("\\n");
        else if (c == QLatin1Char('\r'))
            shown += QStringLiteral("\\r");
        else if (c == QLatin1Char('\t'))
            shown += QStringLiteral("\\t");
        else if (c == QLatin1Char('\\'))
            shown += QStringLiteral("\\\\");
        else if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            shown += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            shown += c;
    }
    if (maxLength > 3 && shown.size() > maxLength)
        shown = shown.left(maxLength - 3) + QStringLiteral("...");
    return QLatin1Char('"') + shown + QLatin1Char('"');
}

Expected<void> validateContainerName(const QString& name)
{
    const QString where = QStringLiteral("container name");
    if (name.isEmpty())
        return makeError(QStringLiteral("The container name is empty"), where,
                         QStringLiteral("Give the name shown by `docker ps -a` (e.g. oms_330)."));
    if (name.size() > kMaxContainerNameLength)
        return makeError(QStringLiteral("Container name %1 is longer than %2 characters")
                             .arg(displayValue(name), QString::number(kMaxContainerNameLength)),
                         where, QStringLiteral("Choose a shorter name."));
    if (name.startsWith(QLatin1Char('/')))
        return makeError(
            QStringLiteral("Container name %1 starts with '/'").arg(displayValue(name)), where,
            QStringLiteral("Leave out the leading '/' that `docker inspect` shows."));
    if (!containerNamePattern().match(name).hasMatch())
        return makeError(
            QStringLiteral("Container name %1 is not valid: Docker allows letters, digits, '_', "
                           "'.' and '-', starting with a letter or digit, at least two "
                           "characters ([a-zA-Z0-9][a-zA-Z0-9_.-]+)")
                .arg(displayValue(name)),
            where,
            QStringLiteral("Use a name such as oms_331; spaces and other characters are not "
                           "allowed by Docker."));
    return {};
}

Expected<void> validateImageReference(const QString& reference)
{
    const QString where = QStringLiteral("image reference");
    const QString rule = QStringLiteral(
        "[registry[:port]/]name[/name...][:tag][@sha256:digest], names in lower case "
        "(a-z, 0-9, separated by '.', '_', '__' or '-'), tag up to 128 of A-Z a-z 0-9 _ . - "
        "not starting with '.' or '-'");
    const QString hint = QStringLiteral(
        "Use the reference `docker images` shows, e.g. oceanbase/oms:feature_3.3.1_ce.");
    if (reference.isEmpty())
        return makeError(QStringLiteral("The image reference is empty"), where, hint);
    if (reference.size() > kMaxImageReferenceLength)
        return makeError(
            QStringLiteral("Image reference %1 is longer than %2 characters")
                .arg(displayValue(reference), QString::number(kMaxImageReferenceLength)),
            where, hint);
    if (imageIdPattern().match(reference).hasMatch())
        return {};
    const QRegularExpressionMatch match = imageReferencePattern().match(reference);
    if (!match.hasMatch()) {
        QString detail;
        if (reference.startsWith(QLatin1Char('-')))
            detail = QStringLiteral(" (it would be read as an option)");
        else if (reference != reference.toLower() && !reference.contains(QLatin1Char('/')))
            detail = QStringLiteral(" (repository names must be lower case)");
        return makeError(QStringLiteral("Image reference %1 is not valid%2; expected %3")
                             .arg(displayValue(reference), detail, rule),
                         where, hint);
    }
    if (match.captured(QStringLiteral("name")).size() > 255)
        return makeError(QStringLiteral("The repository name of image reference %1 is longer "
                                        "than 255 characters")
                             .arg(displayValue(reference)),
                         where, hint);
    return {};
}

Expected<void> validateRemotePath(const QString& path)
{
    const QString where = QStringLiteral("path");
    if (path.isEmpty())
        return makeError(QStringLiteral("The path is empty"), where,
                         QStringLiteral("Give an absolute path such as /data/oms/oms_logs."));
    if (path.size() > kMaxRemotePathLength)
        return makeError(QStringLiteral("Path %1 is longer than %2 characters")
                             .arg(displayValue(path), QString::number(kMaxRemotePathLength)),
                         where, QStringLiteral("Use a shorter path."));
    if (path.contains(QChar(0)) || path.contains(QLatin1Char('\n')) ||
        path.contains(QLatin1Char('\r')))
        return makeError(QStringLiteral("Path %1 contains a NUL, newline or carriage return")
                             .arg(displayValue(path)),
                         where,
                         QStringLiteral("Such characters are refused in paths: rename the "
                                        "directory or choose another one."));
    if (!path.startsWith(QLatin1Char('/')))
        return makeError(QStringLiteral("Path %1 is not absolute").arg(displayValue(path)), where,
                         QStringLiteral("Give the full path, starting with '/': a relative path "
                                        "would depend on the remote working directory."));
    const QStringList components = path.split(QLatin1Char('/'));
    if (components.contains(QStringLiteral("..")))
        return makeError(
            QStringLiteral("Path %1 contains a '..' component").arg(displayValue(path)), where,
            QStringLiteral("Give the path without '..' so that it cannot leave the "
                           "directory it names."));
    return {};
}

Expected<void> validateEnvName(const QString& name)
{
    const QString where = QStringLiteral("environment variable");
    if (name.isEmpty())
        return makeError(QStringLiteral("The environment variable name is empty"), where,
                         QStringLiteral("Give a name such as OMS_HOST_IP."));
    if (name.size() > kMaxEnvNameLength)
        return makeError(QStringLiteral("Environment variable name %1 is longer than %2 characters")
                             .arg(displayValue(name), QString::number(kMaxEnvNameLength)),
                         where, QStringLiteral("Use a shorter name."));
    if (!envNamePattern().match(name).hasMatch())
        return makeError(QStringLiteral("Environment variable name %1 is not valid: letters, "
                                        "digits and '_' only, not starting with a digit "
                                        "([A-Za-z_][A-Za-z0-9_]*)")
                             .arg(displayValue(name)),
                         where, QStringLiteral("Use a name such as OMS_HOST_IP or IS_UPGRADE."));
    return {};
}

} // namespace omsua::remote
