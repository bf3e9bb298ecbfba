// Encrypted backups: consistent, rotated by their exact names in UTC order, restorable only after proof.
#include "TempStore.h"

#include "Backup.h"
#include "NewSchool.h"
#include "PersonRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QThread>
#include <QtTest>

#include <time.h>

using namespace csl;
using namespace csl::test;

namespace {

void touch(const QString& path, const QByteArray& content = "x")
{
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(content);
}

/// Every file of @p dir with its bytes: what must not change.
QMap<QString, QByteArray> snapshot(const QString& dir)
{
    QMap<QString, QByteArray> out;
    for (const QFileInfo& fi : QDir(dir).entryInfoList(QDir::Files)) {
        QFile f(fi.absoluteFilePath());
        if (f.open(QIODevice::ReadOnly))
            out.insert(fi.fileName(), f.readAll());
    }
    return out;
}

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        TempWorkspace t;
        PersonRepository people(t.store());
        for (int i = 0; i < 25; ++i)
            QVERIFY(people.add({{}, u"教师%1"_qs.arg(i), u"T%1"_qs.arg(i), u"语文教研组"_qs, {}, {}, false}));
        const JournalVerdict atBackup = t.store().journal().verify();
        QTemporaryDir backups;
        auto made = Backup::create(t.store(), backups.path(), 5);
        QVERIFY2(made, qPrintable(made ? QString() : made.error().message));
        QVERIFY(QFileInfo::exists(*made));
        QVERIFY(QFileInfo::exists(KdfParams::headerPath(*made)));
        QVERIFY(!Store::isPlaintextSqlite(*made));
        QFile raw(*made);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QVERIFY(!raw.readAll().contains(u"语文教研组"_qs.toUtf8()));

        // Changes after the backup are undone by the restore.
        QVERIFY(people.add({{}, u"后来的人"_qs, {}, {}, {}, {}, false}));
        QVERIFY(people.remove(people.all().first().id));
        t.close();

