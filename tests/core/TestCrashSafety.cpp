// SIGKILL a writer, a creation, a passphrase change or a restore at random points: the database must open
// (with the old or the new passphrase), pass integrity_check and verify.
#include "TempStore.h"

#include "Backup.h"
#include "PersonRepository.h"
#include "RecordAudit.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QThread>
#include <QtTest>

using namespace csl;
using namespace csl::test;

namespace {

const QString kSecond = QStringLiteral("第二个口令 quiet harbour 58 lamps");

/// Starts the crash helper with @p args, waits until it says it is ready, lets it run for a random while and
/// kills it (SIGKILL) while it is still running.
bool killMidway(const QStringList& args, QRandomGenerator& rng, int minMs, int maxMs)
{
    QProcess helper;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"CAMPUSLEDGER_PASSPHRASE"_qs, kPassphrase);
    env.insert(u"CAMPUSLEDGER_NEW_PASSPHRASE"_qs, kSecond);
    helper.setProcessEnvironment(env);
    helper.start(QStringLiteral(CSL_CRASH_WRITER), args);
    if (!helper.waitForReadyRead(30000) || helper.readLine().trimmed() != "ready")
        return false;
    QThread::msleep(rng.bounded(minMs, maxMs));
    if (helper.state() != QProcess::Running)
        return false; // it stopped by itself: a failure of the helper, not a kill
    helper.kill();
    return helper.waitForFinished(10000) && helper.exitStatus() == QProcess::CrashExit;
}

/// The database at @p path opened with either passphrase; which one in @p which (0 or 1).
std::unique_ptr<Store> openEither(const QString& path, int& which)
{
    const QString passphrases[] = {kPassphrase, kSecond};
    for (which = 0; which < 2; ++which) {
        if (auto s = Store::open(path, passphrases[which]); s)
            return std::move(*s);
    }
    return nullptr;
}

