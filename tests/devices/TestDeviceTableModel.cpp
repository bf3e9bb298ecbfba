// The device table model: search, column filters and sort, checked by QAbstractItemModelTester.
#include "DeviceTableModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace csl;

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
        DeviceTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDevices(sample());
        QCOMPARE(model.rowCount(), 4);
        model.setSearch(QString::fromUtf8("张"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.deviceAt(0).hostname, QStringLiteral("JW-PC-001"));
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

        model.sort(DeviceTableModel::Ip, Qt::AscendingOrder);
        QCOMPARE(model.deviceAt(0).ip, QStringLiteral("10.0.0.9")); // numeric, not text order
        QCOMPARE(model.deviceAt(1).ip, QStringLiteral("10.0.0.10"));
        QCOMPARE(model.deviceAt(3).ip, QStringLiteral("2001:db8::5"));
        model.sort(DeviceTableModel::Hostname, Qt::DescendingOrder);
        QCOMPARE(model.deviceAt(0).hostname, QStringLiteral("XX-SRV-001"));

        model.setColumnFilter(DeviceTableModel::Location, QString::fromUtf8("教学楼A"));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.deviceAt(0).hostname, QStringLiteral("XX-AP-004")); // sort kept
        model.setColumnFilter(DeviceTableModel::Location, QString());
        QCOMPARE(model.rowCount(), 4);

        DeviceRecord d = model.devices().at(0);
        d.userName = QString::fromUtf8("赵敏");
        QVERIFY(model.updateDevice(d));
        model.setSearch(QString::fromUtf8("赵敏"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOf(d.id), 0);
        QCOMPARE(model.data(model.index(0, DeviceTableModel::User)).toString(), QString::fromUtf8("赵敏"));
        QCOMPARE(model.headerData(DeviceTableModel::Ip, Qt::Horizontal).toString(), QStringLiteral("IP address"));
    }

    void vendorColumn()
    {
        // The vendor comes from the IEEE tables built into the program (OuiTable), not from the register.
        QList<DeviceRecord> list = sample();
        list[0].mac = QStringLiteral("b8:27:eb:00:00:01"); // MA-L Raspberry Pi Foundation
        list[1].mac = QStringLiteral("00:00:0c:07:ac:01"); // MA-L Cisco Systems, Inc
        list[2].mac = QStringLiteral("70:b3:d5:f2:f0:10"); // MA-S TELEPLATFORMS inside the IEEE's 70-B3-D5
        // list[3] keeps aa:bb:cc:dd:ee:04: locally administered (a randomised MAC, R-DEV-2)
        DeviceTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDevices(list);
        QCOMPARE(model.columnCount(), int(DeviceTableModel::ColumnCount));
        QCOMPARE(model.headerData(DeviceTableModel::Vendor, Qt::Horizontal).toString(), QStringLiteral("Vendor"));
        const auto vendorOf = [&model](const QString& hostname) {
            for (int r = 0; r < model.rowCount(); ++r)
                if (model.deviceAt(r).hostname == hostname)
                    return model.data(model.index(r, DeviceTableModel::Vendor)).toString();
            return QStringLiteral("(missing)");
        };
        QCOMPARE(vendorOf(QStringLiteral("JW-PC-001")), QStringLiteral("Raspberry Pi Foundation"));
        QCOMPARE(vendorOf(QStringLiteral("JW-NB-002")), QStringLiteral("Cisco Systems, Inc"));
        QCOMPARE(vendorOf(QStringLiteral("XX-SRV-001")), QStringLiteral("TELEPLATFORMS"));
        QCOMPARE(vendorOf(QStringLiteral("XX-AP-004")), QStringLiteral("Randomised MAC"));

        const int cisco = model.rowOf(QStringLiteral("id2"));
        QCOMPARE(model.data(model.index(cisco, DeviceTableModel::Vendor), Qt::ToolTipRole).toString(),
                 QStringLiteral("Vendor: Cisco Systems, Inc (IEEE block 00-00-0C)"));

        model.sort(DeviceTableModel::Vendor, Qt::AscendingOrder);
        QCOMPARE(model.deviceAt(0).hostname, QStringLiteral("JW-NB-002"));  // Cisco …
        QCOMPARE(model.deviceAt(1).hostname, QStringLiteral("XX-AP-004"));  // Randomised …
        QCOMPARE(model.deviceAt(2).hostname, QStringLiteral("JW-PC-001"));  // Raspberry …
        QCOMPARE(model.deviceAt(3).hostname, QStringLiteral("XX-SRV-001")); // TELEPLATFORMS

        model.setColumnFilter(DeviceTableModel::Vendor, QStringLiteral("raspberry"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.deviceAt(0).hostname, QStringLiteral("JW-PC-001"));
        model.setColumnFilter(DeviceTableModel::Vendor, QString());

        // An edited MAC changes the vendor shown.
        DeviceRecord d = model.devices().at(0);
        d.mac = QStringLiteral("00:14:22:01:23:45"); // MA-L Dell Inc.
        QVERIFY(model.updateDevice(d));
        QCOMPARE(vendorOf(QStringLiteral("JW-PC-001")), QStringLiteral("Dell Inc."));
    }
};

QTEST_GUILESS_MAIN(TestDeviceTableModel)
#include "TestDeviceTableModel.moc"
