#pragma once
// Result<T>: a value or an Error that says what was wrong. Services return
// this instead of silent defaults, so every caller (GUI, CLI, tests) sees the
// same reason. C++20 has no std::expected yet.

#include <QString>
#include <utility>
#include <variant>

namespace casedesk {

struct Error {
    // The sentence shown to the user: names the file, line or field and what
    // was wrong.
    QString message;
    // Refusal (bad input, broken rule) versus any other failure; the CLI maps
    // this to exit status 2 versus 1.
    bool refusal = true;
};

inline Error refusal(QString message)
{
    return Error{std::move(message), true};
}
inline Error failure(QString message)
{
    return Error{std::move(message), false};
}

template <class T> class [[nodiscard]] Result {
  public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }

    const Error &error() const { return std::get<Error>(m_state); }

  private:
    std::variant<T, Error> m_state;
};

struct Done {};
using Status = Result<Done>;
inline Status success()
{
    return Done{};
}

} // namespace casedesk
