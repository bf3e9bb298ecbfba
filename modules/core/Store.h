// The encrypted database: open, prove encryption, transactions, meta, rekey.
#pragma once

#include <QCoreApplication>

#include "Journal.h"
#include "KdfParams.h"
#include "Result.h"
#include "SecureBytes.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <map>
#include <memory>

namespace csl {

/**
 * @brief One open, encrypted CampusSec Ledger database.
 *
 * The database is a SQLCipher file (4096-byte cipher pages, WAL) keyed with a
 * 256-bit raw key derived by Argon2id from the officer's passphrase; the KDF
 * header sits beside it (<db>.kdf). open() refuses a file it cannot prove is
 * encrypted. The key lives only in this object and is wiped on close.
 */
class Store final
{
    Q_DECLARE_TR_FUNCTIONS(csl::Store)
public:
    ~Store();
    Q_DISABLE_COPY_MOVE(Store)

    /// Creates a new database at @p path (which must not exist) keyed from @p passphrase.
    static Result<std::unique_ptr<Store>> create(const QString& path, const QString& passphrase,
                                                 const KdfParams& params = KdfParams::tuned());
    /// Opens with the passphrase; Error::WrongPassphrase leaves every file as it was.
    static Result<std::unique_ptr<Store>> open(const QString& path, const QString& passphrase);
    /// Opens with a key already derived (from the keychain); honours a staged header like open().
    static Result<std::unique_ptr<Store>> openWithKey(const QString& path, const SecureBytes& key);

    /// @brief A key derived from a passphrase under one header of the database.
    struct KeyCandidate
    {
        KdfParams params;
        SecureBytes key;
    };
    /// @brief Derives the passphrase's key under the database's header and, when a key change or restore
    /// stopped half-way, under its staged header (KdfParams::stagedHeaderPath) too. Touches no database:
    /// safe on a worker thread.
    static Result<QList<KeyCandidate>> deriveKeys(const QString& path, const QString& passphrase);
    /// @brief Opens with the first candidate that opens the database. When it is the staged header's, the
    /// interrupted change is completed (that header becomes the database's); otherwise stale staging files
    /// are removed.
    static Result<std::unique_ptr<Store>> openWithKeys(const QString& path, const QList<KeyCandidate>& candidates);
    /// @brief A second, read-only connection to a database another Store has open (WAL lets it read
    /// while that one writes). Make it, use it and let it go in one thread; the key stays in memory
    /// and is wiped when it closes. Close it before the writing Store closes.
    static Result<std::unique_ptr<Store>> openReader(const QString& path, const SecureBytes& key);

    /// @brief Files an interrupted key change or restore may leave beside @p path (staged header, copies).
    static QStringList stagingFiles(const QString& path);
    /// @brief Removes them; the staged header only with @p stagedHeaderToo (when the database is known to open
    /// with its own header).
    static void removeStaleStaging(const QString& path, bool stagedHeaderToo = true);

    /// True if @p path exists and starts with the plaintext SQLite header.
    static bool isPlaintextSqlite(const QString& path);

    QSqlDatabase database() const;
    Journal& journal() { return *m_journal; }
    const QString& path() const { return m_path; }
    const SecureBytes& key() const { return m_key; }
    const KdfParams& kdf() const { return m_kdf; }

    /// Who is recorded in the journal as making changes.
    void setActor(const QString& actor) { m_actor = actor; }
    const QString& actor() const { return m_actor; }

    /// Runs @p fn in one transaction: commit if it succeeds, roll back (and
    /// forget the cached journal head) if it fails. Nested calls join the outer one.
    Status write(const std::function<Status()>& fn);
    bool inTransaction() const;

    /// Key/value facts about the school (name, code, officer). Not a register.
    QString meta(const QString& key, const QString& fallback = {}) const;
    Status setMeta(const QString& key, const QString& value);

    /// @brief Re-encrypts the database under a key derived from @p newPassphrase (at least
    /// PassphraseStrength::minimumBits). Crash-safe: the database is copied under the new key, the new header
    /// staged, then the copy replaces the database in one rename; a crash at any point leaves a database that
    /// opens with the old or the new passphrase. Refused while another connection has the database open.
    Status changePassphrase(const QString& newPassphrase, const KdfParams& params = KdfParams::tuned());

    /// @brief Writes a consistent copy of the whole database into the new file @p file, encrypted with @p key
    /// (4096-byte pages), inside one read transaction, flushed to disk. Used by backups and passphrase changes.
    Status exportTo(const QString& file, const SecureBytes& key);

    /// @brief What changeStamp() returns: this connection's row changes and SQLite's data version.
    struct ChangeStamp
    {
        qint64 changes = -1; ///< total_changes() of this connection
        qint64 version = -1; ///< PRAGMA data_version: moves when another connection commits
        bool isValid() const { return changes >= 0 && version >= 0; }
        friend bool operator==(const ChangeStamp&, const ChangeStamp&) = default;
    };
    /// @brief Differs from an earlier stamp whenever data may have changed since: a row written
    /// through this connection or a commit by any other connection. Invalid inside Store::write().
    ChangeStamp changeStamp() const;
    bool isReadOnly() const { return m_readOnly; }

    /// SQLCipher's version as the open connection reports it.
    QString cipherVersion() const;

    /// A statement prepared once per connection and reused (hot write paths).
    QSqlQuery& prepared(const QString& sql);
    /// Column names of @p table, cached; empty if there is no such table.
    QStringList columns(const QString& table);

    /// Forgets cached statements and columns (after a migration).
    void schemaChanged();

    /// Checkpoints the WAL into the main file and truncates it; a checkpoint another connection keeps
    /// from finishing (busy) is an error.
    Status checkpoint();

    void close();

private:
    /// Adds and opens this store's connection with its key and the driver's @p options.
    QSqlError connect(const QString& options);
    Store(QString path, SecureBytes key, KdfParams kdf);
    static Result<std::unique_ptr<Store>> openKeyed(const QString& path, const SecureBytes& key, KdfParams kdf,
                                                    bool create);
    Status configure();
    /// Runs a TRUNCATE checkpoint; @p busy tells whether another connection kept it from finishing.
    Status checkpointInto(bool& busy);
    /// Makes the staged header the database's (a key change or restore that stopped after the rename).
    static Status completeStaged(const QString& path, const KdfParams& staged);

    Status proveEncrypted();
    Status migrateCore();

    QString m_path;
    QString m_connection;
    SecureBytes m_key;
    KdfParams m_kdf;
    QString m_actor;
    std::unique_ptr<Journal> m_journal;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_prepared;
    QHash<QString, QStringList> m_columns;
    int m_writeDepth = 0;
    bool m_readOnly = false;
};

} // namespace csl
