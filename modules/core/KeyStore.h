// "Remember on this computer": the derived key in the OS keychain.
#pragma once

#include <QCoreApplication>

#include "Result.h"
#include "SecureBytes.h"

#include <QString>

namespace csl {

/**
 * @brief Keeps a database's derived key in the OS keychain (QtKeychain:
 * Windows Credential Manager, Secret Service on Linux, Keychain on macOS).
 *
 * Calls block on a local event loop until the keychain answers or the timeout
 * passes. When no keychain answers the Error says so, and the caller must fall
 * back to asking for the passphrase; nothing is ever written elsewhere.
 */
class KeyStore final
{
    Q_DECLARE_TR_FUNCTIONS(csl::KeyStore)
public:
    explicit KeyStore(QString service = QStringLiteral("CampusSecLedger"), int timeoutMs = 10000);

    /// @brief The most bytes one entry may hold: Windows Credential Manager's CRED_MAX_CREDENTIAL_BLOB_SIZE
    /// (5 × 512), where QtKeychain stores the bytes as given. Larger secrets are refused on every platform.
    static constexpr qsizetype kMaxSecretBytes = 2560;

    Status save(const QString& databaseId, const SecureBytes& key) const;
    Result<SecureBytes> load(const QString& databaseId) const;
    Status remove(const QString& databaseId) const;

    /// @brief Any other named secret (e.g. "sync-token/<school code>"), kept in its own keychain entry.
    Status saveSecret(const QString& name, const QByteArray& secret) const;
    Result<QByteArray> loadSecret(const QString& name) const;
    Status removeSecret(const QString& name) const;

private:
    QString m_service;
    int m_timeoutMs;
};

} // namespace csl
