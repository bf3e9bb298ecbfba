// Encrypted backups: consistent, rotated, restorable.
#include "TempStore.h"

#include "Backup.h"
#include "PersonRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QThread>
#include <QtTest>

using namespace csl;
using namespace csl::test;

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
};

QTEST_GUILESS_MAIN(TestBackup)
#include "TestBackup.moc"
