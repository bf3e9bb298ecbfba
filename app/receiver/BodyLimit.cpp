#include "BodyLimit.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>

namespace csl::receiver {

namespace {

/// Follows one connection's requests (head, then Content-Length bytes of body) in the bytes as they arrive.
class BodyGuard final : public QObject
{
public:
    BodyGuard(QTcpSocket* socket, qint64 maxBody) : QObject(socket), m_socket(socket), m_maxBody(maxBody)
    {
        // Connected before QtHttpServer connects its own reader, so this sees each chunk first.
        connect(socket, &QTcpSocket::readyRead, this, &BodyGuard::inspect);
    }

private:
    enum class State { Head, Body, Refused };

    void inspect()
    {
        if (m_state == State::Refused) {
            m_socket->readAll(); // nothing more reaches the HTTP parser
            return;
        }
        // QtHttpServer reads everything available after this slot: what is here now is new.
        const QByteArray data = m_socket->peek(m_socket->bytesAvailable());
        qsizetype pos = 0;
        while (pos < data.size() && m_state != State::Refused) {
            if (m_state == State::Body) {
                const qint64 take = std::min<qint64>(m_remaining, data.size() - pos);
                m_remaining -= take;
                pos += qsizetype(take);
                if (m_remaining == 0)
                    m_state = State::Head;
                continue;
            }
            const qsizetype before = m_head.size();
            m_head.append(data.constData() + pos, data.size() - pos);
            const qsizetype end = m_head.indexOf("\r\n\r\n");
            if (end < 0) {
                if (m_head.size() > LimitedSslServer::maxHead)
                    refuse(431, "Request Header Fields Too Large", "too_large",
                           QStringLiteral("the request head is over %1 bytes").arg(LimitedSslServer::maxHead));
                return;
            }
            pos += end + 4 - before;
            startBody(m_head.left(end));
            m_head.clear();
        }
    }

    void startBody(const QByteArray& head)
    {
        qint64 length = 0;
        for (const QByteArray& line : head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "transfer-encoding" && value.toLower() != "identity") {
                refuse(411, "Length Required", "bad_request",
                       QStringLiteral("a body of unknown length (%1) is not accepted; send Content-Length")
                           .arg(QString::fromLatin1(value)));
                return;
            }
            if (name == "content-length") {
                bool ok = false;
                length = value.toLongLong(&ok);
                if (!ok || length < 0) {
                    refuse(400, "Bad Request", "bad_request", QStringLiteral("the Content-Length is not a number"));
                    return;
                }
            }
        }
        if (length > m_maxBody) {
            refuse(413, "Payload Too Large", "too_large",
                   QStringLiteral("the batch is %1 bytes; the limit is %2").arg(length).arg(m_maxBody));
            return;
        }
        m_remaining = length;
        m_state = length > 0 ? State::Body : State::Head;
    }

    void refuse(int status, const char* reason, const char* code, const QString& message)
    {
        m_state = State::Refused;
        m_socket->readAll();
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("error"), QLatin1String(code)},
                                                          {QStringLiteral("message"), message}})
                                    .toJson(QJsonDocument::Compact);
        m_socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
                        "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: " +
                        QByteArray::number(body.size()) + "\r\n\r\n" + body);
        m_socket->disconnectFromHost();
    }

    QPointer<QTcpSocket> m_socket;
    qint64 m_maxBody;
    State m_state = State::Head;
    QByteArray m_head;
    qint64 m_remaining = 0;
};

} // namespace

LimitedSslServer::LimitedSslServer(qint64 maxBody, QObject* parent) : QSslServer(parent), m_maxBody(maxBody) {}

QTcpSocket* LimitedSslServer::nextPendingConnection()
{
    QTcpSocket* socket = QSslServer::nextPendingConnection();
    if (socket)
        new BodyGuard(socket, m_maxBody);
    return socket;
}

} // namespace csl::receiver
