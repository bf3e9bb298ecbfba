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
    /// In a staged header only: keyCheckOf() the key it derives, so that a remembered key (which carries no
    /// header) can tell whether an interrupted change left the database under it. Reveals no more than the
    /// database itself, which any key can be tried against.
    QByteArray keyCheck;

    static constexpr int keyBytes = 32;
    /// The costliest header load() accepts: tuned() never goes past 64 passes of 64 MiB, and a header
    /// asking for more (hostile or damaged) would tie up the machine before the passphrase is even tried.
    static constexpr quint64 maxOpsLimit = 64;
    static constexpr quint64 maxMemLimit = 1024ull * 1024 * 1024;

    /// Costs tuned so one derivation takes about @p targetMs on this machine, with a fresh salt.
    static KdfParams tuned(int targetMs = 500);
    /// The cheapest costs libsodium allows, with a fresh salt: for tests that ask for it only.
    static KdfParams cheapForTests();

    /// @brief Costs for a new database or passphrase by profile name: empty for tuned(); "test" for
    /// cheapForTests(), refused unless @p testProfileAllowed (only builds with tests allow it).
    static Result<KdfParams> forProfile(const QString& profile, bool testProfileAllowed);

    Result<SecureBytes> derive(const QString& passphrase) const;

    /// SHA-256 over a fixed label and @p key.
    static QByteArray keyCheckOf(const SecureBytes& key);

    static QString headerPath(const QString& databasePath);
    /// @brief The header of a key change or restore in progress (<db>.kdf.new): written before the database is
    /// replaced, so that a crash between the two leaves a database some header opens.
    static QString stagedHeaderPath(const QString& databasePath);
    static Result<KdfParams> load(const QString& databasePath);
    Status save(const QString& databasePath) const;
    /// Writes the header to another path (used for backups and rekey staging).
    Status saveTo(const QString& headerFile) const;
    static Result<KdfParams> loadFrom(const QString& headerFile);
};

/// Initialises libsodium once; false if the library cannot start.
bool ensureSodium();

} // namespace csl
