#include "ReceiverServer.h"

#include "SyncWire.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

namespace csl::receiver {

namespace {

constexpr qint64 kMaxInflated = 256LL * 1024 * 1024;

Answer err(int status, const char* code, const QString& message)
{
    return {status, QJsonObject{{QStringLiteral("error"), QLatin1String(code)}, {QStringLiteral("message"), message}}};
}

bool constantTimeEqual(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

} // namespace

ReceiverServer::ReceiverServer(ReceiverStore& store, QByteArray token, bool admin, qint64 maxBody, QObject* parent)
    : QAbstractHttpServer(parent), m_store(store), m_token(std::move(token)), m_admin(admin), m_maxBody(maxBody)
{
}

quint16 ReceiverServer::start(const QHostAddress& address, quint16 port)
{
    m_address = address;
    m_port = listen(address, port);
    return m_port;
}

void ReceiverServer::refuseFor(int seconds)
{
    const auto listening = servers();
    for (QTcpServer* s : listening)
        s->close();
    QTimer::singleShot(seconds * 1000, this, [this] {
        for (QTcpServer* s : servers()) {
            if (!s->isListening() && !s->listen(m_address, m_port))
                qWarning("campusledger-receiver: cannot listen again on port %u", unsigned(m_port));
        }
    });
}

bool ReceiverServer::authorised(const QHttpServerRequest& request) const
{
    return constantTimeEqual(request.value("Authorization"), "Bearer " + m_token);
}

void ReceiverServer::send(const QHttpServerRequest& request, QTcpSocket* socket, const Answer& answer, int retryAfter)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    const auto status = static_cast<QHttpServerResponder::StatusCode>(answer.status);
    const QByteArray body = QJsonDocument(answer.body).toJson(QJsonDocument::Compact);
    if (retryAfter > 0)
        responder.write(body, {{"Content-Type", "application/json"}, {"Retry-After", QByteArray::number(retryAfter)}},
                        status);
    else
        responder.write(body, {{"Content-Type", "application/json"}}, status);
}

bool ReceiverServer::injectFault(const QHttpServerRequest& request, QTcpSocket* socket, const QString& code,
                                 bool isPush)
{
    if (m_fault.count <= 0 || m_fault.mode.isEmpty())
        return false;
    const QString mode = m_fault.mode;
    if (mode == u"413" && !isPush)
        return false;
    --m_fault.count;
    if (mode == u"500") {
        send(request, socket, err(500, "internal", QStringLiteral("injected fault")));
    } else if (mode == u"503") {
        send(request, socket, err(503, "busy", QStringLiteral("injected fault")), m_fault.retryAfter);
    } else if (mode == u"401") {
        send(request, socket, err(401, "unauthorized", QStringLiteral("injected fault")));
    } else if (mode == u"413") {
        send(request, socket, err(413, "too_large", QStringLiteral("injected fault")));
    } else if (mode == u"hang") {
        // Never answer: the client must give up on its own timeout.
    } else if (mode == u"cut") {
        // Do the work, then break the answer off in the middle: the client
        // cannot know the batch was stored, and must resend it safely.
        const Answer a = isPush ? handlePush(request, code) : m_store.head(code);
        const QByteArray body = QJsonDocument(a.body).toJson(QJsonDocument::Compact);
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                      QByteArray::number(body.size() + 100) + "\r\n\r\n" + body.left(body.size() / 2));
        socket->flush();
        socket->disconnectFromHost();
    } else if (mode == u"refuse") {
        socket->abort();
        refuseFor(m_fault.seconds);
    } else {
        ++m_fault.count;
        return false;
    }
    return true;
}

Answer ReceiverServer::handlePush(const QHttpServerRequest& request, const QString& code)
{
    const QByteArray raw = request.body();
    if (raw.size() > m_maxBody)
        return err(413, "too_large",
                   QStringLiteral("the batch is %1 bytes; the limit is %2").arg(raw.size()).arg(m_maxBody));
    QByteArray json = raw;
    if (request.value("Content-Encoding").trimmed().toLower() == "gzip") {
        auto inflated = sync::gunzip(raw, kMaxInflated);
        if (!inflated)
            return err(400, "bad_request", inflated.error().message);
        json = *inflated;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (!doc.isObject())
        return err(400, "bad_request", QStringLiteral("the body is not a JSON object: %1").arg(pe.errorString()));
    const QString key = QString::fromLatin1(request.value("Idempotency-Key"));
    if (key.isEmpty() || key != doc.object().value(QStringLiteral("idempotencyKey")).toString())
        return err(400, "bad_request",
                   QStringLiteral("the Idempotency-Key header is missing or differs from the body"));
    return m_store.push(code, key, doc.object());
}

Answer ReceiverServer::handleAdmin(const QHttpServerRequest& request, const QStringList& parts)
{
    using M = QHttpServerRequest::Method;
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    if (parts.size() == 3 && parts[2] == u"faults" && request.method() == M::Post) {
        Fault f;
        f.mode = body.value(QStringLiteral("mode")).toString();
        f.count = body.value(QStringLiteral("count")).toInt(1);
        f.retryAfter = body.value(QStringLiteral("retryAfter")).toInt(1);
        f.seconds = body.value(QStringLiteral("seconds")).toInt(2);
        if (f.mode == u"refuse") {
            refuseFor(f.seconds);
            f = {};
        }
        m_fault = f;
        return {200, QJsonObject{{QStringLiteral("mode"), f.mode}, {QStringLiteral("count"), f.count}}};
    }
    if (parts.size() == 5 && parts[2] == u"schools" && ReceiverStore::validCode(parts[3])) {
        if (parts[4] == u"notices" && request.method() == M::Post)
            return m_store.postNotice(parts[3], body);
        if (parts[4] == u"dump" && request.method() == M::Get)
            return m_store.dump(parts[3]);
    }
    return err(404, "not_found", QStringLiteral("no such path"));
}

bool ReceiverServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    using M = QHttpServerRequest::Method;
    const QStringList parts = request.url().path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() < 2 || parts[1] != u"v1" || (parts[0] != u"api" && parts[0] != u"admin")) {
        send(request, socket, err(404, "not_found", QStringLiteral("no such path")));
        return true;
    }
    if (parts[0] == u"admin") {
        if (!m_admin || !authorised(request))
            send(request, socket, err(404, "not_found", QStringLiteral("no such path")));
        else
            send(request, socket, handleAdmin(request, parts));
        return true;
    }
    if (parts.size() != 5 || parts[2] != u"schools" || !ReceiverStore::validCode(parts[3])) {
        send(request, socket, err(404, "not_found", QStringLiteral("no such path")));
        return true;
    }
    const QString code = parts[3];
    const QString what = parts[4];
    const bool isPush = what == u"journal" && request.method() == M::Post;
    if (injectFault(request, socket, code, isPush))
        return true;
    if (!authorised(request)) {
        send(request, socket, err(401, "unauthorized", QStringLiteral("the bearer token is missing or wrong")));
        return true;
    }
    if (isPush)
        send(request, socket, handlePush(request, code));
    else if (what == u"head" && request.method() == M::Get)
        send(request, socket, m_store.head(code));
    else if (what == u"notices" && request.method() == M::Get)
        send(request, socket,
             m_store.notices(code, request.query().queryItemValue(QStringLiteral("after")).toLongLong()));
    else
        send(request, socket, err(404, "not_found", QStringLiteral("no such path")));
    return true;
}

void ReceiverServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    send(request, socket, err(404, "not_found", QStringLiteral("no such path")));
}

} // namespace csl::receiver
