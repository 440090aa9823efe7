#pragma once

// Result<T>: a value or an error, never both. Functions that can fail return this instead
// of throwing; the error message says what went wrong and, where it helps, what to do.

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace sg {

struct Error
{
    QString message;
    // A stable machine-readable code ("io", "format", "signature", ...); optional.
    QString code;

    Error() = default;
    Error(QString msg, QString c = {}) : message(std::move(msg)), code(std::move(c)) { }
};

template<typename T> class [[nodiscard]] Result
{
public:
    Result(const T &value) : m_data(value) { }
    Result(T &&value) : m_data(std::move(value)) { }
    Result(const Error &error) : m_data(error) { }
    Result(Error &&error) : m_data(std::move(error)) { }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    // By value, not T&&: `for (auto &x : f().value())` must not bind to a member of the
    // temporary Result, which is destroyed before the loop body runs.
    T value() && { return std::get<0>(std::move(m_data)); }
    const T *operator->() const { return &std::get<0>(m_data); }
    T *operator->() { return &std::get<0>(m_data); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }

    const Error &error() const { return std::get<1>(m_data); }
    QString errorString() const { return ok() ? QString() : error().message; }
    QString errorCode() const { return ok() ? QString() : error().code; }

    T valueOr(T fallback) const { return ok() ? value() : fallback; }

private:
    std::variant<T, Error> m_data;
};

template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(const Error &error) : m_error(error) { }
    Result(Error &&error) : m_error(std::move(error)) { }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }
    QString errorString() const { return ok() ? QString() : m_error->message; }
    QString errorCode() const { return ok() ? QString() : m_error->code; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

inline Error fail(QString message, QString code = {})
{
    return Error(std::move(message), std::move(code));
}

} // namespace sg

// Propagate an error from an expression returning Result<...>.
#define SG_TRY(expr)                                                                                         \
    do {                                                                                                     \
        auto sg_try_result_ = (expr);                                                                        \
        if (!sg_try_result_.ok())                                                                            \
            return sg_try_result_.error();                                                                   \
    } while (false)
