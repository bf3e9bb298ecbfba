// SIGKILL a writer at random points: the database must open, pass integrity_check and verify.
#include "TempStore.h"

#include "PersonRepository.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QThread>
#include <QtTest>

using namespace csl;
using namespace csl::test;

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
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "TestCrashSafety.moc"
