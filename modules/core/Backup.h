// Encrypted, rotated backups of the open database, and restore.
#pragma once

#include <QCoreApplication>

#include "Result.h"

#include <QString>
#include <QStringList>

namespace csl {

class Store;

/// @brief What restoring may want the user to confirm or know (Backup::check, Backup::restore).
struct RestoreOptions
{
    QString confirmedSchool;    ///< the backup's school name, typed by the user to restore another database's backup
    QString currentSchoolCode;  ///< the current database's school code, when known
    qint64 acknowledgedSeq = 0; ///< the last journal entry the bureau acknowledged for the current database
};

/// @brief What a backup is, proven on a copy (the backup itself is never opened or changed).
struct RestoreCheck
{
    QString backupFile;
    QString schoolName;
    QString schoolCode;
    qint64 entries = 0;
    QString foreign;       ///< why it belongs to another database or school; empty if it is this one's
    QString olderThanSync; ///< a warning when the bureau holds entries the backup lacks; empty otherwise
};

/**
 * @brief Consistent encrypted copies of a database.
 *
 * A backup is a SQLCipher file keyed like the database it came from, written
 * by sqlcipher_export inside one read transaction, plus a copy of the KDF
 * header; it opens with the passphrase that was current when it was made.
 * Its name is `<database stem>-yyyyMMdd-HHmmss-zzzZ.cldb-backup`, the time in UTC.
 */
class Backup final
{
    Q_DECLARE_TR_FUNCTIONS(csl::Backup)
public:
    static constexpr auto suffix = ".cldb-backup";

    /// @brief Writes a backup of @p store into @p dir and keeps the newest @p keep there. The backup just
    /// written and the files in @p inUse (a backup about to be restored) are never deleted.
    static Result<QString> create(Store& store, const QString& dir, int keep = 10, const QStringList& inUse = {});
    /// Backups of @p databasePath found in @p dir (exactly its name pattern), newest first by UTC time.
    static QStringList list(const QString& dir, const QString& databasePath);

    /// @brief The backup a user means by @p given: the file itself, or the backup whose key header
    /// (`X.cldb-backup.kdf`) was given. An Error says which file to give instead.
    static Result<QString> resolve(const QString& given);

    using Options = RestoreOptions;
    using Check = RestoreCheck;
    /// @brief Copies @p backupFile beside @p databasePath, opens and verifies the copy (journal chain and
    /// records), compares it with the current database, and removes the copy.
    static Result<Check> check(const QString& backupFile, const QString& databasePath, const QString& passphrase,
                               const Options& options = {});
    /// @brief Replaces the (closed) database at @p databasePath with @p backupFile after check(). A backup of
    /// another database or school is refused unless Options::confirmedSchool names its school. Crash-safe: a
    /// crash at any point leaves the old database or the restored one, each opening with its passphrase.
    static Result<Check> restore(const QString& backupFile, const QString& databasePath, const QString& passphrase,
                                 const Options& options = {});
    /// The last journal entry the bureau acknowledged (the sync module's state); 0 if never synced.
    static qint64 acknowledgedSeq(Store& store);
};

} // namespace csl
