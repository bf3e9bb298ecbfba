// Device import: header mapping, per-row errors, all-or-nothing commit, export round trip.
#include "RegisterExport.h"
#include "RegisterRepository.h"
#include "DeviceSchema.h"
#include "RegisterImport.h"
#include "DeviceRepository.h"
#include "DeviceRules.h"
#include "PersonRepository.h"
#include "TempStore.h"

#include <QDir>
#include <QTest>

using namespace csl;
using namespace csl::test;

class TestDeviceImport : public QObject
{
    Q_OBJECT

    static QString data(const char* name)
    {
        return QDir(qEnvironmentVariable("CSL_TEST_DATA")).filePath(QString::fromLatin1(name));
    }

private Q_SLOTS:
    void headerNames()
    {
        TempWorkspace tw;
        const RegisterImport imp(tw.store(), DeviceSchema::devices());
        QCOMPARE(imp.targetForHeader(QString::fromUtf8("IP地址")), QStringLiteral("ip"));
        QCOMPARE(imp.targetForHeader(QStringLiteral("Mac Address")), QStringLiteral("mac"));
        QCOMPARE(imp.targetForHeader(QString::fromUtf8("使用人")), QStringLiteral("user_id"));
        QCOMPARE(imp.targetForHeader(QString::fromUtf8("用户")), QStringLiteral("user_id"));
        QCOMPARE(imp.targetForHeader(QString::fromUtf8("场地")), QStringLiteral("location"));
        QCOMPARE(imp.targetForHeader(QString::fromUtf8("资产编号")), QStringLiteral("asset_tag"));
        QCOMPARE(imp.targetForHeader(QStringLiteral("Registration date")), QStringLiteral("registered_on"));
        QVERIFY(imp.targetForHeader(QString::fromUtf8("序号")).isEmpty());
        const auto m = imp.guessMapping({QString::fromUtf8("序号"), QStringLiteral("IP"), QStringLiteral("MAC")});
        QCOMPARE(m.value(QStringLiteral("ip")), 1);
        QCOMPARE(m.value(QStringLiteral("mac")), 2);
        QCOMPARE(m.value(QStringLiteral("user_id")), -1);
    }

    void splitLocation()
    {
        using P = std::pair<QString, QString>;
        QCOMPARE(DeviceRules::splitLocation(QString::fromUtf8("行政楼 201")), P(QString::fromUtf8("行政楼"), QStringLiteral("201")));
        QCOMPARE(DeviceRules::splitLocation(QString::fromUtf8("实验楼A-204")), P(QString::fromUtf8("实验楼A"), QStringLiteral("204")));
        QCOMPARE(DeviceRules::splitLocation(QString::fromUtf8("门卫室")), P(QString::fromUtf8("门卫室"), QString()));
    }

