// Which bearer token may speak for which school: the receiver's token file, one line per school.
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace csl::receiver {

/**
 * @brief The per-school tokens of `campusledger-receiver --tokens FILE`.
 *
 * The file holds one line per school, `CODE SHA256-HEX-OF-TOKEN` (blank lines
 * and lines starting with # are skipped), so the receiver keeps no token
 * itself. A token is valid for its own school only: another school's token is
 * forbidden (403), an unknown one unauthorised (401).
 */
class ReceiverTokens final
{
public:
    enum class Verdict { Allowed, Unauthorized, Forbidden };

    /// @brief Reads @p path; an error names the file and the line that is wrong.
    static Result<ReceiverTokens> load(const QString& path);
    /// @brief A token valid for every school (`--token` without a file: tests and demos).
    static ReceiverTokens single(const QByteArray& token);

    /// @brief May the request with @p authorization ("Bearer …") act for school @p code?
    Verdict check(const QString& code, const QByteArray& authorization) const;
    /// @brief Is @p authorization any school's token (for paths that name no school)?
    bool known(const QByteArray& authorization) const;

    /// @brief Lower-case hex SHA-256 of @p token, as the file lists it.
    static QByteArray digest(const QByteArray& token);

private:
    static QByteArray bearer(const QByteArray& authorization);
    QHash<QString, QByteArray> m_byCode; ///< school code → SHA-256 hex of its token
    QByteArray m_everySchool;            ///< SHA-256 hex of a token valid for all (single())
};

/// @brief Equal contents, in a time that does not depend on where they differ.
bool constantTimeEqual(const QByteArray& a, const QByteArray& b);

} // namespace csl::receiver