        QVERIFY(!Backup::restore(*made, t.path(), u"wrong"_qs));
        QVERIFY(Backup::restore(*made, t.path(), kPassphrase));
        auto reopened = Store::open(t.path(), kPassphrase);
        QVERIFY(reopened);
        QCOMPARE(PersonRepository(**reopened).count(), 25);
        const JournalVerdict v = (*reopened)->journal().verify();
        QVERIFY(v.ok);
        QCOMPARE(v.headHash, atBackup.headHash);
        QSqlQuery q((*reopened)->database());
        // The guards came along: a bypassing write is still refused.
        QVERIFY(!q.exec(u"DELETE FROM people"_qs));
    }

    void rotationKeepsTheNewest()
    {
        TempWorkspace t;
        QTemporaryDir backups;
        QStringList made;
        for (int i = 0; i < 4; ++i) {
            QVERIFY(PersonRepository(t.store()).add({{}, u"人%1"_qs.arg(i), {}, {}, {}, {}, false}));
            auto b = Backup::create(t.store(), backups.path(), 2);
            QVERIFY(b);
            made << *b;
            QThread::msleep(5); // distinct millisecond stamps
        }
        const QStringList kept = Backup::list(backups.path(), t.path());
        QCOMPARE(kept.size(), 2);
        QCOMPARE(kept.at(0), made.at(3));
        QCOMPARE(kept.at(1), made.at(2));
        QVERIFY(!QFile::exists(made.at(0)));
        QVERIFY(!QFile::exists(KdfParams::headerPath(made.at(0))));
    }

    void rotationMatchesTheExactNamePattern()
    {
        TempWorkspace t; // its database is <dir>/ledger.cldb
        QTemporaryDir backups;
        const QString stem = QFileInfo(t.path()).completeBaseName();
        // Another database's backups whose name begins like ours, and a file that only looks like one.
        const QStringList others{backups.filePath(stem + u"-2025-20240101-080000-000Z.cldb-backup"_qs),
                                 backups.filePath(stem + u"-20240101-080000-000Z.cldb-backup.part"_qs),
                                 backups.filePath(stem + u"-notes-20240101.cldb-backup"_qs)};
        for (const QString& f : others)
            touch(f);
        for (int i = 0; i < 3; ++i) {
            QVERIFY(Backup::create(t.store(), backups.path(), 1));
            QThread::msleep(2);
        }
        QCOMPARE(Backup::list(backups.path(), t.path()).size(), 1);
        for (const QString& f : others)
            QVERIFY2(QFile::exists(f), qPrintable(f));
    }

    void listIsInUtcOrderAndTheNewestIsNeverDeleted()
    {
        const QByteArray oldTz = qgetenv("TZ");
        qputenv("TZ", "Asia/Shanghai");
        tzset();
        TempWorkspace t;
        QTemporaryDir backups;
        const QString stem = QFileInfo(t.path()).completeBaseName();
        // 08:00 UTC, and an older backup named in local time: 09:00 in Beijing is 01:00 UTC.
        const QString utc = backups.filePath(stem + u"-20250101-080000-000Z.cldb-backup"_qs);
        const QString local = backups.filePath(stem + u"-20250101-090000-000.cldb-backup"_qs);
        touch(utc);
        touch(local);
        QCOMPARE(Backup::list(backups.path(), t.path()), (QStringList{utc, local}));
        // A backup whose name claims the future (a clock set wrong once) does not push out the one just written.
        const QString future = backups.filePath(stem + u"-20990101-000000-000Z.cldb-backup"_qs);
        touch(future);
        auto made = Backup::create(t.store(), backups.path(), 1);
        QVERIFY(made);
        QVERIFY(QFile::exists(*made));
        QVERIFY(QFile::exists(future));
        QVERIFY(!QFile::exists(utc));
        // …nor one about to be restored.
        QThread::msleep(2);
        QVERIFY(Backup::create(t.store(), backups.path(), 1, {*made}));
        QVERIFY(QFile::exists(*made));
        if (oldTz.isNull())
            qunsetenv("TZ");
        else
            qputenv("TZ", oldTz);
        tzset();
    }

    void restoreProvesTheBackupWithoutChangingIt()
    {
        TempWorkspace t;
        QVERIFY(PersonRepository(t.store()).add({{}, u"陈静"_qs, {}, {}, {}, {}, false}));
        QTemporaryDir backups;
        auto made = Backup::create(t.store(), backups.path());
        QVERIFY(made);
        QVERIFY(PersonRepository(t.store()).add({{}, u"之后的人"_qs, {}, {}, {}, {}, false}));
        t.close();
        const auto before = snapshot(backups.path());
        auto restored = Backup::restore(*made, t.path(), kPassphrase);
        QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().message));
        QCOMPARE(restored->entries, qint64(1));
        QCOMPARE(snapshot(backups.path()), before); // no byte changed, no -wal/-shm/-journal made beside it
        auto reopened = Store::open(t.path(), kPassphrase);
        QVERIFY(reopened);
        QCOMPARE(PersonRepository(**reopened).count(), 1);
    }

    void restoreClearsStaleStagingFiles()
    {
        TempWorkspace t;
        QTemporaryDir backups;
        auto made = Backup::create(t.store(), backups.path());
        QVERIFY(made);
        t.close();
        // What a restore or a passphrase change killed half-way may leave: garbage at every staging name,
        // and the key header name of earlier versions.
        for (const QString& f : Store::stagingFiles(t.path()))
            touch(f, "left over");
        touch(KdfParams::headerPath(t.path()) + u".restoring"_qs, "left over");
        auto restored = Backup::restore(*made, t.path(), kPassphrase);
        QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().message));
        for (const QString& f : Store::stagingFiles(t.path()))
            QVERIFY2(!QFile::exists(f), qPrintable(f));
        QVERIFY(Store::open(t.path(), kPassphrase));
    }

    void restoreOfAnotherDatabaseNeedsTheSchoolsName()
    {
        TempWorkspace ours;
        QVERIFY(NewSchool::writeFacts(ours.store(), {u"扬州市第一中学"_qs, u"3210000001"_qs, {}}));
        TempWorkspace theirs;
        QVERIFY(NewSchool::writeFacts(theirs.store(), {u"扬州市第二中学"_qs, u"3210000002"_qs, {}}));
        QTemporaryDir backups;
        auto foreign = Backup::create(theirs.store(), backups.path());
        QVERIFY(foreign);
        ours.close();
        const QByteArray before = readAllFiles(ours.path());

        auto refused = Backup::restore(*foreign, ours.path(), kPassphrase);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::InvalidInput);
        QVERIFY2(refused.error().message.contains(u"扬州市第二中学"_qs), qPrintable(refused.error().message));
        QCOMPARE(readAllFiles(ours.path()), before);
        QVERIFY(!Backup::restore(*foreign, ours.path(), kPassphrase, {u"扬州市第一中学"_qs, {}, 0}));

        auto confirmed = Backup::restore(*foreign, ours.path(), kPassphrase, {u"扬州市第二中学"_qs, {}, 0});
        QVERIFY2(confirmed, qPrintable(confirmed ? QString() : confirmed.error().message));
        auto reopened = Store::open(ours.path(), kPassphrase);
        QVERIFY(reopened);
        QCOMPARE((*reopened)->meta(u"school.code"_qs), u"3210000002"_qs);
    }

    void restoreOfAnotherSchoolsCodeNeedsTheSchoolsName()
    {
        TempWorkspace t;
        QVERIFY(NewSchool::writeFacts(t.store(), {u"扬州市第一中学"_qs, u"3210000001"_qs, {}}));
        QTemporaryDir backups;
        auto made = Backup::create(t.store(), backups.path());
        QVERIFY(made);
        t.close();
        auto check = Backup::check(*made, t.path(), kPassphrase, {{}, u"3210009999"_qs, 0});
        QVERIFY(check);
        QVERIFY2(check->foreign.contains(u"3210000001"_qs), qPrintable(check->foreign));
        QVERIFY(!Backup::restore(*made, t.path(), kPassphrase, {{}, u"3210009999"_qs, 0}));
    }

    void restoreOlderThanTheLastSyncWarns()
    {
        TempWorkspace t;
        for (int i = 0; i < 3; ++i)
            QVERIFY(PersonRepository(t.store()).add({{}, u"人%1"_qs.arg(i), {}, {}, {}, {}, false}));
        QTemporaryDir backups;
        auto made = Backup::create(t.store(), backups.path());
        QVERIFY(made);
        t.close();
        auto fine = Backup::check(*made, t.path(), kPassphrase, {{}, {}, 3});
        QVERIFY(fine);
        QVERIFY(fine->olderThanSync.isEmpty());
        auto restored = Backup::restore(*made, t.path(), kPassphrase, {{}, {}, 9});
        QVERIFY(restored);
        QVERIFY2(restored->olderThanSync.contains(u"9"_qs) && restored->olderThanSync.contains(u"3"_qs) &&
                     restored->olderThanSync.contains(u"refuse"_qs),
                 qPrintable(restored->olderThanSync));
    }

    void theKeyHeaderNamesItsBackup()
    {
        TempWorkspace t;
        QTemporaryDir backups;
        auto made = Backup::create(t.store(), backups.path());
        QVERIFY(made);
        t.close();
        const QString header = KdfParams::headerPath(*made);
        QCOMPARE(*Backup::resolve(header), *made);
        QVERIFY(Backup::restore(header, t.path(), kPassphrase));
        const QString orphan = backups.filePath(u"gone.cldb-backup.kdf"_qs);
        QVERIFY(QFile::copy(header, orphan));
        auto missing = Backup::resolve(orphan);
        QVERIFY(!missing);
        QVERIFY2(missing.error().message.contains(backups.filePath(u"gone.cldb-backup"_qs)),
                 qPrintable(missing.error().message));
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "TestBackup.moc"