    void importGbkFile()
    {
        TempWorkspace tw;
        PersonRecord known;
        known.name = QString::fromUtf8("张伟");
        known.department = QString::fromUtf8("教务处");
        auto knownId = PersonRepository(tw.store()).add(known);
        QVERIFY(knownId);
        auto table = RegisterImport::readFile(data("devices_gbk.csv"));
        QVERIFY(table);
        RegisterImport import(tw.store(), DeviceSchema::devices());
        const auto plan = import.prepare(*table, import.guessMapping(table->header));
        QCOMPARE(plan.badRows, 0);
        QCOMPARE(plan.records.size(), 3);
        QCOMPARE(plan.newPeople.size(), 1); // 李娜 is not in the directory yet
        QVERIFY(import.commit(plan, false));
        DeviceRepository repo(tw.store());
        const auto all = repo.all();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0).mac, QStringLiteral("aa:bb:cc:01:00:11"));
        QCOMPARE(all.at(0).userId, *knownId);
        QCOMPARE(all.at(0).building, QString::fromUtf8("行政楼"));
        QCOMPARE(all.at(0).room, QStringLiteral("201"));
        QCOMPARE(all.at(0).assetTag, QStringLiteral("ZC-2023-0011"));
        QCOMPARE(all.at(1).registeredOn, QDate(2024, 9, 2));
        QCOMPARE(all.at(1).userName, QString::fromUtf8("李娜"));
        QCOMPARE(all.at(1).type, QStringLiteral("laptop"));
        QCOMPARE(all.at(2).type, QStringLiteral("printer"));
        QVERIFY(all.at(2).userId.isEmpty());
        QCOMPARE(PersonRepository(tw.store()).count(), 2);
        QVERIFY(tw.store().journal().verify().ok);
    }

    void badRowsNameRowAndColumn()
    {
        TempWorkspace tw;
        auto table = RegisterImport::readFile(data("devices_bad.csv"));
        QVERIFY(table);
        RegisterImport import(tw.store(), DeviceSchema::devices());
        const auto plan = import.prepare(*table, import.guessMapping(table->header));
        QCOMPARE(plan.badRows, 3);
        QCOMPARE(plan.records.size(), 2);
        QStringList lines;
        for (const auto& e : plan.errors)
            lines << e.format();
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.at(0).startsWith(u"row 3, column IP: \"10.30.0.300\""), qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).startsWith(u"row 4, column MAC: "), qPrintable(lines.at(1)));
        QVERIFY2(lines.at(2).startsWith(QString::fromUtf8("row 5, column 设备类型: \"烤面包机\"")), qPrintable(lines.at(2)));
        // All or nothing: refused while bad rows remain.
        const Status refused = import.commit(plan, false);
        QVERIFY(!refused);
        QCOMPARE(DeviceRepository(tw.store()).count(), 0);
        QCOMPARE(PersonRepository(tw.store()).count(), 0);
        // Cancel mid-way: still nothing.
        QVERIFY(!import.commit(plan, true, [](int done, int) { return done < 1; }));
        QCOMPARE(DeviceRepository(tw.store()).count(), 0);
        QVERIFY(import.commit(plan, true));
        QCOMPARE(DeviceRepository(tw.store()).count(), 2);
        // Only the users of written devices were added (王芳, 陈静; not 刘洋).
        QCOMPARE(PersonRepository(tw.store()).count(), 2);
    }

    void exportRoundTrip_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("csv") << QStringLiteral("out.csv");
        QTest::newRow("xlsx") << QStringLiteral("out.xlsx");
    }
    void exportRoundTrip()
    {
        QFETCH(QString, name);
        TempWorkspace a;
        auto table = RegisterImport::readFile(data("devices_utf8_bom.csv"));
        QVERIFY(table);
        RegisterImport ia(a.store(), DeviceSchema::devices());
        QVERIFY(ia.commit(ia.prepare(*table, ia.guessMapping(table->header)), false));
        const QList<DeviceRecord> before = DeviceRepository(a.store()).all();
        const QString path = QDir(a.dir()).filePath(name);
        QVERIFY(RegisterExport::write(path, RegisterExport::formatFor(path), DeviceSchema::devices(),
                                      RegisterReader(a.store(), DeviceSchema::devices()).all()));

        TempWorkspace b;
        auto back = RegisterImport::readFile(path);
        QVERIFY2(back, qPrintable(back.ok() ? QString() : back.error().message));
        RegisterImport ib(b.store(), DeviceSchema::devices());
        const auto plan = ib.prepare(*back, ib.guessMapping(back->header));
        QCOMPARE(plan.badRows, 0);
        QVERIFY(ib.commit(plan, false));
        const QList<DeviceRecord> after = DeviceRepository(b.store()).all();
        QCOMPARE(after.size(), before.size());
        for (int i = 0; i < after.size(); ++i) {
            QCOMPARE(after.at(i).ip, before.at(i).ip);
            QCOMPARE(after.at(i).mac, before.at(i).mac);
            QCOMPARE(after.at(i).userName, before.at(i).userName);
            QCOMPARE(after.at(i).location(), before.at(i).location());
            QCOMPARE(after.at(i).registeredOn, before.at(i).registeredOn);
            QCOMPARE(after.at(i).type, before.at(i).type);
            QCOMPARE(after.at(i).notes, before.at(i).notes);
        }
    }
};

QTEST_GUILESS_MAIN(TestDeviceImport)
#include "TestDeviceImport.moc"
