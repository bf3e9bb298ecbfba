// The sync client keeps its token at home: no redirect to another origin, answers of bounded size, and a
// long Retry-After never pushes a run past the school's next daily run.
#include "SyncTestEnv.h"
#include "TempStore.h"

#include "DemoSchool.h"

#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QtTest>

using namespace csl;
using namespace csl::test;

namespace {

/// Another origin on 127.0.0.1 (same certificate, another port) that records every request head it gets.
class Elsewhere
{
public:
    explicit Elsewhere(const TestPki& pki)
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificateChain(QSslCertificate::fromPath(pki.cert(QStringLiteral("server"))));
        QFile key(pki.key(QStringLiteral("server")));
        if (key.open(QIODevice::ReadOnly)) {
            const QByteArray pem = key.readAll();
            QSslKey k(pem, QSsl::Rsa);
            tls.setPrivateKey(k.isNull() ? QSslKey(pem, QSsl::Ec) : k);
        }
        m_server.setSslConfiguration(tls);
        QObject::connect(&m_server, &QSslServer::pendingConnectionAvailable, &m_server, [this] {
            while (QTcpSocket* s = m_server.nextPendingConnection()) {
                ++m_connections;
                QObject::connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    m_heads += s->readAll();
                    s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}");
                });
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return m_server.serverPort(); }
    int connections() const { return m_connections; }
    QByteArray heads() const { return m_heads; }

private:
    QSslServer m_server;
    int m_connections = 0;
    QByteArray m_heads;
};

} // namespace

class TestSyncSafety : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestPki> m_pki;
    std::unique_ptr<TempWorkspace> m_t;

    QJsonObject redirectTo(Receiver& rx, const QString& location)
    {
        const QJsonObject f{{QStringLiteral("mode"), QStringLiteral("redirect")},
                            {QStringLiteral("count"), 1},
                            {QStringLiteral("location"), location}};
        return rx.call("POST", QStringLiteral("/admin/v1/faults"), QJsonDocument(f).toJson());
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<SyncOutcome>();
        m_pki = std::make_unique<TestPki>();
        QVERIFY(m_pki->isValid());
        m_t = std::make_unique<TempWorkspace>();
        DemoSchool::Options o;
        o.schoolCode = kSchoolCode;
        o.devices = 40;
        QVERIFY(DemoSchool::build(m_t->ws(), o));
    }

    void noRedirectToAnotherOrigin()
    {
        Receiver rx(*m_pki);
        QVERIFY(rx.isValid());
        Elsewhere other(*m_pki);
        QVERIFY(other.port() != 0);
        const QString away =
            QStringLiteral("https://127.0.0.1:%1/api/v1/schools/%2/head").arg(other.port()).arg(kSchoolCode);
        QCOMPARE(redirectTo(rx, away).value(QStringLiteral("mode")).toString(), QStringLiteral("redirect"));
        const SyncOutcome o = runSync(m_t->store(), testSettings(rx.endpoint(), m_pki->caFile()));
        QCOMPARE(o.kind, SyncOutcome::Kind::Redirected);
        QVERIFY2(o.message.contains(QString::number(other.port())), qPrintable(o.message));
        QCOMPARE(other.connections(), 0);
        QVERIFY(!other.heads().contains(kSyncToken));
        QVERIFY(!o.retryAt.isValid()); // the user must look at the address; no retry
    }

    void redirectWithinTheOriginIsFollowed()
    {
        Receiver rx(*m_pki);
        QVERIFY(rx.isValid());
        redirectTo(rx, rx.endpoint() + QStringLiteral("/api/v1/schools/%1/head").arg(kSchoolCode));
        const SyncOutcome o = runSync(m_t->store(), testSettings(rx.endpoint(), m_pki->caFile()));
        QVERIFY2(o.ok, qPrintable(o.message));
    }

    void oversizedAnswerIsCutOff()
    {
        Receiver rx(*m_pki);
        QVERIFY(rx.isValid());
        // Two notices of 5 MB each: the notices answer is over the 8 MB the client reads.
        for (int i = 0; i < 2; ++i) {
            const QJsonObject n{{QStringLiteral("id"), QStringLiteral("N-BIG-%1").arg(i)},
                                {QStringLiteral("kind"), QStringLiteral("notice")},
                                {QStringLiteral("title"), QStringLiteral("big")},
                                {QStringLiteral("body"), QString(5 * 1024 * 1024, u'x')}};
            int code = 0;
            rx.call("POST", QStringLiteral("/admin/v1/schools/%1/notices").arg(kSchoolCode), QJsonDocument(n).toJson(),
                    &code);
            QCOMPARE(code, 200);
        }
        const SyncOutcome o = runSync(m_t->store(), testSettings(rx.endpoint(), m_pki->caFile()));
        QVERIFY(!o.ok);
        QCOMPARE(o.kind, SyncOutcome::Kind::BadAnswer);
        QVERIFY2(o.message.contains(QStringLiteral("8 MB")), qPrintable(o.message));
    }

    void longRetryAfterStopsAtTheNextDailyRun()
    {
        Receiver rx(*m_pki);
        QVERIFY(rx.isValid());
        rx.fault(QStringLiteral("503"), 1, 3 * 24 * 3600); // "come back in three days"
        SyncSettings s = testSettings(rx.endpoint(), m_pki->caFile());
        const QDateTime before = QDateTime::currentDateTime();
        s.dailyAt = before.addSecs(2 * 3600).time();
        const QDateTime daily = s.nextDailyRun(before);
        const SyncOutcome o = runSync(m_t->store(), s);
        QCOMPARE(o.kind, SyncOutcome::Kind::Busy);
        QVERIFY(o.retryAt.isValid());
        QVERIFY2(o.retryAt <= daily,
                 qPrintable(o.retryAt.toString(Qt::ISODate) + QStringLiteral(" > ") + daily.toString(Qt::ISODate)));
        QVERIFY(o.retryAt > before);
        QVERIFY2(o.message.contains(daily.toString(QStringLiteral("HH:mm"))), qPrintable(o.message));
    }
};

QTEST_GUILESS_MAIN(TestSyncSafety)
#include "TestSyncSafety.moc"
