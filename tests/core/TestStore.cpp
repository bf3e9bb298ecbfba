// The vault: creation, opening, wrong passphrases, proof of encryption, rekey.
#include "TempStore.h"

#include "PersonRepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QtTest>

using namespace csl;
using namespace csl::test;

namespace {

QMap<QString, QByteArray> hashFiles(const QString& dir)
{
    QMap<QString, QByteArray> out;
    const QDir d(dir);
    for (const QString& name : d.entryList(QDir::Files)) {
        QFile f(d.filePath(name));
        f.open(QIODevice::ReadOnly);
        out.insert(name, QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256));
    }
    return out;
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createAndReopen()
    {
        TempWorkspace t;
        QVERIFY(t.isValid());
        QVERIFY(!t.store().cipherVersion().isEmpty());
        QVERIFY(QFile::exists(KdfParams::headerPath(t.path())));
        const QString id = t.store().kdf().databaseId;
        auto added = PersonRepository(t.store()).add({{}, u"周晓梅"_qs, u"T001"_qs, u"信息中心"_qs, u"网络管理员"_qs,
                                                      u"13800000000"_qs, false});
        QVERIFY(added);
        t.close();

        auto reopened = Store::open(t.path(), kPassphrase);
        QVERIFY2(reopened, qPrintable(reopened ? QString() : reopened.error().message));
        QCOMPARE((*reopened)->kdf().databaseId, id);
        QSqlQuery q((*reopened)->database());
        QVERIFY(q.exec(u"SELECT name FROM people"_qs));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"周晓梅"_qs);
    }

    void refusesToOverwrite()
    {
        TempWorkspace t;
        auto again = Store::create(t.path(), kPassphrase, KdfParams::cheapForTests());
        QVERIFY(!again);
        QCOMPARE(again.error().code, Error::Io);
    }

    void wrongPassphraseLeavesFilesUnchanged()
    {
        TempWorkspace t;
        QVERIFY(PersonRepository(t.store()).add({{}, u"陈静"_qs, {}, {}, {}, {}, false}));
        // Leave a WAL behind as a crash would: copy the files while open.
        QTemporaryDir copy;
        for (const QString& suffix : {QString(), u"-wal"_qs, u"-shm"_qs, u".kdf"_qs}) {
            if (QFile::exists(t.path() + suffix))
                QVERIFY(QFile::copy(t.path() + suffix, copy.filePath(u"school.cldb"_qs + suffix)));
        }
        t.close();
        for (const QString& dir : {t.dir(), copy.path()}) {
            const auto before = hashFiles(dir);
            auto opened = Store::open(QDir(dir).filePath(u"school.cldb"_qs), u"wrong passphrase"_qs);
            QVERIFY(!opened);
            QCOMPARE(opened.error().code, Error::WrongPassphrase);
            QVERIFY(opened.error().message.contains(u"passphrase"_qs));
            QCOMPARE(hashFiles(dir), before);
        }
        // The copy with its WAL still opens with the right passphrase.
        auto right = Store::open(copy.filePath(u"school.cldb"_qs), kPassphrase);
        QVERIFY(right);
    }

    void noPlaintextOnDisk()
    {
        TempWorkspace t;
        const QString secret = u"绝密学生住址ZXQ-4417"_qs;
        QVERIFY(PersonRepository(t.store()).add({{}, secret, u"S-778899"_qs, {}, {}, u"13912345678"_qs, false}));
        // Read the files while the database is open (WAL and SHM exist) and after closing.
        for (int round = 0; round < 2; ++round) {
            const QByteArray raw = readAllFiles(t.path());
            QVERIFY(raw.size() > 4096);
            QVERIFY(!raw.contains(secret.toUtf8()));
            QVERIFY(!raw.contains("13912345678"));
            QVERIFY(!raw.contains("S-778899"));
            QVERIFY(!raw.contains("CREATE TABLE"));
            QFile main(t.path());
            QVERIFY(main.open(QIODevice::ReadOnly));
            QVERIFY(!main.read(16).startsWith("SQLite format 3"));
            t.close();
        }
    }

    void refusesPlaintextDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"plain.cldb"_qs);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLCIPHER"_qs, u"plain"_qs);
            db.setDatabaseName(path);
            QVERIFY(db.open()); // no key: a plaintext SQLite file
            QSqlQuery(db).exec(u"CREATE TABLE x (a)"_qs);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"plain"_qs);
        QVERIFY(Store::isPlaintextSqlite(path));
        QVERIFY(KdfParams::cheapForTests().save(path));
        auto opened = Store::open(path, kPassphrase);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, Error::NotEncrypted);
    }

    void changePassphrase()
    {
        TempWorkspace t;
        QVERIFY(PersonRepository(t.store()).add({{}, u"刘洋"_qs, {}, {}, {}, {}, false}));
        const QByteArray oldSalt = t.store().kdf().salt;
        QVERIFY(t.store().changePassphrase(u"新口令 new one"_qs, KdfParams::cheapForTests()));
        QVERIFY(t.store().kdf().salt != oldSalt);
        t.close();
        QVERIFY(!QFile::exists(KdfParams::headerPath(t.path()) + u".new"_qs));
        auto old = Store::open(t.path(), kPassphrase);
        QVERIFY(!old);
        QCOMPARE(old.error().code, Error::WrongPassphrase);
        auto fresh = Store::open(t.path(), u"新口令 new one"_qs);
        QVERIFY(fresh);
        QCOMPARE(PersonRepository(**fresh).count(), 1);
        QVERIFY((*fresh)->journal().verify().ok);
    }

    void keyDerivationIsDeterministicPerSalt()
    {
        const KdfParams a = KdfParams::cheapForTests();
        KdfParams b = KdfParams::cheapForTests();
        QVERIFY(a.salt != b.salt);
        QCOMPARE(a.derive(u"口令"_qs)->toHex(), a.derive(u"口令"_qs)->toHex());
        QVERIFY(a.derive(u"口令"_qs)->toHex() != b.derive(u"口令"_qs)->toHex());
        b.salt = a.salt;
        QCOMPARE(a.derive(u"口令"_qs)->toHex(), b.derive(u"口令"_qs)->toHex());
        QCOMPARE(a.derive(u"口令"_qs)->size(), 32);
    }

    void tunedCostsAreStrong()
    {
        const KdfParams p = KdfParams::tuned(500);
        QCOMPARE(p.memLimit, 64ull * 1024 * 1024);
        QVERIFY(p.opsLimit >= 1);
        QCOMPARE(p.salt.size(), 16);
    }

    void stagedHeaderIsHonouredByEveryWayIn()
    {
        // The state a passphrase change leaves when it stops right after the new file replaced the old one:
        // the database under the new key, the old header in place, the new one staged.
        TempWorkspace t;
        QVERIFY(PersonRepository(t.store()).add({{}, u"周敏"_qs, {}, {}, {}, {}, false}));
        const QString header = KdfParams::headerPath(t.path());
        const QString staged = KdfParams::stagedHeaderPath(t.path());
        const KdfParams old = t.store().kdf();
        const QString next = u"换了口令 silver orchard 64"_qs;
        QVERIFY(t.store().changePassphrase(next, KdfParams::cheapForTests()));
        const SecureBytes newKey = t.store().key();
        t.close();
        const auto interrupt = [&] {
            KdfParams pending = *KdfParams::load(t.path());
            pending.keyCheck = KdfParams::keyCheckOf(newKey);
            QVERIFY(pending.saveTo(staged));
            QVERIFY(old.save(t.path()));
        };

        interrupt();
        auto byKey = Store::openWithKey(t.path(), newKey); // the key remembered in the keychain
        QVERIFY2(byKey, qPrintable(byKey ? QString() : byKey.error().message));
        QVERIFY((*byKey)->kdf().salt != old.salt);
        (*byKey)->close();
        QVERIFY(!QFile::exists(staged));
        QVERIFY(KdfParams::load(t.path())->salt != old.salt);

        interrupt();
        auto keys = Store::deriveKeys(t.path(), next); // the unlock screen: derived on a worker thread
        QVERIFY(keys);
        QCOMPARE(keys->size(), 2);
        auto unlocked = Store::openWithKeys(t.path(), *keys);
        QVERIFY2(unlocked, qPrintable(unlocked ? QString() : unlocked.error().message));
        (*unlocked)->close();
        QVERIFY(!QFile::exists(staged));
        QVERIFY(Store::open(t.path(), next));
        QVERIFY(!Store::open(t.path(), kPassphrase));
        Q_UNUSED(header);
    }

    void busyCheckpointIsAFailure()
    {
        TempWorkspace t;
        QVERIFY(PersonRepository(t.store()).add({{}, u"读者"_qs, {}, {}, {}, {}, false}));
        auto reader = Store::openReader(t.path(), t.store().key());
        QVERIFY(reader);
        QSqlQuery hold((*reader)->database());
        QVERIFY(hold.exec(u"BEGIN"_qs));
        QVERIFY(hold.exec(u"SELECT count(*) FROM people"_qs) && hold.next());
        QVERIFY(PersonRepository(t.store()).add({{}, u"写者"_qs, {}, {}, {}, {}, false}));
        const Status st = t.store().checkpoint();
        QVERIFY(!st);
        QVERIFY(st.error().message.contains(u"another program or window"_qs));
        // A passphrase change under a reader is refused and changes nothing.
        QVERIFY(!t.store().changePassphrase(u"换了口令 silver orchard 64"_qs, KdfParams::cheapForTests()));
        QVERIFY(PersonRepository(t.store()).add({{}, u"之后"_qs, {}, {}, {}, {}, false}));
        hold.exec(u"COMMIT"_qs);
        hold = QSqlQuery();
        (*reader)->close();
        QVERIFY(t.store().checkpoint());
        t.close();
        auto reopened = Store::open(t.path(), kPassphrase);
        QVERIFY(reopened);
        QCOMPARE(PersonRepository(**reopened).count(), 3);
    }

    void createWritesNoDatabaseWithoutItsHeader()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"new.cldb"_qs);
        // The header cannot be written (a folder stands in its place): nothing is created.
        QVERIFY(QDir().mkpath(KdfParams::headerPath(path) + u"/x"_qs));
        auto made = Store::create(path, kPassphrase, KdfParams::cheapForTests());
        QVERIFY(!made);
        QVERIFY(made.error().message.contains(u".kdf"_qs));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(path + u"-wal"_qs));
    }

    void damagedHeaderIsReported()
    {
        TempWorkspace t;
        t.close();
        QFile h(KdfParams::headerPath(t.path()));
        QVERIFY(h.open(QIODevice::WriteOnly));
        h.write("{ not json");
        h.close();
        auto opened = Store::open(t.path(), kPassphrase);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, Error::Io);
        QVERIFY(opened.error().message.contains(u".kdf"_qs));
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "TestStore.moc"
