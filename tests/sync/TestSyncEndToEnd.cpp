// End to end over HTTPS on 127.0.0.1: the real client against the real receiver, with every fault.
#include "SyncTestEnv.h"
#include "TempStore.h"

#include "DemoSchool.h"
#include "PersonRepository.h"
#include "SyncRepository.h"

#include <QtTest>

using namespace csl;
using namespace csl::test;

namespace {

Status addPeople(Store& store, int n, int from)
{
    return store.write([&]() -> Status {
        PersonRepository people(store);
        for (int i = 0; i < n; ++i) {
            PersonRecord p;
            p.name = QStringLiteral("教师%1").arg(from + i);
            p.staffNo = QStringLiteral("S%1").arg(from + i);
            p.department = QStringLiteral("信息中心");
            p.phone = QStringLiteral("13800000000");
            if (auto r = people.add(p); !r)
                return r.error();
        }
        return {};
    });
}

} // namespace

class TestSyncEndToEnd : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestPki> m_pki;
    std::unique_ptr<Receiver> m_rx;
    std::unique_ptr<TempWorkspace> m_t;
    int m_added = 0;

    SyncSettings settings(int batch = 40) const { return testSettings(m_rx->endpoint(), m_pki->caFile(), batch); }
    void grow(int n)
    {
        QVERIFY(addPeople(m_t->store(), n, m_added));
        m_added += n;
    }
    void expectEqual()
    {
        QString why;
        QVERIFY2(receiverEqualsJournal(*m_rx, m_t->store(), &why), qPrintable(why));
        QCOMPARE(SyncRepository(m_t->store()).ack().seq, m_t->store().journal().headSeq());
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<SyncOutcome>();
        m_pki = std::make_unique<TestPki>();
        QVERIFY(m_pki->isValid());
        m_rx = std::make_unique<Receiver>(*m_pki);
        QVERIFY(m_rx->isValid());
        m_t = std::make_unique<TempWorkspace>();
        QVERIFY(m_t->isValid());
        DemoSchool::Options o;
        o.schoolCode = kSchoolCode;
        o.devices = 400;
        QVERIFY(DemoSchool::build(m_t->ws(), o));
    }

    void gzipIsRealGzip()
    {
        const QByteArray text = QStringLiteral("校园网络安全台账 ").repeated(500).toUtf8();
        const QByteArray gz = sync::gzip(text);
        QCOMPARE(gz.left(2), QByteArray("\x1f\x8b"));
        QProcess p;
        p.start(QStringLiteral("gzip"), {QStringLiteral("-dc")});
        p.write(gz);
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished());
        QCOMPARE(p.readAllStandardOutput(), text);
        QCOMPARE(*sync::gunzip(gz, 1 << 20), text);
        QVERIFY(!sync::gunzip(gz, 100)); // a bomb guard
        QVERIFY(!sync::gunzip(gz.left(gz.size() - 9), 1 << 20));
    }

    void batchCarriesFieldsByteExact()
    {
        JournalEntry e;
        e.seq = 1;
        e.time = QStringLiteral("2026-11-28T09:00:00.000Z");
        e.actor = QStringLiteral("王\"老师\\");
        e.module = QStringLiteral("people");
        e.recordId = QStringLiteral("r1");
        e.op = QStringLiteral("insert");
        e.fields = QByteArray("{\"name\":\"张\\\"三\\n\",\"note\":\"\t\x01\"}");
        e.prevHash = QString::fromLatin1(Journal::genesisHash);
        e.hash = e.computeHash();
        const sync::Batch b = sync::makeBatch(kSchoolCode, {e});
        const QJsonObject root = QJsonDocument::fromJson(*sync::gunzip(b.body, 1 << 20)).object();
        QCOMPARE(root.value(QStringLiteral("idempotencyKey")).toString(), b.key);
        auto back = sync::entryFromJson(root.value(QStringLiteral("entries")).toArray().first().toObject());
        QVERIFY(back);
        QCOMPARE(back->fields, e.fields);
        QCOMPARE(back->actor, e.actor);
        QCOMPARE(back->computeHash(), e.hash);
        QCOMPARE(b.key, sync::idempotencyKey(kSchoolCode, 1, 1, e.hash)); // deterministic
    }

    void fullPush()
    {
        const qint64 head = m_t->store().journal().headSeq();
        QVERIFY(head > 100);
        const SyncOutcome o = runSync(m_t->store(), settings());
        QVERIFY2(o.ok, qPrintable(o.message));
        QCOMPARE(o.sent, head);
        QVERIFY(o.bytes > 0);
        expectEqual();
    }

    void incrementalPush()
    {
        grow(25);
        const SyncOutcome o = runSync(m_t->store(), settings());
        QVERIFY2(o.ok, qPrintable(o.message));
        QCOMPARE(o.sent, 25);
        expectEqual();
        const SyncOutcome again = runSync(m_t->store(), settings());
        QVERIFY(again.ok);
        QCOMPARE(again.sent, 0);
        const QList<SyncRun> runs = SyncRepository(m_t->store()).runs();
        QVERIFY(runs.size() >= 3);
        QCOMPARE(runs.first().outcome, QStringLiteral("ok"));
    }

    void transientFaults_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("extra");
        QTest::newRow("500") << QStringLiteral("500") << 3 << 0;
        QTest::newRow("503 with Retry-After") << QStringLiteral("503") << 2 << 1;
        QTest::newRow("hang") << QStringLiteral("hang") << 1 << 0;
        QTest::newRow("cut mid-response") << QStringLiteral("cut") << 3 << 0;
        QTest::newRow("413") << QStringLiteral("413") << 3 << 0;
        QTest::newRow("refuse connections") << QStringLiteral("refuse") << 1 << 2;
    }
    void transientFaults()
    {
        QFETCH(QString, mode);
        QFETCH(int, count);
        QFETCH(int, extra);
        grow(130);
        m_rx->fault(mode, count, extra);
        QElapsedTimer t;
        t.start();
        const SyncOutcome o = runSync(m_t->store(), settings());
        QVERIFY2(o.ok, qPrintable(o.message));
        if (mode == u"503")
            QVERIFY2(t.elapsed() >= 1900, "Retry-After: 1 twice was not honoured"); // the run's own wait
        expectEqual();
    }

    void busyBeyondTheLimitSaysWhenItRetries()
    {
        grow(5);
        m_rx->fault(QStringLiteral("503"), 1, 3600);
        const SyncOutcome o = runSync(m_t->store(), settings());
        QVERIFY(!o.ok);
        QCOMPARE(o.kind, SyncOutcome::Kind::Busy);
        QVERIFY(o.retryAt.isValid());
        QVERIFY2(o.message.contains(o.retryAt.toLocalTime().toString(QStringLiteral("HH:mm"))), qPrintable(o.message));
        QVERIFY(runSync(m_t->store(), settings()).ok);
        expectEqual();
    }

    void tokenRejectedStopsAndSaysSo()
    {
        grow(10);
        m_rx->fault(QStringLiteral("401"), 1);
        SyncOutcome o = runSync(m_t->store(), settings());
        QVERIFY(!o.ok);
        QCOMPARE(o.kind, SyncOutcome::Kind::TokenRejected);
        QVERIFY(o.message.contains(QStringLiteral("token")));
        o = runSync(m_t->store(), settings(), "wrong-token");
        QCOMPARE(o.kind, SyncOutcome::Kind::TokenRejected);
        QCOMPARE(SyncRepository(m_t->store()).runs().first().errorKind, QStringLiteral("token-rejected"));
        QVERIFY(runSync(m_t->store(), settings()).ok);
        expectEqual();
    }

    void unreachableGivesUpWithARetryTime()
    {
        SyncSettings s = settings();
        s.endpoint = QStringLiteral("https://127.0.0.1:1"); // nothing listens there
        s.maxAttempts = 3;
        const SyncOutcome o = runSync(m_t->store(), s);
        QCOMPARE(o.kind, SyncOutcome::Kind::Unreachable);
        QVERIFY(o.retryAt.isValid());
        QVERIFY2(o.message.contains(QStringLiteral("will retry at")), qPrintable(o.message));
    }

    void receiverRefusesBrokenAndGappedChains()
    {
        auto entries = m_t->store().journal().entriesAfter(0, 3);
        QVERIFY(entries && entries->size() == 3);
        QList<JournalEntry> list = *entries;
        list[1].fields = QByteArray(R"({"name":"篡改"})");
        const sync::Batch broken = sync::makeBatch(kSchoolCode, list);
        int status = 0;
        const QList<std::pair<QByteArray, QByteArray>> h{{"Content-Encoding", "gzip"},
                                                         {"Idempotency-Key", broken.key.toLatin1()}};
        QJsonObject a =
            m_rx->call("POST", QStringLiteral("/api/v1/schools/%1/journal").arg(kSchoolCode), broken.body, &status, h);
        QCOMPARE(status, 422);
        QCOMPARE(a.value(QStringLiteral("error")).toString(), QStringLiteral("chain_broken"));
        QVERIFY(a.value(QStringLiteral("message")).toString().contains(QStringLiteral("entry 2")));

        const qint64 head = m_t->store().journal().headSeq();
        QVERIFY(addPeople(m_t->store(), 3, m_added));
        m_added += 3;
        auto tail = m_t->store().journal().entriesAfter(head + 1, 2);
        const sync::Batch gapped = sync::makeBatch(kSchoolCode, *tail);
        a = m_rx->call("POST", QStringLiteral("/api/v1/schools/%1/journal").arg(kSchoolCode), gapped.body, &status,
                       {{"Content-Encoding", "gzip"}, {"Idempotency-Key", gapped.key.toLatin1()}});
        QCOMPARE(status, 409);
        QCOMPARE(a.value(QStringLiteral("error")).toString(), QStringLiteral("chain_gap"));
        QCOMPARE(a.value(QStringLiteral("head")).toObject().value(QStringLiteral("seq")).toInteger(), head);
        QVERIFY(runSync(m_t->store(), settings()).ok);
        expectEqual();
    }

    void replayedBatchIsNotStoredTwice()
    {
        auto entries = m_t->store().journal().entriesAfter(0, 40);
        const sync::Batch b = sync::makeBatch(kSchoolCode, *entries);
        int status = 0;
        const QJsonObject a =
            m_rx->call("POST", QStringLiteral("/api/v1/schools/%1/journal").arg(kSchoolCode), b.body, &status,
                       {{"Content-Encoding", "gzip"}, {"Idempotency-Key", b.key.toLatin1()}});
        QCOMPARE(status, 200);
        QVERIFY(a.value(QStringLiteral("replayed")).toBool());
        QCOMPARE(a.value(QStringLiteral("ackSeq")).toInteger(), b.last);
        expectEqual();
    }

    void ackBehindTheReceiverIsAdoptedNotResent()
    {
        // As after a crash between the receiver's commit and ours: our ack is behind.
        SyncRepository repo(m_t->store());
        const SyncAck before = repo.ack();
        auto e = m_t->store().journal().entry(before.seq - 30);
        QVERIFY(repo.recordAck(0, e->seq, e->hash, 0, 0, true));
        const SyncOutcome o = runSync(m_t->store(), settings());
        QVERIFY(o.ok);
        QCOMPARE(o.sent, 0);
        QCOMPARE(repo.ack().seq, before.seq);
        expectEqual();
    }

    void noticesBecomeFindings()
    {
        const QJsonObject notice{{QStringLiteral("id"), QStringLiteral("N-2026-0042")},
                                 {QStringLiteral("kind"), QStringLiteral("threat")},
                                 {QStringLiteral("title"), QStringLiteral("Web 服务器存在弱口令")},
                                 {QStringLiteral("issued"), QStringLiteral("2026-11-28T08:00:00Z")}};
        m_rx->call("POST", QStringLiteral("/admin/v1/schools/%1/notices").arg(kSchoolCode),
                   QJsonDocument(notice).toJson());
        const SyncOutcome o = runSync(m_t->store(), settings());
        QVERIFY(o.ok);
        QCOMPARE(o.notices, 1);
        const QList<Finding> f = m_t->ws().findings(QStringLiteral("sync"));
        QCOMPARE(f.size(), 1);
        QCOMPARE(f.first().ruleId, QStringLiteral("R-EMG-5"));
        QCOMPARE(f.first().recordId, QStringLiteral("N-2026-0042"));
        QCOMPARE(f.first().severity, Finding::Severity::Critical);
        QCOMPARE(
            f.first().deadline,
            Finding::endOfDay(
                QDateTime::fromString(QStringLiteral("2026-11-28T08:00:00Z"), Qt::ISODate).toLocalTime().date().addDays(3)));
        QVERIFY(f.first().title.contains(QStringLiteral("弱口令")));

        QJsonObject closed = notice;
        closed.insert(QStringLiteral("closed"), true);
        m_rx->call("POST", QStringLiteral("/admin/v1/schools/%1/notices").arg(kSchoolCode),
                   QJsonDocument(closed).toJson());
        QVERIFY(runSync(m_t->store(), settings()).ok);
        QVERIFY(m_t->ws().findings(QStringLiteral("sync")).isEmpty());
    }

    void cancelStopsTheRun()
    {
        grow(20);
        m_rx->fault(QStringLiteral("hang"), 1);
        SyncSettings s = settings();
        s.timeoutMs = 20000;
        SyncClient client(m_t->store(), s, kSchoolCode, kSyncToken);
        QSignalSpy done(&client, &SyncClient::finished);
        client.start(QStringLiteral("test"));
        QTimer::singleShot(300, &client, &SyncClient::cancel);
        QVERIFY(done.wait(10000));
        QCOMPARE(done.first().first().value<SyncOutcome>().kind, SyncOutcome::Kind::Cancelled);
        QCOMPARE(SyncRepository(m_t->store()).runs().first().outcome, QStringLiteral("cancelled"));
        m_rx->fault(QString(), 0);
        QVERIFY(runSync(m_t->store(), settings()).ok);
        expectEqual();
    }

    void cliExitsZeroOnlyWhenEverythingIsAcknowledged()
    {
        // The CLI opens the database itself: close ours first.
        grow(7);
        const QString db = m_t->path();
        const qint64 head = m_t->store().journal().headSeq();
        m_t->close();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CAMPUSLEDGER_PASSPHRASE"), kPassphrase);
        env.insert(QStringLiteral("CAMPUSLEDGER_SYNC_TOKEN"), QString::fromLatin1(kSyncToken));
        env.insert(QStringLiteral("CAMPUSLEDGER_SYNC_BASE_DELAY_MS"), QStringLiteral("50"));
        auto cli = [&](const QStringList& extra, QByteArray* err) {
            QProcess p;
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(CSL_CLI), QStringList{QStringLiteral("sync"), QStringLiteral("--db"), db} + extra);
            p.waitForFinished(60000);
            *err = p.readAllStandardError();
            return p.exitCode();
        };
        QByteArray err;
        m_rx->fault(QStringLiteral("401"), 1);
        QCOMPARE(cli({QStringLiteral("--endpoint"), m_rx->endpoint(), QStringLiteral("--ca"), m_pki->caFile()}, &err),
                 1);
        QVERIFY2(err.contains("token-rejected"), err.constData());
        QCOMPARE(cli({QStringLiteral("--endpoint"), m_rx->endpoint()}, &err), 1); // no CA: not trusted
        QVERIFY2(err.contains("untrusted"), err.constData());
        QCOMPARE(cli({QStringLiteral("--endpoint"), m_rx->endpoint(), QStringLiteral("--ca"), m_pki->caFile()}, &err),
                 0);
        QCOMPARE(m_rx->dump().value(QStringLiteral("headSeq")).toInteger(), head);
        QVERIFY(!err.contains(kSyncToken)); // the token never shows in output
    }
};

QTEST_GUILESS_MAIN(TestSyncEndToEnd)
#include "TestSyncEndToEnd.moc"
