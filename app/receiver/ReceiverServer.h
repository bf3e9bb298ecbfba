// The reference receiver's HTTPS front: routing, bearer tokens, gzip, fault injection.
#pragma once

#include "ReceiverStore.h"

#include <QAbstractHttpServer>
#include <QHostAddress>

namespace csl::receiver {

/// @brief How the next requests fail, for tests (enabled only with --admin or --fault).
struct Fault
{
    QString mode;       ///< "", "500", "503", "401", "413", "hang", "cut", "refuse"
    int count = 0;      ///< requests still to fail
    int retryAfter = 1; ///< seconds, for 503
    int seconds = 2;    ///< how long "refuse" keeps the port closed
};

/**
 * @brief The sync protocol (docs/sync-protocol.md) on QtHttpServer over TLS.
 */
class ReceiverServer final : public QAbstractHttpServer
{
    Q_OBJECT
public:
    ReceiverServer(ReceiverStore& store, QByteArray token, bool admin, qint64 maxBody, QObject* parent = nullptr);

    /// Listens on @p address:@p port (TLS must be set up first); the port, or 0 on failure.
    quint16 start(const QHostAddress& address, quint16 port);
    void setFault(const Fault& fault) { m_fault = fault; }
    /// Closes the listening socket for @p seconds, then listens again on the same port.
    void refuseFor(int seconds);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    void send(const QHttpServerRequest& request, QTcpSocket* socket, const Answer& answer, int retryAfter = 0);
    bool authorised(const QHttpServerRequest& request) const;
    /// True if a fault was injected (and answered, or deliberately not).
    bool injectFault(const QHttpServerRequest& request, QTcpSocket* socket, const QString& code, bool isPush);
    Answer handleAdmin(const QHttpServerRequest& request, const QStringList& parts);
    Answer handlePush(const QHttpServerRequest& request, const QString& code);

    ReceiverStore& m_store;
    QByteArray m_token;
    bool m_admin;
    qint64 m_maxBody;
    Fault m_fault;
    QHostAddress m_address;
    quint16 m_port = 0;
};

} // namespace csl::receiver
