#pragma once

#include "Expected.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace omsua::upgrade {

// What GET /oms/health answered.
struct HealthAnswer
{
    int httpStatus = 0;
    bool healthy = false; // data.healthy == true
    QString message;      // the document's message, or why there was no document
    QJsonObject document;
};

// One GET of the OMS health document through Qt Network, synchronous for the worker thread
// that owns it (a local event loop; never on the GUI thread). An Error means the console could
// not be reached at all (refused, timeout); an answer that is not healthy is a result.
class HealthProbe
{
public:
    static Expected<HealthAnswer> get(const QUrl& url, int timeoutMs = 10000);
};

} // namespace omsua::upgrade
