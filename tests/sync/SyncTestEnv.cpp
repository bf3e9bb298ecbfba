#include "SyncTestEnv.h"

#include "Store.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcessEnvironment>
#include <QSslConfiguration>
#include <QTimer>

namespace csl::test {

TestPki::TestPki()
{
    QFile cnf(path(QStringLiteral("ca.cnf")));
    if (!cnf.open(QIODevice::WriteOnly))
        return;
    cnf.write("[ca]\ndefault_ca = testca\n[testca]\ndir = " + m_dir.path().toUtf8() +
              "\ndatabase = $dir/index.txt\nnew_certs_dir = $dir\nserial = $dir/serial\ndefault_md = sha256\n"
              "policy = anything\ncopy_extensions = copy\nunique_subject = no\n[anything]\ncommonName = supplied\n");
    cnf.close();
    QFile(path(QStringLiteral("index.txt"))).open(QIODevice::WriteOnly);
    QFile serial(path(QStringLiteral("serial")));
    if (!serial.open(QIODevice::WriteOnly))
        return;
    serial.write("1000\n");
    serial.close();
    m_ok = run({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                QStringLiteral("-nodes"), QStringLiteral("-keyout"), path(QStringLiteral("ca.key")),
                QStringLiteral("-out"), caFile(), QStringLiteral("-days"), QStringLiteral("30"),
                QStringLiteral("-subj"), QStringLiteral("/CN=CampusSec Ledger Test CA")}) &&
           issue(QStringLiteral("server"), QStringLiteral("IP:127.0.0.1,DNS:localhost"),
                 {QStringLiteral("-days"), QStringLiteral("30")}) &&
           issue(QStringLiteral("wronghost"), QStringLiteral("DNS:bureau.example.org"),
                 {QStringLiteral("-days"), QStringLiteral("30")})
           // OpenSSL 3.0's x509 cannot back-date; `openssl ca` takes explicit start and end dates.
           && issue(QStringLiteral("expired"), QStringLiteral("IP:127.0.0.1,DNS:localhost"),
                    {QStringLiteral("-startdate"), QStringLiteral("20200101000000Z"), QStringLiteral("-enddate"),
                     QStringLiteral("20210101000000Z")});
}

bool TestPki::run(const QStringList& args)
{
    QProcess p;
    p.setWorkingDirectory(m_dir.path());
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        qWarning("openssl %s failed: %s", qPrintable(args.join(u' ')), p.readAllStandardError().constData());
        return false;
    }
    return true;
}

bool TestPki::issue(const QString& name, const QString& san, const QStringList& validity)
{
    return run({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                QStringLiteral("-keyout"), key(name), QStringLiteral("-out"), path(name + QStringLiteral(".csr")),
                QStringLiteral("-subj"), QStringLiteral("/CN=%1").arg(name), QStringLiteral("-addext"),
                QStringLiteral("subjectAltName=%1").arg(san)}) &&
           run(QStringList{QStringLiteral("ca"), QStringLiteral("-config"), path(QStringLiteral("ca.cnf")),
                           QStringLiteral("-batch"), QStringLiteral("-notext"), QStringLiteral("-cert"), caFile(),
                           QStringLiteral("-keyfile"), path(QStringLiteral("ca.key")), QStringLiteral("-in"),
                           path(name + QStringLiteral(".csr")), QStringLiteral("-out"), cert(name)} +
               validity);
}

Receiver::Receiver(const TestPki& pki, const QString& certName, const QStringList& extra) : m_pki(pki)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CAMPUSLEDGER_RECEIVER_PASSPHRASE"), QStringLiteral("receiver test passphrase"));
    env.insert(QStringLiteral("CAMPUSLEDGER_KDF_PROFILE"), QStringLiteral("test"));
    m_proc.setProcessEnvironment(env);
    m_proc.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_proc.start(QStringLiteral(CSL_RECEIVER),
                 QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--cert"),
                             pki.cert(certName), QStringLiteral("--key"), pki.key(certName), QStringLiteral("--data"),
                             m_data.path(), QStringLiteral("--token"), QString::fromLatin1(kSyncToken),
                             QStringLiteral("--admin")} +
                     extra);
    if (!m_proc.waitForStarted(10000))
        return;
    while (m_proc.state() == QProcess::Running && !m_proc.canReadLine())
        m_proc.waitForReadyRead(200);
    const QByteArray line = m_proc.readLine().trimmed(); // "listening on 127.0.0.1:PORT"
    m_port = line.mid(line.lastIndexOf(':') + 1).toUShort();
}

