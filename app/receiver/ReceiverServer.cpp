#include "ReceiverServer.h"

#include "BodyLimit.h"
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

} // namespace

ReceiverServer::ReceiverServer(ReceiverStore& store, ReceiverTokens tokens, QByteArray adminToken, bool admin,
                               qint64 maxBody, QObject* parent)
    : QAbstractHttpServer(parent), m_store(store), m_tokens(std::move(tokens)), m_adminToken(std::move(adminToken)),
      m_admin(admin && !m_adminToken.isEmpty()), m_maxBody(maxBody)
{
}

quint16 ReceiverServer::start(const QSslConfiguration& tls, const QHostAddress& address, quint16 port)
{
    m_address = address;
    auto* server = new LimitedSslServer(m_maxBody, this);
    server->setSslConfiguration(tls);
    if (!server->listen(address, port)) {
        delete server;
        return 0;
    }
    bind(server);
    m_port = server->serverPort();
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

bool ReceiverServer::adminAuthorised(const QHttpServerRequest& request) const
{
    return m_admin && constantTimeEqual(request.value("Authorization"), "Bearer " + m_adminToken);
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
    } else if (mode == u"redirect") {
        QHttpServerResponder responder = makeResponder(request, socket);
        responder.write(QByteArray(), {{"Location", m_fault.location}},
                        QHttpServerResponder::StatusCode::TemporaryRedirect);
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
    // LimitedSslServer refused a body over m_maxBody before it was read.
    const QByteArray raw = request.body();
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
        f.location = body.value(QStringLiteral("location")).toString().toUtf8();
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
        if (!adminAuthorised(request))
            send(request, socket, err(404, "not_found", QStringLiteral("no such path")));
        else
            send(request, socket, handleAdmin(request, parts));
        return true;
    }
    // Authentication comes first, before the path is looked at and before any injected fault.
    const QByteArray authorization = request.value("Authorization");
    const bool schoolPath = parts.size() == 5 && parts[2] == u"schools" && ReceiverStore::validCode(parts[3]);
    const auto verdict = schoolPath ? m_tokens.check(parts[3], authorization)
                                    : (m_tokens.known(authorization) ? ReceiverTokens::Verdict::Allowed
                                                                     : ReceiverTokens::Verdict::Unauthorized);
    if (verdict == ReceiverTokens::Verdict::Unauthorized) {
        send(request, socket, err(401, "unauthorized", QStringLiteral("the bearer token is missing or wrong")));
        return true;
    }
    if (verdict == ReceiverTokens::Verdict::Forbidden) {
        send(request, socket, err(403, "forbidden", QStringLiteral("the token belongs to another school")));
        return true;
    }
    if (!schoolPath) {
        send(request, socket, err(404, "not_found", QStringLiteral("no such path")));
        return true;
    }
    const QString code = parts[3];
    const QString what = parts[4];
    const bool isPush = what == u"journal" && request.method() == M::Post;
    if (injectFault(request, socket, code, isPush))
        return true;
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
