// The device table model: search, column filters and sort, checked by QAbstractItemModelTester.
#include "DeviceTestKit.h"
#include "RegisterTableModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace csl;
using namespace csl::test;

class TestDeviceTableModel : public QObject
{
    Q_OBJECT

    static QList<DeviceRecord> sample()
    {
        QList<DeviceRecord> list;
        const char* rows[][6] = {{"10.0.0.10", "00:11:22:33:44:01", "JW-PC-001", "张伟", "行政楼", "201"},
                                 {"10.0.0.9", "00:11:22:33:44:02", "JW-NB-002", "李娜", "教学楼A", "305"},
                                 {"10.0.1.2", "aa:bb:cc:dd:ee:03", "XX-SRV-001", "王芳", "信息中心", "机房"},
                                 {"2001:db8::5", "aa:bb:cc:dd:ee:04", "XX-AP-004", "", "教学楼A", "101"}};
        int n = 0;
        for (const auto& r : rows) {
            DeviceRecord d;
            d.id = QStringLiteral("id%1").arg(++n);
            d.ip = QString::fromUtf8(r[0]);
            d.mac = QString::fromUtf8(r[1]);
            d.hostname = QString::fromUtf8(r[2]);
            d.userName = QString::fromUtf8(r[3]);
            d.building = QString::fromUtf8(r[4]);
            d.room = QString::fromUtf8(r[5]);
            list << d;
        }
        return list;
    }

private Q_SLOTS:
    void searchFilterSort()
    {
        RegisterTableModel model(DeviceSchema::devices());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRecords(toRecords(sample()));
        QCOMPARE(model.rowCount(), 4);
        model.setSearch(QString::fromUtf8("张"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(deviceAt(model, 0).hostname, QStringLiteral("JW-PC-001"));
        model.setSearch(QStringLiteral("AA-BB-CC"));
        QCOMPARE(model.rowCount(), 2);
        model.setSearch(QStringLiteral("aabbccddee03"));
        QCOMPARE(model.rowCount(), 1);
        model.setSearch(QString::fromUtf8("教学楼a 305"));
        QCOMPARE(model.rowCount(), 1);
        model.setSearch(QStringLiteral("10.0.0"));
        QCOMPARE(model.rowCount(), 2);
        model.setSearch(QStringLiteral("10.0.0.1")); // narrowing: 10.0.0.10 only
        QCOMPARE(model.rowCount(), 1);
        model.setSearch(QString());
        QCOMPARE(model.rowCount(), 4);

        model.sort(deviceColumn("ip"), Qt::AscendingOrder);
        QCOMPARE(deviceAt(model, 0).ip, QStringLiteral("10.0.0.9")); // numeric, not text order
        QCOMPARE(deviceAt(model, 1).ip, QStringLiteral("10.0.0.10"));
        QCOMPARE(deviceAt(model, 3).ip, QStringLiteral("2001:db8::5"));
        model.sort(deviceColumn("hostname"), Qt::DescendingOrder);
        QCOMPARE(deviceAt(model, 0).hostname, QStringLiteral("XX-SRV-001"));

        model.setColumnFilter(deviceColumn("location"), QString::fromUtf8("教学楼A"));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(deviceAt(model, 0).hostname, QStringLiteral("XX-AP-004")); // sort kept
        model.setColumnFilter(deviceColumn("location"), QString());
        QCOMPARE(model.rowCount(), 4);

        DeviceRecord d = devicesOf(model).at(0);
        d.userName = QString::fromUtf8("赵敏");
        QVERIFY(model.updateRecord(d.toRecord()));
        model.setSearch(QString::fromUtf8("赵敏"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOf(d.id), 0);
        QCOMPARE(model.data(model.index(0, deviceColumn("user_id"))).toString(), QString::fromUtf8("赵敏"));
        QCOMPARE(model.headerData(deviceColumn("ip"), Qt::Horizontal).toString(), QStringLiteral("IP address"));
    }

    void vendorColumn()
    {
        // The vendor comes from the IEEE tables built into the program (OuiTable), not from the register.
        QList<DeviceRecord> list = sample();
        list[0].mac = QStringLiteral("b8:27:eb:00:00:01"); // MA-L Raspberry Pi Foundation
        list[1].mac = QStringLiteral("00:00:0c:07:ac:01"); // MA-L Cisco Systems, Inc
        list[2].mac = QStringLiteral("70:b3:d5:f2:f0:10"); // MA-S TELEPLATFORMS inside the IEEE's 70-B3-D5
        // list[3] keeps aa:bb:cc:dd:ee:04: locally administered (a randomised MAC, R-DEV-2)
        RegisterTableModel model(DeviceSchema::devices());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRecords(toRecords(list));
        QCOMPARE(model.columnCount(), int(DeviceSchema::devices().columns(Listed).size()));
        QCOMPARE(model.headerData(deviceColumn("vendor"), Qt::Horizontal).toString(), QStringLiteral("Vendor"));
        const auto vendorOf = [&model](const QString& hostname) {
            for (int r = 0; r < model.rowCount(); ++r)
                if (deviceAt(model, r).hostname == hostname)
                    return model.data(model.index(r, deviceColumn("vendor"))).toString();
            return QStringLiteral("(missing)");
        };
        QCOMPARE(vendorOf(QStringLiteral("JW-PC-001")), QStringLiteral("Raspberry Pi Foundation"));
        QCOMPARE(vendorOf(QStringLiteral("JW-NB-002")), QStringLiteral("Cisco Systems, Inc"));
        QCOMPARE(vendorOf(QStringLiteral("XX-SRV-001")), QStringLiteral("TELEPLATFORMS"));
        QCOMPARE(vendorOf(QStringLiteral("XX-AP-004")), QStringLiteral("Randomised MAC"));

        const int cisco = model.rowOf(QStringLiteral("id2"));
        QCOMPARE(model.data(model.index(cisco, deviceColumn("vendor")), Qt::ToolTipRole).toString(),
                 QStringLiteral("Vendor: Cisco Systems, Inc (IEEE block 00-00-0C)"));

        model.sort(deviceColumn("vendor"), Qt::AscendingOrder);
        QCOMPARE(deviceAt(model, 0).hostname, QStringLiteral("JW-NB-002"));  // Cisco …
        QCOMPARE(deviceAt(model, 1).hostname, QStringLiteral("XX-AP-004"));  // Randomised …
        QCOMPARE(deviceAt(model, 2).hostname, QStringLiteral("JW-PC-001"));  // Raspberry …
        QCOMPARE(deviceAt(model, 3).hostname, QStringLiteral("XX-SRV-001")); // TELEPLATFORMS

        model.setColumnFilter(deviceColumn("vendor"), QStringLiteral("raspberry"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(deviceAt(model, 0).hostname, QStringLiteral("JW-PC-001"));
        model.setColumnFilter(deviceColumn("vendor"), QString());

        // An edited MAC changes the vendor shown.
        DeviceRecord d = devicesOf(model).at(0);
        d.mac = QStringLiteral("00:14:22:01:23:45"); // MA-L Dell Inc.
        QVERIFY(model.updateRecord(d.toRecord()));
        QCOMPARE(vendorOf(QStringLiteral("JW-PC-001")), QStringLiteral("Dell Inc."));
    }
};

QTEST_GUILESS_MAIN(TestDeviceTableModel)
#include "TestDeviceTableModel.moc"