Receiver::~Receiver()
{
    m_proc.kill();
    m_proc.waitForFinished(5000);
}

QString Receiver::endpoint(const QString& host) const
{
    return QStringLiteral("https://%1:%2").arg(host).arg(m_port);
}

QJsonObject Receiver::call(const QByteArray& method, const QString& path, const QByteArray& body, int* status,
                           const QList<std::pair<QByteArray, QByteArray>>& headers) const
{
    QNetworkAccessManager nam;
    QNetworkRequest req(QUrl(endpoint() + path));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.addCaCertificates(m_pki.caFile(), QSsl::Pem);
    req.setSslConfiguration(tls);
    req.setRawHeader("Authorization", "Bearer " + kSyncToken);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    for (const auto& [k, v] : headers)
        req.setRawHeader(k, v);
    req.setTransferTimeout(20000);
    QNetworkReply* reply = nam.sendCustomRequest(req, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject out = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return out;
}

QJsonObject Receiver::fault(const QString& mode, int count, int extra)
{
    QJsonObject f{{QStringLiteral("mode"), mode},
                  {QStringLiteral("count"), count},
                  {QStringLiteral("retryAfter"), extra},
                  {QStringLiteral("seconds"), extra}};
    return call("POST", QStringLiteral("/admin/v1/faults"), QJsonDocument(f).toJson());
}

QJsonObject Receiver::dump() const
{
    return call("GET", QStringLiteral("/admin/v1/schools/%1/dump").arg(kSchoolCode));
}

SyncSettings testSettings(const QString& endpoint, const QString& caFile, int batchEntries)
{
    SyncSettings s;
    s.endpoint = endpoint;
    s.caFile = caFile;
    s.batchEntries = batchEntries;
    s.baseDelayMs = 50;
    s.maxDelayMs = 3000;
    s.maxAttempts = 12;
    s.timeoutMs = 1500;
    return s;
}

SyncOutcome runSync(Store& store, const SyncSettings& settings, const QByteArray& token)
{
    SyncClient client(store, settings, kSchoolCode, token);
    SyncOutcome out;
    QEventLoop loop;
    QObject::connect(&client, &SyncClient::finished, &loop, [&](const SyncOutcome& o) {
        out = o;
        loop.quit();
    });
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    client.start(QStringLiteral("test"));
    if (client.isRunning())
        loop.exec();
    return out;
}

bool receiverEqualsJournal(const Receiver& receiver, Store& store, QString* why)
{
    const QJsonObject d = receiver.dump();
    auto local = store.journal().entriesAfter(0, 10000000);
    if (!local) {
        *why = local.error().message;
        return false;
    }
    const QJsonArray hashes = d.value(QStringLiteral("hashes")).toArray();
    if (hashes.size() != local->size()) {
        *why = QStringLiteral("receiver holds %1 entries, journal has %2").arg(hashes.size()).arg(local->size());
        return false;
    }
    for (qsizetype i = 0; i < hashes.size(); ++i) {
        if (hashes.at(i).toString() != local->at(i).hash) {
            *why = QStringLiteral("entry %1 differs").arg(i + 1);
            return false;
        }
    }
    if (!d.value(QStringLiteral("verified")).toBool()) {
        *why = QStringLiteral("the receiver's chain does not verify");
        return false;
    }
    // Nothing twice: every stored entry was accepted exactly once.
    if (d.value(QStringLiteral("accepted")).toInteger() != local->size()) {
        *why = QStringLiteral("receiver accepted %1 entries for a journal of %2")
                   .arg(d.value(QStringLiteral("accepted")).toInteger())
                   .arg(local->size());
        return false;
    }
    const qint64 head = local->isEmpty() ? 0 : local->last().seq;
    if (d.value(QStringLiteral("headSeq")).toInteger() != head ||
        (head > 0 && d.value(QStringLiteral("headHash")).toString() != local->last().hash)) {
        *why = QStringLiteral("receiver head differs from the journal head");
        return false;
    }
    return true;
}

} // namespace csl::test
