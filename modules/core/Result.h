// Errors as values: the core never shows a message box, it returns an Error.
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace csl {

/// @brief What went wrong, as a code for programs and a translated message for people.
struct Error
{
    enum Code {
        None = 0,
        Io,             ///< a file could not be read or written
        WrongPassphrase,///< the key does not open the database
        NotEncrypted,   ///< the file is plaintext SQLite or SQLCipher is missing
        Database,       ///< SQLite reported an error
        Migration,      ///< a schema migration failed
        Journal,        ///< the journal chain is broken or a write bypassed it
        Keychain,       ///< the OS keychain did not answer
        InvalidInput,   ///< bad input from the user or a file
        NotFound,
        Cancelled,
    };
    Code code = None;
    QString message;

    explicit operator bool() const { return code != None; }
};

/// @brief Either a value or an Error.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_v(std::move(value)) {}
    Result(Error error) : m_v(std::move(error)) {}

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    T& value() { return std::get<0>(m_v); }
    const T& value() const { return std::get<0>(m_v); }
    T& operator*() { return value(); }
    const T& operator*() const { return value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    const Error& error() const { return std::get<1>(m_v); }

private:
    std::variant<T, Error> m_v;
};

/// @brief Success, or an Error.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)) {}
    bool ok() const { return !m_error; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }

private:
    Error m_error;
};

} // namespace csl
