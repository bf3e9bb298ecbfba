// campusledger-cli end to end: exit codes, messages, and what lands in the database.
#include "TempStore.h"

#include <QProcess>
#include <QRegularExpression>
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

Run cli(const QStringList& args, const QString& passphrase = kPassphrase)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"CAMPUSLEDGER_PASSPHRASE"_qs, passphrase);
    env.insert(u"CAMPUSLEDGER_KDF_PROFILE"_qs, u"test"_qs);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CSL_CLI), args);
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
        QCOMPARE(cli({u"verify"_qs, u"--bogus"_qs}).code, 2);
        QCOMPARE(cli({u"--version"_qs}).code, 0);
    }

    void initVerifyAndWrongPassphrase()
    {
        const QString db = m_dir.filePath(u"init.cldb"_qs);
        const Run init = cli({u"init"_qs, u"--db"_qs, db, u"--school"_qs, u"扬州市第一中学"_qs, u"--code"_qs, u"3210001"_qs});
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
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
