// The MAC vendor table: real lookups in the IEEE registries embedded from Debian's ieee-data.
#include "OuiTable.h"

#include <QTest>
#include <QThread>

#include <vector>

using namespace csl;

class TestOuiTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void concurrentFirstUse()
    {
        // The first test: eight threads race to the first lookup; the table is read once and all agree.
        std::vector<QString> answers(8);
        std::vector<QThread*> threads;
        for (size_t i = 0; i < answers.size(); ++i)
            threads.push_back(QThread::create([&answers, i] { answers[i] = OuiTable::lookup(u"b8:27:eb:00:00:01"); }));
        for (QThread* t : threads)
            t->start();
        for (QThread* t : threads) {
            QVERIFY(t->wait(10000));
            delete t;
        }
        for (const QString& a : answers)
            QCOMPARE(a, QStringLiteral("Raspberry Pi Foundation"));
    }

    void tableIsEmbedded()
    {
        // oui.csv alone lists over 30,000 MA-L blocks; MA-M, MA-S and IAB add about 14,000.
        QVERIFY2(OuiTable::size() > 40000, qPrintable(QString::number(OuiTable::size())));
    }

    void spellings_data()
    {
        QTest::addColumn<QString>("mac");
        QTest::addColumn<QString>("organisation");
        // MA-L,00000C,"Cisco Systems, Inc" (a quoted name holding a comma)
        QTest::newRow("colon") << QStringLiteral("00:00:0c:12:34:56") << QStringLiteral("Cisco Systems, Inc");
        QTest::newRow("colon upper") << QStringLiteral("00:00:0C:12:34:56") << QStringLiteral("Cisco Systems, Inc");
        QTest::newRow("dash") << QStringLiteral("00-00-0C-12-34-56") << QStringLiteral("Cisco Systems, Inc");
        QTest::newRow("cisco dots") << QStringLiteral("0000.0c12.3456") << QStringLiteral("Cisco Systems, Inc");
        QTest::newRow("bare") << QStringLiteral("00000C123456") << QStringLiteral("Cisco Systems, Inc");
        QTest::newRow("spaces around") << QStringLiteral("  00:00:0c:12:34:56 ") << QStringLiteral("Cisco Systems, Inc");
        // MA-L,00E0FC,"HUAWEI TECHNOLOGIES CO.,LTD"; MA-L,B827EB,Raspberry Pi Foundation
        QTest::newRow("huawei") << QStringLiteral("00:e0:fc:12:34:56") << QStringLiteral("HUAWEI TECHNOLOGIES CO.,LTD");
        QTest::newRow("raspberry") << QStringLiteral("b8:27:eb:00:00:01") << QStringLiteral("Raspberry Pi Foundation");
        // MA-L,44B295: "Sichuan\u00a0AI-Link…" in the CSV; no-break spaces become plain spaces.
        QTest::newRow("nbsp") << QStringLiteral("44:b2:95:00:00:01") << QStringLiteral("Sichuan AI-Link Technology Co., Ltd.");
        // MA-L,0001C8 is listed twice (THOMAS CONRAD CORP. and CONRAD CORP.): both names are kept.
        QTest::newRow("listed twice") << QStringLiteral("00:01:c8:00:00:01")
                                      << QStringLiteral("THOMAS CONRAD CORP. / CONRAD CORP.");
        // MA-L,C404D8,Aviva Links Inc. follows a quoted address with a line break inside it.
        QTest::newRow("after multi-line address") << QStringLiteral("c4:04:d8:00:00:01") << QStringLiteral("Aviva Links Inc.");
        // MA-S,70B3D5F3E: Cyrillic, UTF-8 kept.
        QTest::newRow("utf-8") << QStringLiteral("70:b3:d5:f3:e0:01") << QString::fromUtf8("ООО \"РОНЕКС\"");
    }

    void spellings()
    {
        QFETCH(QString, mac);
        QFETCH(QString, organisation);
        QCOMPARE(OuiTable::lookup(mac), organisation);
        QCOMPARE(OuiTable::label(mac), organisation);
        QCOMPARE(OuiTable::identify(mac).kind, OuiTable::Kind::Registered);
    }

    void longestPrefixWins()
    {
        // MA-L,741AE0 is the IEEE Registration Authority's block; MA-M,741AE05 is assigned inside it.
        QCOMPARE(OuiTable::lookup(QStringLiteral("74:1a:e0:5a:bc:de")),
                 QStringLiteral("FUJIAN TAILI COMMUNICATION TECHNOLOGY CO.,LTD"));
        const OuiTable::Vendor mam = OuiTable::identify(QStringLiteral("74:1a:e0:5a:bc:de"));
        QCOMPARE(mam.prefixBits, 28);
        QCOMPARE(mam.assignment, QStringLiteral("74-1A-E0-5"));
        // MA-M,741AE09,Private: the register says so rather than the parent's name.
        QCOMPARE(OuiTable::lookup(QStringLiteral("74:1a:e0:90:00:01")), QStringLiteral("Private"));
        QCOMPARE(OuiTable::label(QStringLiteral("74:1a:e0:90:00:01")), QStringLiteral("Private (owner not published)"));
        // MA-S,70B3D5F2F,TELEPLATFORMS inside MA-L,70B3D5 (IEEE Registration Authority).
        const OuiTable::Vendor mas = OuiTable::identify(QStringLiteral("70-B3-D5-F2-F1-23"));
        QCOMPARE(mas.organisation, QStringLiteral("TELEPLATFORMS"));
        QCOMPARE(mas.prefixBits, 36);
        QCOMPARE(mas.assignment, QStringLiteral("70-B3-D5-F2-F"));
        // IAB,0050C27D5,DEUTA-WERKE GmbH inside MA-L,0050C2.
        QCOMPARE(OuiTable::lookup(QStringLiteral("00:50:c2:7d:51:00")), QStringLiteral("DEUTA-WERKE GmbH"));
        // Cisco's MA-L block holds no smaller block: the 24-bit assignment answers.
        const OuiTable::Vendor parent = OuiTable::identify(QStringLiteral("00:00:0c:00:00:00"));
        QCOMPARE(parent.prefixBits, 24);
        QCOMPARE(parent.assignment, QStringLiteral("00-00-0C"));
    }

    void noVendor_data()
    {
        QTest::addColumn<QString>("mac");
        QTest::addColumn<int>("kind");
        // R-DEV-2: a randomised (locally administered) MAC, bit 0x02 of the first octet.
        QTest::newRow("randomised 02") << QStringLiteral("02:00:0c:12:34:56") << int(OuiTable::Kind::LocallyAdministered);
        QTest::newRow("randomised da") << QStringLiteral("da:a1:19:00:00:01") << int(OuiTable::Kind::LocallyAdministered);
        QTest::newRow("randomised aa") << QStringLiteral("AA-BB-CC-01-00-11") << int(OuiTable::Kind::LocallyAdministered);
        QTest::newRow("multicast") << QStringLiteral("01:00:5e:00:00:01") << int(OuiTable::Kind::Multicast);
        QTest::newRow("broadcast") << QStringLiteral("ff:ff:ff:ff:ff:ff") << int(OuiTable::Kind::Multicast);
        // FC-FF-FE is in none of the lists (checked in oui.csv, mam.csv, oui36.csv, iab.csv).
        QTest::newRow("unassigned") << QStringLiteral("fc:ff:fe:00:00:01") << int(OuiTable::Kind::Unassigned);
        QTest::newRow("too short") << QStringLiteral("00:00:0c:12:34") << int(OuiTable::Kind::Invalid);
        QTest::newRow("mixed separators") << QStringLiteral("00:00-0c:12:34:56") << int(OuiTable::Kind::Invalid);
        QTest::newRow("not hex") << QStringLiteral("00:00:0g:12:34:56") << int(OuiTable::Kind::Invalid);
        QTest::newRow("empty") << QString() << int(OuiTable::Kind::Invalid);
    }

    void noVendor()
    {
        QFETCH(QString, mac);
        QFETCH(int, kind);
        QVERIFY(OuiTable::lookup(mac).isEmpty());
        // identify() also reads a partly typed address, so only full addresses are compared here.
        if (OuiTable::parseMac(mac) || mac.isEmpty())
            QCOMPARE(int(OuiTable::identify(mac).kind), kind);
        const QString label = OuiTable::label(mac);
        if (kind == int(OuiTable::Kind::LocallyAdministered))
            QCOMPARE(label, QStringLiteral("Randomised MAC"));
        else if (kind == int(OuiTable::Kind::Multicast))
            QCOMPARE(label, QStringLiteral("Multicast"));
        else
            QVERIFY(label.isEmpty());
    }

    void asTheOfficerTypes()
    {
        // Fewer than six hex digits say nothing yet.
        QCOMPARE(OuiTable::identify(QStringLiteral("00:00:0")).kind, OuiTable::Kind::Invalid);
        QVERIFY(OuiTable::describe(QStringLiteral("00:00:0")).isEmpty());
        // Three octets name the MA-L owner …
        QCOMPARE(OuiTable::identify(QStringLiteral("74:1a:e0")).organisation, QStringLiteral("IEEE Registration Authority"));
        // … the seventh digit narrows to the MA-M block.
        QCOMPARE(OuiTable::identify(QStringLiteral("74:1a:e0:5")).organisation,
                 QStringLiteral("FUJIAN TAILI COMMUNICATION TECHNOLOGY CO.,LTD"));
        QCOMPARE(OuiTable::describe(QStringLiteral("0000.0c")),
                 QStringLiteral("Vendor: Cisco Systems, Inc (IEEE block 00-00-0C)"));
        QCOMPARE(OuiTable::describe(QStringLiteral("fc:ff:fe:00")),
                 QStringLiteral("Vendor: no organisation is registered for FC-FF-FE."));
        QVERIFY(OuiTable::describe(QStringLiteral("02:11:22")).contains(QStringLiteral("locally administered")));
        QVERIFY(OuiTable::describe(QStringLiteral("01:00:5e")).contains(QStringLiteral("multicast")));
        // Thirteen digits or a letter past f is not a MAC.
        QCOMPARE(OuiTable::identify(QStringLiteral("00:00:0c:12:34:56:7")).kind, OuiTable::Kind::Invalid);
        QCOMPARE(OuiTable::identify(QStringLiteral("00:00:0x")).kind, OuiTable::Kind::Invalid);
    }

    void numericLookup()
    {
        QCOMPARE(OuiTable::parseMac(u"00:00:0c:12:34:56"), std::optional<quint64>(0x00000c123456ull));
        QCOMPARE(OuiTable::lookup(quint64(0x00000c123456ull)), QStringLiteral("Cisco Systems, Inc"));
        QVERIFY(OuiTable::lookup(quint64(0x02000c123456ull)).isEmpty()); // locally administered
        QVERIFY(!OuiTable::parseMac(u"00:00:0c:12:34:5").has_value());
        QVERIFY(!OuiTable::parseMac(u"0000.0c12-3456").has_value());
    }
};

QTEST_GUILESS_MAIN(TestOuiTable)
#include "TestOuiTable.moc"
