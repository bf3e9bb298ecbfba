#include "Backup.h"

#include "FileOps.h"
#include "KdfParams.h"
#include "RecordAudit.h"
#include "Store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

namespace csl {

namespace {

QString stem(const QString& databasePath)
{
    return QFileInfo(databasePath).completeBaseName();
}

/// `<stem>-yyyyMMdd-HHmmss-zzz[Z].cldb-backup`: with Z the time is UTC; without, local time (older backups).
QRegularExpression namePattern(const QString& databasePath)
{
    return QRegularExpression(QStringLiteral("^%1-(\\d{8}-\\d{6}-\\d{3})(Z?)%2$")
                                  .arg(QRegularExpression::escape(stem(databasePath)),
                                       QRegularExpression::escape(QString::fromLatin1(Backup::suffix))));
}

constexpr auto kStampFormat = "yyyyMMdd-HHmmss-zzz";

QString sqlText(const QString& s)
{
    return QString(s).replace(u'\'', QStringLiteral("''"));
}

/// The staging copy of a restore and its header, beside the database.
QString stagingPath(const QString& databasePath)
{
    return databasePath + QStringLiteral(".restoring");
}

} // namespace

QStringList Backup::list(const QString& dir, const QString& databasePath)
{
    const QRegularExpression pattern = namePattern(databasePath);
    QList<std::pair<QDateTime, QString>> found;
    QDir d(dir);
    for (const QString& name : d.entryList(QDir::Files)) {
        const auto m = pattern.match(name);
        if (!m.hasMatch())
            continue;
        QDateTime when = QDateTime::fromString(m.captured(1), QString::fromLatin1(kStampFormat));
        if (!when.isValid())
            continue;
        when.setTimeSpec(m.captured(2).isEmpty() ? Qt::LocalTime : Qt::UTC);
        found.append({when.toUTC(), d.absoluteFilePath(name)});
    }
    std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : a.second > b.second;
    });
    QStringList out;
    for (const auto& f : found)
        out << f.second;
    return out;
}

Result<QString> Backup::create(Store& store, const QString& dir, int keep, const QStringList& inUse)
{
    if (!QDir().mkpath(dir))
        return Error{Error::Io, tr("Cannot create the backup folder %1.").arg(dir)};
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QString::fromLatin1(kStampFormat));
    const QString target =
        QDir(dir).absoluteFilePath(stem(store.path()) + u'-' + stamp + u'Z' + QString::fromLatin1(suffix));
    if (QFileInfo::exists(target))
        return Error{Error::Io, tr("The backup %1 already exists.").arg(target)};
    const QString partial = target + QStringLiteral(".part");
    QFile::remove(partial);
    if (Status st = store.exportTo(partial, store.key()); !st)
        return Error{Error::Io, tr("The backup %1 failed: %2").arg(target, st.error().message)};
    if (Status st = store.kdf().saveTo(KdfParams::headerPath(target)); !st) {
        QFile::remove(partial);
        return st.error();
    }
    if (!replaceFile(partial, target)) {
        QFile::remove(partial);
        QFile::remove(KdfParams::headerPath(target));
        return Error{Error::Io, tr("Cannot finish the backup %1.").arg(target)};
    }

    // Rotation: keep the newest @p keep, and never the one just written or one in use.
    QStringList protectedFiles{QFileInfo(target).absoluteFilePath()};
    for (const QString& f : inUse)
        protectedFiles << QFileInfo(f).absoluteFilePath();
    const QStringList all = list(dir, store.path());
    for (int i = std::max(keep, 1); i < all.size(); ++i) {
        if (protectedFiles.contains(QFileInfo(all.at(i)).absoluteFilePath()))
            continue;
        QFile::remove(all.at(i));
        QFile::remove(KdfParams::headerPath(all.at(i)));
    }
    return target;
}

Result<QString> Backup::resolve(const QString& given)
{
    const QString header = KdfParams::headerPath(QString());
    if (given.endsWith(header) && !QFileInfo(given).isDir()) {
        const QString backup = given.chopped(header.size());
        if (QFileInfo::exists(backup))
            return backup;
        return Error{Error::NotFound, tr("%1 is the key header of a backup, but the backup %2 beside it is missing. "
                                         "Give the backup file itself (*%3).")
                                          .arg(given, backup, QString::fromLatin1(suffix))};
    }
    if (!QFileInfo::exists(given))
        return Error{Error::NotFound, tr("There is no backup at %1.").arg(given)};
    if (!QFileInfo::exists(KdfParams::headerPath(given)))
        return Error{Error::NotFound, tr("The key header %1 of the backup is missing: keep it beside the backup.")
                                          .arg(KdfParams::headerPath(given))};
    return given;
}

