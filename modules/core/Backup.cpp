#include "Backup.h"

#include "KdfParams.h"
#include "Store.h"
#include "sql/CipherSettings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <filesystem>

namespace csl {

namespace {

const QString kSuffix = QStringLiteral(".cldb-backup");

QString stem(const QString& databasePath)
{
    return QFileInfo(databasePath).completeBaseName();
}

bool replaceFile(const QString& from, const QString& to)
{
    std::error_code ec;
    std::filesystem::rename(QFile::encodeName(from).toStdString(), QFile::encodeName(to).toStdString(), ec);
    return !ec;
}

} // namespace

QStringList Backup::list(const QString& dir, const QString& databasePath)
{
    QDir d(dir);
    const QStringList names = d.entryList({stem(databasePath) + QStringLiteral("-*") + kSuffix}, QDir::Files,
                                          QDir::Name | QDir::Reversed);
    QStringList out;
    for (const QString& n : names)
        out << d.absoluteFilePath(n);
    return out;
}

Result<QString> Backup::create(Store& store, const QString& dir, int keep)
{
    if (!QDir().mkpath(dir))
        return Error{Error::Io, tr("Cannot create the backup folder %1.").arg(dir)};
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    const QString target = QDir(dir).absoluteFilePath(stem(store.path()) + u'-' + stamp + kSuffix);
    const QString partial = target + QStringLiteral(".part");
    QFile::remove(partial);

    QSqlDatabase db = store.database();
    QSqlQuery q(db);
    QString hex = store.key().toHex();
    const bool attached = q.exec(QStringLiteral("ATTACH DATABASE '%1' AS backup KEY \"x'%2'\"")
                                     .arg(QString(partial).replace(u'\'', QStringLiteral("''")), hex));
    hex.fill(u'0');
    if (!attached)
        return Error{Error::Io, tr("Cannot start the backup %1: %2").arg(target, q.lastError().databaseText())};
    const auto detach = [&] { QSqlQuery(db).exec(QStringLiteral("DETACH DATABASE backup")); };

    QString failure;
    int userVersion = 0;
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        userVersion = q.value(0).toInt();
    // The copy gets every cipher parameter the database has (sql/CipherSettings.h), not the engine's defaults.
    const int major = cipher::majorVersion(static_cast<sqlite3*>(db.driver()->handle().value<void*>()));
    for (const QByteArray& pragma : cipher::pragmas(major, QByteArrayLiteral("backup"))) {
        if (!q.exec(QString::fromLatin1(pragma))) {
            failure = q.lastError().databaseText();
            break;
        }
    }
    if (!failure.isEmpty()) {
        // Nothing copied yet.
    } else if (!q.exec(QStringLiteral("BEGIN"))) { // one read transaction: a consistent copy while writers wait
        failure = q.lastError().databaseText();
    } else if (!q.exec(QStringLiteral("SELECT sqlcipher_export('backup')"))
               || !q.exec(QStringLiteral("PRAGMA backup.user_version = %1").arg(userVersion))) {
        failure = q.lastError().databaseText();
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
    } else if (!q.exec(QStringLiteral("COMMIT"))) {
        failure = q.lastError().databaseText();
    }
    q.finish();
    detach();
    if (!failure.isEmpty()) {
        QFile::remove(partial);
        return Error{Error::Io, tr("The backup %1 failed: %2").arg(target, failure)};
    }
    if (Status st = store.kdf().saveTo(KdfParams::headerPath(target)); !st) {
        QFile::remove(partial);
        return st.error();
    }
    if (!replaceFile(partial, target)) {
        QFile::remove(partial);
        QFile::remove(KdfParams::headerPath(target));
        return Error{Error::Io, tr("Cannot finish the backup %1.").arg(target)};
    }

    // Rotation: keep the newest @p keep.
    const QStringList all = list(dir, store.path());
    for (int i = std::max(keep, 1); i < all.size(); ++i) {
        QFile::remove(all.at(i));
        QFile::remove(KdfParams::headerPath(all.at(i)));
    }
    return target;
}

Status Backup::restore(const QString& backupFile, const QString& databasePath, const QString& passphrase)
{
    if (!QFileInfo::exists(backupFile))
        return Error{Error::NotFound, tr("There is no backup at %1.").arg(backupFile)};
    {
        // Prove that the backup opens and its journal holds before touching anything.
        auto opened = Store::open(backupFile, passphrase);
        if (!opened)
            return opened.error();
        const JournalVerdict v = (*opened)->journal().verify();
        if (!v.ok)
            return Error{Error::Journal, tr("The backup's journal is broken: %1").arg(v.reason)};
    }
    const QString staging = databasePath + QStringLiteral(".restoring");
    QFile::remove(staging);
    if (!QFile::copy(backupFile, staging))
        return Error{Error::Io, tr("Cannot copy %1 to %2.").arg(backupFile, staging)};
    const QString header = KdfParams::headerPath(databasePath);
    if (!QFile::copy(KdfParams::headerPath(backupFile), header + QStringLiteral(".restoring"))) {
        QFile::remove(staging);
        return Error{Error::Io, tr("Cannot copy the key header of %1.").arg(backupFile)};
    }
    // The old WAL belongs to the old file; it must not be replayed onto the restored one.
    QFile::remove(databasePath + QStringLiteral("-wal"));
    QFile::remove(databasePath + QStringLiteral("-shm"));
    if (!replaceFile(staging, databasePath) || !replaceFile(header + QStringLiteral(".restoring"), header))
        return Error{Error::Io, tr("Cannot replace %1 with the backup.").arg(databasePath)};
    return {};
}

} // namespace csl
