#pragma once

// Shared by the libFuzzer targets. A broken invariant aborts: libFuzzer then saves the input
// as a crash artifact, exactly as for a sanitizer report.

#include <QByteArray>
#include <QString>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace omsua::fuzz {

// The fuzzer's bytes without a copy; valid for the duration of one call.
inline QByteArray input(const uint8_t* data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
}

inline void require(bool condition, const char* invariant, const QString& detail = {})
{
    if (condition)
        return;
    std::fprintf(stderr, "invariant broken: %s\n%s\n", invariant, qPrintable(detail));
    std::abort();
}

} // namespace omsua::fuzz
