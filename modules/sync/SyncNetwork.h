// The one network manager of sync: TLS trust (system CAs + bureau CA), key pinning, error words.
#pragma once

#include "Result.h"
#include "SyncSettings.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslError>

namespace csl {

/**
 * @brief A QNetworkAccessManager that makes every sync request with the
 * configured trust: the system CAs plus an optional bureau CA, peer
 * verification always on, and an optional pinned public key checked once the
 * connection is encrypted. TLS errors are reported, never ignored.
 */
class SyncNetworkManager final : public QNetworkAccessManager
{
    Q_OBJECT
public:
    explicit SyncNetworkManager(QObject* parent = nullptr);

    /// @brief Loads the CA file and the pin of @p settings; an error names the file.
    Status configure(const SyncSettings& settings);
    /// @brief A request for @p url with the trust configuration and the timeout applied.
    QNetworkRequest request(const QUrl& url, int timeoutMs) const;
    /// @brief True when no pin is set or the peer's key matches it.
    bool pinMatches(const QNetworkReply& reply) const;

    /// @brief "sha256/<base64>" of the certificate's public key (DER SubjectPublicKeyInfo).
    static QString pinOf(const QSslCertificate& certificate);
    /// The DER SubjectPublicKeyInfo of @p certificate, taken from the certificate itself (any key type,
    /// any TLS backend); empty if it cannot be parsed.
    static QByteArray subjectPublicKeyInfo(const QSslCertificate& certificate);

private:
    QSslConfiguration m_tls;
    QString m_pin;
};

} // namespace csl
