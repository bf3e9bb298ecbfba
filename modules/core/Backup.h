// Encrypted, rotated backups of the open database, and restore.
#pragma once

#include <QCoreApplication>

#include "Result.h"

#include <QString>
#include <QStringList>

namespace csl {

class Store;

/**
 * @brief Consistent encrypted copies of a database.
 *
 * A backup is a SQLCipher file keyed like the database it came from, written
 * by sqlcipher_export inside one read transaction, plus a copy of the KDF
 * header; it opens with the passphrase that was current when it was made.
 */
class Backup final
{
    Q_DECLARE_TR_FUNCTIONS(csl::Backup)
public:
    /// Writes a backup of @p store into @p dir and keeps the newest @p keep there.
    static Result<QString> create(Store& store, const QString& dir, int keep = 10);
    /// Backups of @p databasePath found in @p dir, newest first.
    static QStringList list(const QString& dir, const QString& databasePath);
    /// Replaces the (closed) database at @p databasePath with @p backupFile,
    /// after proving that @p passphrase opens the backup.
    static Status restore(const QString& backupFile, const QString& databasePath, const QString& passphrase);
};

} // namespace csl
