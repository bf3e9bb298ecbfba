// The reference receiver's HTTPS front: routing, bearer tokens, gzip, fault injection.
#pragma once

#include "ReceiverStore.h"
#include "ReceiverTokens.h"

#include <QAbstractHttpServer>
#include <QHostAddress>

namespace csl::receiver {

/// @brief How the next requests fail, for tests (enabled only with --admin or --fault).
struct Fault
{
    QString mode;       ///< "", "500", "503", "401", "413", "hang", "cut", "refuse", "redirect"
    int count = 0;      ///< requests still to fail
    int retryAfter = 1; ///< seconds, for 503
    int seconds = 2;    ///< how long "refuse" keeps the port closed
    QByteArray location; ///< where "redirect" sends the client (307)
};

/**
 * @brief The sync protocol (docs/sync-protocol.md) on QtHttpServer over TLS.
 *
 * Every /api/v1 request is authenticated before anything else (fault
 * injection included): a token of another school gets 403. The body limit is
 * enforced on the socket while the request arrives (LimitedSslServer).
 */
class ReceiverServer final : public QAbstractHttpServer
{
    Q_OBJECT
public:
    /// @p adminToken opens /admin/v1 when @p admin is set; @p tokens say who may act for which school.
    ReceiverServer(ReceiverStore& store, ReceiverTokens tokens, QByteArray adminToken, bool admin, qint64 maxBody,
                   QObject* parent = nullptr);

    /// Listens with @p tls on @p address:@p port; the port, or 0 on failure.
    quint16 start(const QSslConfiguration& tls, const QHostAddress& address, quint16 port);
    void setFault(const Fault& fault) { m_fault = fault; }
    /// Closes the listening socket for @p seconds, then listens again on the same port.
    void refuseFor(int seconds);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    void send(const QHttpServerRequest& request, QTcpSocket* socket, const Answer& answer, int retryAfter = 0);
    bool adminAuthorised(const QHttpServerRequest& request) const;
    /// True if a fault was injected (and answered, or deliberately not).
    bool injectFault(const QHttpServerRequest& request, QTcpSocket* socket, const QString& code, bool isPush);
    Answer handleAdmin(const QHttpServerRequest& request, const QStringList& parts);
    Answer handlePush(const QHttpServerRequest& request, const QString& code);

    ReceiverStore& m_store;
    ReceiverTokens m_tokens;
    QByteArray m_adminToken;
    bool m_admin;
    qint64 m_maxBody;
    Fault m_fault;
    QHostAddress m_address;
    quint16 m_port = 0;
};

} // namespace csl::receiver
