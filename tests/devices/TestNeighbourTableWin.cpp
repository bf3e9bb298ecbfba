// The Windows neighbour table's rows (NeighbourTableWin.h, read by GetIpNetTable2) turned into sightings.
#include "NeighbourTable.h"

#include <QTest>

#include <vector>

using namespace csl;

class TestNeighbourTableWin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsToSightings()
    {
        // What GetIpNetTable2 gives on a school PC: the gateway, a printer, IPv6 neighbours, entries in flight.
        const std::vector<NeighbourRow> rows{
            {"10.20.1.1", {0x00, 0xe0, 0xfc, 0x12, 0x34, 0x56}, NeighbourState::Reachable},
            {"10.20.1.77", {0x00, 0x14, 0x22, 0x01, 0x23, 0x45}, NeighbourState::Stale},
            {"10.20.1.78", {0, 0, 0, 0, 0, 0}, NeighbourState::Incomplete},
            {"10.20.1.79", {0x00, 0x14, 0x22, 0x01, 0x23, 0x79}, NeighbourState::Unreachable},
            {"10.20.1.255", {0xff, 0xff, 0xff, 0xff, 0xff, 0xff}, NeighbourState::Permanent},
            {"224.0.0.22", {0x01, 0x00, 0x5e, 0x00, 0x00, 0x16}, NeighbourState::Permanent},
            {"fe80::1", {0x00, 0xe0, 0xfc, 0x12, 0x34, 0x56}, NeighbourState::Delay},
            {"2001:DB8::10", {0xda, 0xa1, 0x19, 0x3c, 0x00, 0x12}, NeighbourState::Probe},
        };
        const QList<Sighting> seen = NeighbourTable::fromWindowsRows(rows);
        QStringList got;
        for (const Sighting& s : seen) {
            QCOMPARE(s.source, QStringLiteral("windows"));
            QVERIFY(!s.seenAt.isEmpty());
            got << s.ip + u' ' + s.mac;
        }
        // Incomplete and unreachable rows, the broadcast and the multicast entries are left out, as on Linux;
        // IPv6 text is made canonical (lower case).
        QCOMPARE(got, (QStringList{QStringLiteral("10.20.1.1 00:e0:fc:12:34:56"),
                                   QStringLiteral("10.20.1.77 00:14:22:01:23:45"),
                                   QStringLiteral("fe80::1 00:e0:fc:12:34:56"),
                                   QStringLiteral("2001:db8::10 da:a1:19:3c:00:12")}));
    }
};

QTEST_GUILESS_MAIN(TestNeighbourTableWin)
#include "TestNeighbourTableWin.moc"
