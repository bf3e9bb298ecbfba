// Neighbour tables and arp-scan output: parsing, matching against the register, sightings as findings.
#include "DeviceRepository.h"
#include "NeighbourTable.h"
#include "TempStore.h"

#include <QTest>

using namespace csl;
using namespace csl::test;

class TestNeighbourTable : public QObject
{
    Q_OBJECT

    static const QString& procArp()
    {
        static const QString s = QStringLiteral(
            "IP address       HW type     Flags       HW address            Mask     Device\n"
            "10.20.1.1        0x1         0x2         00:e0:fc:12:34:56     *        eth0\n"
            "10.20.1.11       0x1         0x2         AA:BB:CC:01:00:11     *        eth0\n"
            "10.20.1.50       0x1         0x0         00:00:00:00:00:00     *        eth0\n");
        return s;
    }

private Q_SLOTS:
    void parsers()
    {
        const auto arp = NeighbourTable::parseProcArp(procArp());
        QCOMPARE(arp.size(), 2); // the incomplete entry is left out
        QCOMPARE(arp.at(1).mac, QStringLiteral("aa:bb:cc:01:00:11"));
        QCOMPARE(arp.at(1).source, QStringLiteral("proc-arp"));

        const auto neigh = NeighbourTable::parse(QStringLiteral(
            "10.20.1.12 dev eth0 lladdr aa:bb:cc:01:00:99 REACHABLE\n"
            "10.20.1.13 dev eth0  FAILED\n"
            "fe80::1 dev eth0 lladdr 00:e0:fc:12:34:56 router STALE\n"));
        QCOMPARE(neigh.size(), 2);
        QCOMPARE(neigh.at(0).source, QStringLiteral("ip-neigh"));
        QCOMPARE(neigh.at(1).ip, QStringLiteral("fe80::1"));

        const auto scan = NeighbourTable::parse(QStringLiteral(
            "Interface: eth0, type: EN10MB, MAC: 08:00:27:aa:bb:cc, IPv4: 10.20.1.5\n"
            "Starting arp-scan 1.10.0 with 256 hosts (https://github.com/royhills/arp-scan)\n"
            "10.20.1.77\t00:14:22:01:23:45\tDell Inc.\n"
            "10.20.1.78\t3c:52:a1:00:00:01\t(Unknown)\n\n"
            "2 packets received by filter, 0 packets dropped by kernel\n"
            "Ending arp-scan 1.10.0: 256 hosts scanned in 1.9 seconds (134.74 hosts/sec). 2 responded\n"));
        QCOMPARE(scan.size(), 2);
        QCOMPARE(scan.at(0).ip, QStringLiteral("10.20.1.77"));
        QCOMPARE(scan.at(0).source, QStringLiteral("arp-scan"));
        QVERIFY(NeighbourTable::readSystem().ok()); // /proc/net/arp exists on Linux, possibly empty
    }

    void matchAndFindings()
    {
        TempWorkspace tw;
        DeviceRepository repo(tw.store());
        DeviceRecord a;
        a.ip = QStringLiteral("10.20.1.11");
        a.mac = QStringLiteral("aa:bb:cc:01:00:11");
        DeviceRecord b;
        b.ip = QStringLiteral("10.20.1.12");
        b.mac = QStringLiteral("aa:bb:cc:01:00:12");
        DeviceRecord c;
        c.ip = QStringLiteral("10.20.1.14");
        c.mac = QStringLiteral("aa:bb:cc:01:00:14");
        for (const DeviceRecord& d : {a, b, c})
            QVERIFY(repo.add(d));
        const QList<Sighting> seen{
            {QStringLiteral("10.20.1.11"), QStringLiteral("aa:bb:cc:01:00:11"), QStringLiteral("arp-scan"), {}},
            {QStringLiteral("10.20.1.12"), QStringLiteral("aa:bb:cc:01:00:99"), QStringLiteral("arp-scan"), {}},
            {QStringLiteral("10.20.1.40"), QStringLiteral("aa:bb:cc:01:00:14"), QStringLiteral("arp-scan"), {}},
            {QStringLiteral("10.20.1.77"), QStringLiteral("00:14:22:01:23:45"), QStringLiteral("arp-scan"), {}}};
        const auto m = NeighbourTable::match(seen, repo.all());
        QCOMPARE(m.matched, 1);
        QCOMPARE(m.changedMac.size(), 1);
        QCOMPARE(m.changedMac.at(0).second.ip, QStringLiteral("10.20.1.12"));
        QCOMPARE(m.movedIp.size(), 1);
        QCOMPARE(m.movedIp.at(0).first.ip, QStringLiteral("10.20.1.40"));
        QCOMPARE(m.unregistered.size(), 1);
        QCOMPARE(m.unregistered.at(0).ip, QStringLiteral("10.20.1.77"));

        QVERIFY(repo.recordSightings(seen));
        QString all;
        for (const Finding& f : tw.ws().findings(QStringLiteral("devices")))
            all += f.ruleId + u' ' + f.title + u'\n';
        QVERIFY2(all.contains(u"R-DEV-2 Unregistered device 10.20.1.77 (00:14:22:01:23:45)"), qPrintable(all));
        QVERIFY2(all.contains(u"R-DEV-2 IP 10.20.1.12 was seen with MAC aa:bb:cc:01:00:99"), qPrintable(all));
    }
};

QTEST_GUILESS_MAIN(TestNeighbourTable)
#include "TestNeighbourTable.moc"
