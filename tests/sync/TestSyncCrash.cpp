// SIGKILL the command-line client at 20 random points of a push, then let it finish:
// the receiver's copy must equal the journal, nothing lost, nothing stored twice.
#include "SyncTestEnv.h"
#include "TempStore.h"

#include "DemoSchool.h"
#include "PersonRepository.h"
#include "SyncRepository.h"

#include <QtTest>

#include <csignal>

using namespace csl;
using namespace csl::test;

namespace {

qint64 headOf(const Receiver& rx)
{
    return rx.call("GET", QStringLiteral("/api/v1/schools/%1/head").arg(kSchoolCode))
        .value(QStringLiteral("seq"))
        .toInteger();
}

} // namespace

class TestSyncCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedAtRandomPointsLosesNothingAndSendsNothingTwice()
    {
        TestPki pki;
        QVERIFY(pki.isValid());
        Receiver rx(pki);
        QVERIFY(rx.isValid());
        TempWorkspace t;
        QVERIFY(t.isValid());
        DemoSchool::Options o;
        o.schoolCode = kSchoolCode;
        o.devices = 8000;
        QVERIFY(DemoSchool::build(t.ws(), o));
        SyncSettings s = testSettings(rx.endpoint(), pki.caFile());
        QVERIFY(s.save(t.store()));
        const qint64 head = t.store().journal().headSeq();
        QVERIFY(head >= 4000);
        const QString db = t.path();
        t.close();

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CAMPUSLEDGER_PASSPHRASE"), kPassphrase);
        env.insert(QStringLiteral("CAMPUSLEDGER_SYNC_TOKEN"), QString::fromLatin1(kSyncToken));
        env.insert(QStringLiteral("CAMPUSLEDGER_SYNC_BASE_DELAY_MS"), QStringLiteral("50"));
        const QStringList args{QStringLiteral("sync"), QStringLiteral("--db"), db, QStringLiteral("--batch"),
                               QStringLiteral("3")};
        QRandomGenerator rng(20261128);
        int killedMidPush = 0;
        qint64 lastHead = -1;
        for (int i = 0; i < 20; ++i) {
            QProcess p;
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(CSL_CLI), args);
            QVERIFY(p.waitForStarted());
            // Wait until this run has pushed something, then kill it at a random moment after.
            QVERIFY(QTest::qWaitFor([&] { return p.state() != QProcess::Running || headOf(rx) > lastHead; }, 30000));
            QTest::qWait(int(rng.bounded(0, 250)));
            if (p.state() == QProcess::Running) {
                ::kill(pid_t(p.processId()), SIGKILL);
                QVERIFY(p.waitForFinished(10000));
                QCOMPARE(p.exitStatus(), QProcess::CrashExit);
            } else {
                p.waitForFinished();
            }
            const qint64 rxHead = rx.dump().value(QStringLiteral("headSeq")).toInteger();
            if (rxHead > lastHead && rxHead < head)
                ++killedMidPush;
            QVERIFY(rxHead >= lastHead);
            lastHead = rxHead;
        }
        qInfo("receiver held %lld of %lld entries after 20 kills; %d kills landed mid-push", lastHead, head,
              killedMidPush);
        QVERIFY2(killedMidPush >= 15, "too few kills landed while entries were being pushed");

        QProcess finish;
        finish.setProcessEnvironment(env);
        finish.start(QStringLiteral(CSL_CLI), args);
        QVERIFY(finish.waitForFinished(120000));
        QVERIFY2(finish.exitCode() == 0, finish.readAllStandardError().constData());

        auto store = Store::open(db, kPassphrase);
        QVERIFY(store);
        QVERIFY((*store)->journal().verify().ok);
        QString why;
        QVERIFY2(receiverEqualsJournal(rx, **store, &why), qPrintable(why));
        QCOMPARE(SyncRepository(**store).ack().seq, head);
        const QJsonObject d = rx.dump();
        qInfo("receiver: accepted %lld, overlapping entries recognised %lld, resent batches recognised by key %lld",
              d.value(QStringLiteral("accepted")).toInteger(), d.value(QStringLiteral("duplicates")).toInteger(),
              d.value(QStringLiteral("replayed")).toInteger());
    }
};

QTEST_GUILESS_MAIN(TestSyncCrash)
#include "TestSyncCrash.moc"
