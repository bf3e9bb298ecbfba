// "Remember on this computer": the OS keychain, and what happens without one.
#include "TempStore.h"

#include "KeyStore.h"

#include <QEventLoop>
#include <QProcess>
#include <QtTest>

#include <qt6keychain/keychain.h>

#include <cstdio>

using namespace csl;
using namespace csl::test;

class TestKeyStore : public QObject
{
    Q_OBJECT

    /// Windows Credential Manager is always there; Secret Service needs a session bus.
    static bool keychainExpected()
    {
#ifdef Q_OS_WIN
        return true;
#else
        return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
#endif
    }

    /// The size of the entry @p key as QtKeychain itself reads it back, without KeyStore.
    static qsizetype storedSize(const QString& key)
    {
        QKeychain::ReadPasswordJob job(QStringLiteral("CampusSecLedger-test"));
        job.setAutoDelete(false);
        job.setKey(key);
        QEventLoop loop;
        bool done = false;
        QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
            done = true;
            loop.quit();
        });
        job.start();
        if (!done)
            loop.exec();
        return job.error() == QKeychain::NoError ? job.binaryData().size() : -1;
    }

private Q_SLOTS:
    void rememberedKeyOpensTheDatabase()
    {
        if (!keychainExpected())
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

    void whatIsStoredFitsTheWindowsCredentialLimit()
    {
        // On Windows QtKeychain hands the bytes KeyStore gives it to CredWriteW unchanged, and
        // older versions fail above CRED_MAX_CREDENTIAL_BLOB_SIZE (2,560 bytes).
        QCOMPARE(KeyStore::kMaxSecretBytes, qsizetype(2560));
        TempWorkspace t;
        QCOMPARE(t.store().key().size(), qsizetype(32));
        const KeyStore keys(QStringLiteral("CampusSecLedger-test"));
        const QString tokenName = u"sync-token/3210000001"_qs;

        // Larger is refused on every platform, before any keychain is asked.
        const Status tooBig = keys.saveSecret(tokenName, QByteArray(KeyStore::kMaxSecretBytes + 1, 't'));
        QVERIFY(!tooBig);
        QCOMPARE(tooBig.error().code, Error::InvalidInput);

        if (!keychainExpected())
            QSKIP("no session bus: run under dbus-run-session with gnome-keyring (see .ci/run)");
        const QString id = t.store().kdf().databaseId;
        QVERIFY(keys.save(id, t.store().key()));
        QCOMPARE(storedSize(u"database-key/%1"_qs.arg(id)), qsizetype(32));
        QVERIFY(keys.remove(id));

        // A bearer token as long as a signed JWT with claims, and one at the very limit.
        for (const qsizetype size : {qsizetype(1200), KeyStore::kMaxSecretBytes}) {
            const QByteArray token(size, 'T');
            const Status saved = keys.saveSecret(tokenName, token);
            QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
            QCOMPARE(storedSize(tokenName), size);
            QCOMPARE(*keys.loadSecret(tokenName), token);
        }
        QVERIFY(keys.removeSecret(tokenName));
    }

    void noKeychainIsReportedNotFatal()
    {
#ifdef Q_OS_WIN
        QSKIP("Windows Credential Manager needs no session bus: there is no missing keychain to provoke");
#endif
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
