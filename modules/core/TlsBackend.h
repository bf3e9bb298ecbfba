// TLS through OpenSSL on every platform: one backend, so one behaviour to test.
#pragma once

#include <QLoggingCategory>
#include <QString>

namespace csl {

Q_DECLARE_LOGGING_CATEGORY(lcTls)

/**
 * @brief Makes OpenSSL the active QSslSocket backend when this Qt has it, and
 * logs the backend in use under "csl.tls" (QT_LOGGING_RULES="csl.tls.info=true").
 *
 * Qt on Windows also ships Schannel, whose certificate and key handling
 * differ; OpenSSL's plugin and DLLs are deployed with the programs so the
 * sync client behaves as it does on Debian. It must run before the first TLS
 * use: every program calls it when its QCoreApplication starts (TlsStartup.cpp).
 * Without OpenSSL the default backend stays, with a warning; TLS is never
 * switched off.
 * @return the name of the active backend ("openssl", "schannel" …).
 */
QString preferOpenSslBackend();

} // namespace csl
