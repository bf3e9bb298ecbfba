// campusledger-cli end to end: exit codes, messages, and what lands in the database.
#include "TempStore.h"

#include "KeyStore.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QtTest>

using namespace csl;
using namespace csl::test;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

/// Runs the CLI; with an empty @p passphrase none is in its environment and @p input is its stdin.
Run cli(const QStringList& args, const QString& passphrase = kPassphrase, const QByteArray& input = {},
        const QMap<QString, QString>& extraEnv = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"CAMPUSLEDGER_PASSPHRASE"_qs);
    env.remove(u"CAMPUSLEDGER_NEW_PASSPHRASE"_qs);
    if (!passphrase.isEmpty())
        env.insert(u"CAMPUSLEDGER_PASSPHRASE"_qs, passphrase);
    env.insert(u"CAMPUSLEDGER_KDF_PROFILE"_qs, u"test"_qs);
    for (auto it = extraEnv.cbegin(); it != extraEnv.cend(); ++it)
        env.insert(it.key(), it.value());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CSL_CLI), args);
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void usageErrorsExit2()
    {
        QCOMPARE(cli({}).code, 2);
        const Run unknown = cli({u"frobnicate"_qs});
        QCOMPARE(unknown.code, 2);
        QVERIFY(unknown.err.contains(u"usage:"_qs));
        const Run missing = cli({u"init"_qs, u"--db"_qs, m_dir.filePath(u"x.cldb"_qs)});
        QCOMPARE(missing.code, 2);
        QVERIFY(missing.err.contains(u"--school"_qs));
        QVERIFY(missing.err.contains(u"--officer"_qs)); // the usage lists every option
        QCOMPARE(cli({u"verify"_qs, u"--bogus"_qs}).code, 2);
        QCOMPARE(cli({u"--version"_qs}).code, 0);
    }

    void initVerifyAndWrongPassphrase()
    {
        const QString db = m_dir.filePath(u"init.cldb"_qs);
        const Run init = cli({u"init"_qs, u"--db"_qs, db, u"--school"_qs, u"扬州市第一中学"_qs, u"--code"_qs,
                              u"3210001"_qs, u"--officer"_qs, u"王建国"_qs});
        QVERIFY2(init.code == 0, qPrintable(init.err));
        QVERIFY(init.out.contains(u"扬州市第一中学"_qs));
        QVERIFY(!Store::isPlaintextSqlite(db));

        const Run verify = cli({u"verify"_qs, u"--db"_qs, db});
        QCOMPARE(verify.code, 0);
        QVERIFY2(QRegularExpression(u"^journal OK: 0 entries, head 0{64}\nrecords OK: 0 rows match their journal entries\n$"_qs).match(verify.out).hasMatch(),
                 qPrintable(verify.out));

        const Run wrong = cli({u"verify"_qs, u"--db"_qs, db}, u"not it"_qs);
        QCOMPARE(wrong.code, 3);
        QVERIFY(wrong.err.contains(u"passphrase is wrong"_qs));
        QCOMPARE(cli({u"init"_qs, u"--db"_qs, db, u"--school"_qs, u"x"_qs, u"--code"_qs, u"y"_qs}).code, 1);
    }

    void demoVerifyTamperBackupRestore()
    {
        const QString db = m_dir.filePath(u"demo.cldb"_qs);
        const Run demo = cli({u"demo"_qs, u"--db"_qs, db, u"--devices"_qs, u"120"_qs});
        QVERIFY2(demo.code == 0, qPrintable(demo.err));

        const Run verify = cli({u"verify"_qs, u"--db"_qs, db});
        QCOMPARE(verify.code, 0);
        const auto m = QRegularExpression(u"^journal OK: (\\d+) entries, head ([0-9a-f]{64})\nrecords OK: (\\d+) rows match"_qs).match(verify.out);
        QVERIFY2(m.hasMatch(), qPrintable(verify.out));
        QVERIFY(m.captured(1).toInt() >= 60);

        const QString dir = m_dir.filePath(u"backups"_qs);
        const Run backup = cli({u"backup"_qs, u"--db"_qs, db, u"--to"_qs, dir});
        QCOMPARE(backup.code, 0);
        const QString file = backup.out.section(u": "_qs, 1).trimmed();
        QVERIFY2(QFile::exists(file), qPrintable(backup.out));

        // Break entry 7 behind the application's back.
        auto store = Store::open(db, kPassphrase);
        QVERIFY(store);
        const SecureBytes key = (*store)->key();
        (*store)->close();
        {
            RawConnection raw(db, key);
            QCOMPARE(raw.exec(u"DROP TRIGGER journal_no_update; UPDATE journal SET actor = 'x' WHERE seq = 7"_qs),
                     QString());
        }
        const Run broken = cli({u"verify"_qs, u"--db"_qs, db});
        QCOMPARE(broken.code, 1);
        QVERIFY2(broken.out.contains(u"entry 7"_qs), qPrintable(broken.out));

        const Run restore = cli({u"restore"_qs, u"--from"_qs, file, u"--db"_qs, db});
        QVERIFY2(restore.code == 0, qPrintable(restore.err));
        const Run again = cli({u"verify"_qs, u"--db"_qs, db});
        QCOMPARE(again.code, 0);
        QCOMPARE(again.out, verify.out);

        QCOMPARE(cli({u"restore"_qs, u"--from"_qs, file, u"--db"_qs, db}, u"wrong"_qs).code, 3);

        // A register row changed behind the journal's back, its guard dropped.
        {
            RawConnection raw(db, key);
            QCOMPARE(raw.exec(u"DROP TRIGGER people_journal_update; UPDATE people SET phone = '110' "
                              "WHERE rowid = 3"_qs),
                     QString());
        }
        const Run edited = cli({u"verify"_qs, u"--db"_qs, db});
        QCOMPARE(edited.code, 1);
        QVERIFY2(edited.out.contains(u"records BROKEN"_qs) && edited.out.contains(u"phone"_qs), qPrintable(edited.out));
    }

    void initHelpListsEveryOption()
    {
        const Run help = cli({u"init"_qs, u"--help"_qs});
        QCOMPARE(help.code, 0);
        for (const char* option : {"--db", "--school", "--code", "--officer", "--help"})
            QVERIFY2(help.out.contains(QLatin1String(option)), option);
        const Run usage = cli({u"--help"_qs});
        QVERIFY(usage.out.contains(u"--officer"_qs) && usage.out.contains(u"passwd"_qs));
    }

    void initNeverInventsTheOfficer()
    {
        // No --officer and no terminal to ask at: none is recorded, and the output says so.
        const QString none = m_dir.filePath(u"no-officer.cldb"_qs);
        const Run init = cli(
            {u"init"_qs, u"--db"_qs, none, u"--school"_qs, u"扬州市育才实验学校"_qs, u"--code"_qs, u"3210000001"_qs});
        QVERIFY2(init.code == 0, qPrintable(init.err));
        QVERIFY2(init.out.contains(u"no security officer is recorded"_qs), qPrintable(init.out));
        {
            auto store = Store::open(none, kPassphrase);
            QVERIFY(store);
            QCOMPARE((*store)->meta(u"school.officer"_qs, u"none recorded"_qs), u"none recorded"_qs);
            QCOMPARE((*store)->meta(u"school.name"_qs), u"扬州市育才实验学校"_qs);
        }
        const QString named = m_dir.filePath(u"officer.cldb"_qs);
        const Run withOfficer = cli({u"init"_qs, u"--db"_qs, named, u"--school"_qs, u"扬州市育才实验学校"_qs,
                                     u"--code"_qs, u"3210000001"_qs, u"--officer"_qs, u"李明华"_qs});
        QCOMPARE(withOfficer.code, 0);
        auto store = Store::open(named, kPassphrase);
        QVERIFY(store);
        QCOMPARE((*store)->meta(u"school.officer"_qs), u"李明华"_qs);
    }

    void initEnforcesTheMinimumStrength()
    {
        const QString db = m_dir.filePath(u"weak.cldb"_qs);
        const Run weak =
            cli({u"init"_qs, u"--db"_qs, db, u"--school"_qs, u"x"_qs, u"--code"_qs, u"1"_qs}, u"admin123"_qs);
        QCOMPARE(weak.code, 1);
        QVERIFY2(weak.err.contains(u"too easy to guess"_qs), qPrintable(weak.err));
        QVERIFY(!QFile::exists(db));
        QVERIFY(!QFile::exists(db + u".kdf"_qs));
    }

    void unknownKdfProfileIsRefused()
    {
        const QString db = m_dir.filePath(u"profile.cldb"_qs);
        const Run run = cli({u"init"_qs, u"--db"_qs, db, u"--school"_qs, u"x"_qs, u"--code"_qs, u"1"_qs}, kPassphrase,
                            {}, {{u"CAMPUSLEDGER_KDF_PROFILE"_qs, u"cheap"_qs}});
        QCOMPARE(run.code, 1);
        QVERIFY(!QFile::exists(db));
    }

    void passphraseTypedAtTheConsoleIsUnicode()
    {
        const QString db = m_dir.filePath(u"typed.cldb"_qs);
        QCOMPARE(cli({u"init"_qs, u"--db"_qs, db, u"--school"_qs, u"x"_qs, u"--code"_qs, u"1"_qs}).code, 0);
        const Run typed = cli({u"verify"_qs, u"--db"_qs, db}, {}, kPassphrase.toUtf8() + "\n");
        QVERIFY2(typed.code == 0, qPrintable(typed.err));
        const Run wrong = cli({u"verify"_qs, u"--db"_qs, db}, {}, QByteArray("not it\n"));
        QCOMPARE(wrong.code, 3);
    }

    void passwdChangesThePassphrase()
    {
        const QString db = m_dir.filePath(u"passwd.cldb"_qs);
        QCOMPARE(cli({u"demo"_qs, u"--db"_qs, db, u"--devices"_qs, u"30"_qs}).code, 0);
        const Run before = cli({u"verify"_qs, u"--db"_qs, db});
        QCOMPARE(before.code, 0);
        const QString next = u"新的口令 amber falcon 93 rivers"_qs;
        const Run weak =
            cli({u"passwd"_qs, u"--db"_qs, db}, kPassphrase, {}, {{u"CAMPUSLEDGER_NEW_PASSPHRASE"_qs, u"12345678"_qs}});
        QCOMPARE(weak.code, 1);
        QVERIFY(weak.err.contains(u"too easy to guess"_qs));
        const Run changed =
            cli({u"passwd"_qs, u"--db"_qs, db}, kPassphrase, {}, {{u"CAMPUSLEDGER_NEW_PASSPHRASE"_qs, next}});
        QVERIFY2(changed.code == 0, qPrintable(changed.err));
        QCOMPARE(cli({u"verify"_qs, u"--db"_qs, db}).code, 3);
        const Run after = cli({u"verify"_qs, u"--db"_qs, db}, next);
        QCOMPARE(after.code, 0);
        QCOMPARE(after.out, before.out); // the same journal and records, under another key
        // Asked twice without echo when not in the environment; two different entries change nothing.
        const Run mismatch = cli({u"passwd"_qs, u"--db"_qs, db}, next, "one 1 lantern river\ntwo 2 lantern river\n");
        QCOMPARE(mismatch.code, 2);
        QCOMPARE(cli({u"verify"_qs, u"--db"_qs, db}, next).code, 0);
    }

    void rememberedKeyOpensWithoutAPassphrase()
    {
        const QString db = m_dir.filePath(u"remembered.cldb"_qs);
        QCOMPARE(cli({u"init"_qs, u"--db"_qs, db, u"--school"_qs, u"x"_qs, u"--code"_qs, u"1"_qs}).code, 0);
        const QString id = KdfParams::load(db)->databaseId;
        {
            auto store = Store::open(db, kPassphrase);
            QVERIFY(store);
            if (Status st = KeyStore().save(id, (*store)->key()); !st)
                QSKIP("no keychain answers here (run through scripts/run-tests.sh)");
        }
        // A scheduled command: no passphrase in the environment, nobody at the terminal.
        const Run verify = cli({u"verify"_qs, u"--db"_qs, db}, {});
        QVERIFY2(verify.code == 0, qPrintable(verify.err));
        // passwd replaces the remembered key, so the next scheduled run still opens.
        const Run changed = cli({u"passwd"_qs, u"--db"_qs, db}, {}, {},
                                {{u"CAMPUSLEDGER_NEW_PASSPHRASE"_qs, u"另一个口令 copper meadow 41"_qs}});
        QVERIFY2(changed.code == 0, qPrintable(changed.err));
        QVERIFY2(changed.out.contains(u"remembered on this computer was replaced"_qs), qPrintable(changed.out));
        QCOMPARE(cli({u"verify"_qs, u"--db"_qs, db}, {}).code, 0);
        QVERIFY(KeyStore().remove(id));
    }

    void restoreAcceptsTheBackupsKeyHeader()
    {
        const QString db = m_dir.filePath(u"kdfgiven.cldb"_qs);
        QCOMPARE(cli({u"demo"_qs, u"--db"_qs, db, u"--devices"_qs, u"10"_qs}).code, 0);
        const QString dir = m_dir.filePath(u"kdfgiven-backups"_qs);
        const Run backup = cli({u"backup"_qs, u"--db"_qs, db, u"--to"_qs, dir});
        QCOMPARE(backup.code, 0);
        const QString file = backup.out.section(u": "_qs, 1).trimmed();
        QVERIFY(file.endsWith(u".cldb-backup"_qs));
        const Run restore = cli({u"restore"_qs, u"--from"_qs, file + u".kdf"_qs, u"--db"_qs, db});
        QVERIFY2(restore.code == 0, qPrintable(restore.err));
        QVERIFY(!restore.err.contains(u".kdf.kdf"_qs));
        const Run missing =
            cli({u"restore"_qs, u"--from"_qs, m_dir.filePath(u"nothing.cldb-backup.kdf"_qs), u"--db"_qs, db});
        QCOMPARE(missing.code, 1);
        QVERIFY2(missing.err.contains(m_dir.filePath(u"nothing.cldb-backup"_qs)), qPrintable(missing.err));
    }

    void restoreOfAnotherSchoolNeedsConfirmation()
    {
        const QString ours = m_dir.filePath(u"ours.cldb"_qs);
        const QString theirs = m_dir.filePath(u"theirs.cldb"_qs);
        QCOMPARE(cli({u"init"_qs, u"--db"_qs, ours, u"--school"_qs, u"甲校"_qs, u"--code"_qs, u"1"_qs}).code, 0);
        QCOMPARE(cli({u"init"_qs, u"--db"_qs, theirs, u"--school"_qs, u"乙校"_qs, u"--code"_qs, u"2"_qs}).code, 0);
        const Run backup = cli({u"backup"_qs, u"--db"_qs, theirs, u"--to"_qs, m_dir.filePath(u"theirs-backups"_qs)});
        QCOMPARE(backup.code, 0);
        const QString file = backup.out.section(u": "_qs, 1).trimmed();
        const Run refused = cli({u"restore"_qs, u"--from"_qs, file, u"--db"_qs, ours});
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(u"乙校"_qs), qPrintable(refused.err));
        const Run confirmed =
            cli({u"restore"_qs, u"--from"_qs, file, u"--db"_qs, ours, u"--confirm-school"_qs, u"乙校"_qs});
        QVERIFY2(confirmed.code == 0, qPrintable(confirmed.err));
    }

    void verifyFindsARowDeletedFromTheSqlcipherShell()
    {
        const QString db = m_dir.filePath(u"shell.cldb"_qs);
        QCOMPARE(cli({u"demo"_qs, u"--db"_qs, db, u"--devices"_qs, u"20"_qs}).code, 0);
        auto store = Store::open(db, kPassphrase);
        QVERIFY(store);
        QSqlQuery q((*store)->database());
        QVERIFY(q.exec(u"SELECT id FROM devices ORDER BY id LIMIT 1 OFFSET 5"_qs) && q.next());
        const QString victim = q.value(0).toString();
        q = QSqlQuery();
        QString hex = (*store)->key().toHex();
        (*store)->close();
        // Someone holding the key in Debian's sqlcipher shell: drop the guard, delete, put the guard back.
        QProcess shell;
        shell.start(u"sqlcipher"_qs, {db});
        QVERIFY(shell.waitForStarted());
        const QString script = u"PRAGMA key = \"x'%1'\";\nPRAGMA cipher_page_size = 4096;\n"
                               "DROP TRIGGER devices_no_delete;\n"
                               "DELETE FROM devices WHERE id = '%2';\n"
                               "CREATE TRIGGER devices_no_delete BEFORE DELETE ON devices BEGIN SELECT RAISE(FAIL, "
                               "'journal: rows of devices are soft-deleted, never removed'); END;\n"
                               "SELECT count(*) FROM devices;\n"_qs.arg(hex, victim);
        hex.fill(u'0');
        shell.write(script.toUtf8());
        shell.closeWriteChannel();
        QVERIFY(shell.waitForFinished(30000));
        QCOMPARE(shell.exitCode(), 0);
        const QString shellOut = QString::fromUtf8(shell.readAllStandardOutput()).trimmed();
        QVERIFY2(shellOut.endsWith(u"19"_qs), qPrintable(shellOut)); // the last line: the count after the delete

        const Run verify = cli({u"verify"_qs, u"--db"_qs, db});
        QCOMPARE(verify.code, 1);
        QVERIFY2(verify.out.contains(u"journal OK"_qs), qPrintable(verify.out));
        QVERIFY2(verify.out.contains(u"records BROKEN"_qs) && verify.out.contains(victim), qPrintable(verify.out));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
