#include "SyncNetwork.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSslKey>

#include <openssl/crypto.h>
#include <openssl/x509.h>

namespace csl {

SyncNetworkManager::SyncNetworkManager(QObject* parent) : QNetworkAccessManager(parent)
{
    m_tls = QSslConfiguration::defaultConfiguration(); // the system CAs
    m_tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_tls.setProtocol(QSsl::TlsV1_2OrLater);
    // Each redirect is checked by SyncClient: followed only within the configured origin (scheme, host, port).
    setRedirectPolicy(QNetworkRequest::UserVerifiedRedirectPolicy);
}

Status SyncNetworkManager::configure(const SyncSettings& settings)
{
    if (!settings.caFile.isEmpty()) {
        const auto cas = QSslCertificate::fromPath(settings.caFile, QSsl::Pem);
        if (cas.isEmpty())
            return Error{Error::InvalidInput,
                         SyncSettings::tr("The CA file %1 holds no PEM certificate.").arg(settings.caFile)};
        m_tls.addCaCertificates(cas);
    }
    m_pin = settings.pin;
    return {};
}

QNetworkRequest SyncNetworkManager::request(const QUrl& url, int timeoutMs) const
{
    QNetworkRequest r(url);
    r.setSslConfiguration(m_tls);
    r.setTransferTimeout(timeoutMs);
    // QtHttpServer speaks HTTP/1.1; HTTP/2 would only add a negotiation.
    r.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    r.setHeader(QNetworkRequest::UserAgentHeader,
                QStringLiteral("CampusSecLedger/%1").arg(QStringLiteral(CSL_VERSION)));
    return r;
}

bool SyncNetworkManager::pinMatches(const QNetworkReply& reply) const
{
    if (m_pin.isEmpty())
        return true;
    const QSslCertificate peer = reply.sslConfiguration().peerCertificate();
    return !peer.isNull() && pinOf(peer) == m_pin;
}

QByteArray SyncNetworkManager::subjectPublicKeyInfo(const QSslCertificate& certificate)
{
    // Read from the certificate's own DER here, not through QSslKey: a TLS backend encodes keys its own way,
    // and Schannel (or Qt 6.4 with any backend) gives no key at all for Ed25519, Ed448 or RSA-PSS.
    const QByteArray der = certificate.toDer();
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    X509* x509 = d2i_X509(nullptr, &p, long(der.size()));
    if (!x509)
        return {};
    unsigned char* out = nullptr;
    const int n = i2d_X509_PUBKEY(X509_get_X509_PUBKEY(x509), &out);
    QByteArray spki;
    if (n > 0)
        spki = QByteArray(reinterpret_cast<const char*>(out), n);
    OPENSSL_free(out);
    X509_free(x509);
    return spki;
}

QString SyncNetworkManager::pinOf(const QSslCertificate& certificate)
{
    const QByteArray spki = subjectPublicKeyInfo(certificate);
    if (spki.isEmpty())
        return {}; // never equal to a configured pin
    return QStringLiteral("sha256/") +
           QString::fromLatin1(QCryptographicHash::hash(spki, QCryptographicHash::Sha256).toBase64());
}

} // namespace csl
