#include "TlsBackend.h"

#include <QSslSocket>

namespace csl {

// Quiet unless asked for: the CLI's output stays the CLI's.
Q_LOGGING_CATEGORY(lcTls, "csl.tls", QtWarningMsg)

QString preferOpenSslBackend()
{
    const QString openssl = QStringLiteral("openssl");
    const QList<QString> available = QSslSocket::availableBackends();
    if (!available.contains(openssl))
        qCWarning(lcTls).noquote() << "TLS backend: OpenSSL is not available; using" << QSslSocket::activeBackend()
                                   << "of" << available.join(u", ");
    else if (!QSslSocket::setActiveBackend(openssl))
        qCWarning(lcTls).noquote() << "TLS backend: another backend is already in use:" << QSslSocket::activeBackend();
    const QString active = QSslSocket::activeBackend();
    qCInfo(lcTls).noquote() << QStringLiteral("TLS backend: %1 (%2)").arg(active, QSslSocket::sslLibraryVersionString());
    return active;
}

} // namespace csl
