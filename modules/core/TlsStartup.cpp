// Every program that links csl_core prefers the OpenSSL TLS backend from its start (TlsBackend.h).
// An object library, so that no linker drops this unreferenced file from the programs.
#include "TlsBackend.h"

#include <QCoreApplication>

namespace {

void preferOpenSsl()
{
    csl::preferOpenSslBackend();
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(preferOpenSsl)
