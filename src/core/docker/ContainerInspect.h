#pragma once

#include "Expected.h"
#include "docker/ContainerInfo.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace omsua::docker {

// Turns the JSON of `docker inspect <container>` into a ContainerInfo. Pure: no I/O.
class ContainerInspect
{
public:
    // Accepts the array `docker inspect` prints (exactly one element) or a single object.
    // Malformed JSON, an empty array and missing or mistyped required fields are an Error that
    // names the field (e.g. "State.Running").
    static Expected<ContainerInfo> parse(const QByteArray& json);
    static Expected<ContainerInfo> parse(const QJsonObject& object);

    // Docker's RFC 3339 timestamps with up to nine fraction digits ("2024-05-01T08:00:01.
    // 123456789Z", or an offset instead of Z). Qt parses only milliseconds, so the fraction is
    // cut (not rounded) to milliseconds. "0001-01-01T00:00:00Z" gives a null QDateTime.
    static Expected<QDateTime> parseTime(const QString& text);
};

} // namespace omsua::docker
