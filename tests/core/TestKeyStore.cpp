// "Remember on this computer": the OS keychain, and what happens without one.
#include "TempStore.h"

#include "KeyStore.h"

#include <QProcess>
#include <QtTest>

#include <cstdio>

using namespace csl;
using namespace csl::test;

class TestKeyStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rememberedKeyOpensTheDatabase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("no session bus: run under dbus-run-session with gnome-keyring (see .ci/run)");
        TempWorkspace t;
        const KeyStore keys(QStringLiteral("CampusSecLedger-test"));
        const QString id = t.store().kdf().databaseId;
        const Status saved = keys.save(id, t.store().key());
        QVERIFY2(saved, qPrintable(saved.error().message));
        t.close();

        auto loaded = keys.load(id);
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().message));
        auto opened = Store::openWithKey(t.path(), *loaded);
        QVERIFY(opened);
        QVERIFY((*opened)->journal().verify().ok);

        QVERIFY(keys.remove(id));
        auto gone = keys.load(id);
        QVERIFY(!gone);
        QCOMPARE(gone.error().code, Error::NotFound);
    }

    void noKeychainIsReportedNotFatal()
    {
        // A child process with no reachable session bus: every job must fail
        // with a message, quickly, and nothing may be written anywhere else.
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_qs, u"unix:path=/nonexistent/bus"_qs);
        env.insert(u"CSL_KEYSTORE_PROBE"_qs, u"1"_qs);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForFinished(60000));
        const QString out = QString::fromUtf8(child.readAllStandardOutput());
        QCOMPARE(child.exitCode(), 0);
        QVERIFY2(out.startsWith(u"save-failed:"_qs), qPrintable(out));
        QVERIFY2(out.contains(u"load-failed:"_qs), qPrintable(out));
    }
};

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("CSL_KEYSTORE_PROBE")) {
        const KeyStore keys(QStringLiteral("CampusSecLedger-test"), 5000);
        SecureBytes key(32);
        const Status saved = keys.save(QStringLiteral("probe"), key);
        auto loaded = keys.load(QStringLiteral("probe"));
        std::printf("%s:%s\n", saved ? "saved" : "save-failed", qPrintable(saved ? QString() : saved.error().message));
        std::printf("%s:%s\n", loaded ? "loaded" : "load-failed",
                    qPrintable(loaded ? QString() : loaded.error().message));
        return saved || loaded ? 1 : 0;
    }
    TestKeyStore t;
    return QTest::qExec(&t, argc, argv);
}

#include "TestKeyStore.moc"
