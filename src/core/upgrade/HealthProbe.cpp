#include "upgrade/HealthProbe.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace omsua::upgrade {

Expected<HealthAnswer> HealthProbe::get(const QUrl& url, int timeoutMs)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    // The console may sit behind a proxy setting of this computer that cannot reach the host.
    manager.setProxy(QNetworkProxy::NoProxy);
    std::unique_ptr<QNetworkReply> reply(manager.get(request));
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();

    HealthAnswer answer;
    answer.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError && answer.httpStatus == 0)
        return makeError(
            QStringLiteral("%1 did not answer: %2").arg(url.toString(), reply->errorString()),
            url.toString());
    const QByteArray body = reply->readAll();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (!document.isObject()) {
        answer.message = QStringLiteral("HTTP %1, not a JSON document").arg(answer.httpStatus);
        return answer;
    }
    answer.document = document.object();
    const QJsonObject data = answer.document.value(QStringLiteral("data")).toObject();
    answer.healthy = data.value(QStringLiteral("healthy")).toBool(false);
    answer.message = answer.document.value(QStringLiteral("message")).toString();
    return answer;
}

} // namespace omsua::upgrade
