// campusledger-receiver: the reference bureau receiver for the sync protocol (tests and demos).
#include "ReceiverServer.h"
#include "ReceiverStore.h"
#include "ReceiverTokens.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>

#include <cstdio>

using namespace csl::receiver;

namespace {

int usage(const QString& why)
{
    std::fprintf(stderr, "campusledger-receiver: %s\n", qPrintable(why));
    return 2;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("campusledger-receiver"));
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Reference receiver of the CampusSec Ledger sync protocol over HTTPS. The databases are keyed from "
        "CAMPUSLEDGER_RECEIVER_PASSPHRASE."));
    p.addHelpOption();
    p.addOption({QStringLiteral("listen"), QStringLiteral("Address and port, e.g. 127.0.0.1:8443 (port 0: any)."),
                 QStringLiteral("HOST:PORT")});
    p.addOption({QStringLiteral("cert"), QStringLiteral("Server certificate chain (PEM)."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("key"), QStringLiteral("Server private key (PEM)."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("data"), QStringLiteral("Folder of the per-school databases."), QStringLiteral("DIR")});
    p.addOption({QStringLiteral("tokens"),
                 QStringLiteral("Per-school tokens: one line per school, \"CODE SHA256-HEX-OF-TOKEN\"; a token "
                                "serves its own school only."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("token"),
                 QStringLiteral("With --tokens: the token of /admin/v1 only. Without: one token for every school "
                                "and /admin/v1, for tests and demos (or CAMPUSLEDGER_RECEIVER_TOKEN)."),
                 QStringLiteral("TOKEN")});
    p.addOption({QStringLiteral("admin"), QStringLiteral("Enable /admin/v1 (post notices, inject faults, dump).")});
    p.addOption({QStringLiteral("fault"),
                 QStringLiteral("Fail the first requests: MODE[:COUNT], MODE one of 500, 503, "
                                "401, 413, hang, cut, refuse."),
                 QStringLiteral("MODE")});
    p.addOption({QStringLiteral("max-body"), QStringLiteral("Largest request body in bytes (default 16 MiB)."),
                 QStringLiteral("BYTES"), QStringLiteral("16777216")});
    p.process(app);

    for (const char* o : {"listen", "cert", "key", "data"}) {
        if (p.value(QLatin1String(o)).isEmpty())
            return usage(QStringLiteral("--%1 is required").arg(QLatin1String(o)));
    }
    QByteArray token = p.value(QStringLiteral("token")).toUtf8();
    if (token.isEmpty())
        token = qgetenv("CAMPUSLEDGER_RECEIVER_TOKEN");
    ReceiverTokens tokens;
    if (p.isSet(QStringLiteral("tokens"))) {
        auto loaded = ReceiverTokens::load(p.value(QStringLiteral("tokens")));
        if (!loaded)
            return usage(loaded.error().message);
        tokens = std::move(*loaded);
    } else if (!token.isEmpty()) {
        tokens = ReceiverTokens::single(token);
    } else {
        return usage(QStringLiteral("--tokens FILE, --token or CAMPUSLEDGER_RECEIVER_TOKEN is required"));
    }
    if (p.isSet(QStringLiteral("admin")) && token.isEmpty())
        return usage(QStringLiteral("--admin needs --token (the token of /admin/v1)"));
    const QString passphrase = qEnvironmentVariable("CAMPUSLEDGER_RECEIVER_PASSPHRASE");
    if (passphrase.isEmpty())
        return usage(QStringLiteral("CAMPUSLEDGER_RECEIVER_PASSPHRASE must hold the passphrase of the databases"));

    const QString listen = p.value(QStringLiteral("listen"));
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const quint16 port = colon > 0 ? listen.mid(colon + 1).toUShort(&portOk) : 0;
    const QHostAddress address(listen.left(colon));
    if (!portOk || address.isNull())
        return usage(QStringLiteral("--listen takes HOST:PORT, e.g. 127.0.0.1:8443"));

    const auto chain = QSslCertificate::fromPath(p.value(QStringLiteral("cert")), QSsl::Pem);
    QFile keyFile(p.value(QStringLiteral("key")));
    if (chain.isEmpty() || !keyFile.open(QIODevice::ReadOnly))
        return usage(QStringLiteral("cannot read the certificate or the key"));
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        return usage(QStringLiteral("the key is not an RSA or EC key in PEM"));

    ReceiverStore store(p.value(QStringLiteral("data")), passphrase);
    ReceiverServer server(store, std::move(tokens), token, p.isSet(QStringLiteral("admin")),
                          p.value(QStringLiteral("max-body")).toLongLong());
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    const quint16 bound = server.start(tls, address, port);
    if (bound == 0)
        return usage(QStringLiteral("cannot listen on %1").arg(listen));
    if (p.isSet(QStringLiteral("fault"))) {
        const QStringList f = p.value(QStringLiteral("fault")).split(QLatin1Char(':'));
        Fault fault;
        fault.mode = f.value(0);
        fault.count = f.value(1, QStringLiteral("1")).toInt();
        if (fault.mode == u"refuse")
            server.refuseFor(fault.count);
        else
            server.setFault(fault);
    }
    // The port on stdout: tests and scripts that asked for port 0 read it here.
    std::printf("listening on %s:%u\n", qPrintable(address.toString()), unsigned(bound));
    std::fflush(stdout);
    return app.exec();
}
