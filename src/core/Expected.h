#pragma once

#include <QString>
#include <utility>
#include <variant>

namespace omsua {

// A failure a person can act on: what went wrong, where, and what to do about it.
struct Error
{
    QString message; // what went wrong, specific ("config.yaml: key oms_meta_port is missing")
    QString where;   // the host, file, key or step concerned
    QString hint;    // what the operator can do next
    QString code;    // stable machine-readable kind for callers that branch on it
                     // ("host-key-unknown", "host-key-mismatch", "refused", ...); may be empty

    QString toString() const
    {
        QString text = message;
        if (!where.isEmpty())
            text += QStringLiteral(" [") + where + QLatin1Char(']');
        if (!hint.isEmpty())
            text += QStringLiteral(" - ") + hint;
        return text;
    }
};

inline Error makeError(QString message, QString where = {}, QString hint = {})
{
    return Error{std::move(message), std::move(where), std::move(hint), {}};
}

// Core code returns results instead of throwing or opening dialogs; callers decide how to show
// the error. (std::expected is C++23; this is the small subset we need.)
template <typename T>
class [[nodiscard]] Expected
{
public:
    Expected(T value)
        : m_value(std::in_place_index<0>, std::move(value))
    {}
    Expected(Error error)
        : m_value(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_value.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<0>(m_value); }
    const T& value() const& { return std::get<0>(m_value); }
    T&& value() && { return std::get<0>(std::move(m_value)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { return std::get<1>(m_value); }

private:
    std::variant<T, Error> m_value;
};

template <>
class [[nodiscard]] Expected<void>
{
public:
    Expected() = default;
    Expected(Error error)
        : m_failed(true)
        , m_error(std::move(error))
    {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

} // namespace omsua
