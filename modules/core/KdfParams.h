// The key-derivation header kept beside each database (<db>.kdf).
#pragma once

#include <QCoreApplication>

#include "Result.h"
#include "SecureBytes.h"

#include <QByteArray>
#include <QString>

namespace csl {

/**
 * @brief Argon2id parameters and salt for one database.
 *
 * The passphrase never touches SQLCipher: Argon2id (libsodium) turns it into a
 * 256-bit raw key. The header is public data (salt and costs), stored as JSON
 * beside the database so the key can be derived again.
 */
struct KdfParams
{
    Q_DECLARE_TR_FUNCTIONS(csl::KdfParams)
public:
    quint64 opsLimit = 0;
    quint64 memLimit = 0; ///< bytes
    QByteArray salt;      ///< crypto_pwhash_SALTBYTES random bytes
    QString databaseId;   ///< a UUID naming this database (keychain entries use it)

    static constexpr int keyBytes = 32;

    /// Costs tuned so one derivation takes about @p targetMs on this machine, with a fresh salt.
    static KdfParams tuned(int targetMs = 500);
    /// The cheapest costs libsodium allows, with a fresh salt: for tests that ask for it only.
    static KdfParams cheapForTests();

    Result<SecureBytes> derive(const QString& passphrase) const;

    static QString headerPath(const QString& databasePath);
    static Result<KdfParams> load(const QString& databasePath);
    Status save(const QString& databasePath) const;
    /// Writes the header to another path (used for backups and rekey staging).
    Status saveTo(const QString& headerFile) const;
    static Result<KdfParams> loadFrom(const QString& headerFile);
};

/// Initialises libsodium once; false if the library cannot start.
bool ensureSodium();

} // namespace csl