qint64 Backup::acknowledgedSeq(Store& store)
{
    QSqlQuery q(store.database());
    if (q.exec(QStringLiteral("SELECT ack_seq FROM sync_state WHERE id = 1")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

namespace {

/// Copies the backup to the staging place beside the database and proves the copy: it opens with the
/// passphrase, its chain holds and its records match it. The backup itself is only read.
Result<Backup::Check> stageAndProve(const QString& backupFile, const QString& databasePath, const QString& passphrase,
                                    const Backup::Options& options, QByteArray* keyCheck = nullptr)
{
    // Stale copies go; a staged header stays, as the database may need it until the rename below.
    Store::removeStaleStaging(databasePath, false);
    const QString staging = stagingPath(databasePath);
    if (!QFile::copy(backupFile, staging) || !syncFile(staging))
        return Error{Error::Io, Backup::tr("Cannot copy %1 to %2.").arg(backupFile, staging)};
    if (!QFile::copy(KdfParams::headerPath(backupFile), KdfParams::headerPath(staging)))
        return Error{Error::Io, Backup::tr("Cannot copy the key header of %1.").arg(backupFile)};
    Backup::Check c;
    c.backupFile = backupFile;
    {
        auto opened = Store::open(staging, passphrase);
        if (!opened)
            return opened.error();
        Store& s = **opened;
        const JournalVerdict v = s.journal().verify();
        if (!v.ok)
            return Error{Error::Journal,
                         Backup::tr("The backup's journal is broken at entry %1: %2").arg(v.firstBroken).arg(v.reason)};
        const RecordAuditVerdict rows = RecordAudit::run(s);
        if (!rows.ok)
            return Error{Error::Journal,
                         Backup::tr("The backup's records do not match its journal: %1").arg(rows.reason)};
        c.entries = v.count;
        if (keyCheck)
            *keyCheck = KdfParams::keyCheckOf(s.key());
        c.schoolName = s.meta(QStringLiteral("school.name"));
        c.schoolCode = s.meta(QStringLiteral("school.code"));
    }
    const auto backupKdf = KdfParams::load(staging);
    const auto currentKdf = KdfParams::load(databasePath);
    if (currentKdf && backupKdf && currentKdf->databaseId != backupKdf->databaseId)
        c.foreign = Backup::tr("The backup %1 was made from another database (id %2; this one is %3), of %4 (%5).")
                        .arg(QFileInfo(backupFile).fileName(), backupKdf->databaseId, currentKdf->databaseId,
                             c.schoolName, c.schoolCode);
    else if (!options.currentSchoolCode.isEmpty() && options.currentSchoolCode != c.schoolCode)
        c.foreign = Backup::tr("The backup %1 is of another school: %2 (%3), not %4.")
                        .arg(QFileInfo(backupFile).fileName(), c.schoolName, c.schoolCode, options.currentSchoolCode);
    if (options.acknowledgedSeq > c.entries)
        c.olderThanSync =
            Backup::tr("The bureau has acknowledged this school's journal up to entry %1, but the backup ends at "
                       "entry %2. After the restore, new changes take numbers the bureau already holds with other "
                       "contents: it will refuse them as a break in the chain until the bureau reconciles its copy. "
                       "Changes made since the backup are lost here but remain in the bureau's copy.")
                .arg(options.acknowledgedSeq)
                .arg(c.entries);
    return c;
}

} // namespace

Result<Backup::Check> Backup::check(const QString& backupFile, const QString& databasePath, const QString& passphrase,
                                    const Options& options)
{
    auto resolved = resolve(backupFile);
    if (!resolved)
        return resolved.error();
    auto c = stageAndProve(*resolved, databasePath, passphrase, options);
    Store::removeStaleStaging(databasePath, false);
    return c;
}

Result<Backup::Check> Backup::restore(const QString& backupFile, const QString& databasePath, const QString& passphrase,
                                      const Options& options)
{
    auto resolved = resolve(backupFile);
    if (!resolved)
        return resolved.error();
    const auto abandon = [&](const Error& e) -> Result<Check> {
        Store::removeStaleStaging(databasePath, false);
        return e;
    };
    QByteArray keyCheck;
    auto c = stageAndProve(*resolved, databasePath, passphrase, options, &keyCheck);
    if (!c)
        return abandon(c.error());
    if (!c->foreign.isEmpty() && options.confirmedSchool.trimmed() != c->schoolName)
        return abandon(Error{Error::InvalidInput,
                             tr("%1 Nothing was restored. To restore it anyway, confirm by giving the school's name "
                                "exactly: %2")
                                 .arg(c->foreign, c->schoolName)});
    // The old WAL belongs to the old file; it must not be replayed onto the restored one. A WAL with pages in
    // it means the database is open elsewhere or was not closed: refuse rather than lose those changes.
    const QString wal = databasePath + QStringLiteral("-wal");
    if (QFileInfo(wal).size() > 0)
        return abandon(Error{Error::Io, tr("%1 is open in another program or was not closed properly: open and "
                                           "close it once, then restore.")
                                            .arg(databasePath)});
    const QString staging = stagingPath(databasePath);
    auto stagedKdf = KdfParams::load(staging);
    if (!stagedKdf)
        return abandon(stagedKdf.error());
    // Staged header first: from the rename on, open() finds it when the old header no longer fits.
    KdfParams staged = *stagedKdf;
    staged.keyCheck = keyCheck;
    if (Status st = staged.saveTo(KdfParams::stagedHeaderPath(databasePath)); !st)
        return abandon(st.error());
    removeIfExists(wal);
    removeIfExists(databasePath + QStringLiteral("-shm"));
    if (!replaceFile(staging, databasePath)) {
        Store::removeStaleStaging(databasePath); // the database is still the old one: its header stands
        return Error{Error::Io, tr("Cannot replace %1 with the backup.").arg(databasePath)};
    }
    if (Status st = stagedKdf->save(databasePath); !st)
        return st.error(); // the next open completes it from the staged header
    Store::removeStaleStaging(databasePath);
    return c;
}

} // namespace csl
