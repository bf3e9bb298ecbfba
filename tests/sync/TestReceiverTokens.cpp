// The reference receiver: per-school tokens (403 for another school's), authentication before faults,
// no database made by a GET, and the body limit enforced while the request is read.
#include "ReceiverTokens.h"
#include "SyncTestEnv.h"

#include <QDir>
#include <QSslSocket>
#include <QtTest>

using namespace csl;
using namespace csl::test;

namespace {

const QByteArray kTokenA = "token-of-school-a-71c2";
const QByteArray kTokenB = "token-of-school-b-0d9e";
const QString kCodeA = QStringLiteral("3210000001");
const QString kCodeB = QStringLiteral("3210000002");

QList<std::pair<QByteArray, QByteArray>> bearer(const QByteArray& token)
{
    return {{"Authorization", "Bearer " + token}};
}

} // namespace

class TestReceiverTokens : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestPki> m_pki;
    QTemporaryDir m_dir;
    QString m_tokens;

    std::unique_ptr<Receiver> start(const QStringList& extra = {})
    {
        auto rx = std::make_unique<Receiver>(*m_pki, QStringLiteral("server"),
                                             QStringList{QStringLiteral("--tokens"), m_tokens} + extra);
        return rx->isValid() ? std::move(rx) : nullptr;
    }

    int status(const Receiver& rx, const QByteArray& method, const QString& path, const QByteArray& token,
               const QByteArray& body = {})
    {
        int code = 0;
        rx.call(method, path, body, &code, bearer(token));
        return code;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_pki = std::make_unique<TestPki>();
        QVERIFY(m_pki->isValid());
        m_tokens = m_dir.filePath(QStringLiteral("tokens.txt"));
        QFile f(m_tokens);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("# school code, SHA-256 of its token\n" + kCodeA.toLatin1() + ' ' +
                receiver::ReceiverTokens::digest(kTokenA) + "\n\n" + kCodeB.toLatin1() + "  " +
                receiver::ReceiverTokens::digest(kTokenB) + '\n');
    }

    void tokenServesItsOwnSchoolOnly()
    {
        auto rx = start();
        QVERIFY(rx);
        const QString headA = QStringLiteral("/api/v1/schools/%1/head").arg(kCodeA);
        const QString pushB = QStringLiteral("/api/v1/schools/%1/journal").arg(kCodeB);
        QCOMPARE(status(*rx, "GET", headA, kTokenA), 200);
        QCOMPARE(status(*rx, "GET", headA, kTokenB), 403);
        QCOMPARE(status(*rx, "POST", pushB, kTokenA, "{}"), 403);
        QCOMPARE(status(*rx, "GET", headA, "not-a-token"), 401);
        QCOMPARE(status(*rx, "GET", headA, QByteArray()), 401);
        // With a token file, the admin token opens /admin only.
        QCOMPARE(status(*rx, "GET", headA, kSyncToken), 401);
        QCOMPARE(status(*rx, "GET", QStringLiteral("/admin/v1/schools/%1/dump").arg(kCodeA), kSyncToken), 200);
        QVERIFY(!QFileInfo::exists(QDir(rx->dataDir()).filePath(kCodeB + QStringLiteral(".cldb"))));
    }

    void authenticationComesBeforeFaults()
    {
        auto rx = start();
        QVERIFY(rx);
        rx->fault(QStringLiteral("500"), 1);
        const QString headA = QStringLiteral("/api/v1/schools/%1/head").arg(kCodeA);
        QCOMPARE(status(*rx, "GET", headA, "wrong"), 401); // not the injected 500
        QCOMPARE(status(*rx, "GET", headA, kTokenB), 403);
        QCOMPARE(status(*rx, "GET", QStringLiteral("/api/v1/nowhere"), "wrong"), 401);
        QCOMPARE(status(*rx, "GET", headA, kTokenA), 500); // the fault is still there for a real client
        QCOMPARE(status(*rx, "GET", headA, kTokenA), 200);
    }

    void getNeverCreatesADatabase()
    {
        auto rx = start();
        QVERIFY(rx);
        const QJsonObject head =
            rx->call("GET", QStringLiteral("/api/v1/schools/%1/head").arg(kCodeA), {}, nullptr, bearer(kTokenA));
        QCOMPARE(head.value(QStringLiteral("seq")).toInteger(-1), 0);
        QCOMPARE(head.value(QStringLiteral("hash")).toString(), QString(64, u'0'));
        int code = 0;
        rx->call("GET", QStringLiteral("/api/v1/schools/%1/notices?after=0").arg(kCodeA), {}, &code, bearer(kTokenA));
        QCOMPARE(code, 200);
        QCOMPARE(rx->dump().value(QStringLiteral("count")).toInteger(-1), 0);
        QCOMPARE(QDir(rx->dataDir()).entryList(QDir::Files), QStringList());
    }

    void bodyLimitHoldsWhileReading()
    {
        // The head announces 100 MB; the receiver must answer 413 before a byte of that body is sent.
        auto rx = start({QStringLiteral("--max-body"), QStringLiteral("100000")});
        QVERIFY(rx);
        QSslSocket socket;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_pki->caFile(), QSsl::Pem);
        socket.setSslConfiguration(tls);
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), rx->port());
        QVERIFY(socket.waitForEncrypted(10000));
        socket.write("POST /api/v1/schools/" + kCodeA.toLatin1() +
                     "/journal HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + kTokenA +
                     "\r\nContent-Type: application/json\r\nContent-Length: 100000000\r\n\r\n{\"first\":");
        QByteArray answer;
        while (!answer.contains("\r\n\r\n") && socket.waitForReadyRead(10000))
            answer += socket.readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
        while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(10000))
            answer += socket.readAll();
        QVERIFY2(answer.contains("\"too_large\""), answer.constData());
        QVERIFY(socket.state() != QAbstractSocket::ConnectedState || socket.waitForDisconnected(10000));

        // A chunked body has no length to check in advance: refused the same way.
        QSslSocket chunked;
        chunked.setSslConfiguration(tls);
        chunked.connectToHostEncrypted(QStringLiteral("127.0.0.1"), rx->port());
        QVERIFY(chunked.waitForEncrypted(10000));
        chunked.write("POST /api/v1/schools/" + kCodeA.toLatin1() +
                      "/journal HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                      "Transfer-Encoding: chunked\r\n\r\n10\r\n");
        QByteArray refused;
        while (!refused.contains("\r\n\r\n") && chunked.waitForReadyRead(10000))
            refused += chunked.readAll();
        QVERIFY2(refused.startsWith("HTTP/1.1 411"), refused.constData());

        // A request within the limit still goes through on the same server.
        QCOMPARE(status(*rx, "GET", QStringLiteral("/api/v1/schools/%1/head").arg(kCodeA), kTokenA), 200);
    }

    void badTokenFileIsRefused()
    {
        const QString bad = m_dir.filePath(QStringLiteral("bad.txt"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("3210000001 not-a-hash\n");
        f.close();
        auto loaded = receiver::ReceiverTokens::load(bad);
        QVERIFY(!loaded);
        QVERIFY2(loaded.error().message.contains(QStringLiteral("line 1")), qPrintable(loaded.error().message));
    }
};

QTEST_GUILESS_MAIN(TestReceiverTokens)
#include "TestReceiverTokens.moc"
