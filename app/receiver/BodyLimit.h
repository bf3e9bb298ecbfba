// Enforces the receiver's request-size limits on the socket, while the request is read, before Qt buffers it.
#pragma once

#include <QSslServer>

class QTcpSocket;

namespace csl::receiver {

/**
 * @brief A QSslServer whose connections are watched from their first byte:
 * a request head over 64 KiB, a Content-Length over the body limit or a
 * chunked body (whose length is not known in advance) is answered 413/431/411
 * and the connection closed, without reading the body. QtHttpServer 6.4
 * buffers a whole request before handing it over, so the limit cannot wait
 * for the handler.
 */
class LimitedSslServer final : public QSslServer
{
public:
    LimitedSslServer(qint64 maxBody, QObject* parent = nullptr);
    QTcpSocket* nextPendingConnection() override;

    static constexpr qint64 maxHead = 64 * 1024;

private:
    qint64 m_maxBody;
};

} // namespace csl::receiver
