// The scheduler (daily time, retry at the time a failed run names, no overlap) and the token's keychain entry.
#include "SyncTestEnv.h"
#include "TempStore.h"

#include "SyncPage.h"
#include "SyncRepository.h"
#include "SyncScheduler.h"

#include <QtTest>

using namespace csl;
using namespace csl::test;

class TestSyncScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<SyncOutcome>(); }

    void dailyRunIsArmedAtTheSavedTime()
    {
        TempWorkspace t;
        QVERIFY(t.isValid());
        SyncScheduler scheduler(t.ws());
        QCOMPARE(SyncScheduler::find(t.ws()), &scheduler);
        scheduler.start();
        QVERIFY(!scheduler.nextRun().isValid()); // no daily time saved

        SyncSettings s = testSettings(QStringLiteral("https://127.0.0.1:1"), QString());
        const QTime at = QTime::currentTime().addSecs(-3600);
        s.dailyAt = QTime(at.hour(), at.minute());
        QVERIFY(s.save(t.store()));
        QCOMPARE(SyncSettings::load(t.store()).dailyAt, s.dailyAt);
        QSignalSpy changed(&scheduler, &SyncScheduler::scheduleChanged);
        scheduler.start();
        QCOMPARE(changed.size(), 1);
        // An hour ago today has passed: tomorrow at that time.
        QCOMPARE(scheduler.nextRun(),
                 QDateTime(QDate::currentDate(), s.dailyAt).addDays(QTime::currentTime() >= s.dailyAt ? 1 : 0));
        scheduler.stop();
        QVERIFY(!scheduler.nextRun().isValid());
    }

    void transientFailureIsRetriedAtTheNamedTime()
    {
        qputenv("CAMPUSLEDGER_SYNC_TOKEN", kSyncToken);
        TempWorkspace t;
        QVERIFY(t.store().setMeta(QStringLiteral("school.code"), kSchoolCode));
        SyncSettings s = testSettings(QStringLiteral("https://127.0.0.1:1"), QString()); // nothing listens there
        s.maxAttempts = 2;
        QVERIFY(s.save(t.store()));
        SyncScheduler scheduler(t.ws());
        scheduler.start();
        QSignalSpy done(&scheduler, &SyncScheduler::finished);
        QVERIFY(scheduler.runNow());
        QVERIFY(!scheduler.runNow()); // one run at a time
        QVERIFY(done.wait(30000));
        const auto o = done.first().first().value<SyncOutcome>();
        QCOMPARE(o.kind, SyncOutcome::Kind::Unreachable);
        QVERIFY(o.retryAt.isValid());
        QCOMPARE(scheduler.nextRun(), o.retryAt);
        const SyncRun last = SyncRepository(t.store()).runs().first();
        QCOMPARE(last.trigger, QStringLiteral("manual"));
        QCOMPARE(last.errorKind, QStringLiteral("unreachable"));
        QCOMPARE(last.retryAt.toSecsSinceEpoch(), o.retryAt.toSecsSinceEpoch());
        QVERIFY(QDateTime::fromString(t.store().meta(QStringLiteral("sync.last_run")), Qt::ISODateWithMs).isValid());
        qunsetenv("CAMPUSLEDGER_SYNC_TOKEN");
    }

    void viewMakesAStartedScheduler()
    {
        TempWorkspace t;
        SyncSettings s = testSettings(QStringLiteral("https://127.0.0.1:1"), QString());
        s.dailyAt = QTime(7, 30);
        QVERIFY(s.save(t.store()));
        QObject owner;
        QObject* service = SyncView().createService(t.ws(), &owner);
        auto* scheduler = qobject_cast<SyncScheduler*>(service);
        QVERIFY(scheduler);
        QCOMPARE(SyncScheduler::find(t.ws()), scheduler);
        QCOMPARE(scheduler->nextRun().time(), QTime(7, 30));
    }

    void interruptedRunIsMarked()
    {
        TempWorkspace t;
        SyncRepository repo(t.store());
        auto first = repo.beginRun(QStringLiteral("cli"));
        QVERIFY(first);
        // The process died here; the next run finds the first still "running".
        QVERIFY(repo.beginRun(QStringLiteral("manual")));
        const QList<SyncRun> runs = repo.runs();
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs.last().errorKind, QStringLiteral("interrupted"));
    }

    void tokenLivesInTheKeychain()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("no session bus: run under dbus-run-session with gnome-keyring (see scripts/run-tests.sh)");
        qunsetenv("CAMPUSLEDGER_SYNC_TOKEN");
        const QString code = QStringLiteral("test-%1").arg(QCoreApplication::applicationPid());
        const Status saved = SyncSettings::saveToken(code, "bureau-token-令牌");
        QVERIFY2(saved, qPrintable(saved.error().message));
        auto loaded = SyncSettings::token(code);
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().message));
        QCOMPARE(*loaded, QByteArray("bureau-token-令牌"));
        qputenv("CAMPUSLEDGER_SYNC_TOKEN", "from-env");
        QCOMPARE(*SyncSettings::token(code), QByteArray("from-env")); // the command line's override
        qunsetenv("CAMPUSLEDGER_SYNC_TOKEN");
        QVERIFY(SyncSettings::saveToken(code, {})); // empty: removed
        auto gone = SyncSettings::token(code);
        QVERIFY(!gone);
        QCOMPARE(gone.error().code, Error::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestSyncScheduler)
#include "TestSyncScheduler.moc"