QString integrity(Store& store)
{
    QSqlQuery q(store.database());
    if (!q.exec(u"PRAGMA integrity_check"_qs) || !q.next())
        return u"integrity_check did not run"_qs;
    return q.value(0).toString();
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedWriterLeavesAConsistentDatabase()
    {
#ifdef Q_OS_WIN
        QSKIP("SIGKILL is POSIX");
#endif
        TempWorkspace t;
        QVERIFY(t.isValid());
        t.close();
        QRandomGenerator rng(QRandomGenerator::global()->generate());
        qint64 lastCount = 0;
        for (int round = 0; round < 20; ++round) {
            QProcess writer;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"CAMPUSLEDGER_PASSPHRASE"_qs, kPassphrase);
            writer.setProcessEnvironment(env);
            writer.start(QStringLiteral(CSL_CRASH_WRITER), {t.path(), u"100000"_qs});
            QVERIFY(writer.waitForReadyRead(30000));
            QCOMPARE(writer.readLine().trimmed(), QByteArray("ready"));
            QThread::msleep(rng.bounded(20, 400));
            QCOMPARE(writer.state(), QProcess::Running); // killed mid-write, not after
            writer.kill(); // SIGKILL
            QVERIFY(writer.waitForFinished(10000));
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

            auto opened = Store::open(t.path(), kPassphrase);
            QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
            QSqlQuery q((*opened)->database());
            QVERIFY(q.exec(u"PRAGMA integrity_check"_qs));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), u"ok"_qs);
            const JournalVerdict v = (*opened)->journal().verify();
            QVERIFY2(v.ok, qPrintable(v.reason));
            // Whole transactions only: people come in batches of 50, 60 entries each.
            const int people = PersonRepository(**opened).count();
            QCOMPARE(people % 50, 0);
            QCOMPARE(v.count, qint64(people / 50) * 60);
            QVERIFY(v.count >= lastCount);
            lastCount = v.count;
        }
        QVERIFY(lastCount > 0);
    }

    void killedCreationNeverLeavesADatabaseWithoutItsHeader()
    {
#ifdef Q_OS_WIN
        QSKIP("SIGKILL is POSIX");
#endif
        QRandomGenerator rng(QRandomGenerator::global()->generate());
        qsizetype created = 0;
        for (int round = 0; round < 20; ++round) {
            QTemporaryDir dir;
            QVERIFY(killMidway({u"--create"_qs, dir.path()}, rng, 5, 150));
            const QStringList made = QDir(dir.path()).entryList({u"*.cldb"_qs}, QDir::Files);
            created += made.size();
            for (const QString& name : made)
                QVERIFY2(QFile::exists(dir.filePath(name + u".kdf"_qs)), qPrintable(name));
        }
        QVERIFY(created > 0);
    }

    void killedPassphraseChangeLeavesOldOrNew()
    {
#ifdef Q_OS_WIN
        QSKIP("SIGKILL is POSIX");
#endif
        TempWorkspace t;
        PersonRepository people(t.store());
        for (int i = 0; i < 30; ++i)
            QVERIFY(people.add({{}, u"教师%1"_qs.arg(i), {}, u"教务处"_qs, {}, {}, false}));
        const QString head = t.store().journal().verify().headHash;
        t.close();
        QRandomGenerator rng(QRandomGenerator::global()->generate());
        int seen[2] = {0, 0};
        for (int round = 0; round < 20; ++round) {
            QVERIFY(killMidway({u"--passwd"_qs, t.path()}, rng, 5, 300));
            int which = -1;
            auto store = openEither(t.path(), which);
            QVERIFY2(store, qPrintable(u"round %1: opens with neither passphrase"_qs.arg(round)));
            ++seen[which];
            QCOMPARE(integrity(*store), u"ok"_qs);
            const JournalVerdict v = store->journal().verify();
            QVERIFY2(v.ok, qPrintable(v.reason));
            QCOMPARE(v.headHash, head);
            const RecordAuditVerdict rows = RecordAudit::run(*store);
            QVERIFY2(rows.ok, qPrintable(rows.reason));
            QCOMPARE(rows.rows, qint64(30));
        }
        qInfo("opened with the first passphrase %d times, with the second %d times", seen[0], seen[1]);
    }

    void killedRestoreLeavesOldOrNew()
    {
#ifdef Q_OS_WIN
        QSKIP("SIGKILL is POSIX");
#endif
        TempWorkspace t;
        PersonRepository people(t.store());
        for (int i = 0; i < 20; ++i)
            QVERIFY(people.add({{}, u"甲%1"_qs.arg(i), {}, {}, {}, {}, false}));
        QTemporaryDir backups;
        auto a = Backup::create(t.store(), backups.path());
        QVERIFY(a);
        const QString headA = t.store().journal().verify().headHash;
        for (int i = 0; i < 15; ++i)
            QVERIFY(people.add({{}, u"乙%1"_qs.arg(i), {}, {}, {}, {}, false}));
        QVERIFY(t.store().changePassphrase(kSecond, KdfParams::cheapForTests()));
        QThread::msleep(2); // distinct names
        auto b = Backup::create(t.store(), backups.path());
        QVERIFY(b);
        const QString headB = t.store().journal().verify().headHash;
        t.close();
        const QByteArray backupA = readAllFiles(*a);
        QRandomGenerator rng(QRandomGenerator::global()->generate());
        for (int round = 0; round < 20; ++round) {
            QVERIFY(killMidway({u"--restore"_qs, t.path(), *a, *b}, rng, 5, 300));
            int which = -1;
            auto store = openEither(t.path(), which);
            QVERIFY2(store, qPrintable(u"round %1: opens with neither passphrase"_qs.arg(round)));
            QCOMPARE(integrity(*store), u"ok"_qs);
            const JournalVerdict v = store->journal().verify();
            QVERIFY2(v.ok, qPrintable(v.reason));
            // The database is backup A (first passphrase) or backup B (second), never a mixture.
            QCOMPARE(v.headHash, which == 0 ? headA : headB);
            const RecordAuditVerdict rows = RecordAudit::run(*store);
            QVERIFY2(rows.ok, qPrintable(rows.reason));
            QCOMPARE(rows.rows, qint64(which == 0 ? 20 : 35));
        }
        QCOMPARE(readAllFiles(*a), backupA); // restoring never changed a backup
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "TestCrashSafety.moc"
