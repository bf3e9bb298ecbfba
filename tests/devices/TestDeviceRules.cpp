// The device register's validation and findings, without a database.
#include "DeviceRules.h"

#include <QTest>

using namespace csl;

namespace {
QStringList strings(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* s : list)
        out << QString::fromUtf8(s);
    return out;
}
} // namespace

class TestDeviceRules : public QObject
{
    Q_OBJECT

    static DeviceRecord device(const QString& id, const QString& ip, const QString& mac, const QString& user = QStringLiteral("u1"))
    {
        DeviceRecord d;
        d.id = id;
        d.ip = ip;
        d.mac = mac;
        d.userId = user;
        d.registeredOn = QDate(2024, 9, 1);
        return d;
    }
    static int countRule(const QList<Finding>& list, const QString& rule, const QString& titlePart)
    {
        int n = 0;
        for (const Finding& f : list)
            if (f.ruleId == rule && f.title.contains(titlePart))
                ++n;
        return n;
    }

private Q_SLOTS:
    void macForms_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("colon") << QStringLiteral("aa:bb:cc:dd:ee:ff") << QStringLiteral("aa:bb:cc:dd:ee:ff");
        QTest::newRow("dash upper") << QStringLiteral("AA-BB-CC-DD-EE-FF") << QStringLiteral("aa:bb:cc:dd:ee:ff");
        QTest::newRow("cisco") << QStringLiteral("aabb.ccdd.eeff") << QStringLiteral("aa:bb:cc:dd:ee:ff");
        QTest::newRow("bare") << QStringLiteral("AABBCCDDEEFF") << QStringLiteral("aa:bb:cc:dd:ee:ff");
        QTest::newRow("spaces") << QStringLiteral("  00:1a:2b:3c:4d:5e ") << QStringLiteral("00:1a:2b:3c:4d:5e");
        QTest::newRow("mixed separators") << QStringLiteral("aa:bb-cc:dd:ee:ff") << QStringLiteral("");
        QTest::newRow("short") << QStringLiteral("aa:bb:cc:dd:ee") << QStringLiteral("");
        QTest::newRow("not hex") << QStringLiteral("gg:bb:cc:dd:ee:ff") << QStringLiteral("");
        QTest::newRow("too long") << QStringLiteral("aabbccddeeff00") << QStringLiteral("");
        QTest::newRow("empty") << QStringLiteral("") << QStringLiteral("");
    }
    void macForms()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(DeviceRules::normaliseMac(input), expected);
    }

    void ipForms_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("v4") << QStringLiteral("10.1.2.3") << QStringLiteral("10.1.2.3");
        QTest::newRow("v4 spaces") << QStringLiteral(" 192.168.0.10 ") << QStringLiteral("192.168.0.10");
        QTest::newRow("v6") << QStringLiteral("2001:DB8:0:0::1") << QStringLiteral("2001:db8::1");
        QTest::newRow("v6 link local") << QStringLiteral("fe80::1") << QStringLiteral("fe80::1");
        QTest::newRow("octet 256") << QStringLiteral("10.1.2.256") << QStringLiteral("");
        QTest::newRow("three parts") << QStringLiteral("10.1.2") << QStringLiteral("");
        QTest::newRow("leading zero") << QStringLiteral("10.01.2.3") << QStringLiteral("");
        QTest::newRow("zero") << QStringLiteral("0.0.0.0") << QStringLiteral("");
        QTest::newRow("broadcast") << QStringLiteral("255.255.255.255") << QStringLiteral("");
        QTest::newRow("loopback") << QStringLiteral("127.0.0.1") << QStringLiteral("");
        QTest::newRow("multicast") << QStringLiteral("224.0.0.1") << QStringLiteral("");
        QTest::newRow("v6 scoped") << QStringLiteral("fe80::1%eth0") << QStringLiteral("");
        QTest::newRow("v6 bad") << QStringLiteral("2001:db8::g") << QStringLiteral("");
        QTest::newRow("word") << QStringLiteral("server") << QStringLiteral("");
    }
    void ipForms()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(DeviceRules::normaliseIp(input), expected);
    }

    void cidr()
    {
        QCOMPARE(DeviceRules::normaliseCidr(QStringLiteral("10.1.2.7/24")), QStringLiteral("10.1.2.0/24"));
        QCOMPARE(DeviceRules::normaliseCidr(QStringLiteral("2001:db8::/64")), QStringLiteral("2001:db8::/64"));
        QVERIFY(DeviceRules::normaliseCidr(QStringLiteral("10.1.2.0")).isEmpty());
        QVERIFY(DeviceRules::normaliseCidr(QStringLiteral("10.1.2.0/33")).isEmpty());
        QVERIFY(DeviceRules::inSubnet(QStringLiteral("10.1.2.200"), QStringLiteral("10.1.2.0/24")));
        QVERIFY(!DeviceRules::inSubnet(QStringLiteral("10.1.3.1"), QStringLiteral("10.1.2.0/24")));
        SubnetRecord s;
        s.cidr = QStringLiteral("10.1.2.0/24");
        QCOMPARE(s.capacity(), 254);
    }

    void validateNormalises()
    {
        DeviceRecord d = device({}, QStringLiteral(" 10.0.0.5"), QStringLiteral("AABB.CCDD.EEFF"));
        d.type = QStringLiteral("台式机");
        d.status = QStringLiteral("在用");
        QVERIFY(DeviceRules::validate(d).isEmpty());
        QCOMPARE(d.ip, QStringLiteral("10.0.0.5"));
        QCOMPARE(d.mac, QStringLiteral("aa:bb:cc:dd:ee:ff"));
        QCOMPARE(d.type, QStringLiteral("desktop"));
        QCOMPARE(d.status, QStringLiteral("in_use"));
    }

    void validateReportsEveryField()
    {
        DeviceRecord d = device({}, QStringLiteral("10.0.0.300"), QStringLiteral("zz"));
        d.hostname = QStringLiteral("bad host");
        d.type = QStringLiteral("toaster");
        d.status = QStringLiteral("lost");
        d.registeredOn = QDate::currentDate().addDays(30);
        d.assetTag = QString(65, u'x');
        d.notes = QString(2001, u'x');
        const auto errors = DeviceRules::validate(d);
        QStringList fields;
        for (const FieldError& e : errors) {
            fields << e.field;
            QVERIFY2(!e.message.isEmpty(), qPrintable(e.field));
        }
        // In the schema's field order, then the register's own rule (the host name).
        QCOMPARE(fields, strings({"ip", "mac", "device_type", "asset_tag", "registered_on", "status", "notes", "hostname"}));
        QVERIFY(errors.at(0).message.contains(u"10.0.0.300"));
    }

    void validateRequiredAndSpecialMacs()
    {
        DeviceRecord d = device({}, {}, {});
        auto errors = DeviceRules::validate(d);
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors.at(0).field, QStringLiteral("ip"));
        QCOMPARE(errors.at(1).field, QStringLiteral("mac"));
        for (const char* mac : {"00:00:00:00:00:00", "ff:ff:ff:ff:ff:ff", "01:00:5e:00:00:01"}) {
            DeviceRecord m = device({}, QStringLiteral("10.0.0.1"), QString::fromLatin1(mac));
            errors = DeviceRules::validate(m);
            QCOMPARE(errors.size(), 1);
            QCOMPARE(errors.at(0).field, QStringLiteral("mac"));
        }
    }

    void validateSubnet()
    {
        SubnetRecord s;
        s.cidr = QStringLiteral("10.2.0.0/24");
        s.vlan = 20;
        s.gateway = QStringLiteral("10.2.0.1");
        QVERIFY(DeviceRules::validate(s).isEmpty());
        s.gateway = QStringLiteral("10.3.0.1");
        QCOMPARE(DeviceRules::validate(s).value(0).field, QStringLiteral("gateway"));
        s.vlan = 5000;
        s.cidr = QStringLiteral("nonsense");
        const auto errors = DeviceRules::validate(s);
        QCOMPARE(errors.size(), 2);
    }

    void locallyAdministered()
    {
        QVERIFY(DeviceRules::isLocallyAdministered(QStringLiteral("da:a1:19:00:00:01")));
        QVERIFY(DeviceRules::isLocallyAdministered(QStringLiteral("02:00:00:00:00:01")));
        QVERIFY(!DeviceRules::isLocallyAdministered(QStringLiteral("00:1a:2b:3c:4d:5e")));
    }

    void findingsConflicts()
    {
        DeviceRules::Snapshot s;
        s.today = QDate(2024, 10, 1);
        s.devices << device(QStringLiteral("a"), QStringLiteral("10.0.0.1"), QStringLiteral("00:00:00:00:00:01"))
                  << device(QStringLiteral("b"), QStringLiteral("10.0.0.1"), QStringLiteral("00:00:00:00:00:02"))
                  << device(QStringLiteral("c"), QStringLiteral("10.0.0.3"), QStringLiteral("00:00:00:00:00:03"))
                  << device(QStringLiteral("d"), QStringLiteral("10.0.0.4"), QStringLiteral("00:00:00:00:00:03"));
        DeviceRecord retired = device(QStringLiteral("e"), QStringLiteral("10.0.0.4"), QStringLiteral("00:00:00:00:00:09"));
        retired.status = QStringLiteral("retired");
        s.devices << retired;
        const auto list = DeviceRules::findings(s);
        QCOMPARE(countRule(list, QStringLiteral("R-DEV-2"), QStringLiteral("IP 10.0.0.1 is registered to 2 MAC")), 1);
        QCOMPARE(countRule(list, QStringLiteral("R-DEV-2"), QStringLiteral("MAC 00:00:00:00:00:03 is registered on 2 IP")), 1);
        // The retired device does not conflict with the live one on 10.0.0.4.
        QCOMPARE(countRule(list, QStringLiteral("R-DEV-2"), QStringLiteral("IP 10.0.0.4")), 0);
        for (const Finding& f : list) {
            QCOMPARE(f.moduleId, QStringLiteral("devices"));
            if (f.title.contains(u"is registered"))
                QCOMPARE(f.severity, Finding::Severity::Critical);
        }
    }

    void findingsOutsideOwnerlessRandomised()
    {
        DeviceRules::Snapshot s;
        SubnetRecord net;
        net.id = QStringLiteral("n1");
        net.cidr = QStringLiteral("10.0.0.0/24");
        s.subnets << net;
        s.devices << device(QStringLiteral("in"), QStringLiteral("10.0.0.9"), QStringLiteral("00:11:22:33:44:55"))
                  << device(QStringLiteral("out"), QStringLiteral("172.16.0.9"), QStringLiteral("00:11:22:33:44:56"))
                  << device(QStringLiteral("nouser"), QStringLiteral("10.0.0.10"), QStringLiteral("00:11:22:33:44:57"), {})
                  << device(QStringLiteral("rand"), QStringLiteral("10.0.0.11"), QStringLiteral("da:11:22:33:44:58"));
        const auto list = DeviceRules::findings(s);
        QStringList seen;
        for (const Finding& f : list)
            seen << f.ruleId + u'/' + f.recordId;
        seen.sort();
        QCOMPARE(seen, strings({"R-DEV-2/out", "R-DEV-3/rand", "R-DEV-5/nouser"}));
        QCOMPARE(DeviceRules::devicesPerSubnet(s.devices, s.subnets).value(QStringLiteral("n1")), 3);
    }

    void findingsFromSightings()
    {
        DeviceRules::Snapshot s;
        s.today = QDate(2024, 12, 31);
        s.staleDays = 30;
        s.devices << device(QStringLiteral("seen"), QStringLiteral("10.0.0.1"), QStringLiteral("00:00:00:00:00:01"))
                  << device(QStringLiteral("old"), QStringLiteral("10.0.0.2"), QStringLiteral("00:00:00:00:00:02"))
                  << device(QStringLiteral("never"), QStringLiteral("10.0.0.3"), QStringLiteral("00:00:00:00:00:03"));
        DeviceRecord spare = device(QStringLiteral("spare"), QStringLiteral("10.0.0.4"), QStringLiteral("00:00:00:00:00:04"));
        spare.status = QStringLiteral("spare");
        s.devices << spare;
        s.sightings << Sighting{QStringLiteral("10.0.0.1"), QStringLiteral("00:00:00:00:00:01"), QStringLiteral("arp-scan"),
                                QStringLiteral("2024-12-30T08:00:00.000Z")}
                    << Sighting{QStringLiteral("10.0.0.2"), QStringLiteral("00:00:00:00:00:02"), QStringLiteral("arp-scan"),
                                QStringLiteral("2024-10-01T08:00:00.000Z")}
                    << Sighting{QStringLiteral("10.0.0.9"), QStringLiteral("00:00:00:00:00:99"), QStringLiteral("arp-scan"),
                                QStringLiteral("2024-12-30T08:00:00.000Z")}
                    << Sighting{QStringLiteral("10.0.0.3"), QStringLiteral("00:00:00:00:00:77"), QStringLiteral("arp-scan"),
                                QStringLiteral("2024-12-30T08:00:00.000Z")};
        const auto list = DeviceRules::findings(s);
        QStringList stale;
        for (const Finding& f : list)
            if (f.ruleId == u"R-DEV-4")
                stale << f.recordId;
        stale.sort();
        QCOMPARE(stale, strings({"never", "old"}));
        QCOMPARE(countRule(list, QStringLiteral("R-DEV-2"), QStringLiteral("Unregistered device 10.0.0.9 (00:00:00:00:00:99)")), 1);
        QCOMPARE(countRule(list, QStringLiteral("R-DEV-2"), QStringLiteral("IP 10.0.0.3 was seen with MAC 00:00:00:00:00:77")), 1);
    }

    void typeWords()
    {
        QCOMPARE(DeviceTypes::fromText(QStringLiteral("笔记本")), QStringLiteral("laptop"));
        QCOMPARE(DeviceTypes::fromText(QStringLiteral("Access point")), QStringLiteral("access_point"));
        QCOMPARE(DeviceTypes::fromText(QStringLiteral("摄像头")), QStringLiteral("camera"));
        QVERIFY(DeviceTypes::fromText(QStringLiteral("toaster")).isEmpty());
        QCOMPARE(DeviceStatuses::fromText(QStringLiteral("报废")), QStringLiteral("retired"));
    }
};

QTEST_GUILESS_MAIN(TestDeviceRules)
#include "TestDeviceRules.moc"
