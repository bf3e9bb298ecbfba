// The key-derivation header: bounded costs on read, and the test profile refused outside builds with tests.
#include "TempStore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace csl;
using namespace csl::test;

class TestKdfParams : public QObject
{
    Q_OBJECT

    static void rewriteHeader(const QString& dbPath, const char* field, qint64 value)
    {
        QFile f(KdfParams::headerPath(dbPath));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        o.insert(QString::fromLatin1(field), value);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(o).toJson());
    }

private Q_SLOTS:
    void costsOutsideTheRangeAreRefusedOnRead_data()
    {
        QTest::addColumn<QByteArray>("field");
        QTest::addColumn<qint64>("value");
        // Hostile headers: hours of work or gigabytes of memory before the passphrase is even tried.
        QTest::newRow("opslimit huge") << QByteArray("opslimit") << qint64(4294967295LL);
        QTest::newRow("opslimit 65") << QByteArray("opslimit") << qint64(65);
        QTest::newRow("memlimit 64 GiB") << QByteArray("memlimit") << qint64(64LL * 1024 * 1024 * 1024);
        QTest::newRow("memlimit negative") << QByteArray("memlimit") << qint64(-1);
        QTest::newRow("opslimit zero") << QByteArray("opslimit") << qint64(0);
    }

    void costsOutsideTheRangeAreRefusedOnRead()
    {
        QFETCH(QByteArray, field);
        QFETCH(qint64, value);
        TempWorkspace t;
        t.close();
        rewriteHeader(t.path(), field.constData(), value);
        auto loaded = KdfParams::load(t.path());
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().code, Error::Io);
        QVERIFY2(loaded.error().message.contains(u"outside the accepted range"_qs) ||
                     loaded.error().message.contains(u"invalid parameters"_qs),
                 qPrintable(loaded.error().message));
        QVERIFY(loaded.error().message.contains(KdfParams::headerPath(t.path())));
        auto opened = Store::open(t.path(), kPassphrase);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, Error::Io);
    }

    void costsInTheRangeAreRead()
    {
        TempWorkspace t;
        t.close();
        rewriteHeader(t.path(), "opslimit", qint64(KdfParams::maxOpsLimit));
        auto loaded = KdfParams::load(t.path());
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().message));
        QCOMPARE(loaded->opsLimit, KdfParams::maxOpsLimit);
    }

    void testProfileOnlyWhereAllowed()
    {
        auto refused = KdfParams::forProfile(u"test"_qs, false);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::InvalidInput);
        QVERIFY(refused.error().message.contains(u"refused"_qs));
        auto allowed = KdfParams::forProfile(u"test"_qs, true);
        QVERIFY(allowed);
        QCOMPARE(allowed->memLimit, KdfParams::cheapForTests().memLimit);
        auto unknown = KdfParams::forProfile(u"fast"_qs, true);
        QVERIFY(!unknown);
        QVERIFY(unknown.error().message.contains(u"fast"_qs));
    }
};

QTEST_GUILESS_MAIN(TestKdfParams)
#include "TestKdfParams.moc"
