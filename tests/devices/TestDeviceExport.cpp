// Device export: the MAC vendor column in CSV and XLSX, read back, and left alone when the file is imported again.
#include "RegisterExport.h"
#include "RegisterRepository.h"
#include "DeviceSchema.h"
#include "RegisterImport.h"
#include "DeviceRepository.h"
#include "DeviceTestKit.h"
#include "OuiTable.h"
#include "TempStore.h"
#include "Translations.h"

#include <QDir>
#include <QTest>

using namespace csl;
using namespace csl::test;

class TestDeviceExport : public QObject
{
    Q_OBJECT

    static QList<DeviceRecord> devices()
    {
        QList<DeviceRecord> list;
        const char* rows[][4] = {{"10.20.1.11", "00:00:0c:07:ac:01", "CORE-SW-01", "switch"},
                                 {"10.20.1.12", "da:a1:19:3c:00:12", "WANG-PHONE", "phone"},
                                 {"10.20.1.13", "00:14:22:01:23:45", "JW-PC-013", "desktop"},
                                 {"10.20.1.14", "fc:ff:fe:00:00:14", "LAB-BOARD", "other"}};
        for (const auto& r : rows) {
            DeviceRecord d;
            d.ip = QString::fromLatin1(r[0]);
            d.mac = QString::fromLatin1(r[1]);
            d.hostname = QString::fromLatin1(r[2]);
            d.type = QString::fromLatin1(r[3]);
            d.building = QString::fromUtf8("信息楼");
            d.room = QStringLiteral("101");
            d.registeredOn = QDate(2025, 9, 1);
            list << d;
        }
        return list;
    }

    /// Writes, reads back, checks the vendor column and imports the file into a new register.
    void roundTrip(const QString& name)
    {
        TempWorkspace tw;
        const QString path = QDir(tw.dir()).filePath(name);
        QVERIFY(RegisterExport::write(path, RegisterExport::formatFor(path), DeviceSchema::devices(),
                                      toRecords(devices())));
        const auto table = RegisterImport::readFile(path);
        QVERIFY2(table, qPrintable(table.ok() ? QString() : table.error().message));
        QCOMPARE(table->header.at(1), DeviceSchema::devices().label(QStringLiteral("mac")));
        QCOMPARE(table->header.at(2), DeviceSchema::devices().label(QStringLiteral("vendor")));
        QCOMPARE(table->rows.size(), 4);
        QCOMPARE(table->rows.at(0).at(2), QStringLiteral("Cisco Systems, Inc"));
        QCOMPARE(table->rows.at(1).at(2), OuiTable::label(u"da:a1:19:3c:00:12")); // randomised, R-DEV-2
        QVERIFY(!table->rows.at(1).at(2).isEmpty());
        QCOMPARE(table->rows.at(2).at(2), QStringLiteral("Dell Inc."));
        QCOMPARE(table->rows.at(3).at(2), QString()); // no organisation registered for FC-FF-FE

        // The importer maps no field to the vendor column: it is derived, not registered data.
        RegisterImport import(tw.store(), DeviceSchema::devices());
        const RegisterImport::Mapping mapping = import.guessMapping(table->header);
        for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
            QVERIFY2(it.value() != 2, qPrintable(QStringLiteral("%1 mapped to the vendor column").arg(it.key())));
        QCOMPARE(mapping.value(QStringLiteral("mac")), 1);
        QCOMPARE(mapping.value(QStringLiteral("hostname")), 3);
        const RegisterImport::Plan plan = import.prepare(*table, mapping);
        QCOMPARE(plan.badRows, 0);
        QVERIFY(import.commit(plan, false));
        const QList<DeviceRecord> back = DeviceRepository(tw.store()).all();
        QCOMPARE(back.size(), 4);
        QStringList macs;
        for (const DeviceRecord& d : back)
            macs << d.mac + u' ' + d.hostname;
        macs.sort();
        QCOMPARE(macs, (QStringList{QStringLiteral("00:00:0c:07:ac:01 CORE-SW-01"),
                                    QStringLiteral("00:14:22:01:23:45 JW-PC-013"),
                                    QStringLiteral("da:a1:19:3c:00:12 WANG-PHONE"),
                                    QStringLiteral("fc:ff:fe:00:00:14 LAB-BOARD")}));
    }

private Q_SLOTS:
    void cleanup() { installTranslations(QStringLiteral("en")); }

    void vendorColumn_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("name");
        QTest::newRow("csv en") << QStringLiteral("en") << QStringLiteral("devices.csv");
        QTest::newRow("xlsx en") << QStringLiteral("en") << QStringLiteral("devices.xlsx");
        QTest::newRow("csv zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("devices.csv");
        QTest::newRow("xlsx zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("devices.xlsx");
    }

    void vendorColumn()
    {
        QFETCH(QString, language);
        QFETCH(QString, name);
        installTranslations(language);
        if (language == u"zh_CN") {
            QCOMPARE(DeviceSchema::devices().label(QStringLiteral("vendor")), QString::fromUtf8("厂商"));
            QCOMPARE(OuiTable::label(u"da:a1:19:3c:00:12"), QString::fromUtf8("随机 MAC"));
        } else {
            QCOMPARE(DeviceSchema::devices().label(QStringLiteral("vendor")), QStringLiteral("Vendor"));
        }
        roundTrip(name);
    }

    void exportedInOneLanguageImportsInTheOther_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("name");
        for (const char* suffix : {"csv", "xlsx"}) {
            QTest::addRow("zh_CN to en, %s", suffix) << u"zh_CN"_qs << u"en"_qs << QStringLiteral("d.%1").arg(QLatin1String(suffix));
            QTest::addRow("en to zh_CN, %s", suffix) << u"en"_qs << u"zh_CN"_qs << QStringLiteral("d.%1").arg(QLatin1String(suffix));
        }
    }
    void exportedInOneLanguageImportsInTheOther()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, name);
        TempWorkspace tw;
        QList<DeviceRecord> list = devices();
        list[0].status = QStringLiteral("spare");
        list[2].type = QStringLiteral("printer");
        installTranslations(from);
        const QString path = QDir(tw.dir()).filePath(name);
        QVERIFY(RegisterExport::write(path, RegisterExport::formatFor(path), DeviceSchema::devices(), toRecords(list)));
        auto table = RegisterImport::readFile(path);
        QVERIFY(table);
        // The file speaks the language it was written in: headers and choices.
        QCOMPARE(table->header.first(), from == u"zh_CN" ? u"IP 地址"_qs : u"IP address"_qs);
        QCOMPARE(table->rows.at(2).at(table->header.indexOf(DeviceSchema::devices().label(u"device_type"_qs))),
                 from == u"zh_CN" ? u"打印机"_qs : u"Printer"_qs);
        installTranslations(to);
        RegisterImport import(tw.store(), DeviceSchema::devices());
        const RegisterImport::Mapping mapping = import.guessMapping(table->header);
        for (const QString& key : {u"ip"_qs, u"mac"_qs, u"hostname"_qs, u"device_type"_qs, u"building"_qs, u"room"_qs,
                                   u"registered_on"_qs, u"status"_qs, u"notes"_qs})
            QVERIFY2(mapping.value(key, -1) >= 0, qPrintable(key));
        const RegisterImport::Plan plan = import.prepare(*table, mapping);
        QCOMPARE(plan.badRows, 0);
        QVERIFY(import.commit(plan, false));
        QList<DeviceRecord> back = DeviceRepository(tw.store()).all();
        QCOMPARE(back.size(), list.size());
        std::sort(back.begin(), back.end(), [](const DeviceRecord& a, const DeviceRecord& b) { return a.ip < b.ip; });
        for (int i = 0; i < list.size(); ++i) {
            QCOMPARE(back.at(i).mac, list.at(i).mac);
            QCOMPARE(back.at(i).type, list.at(i).type);
            QCOMPARE(back.at(i).status, list.at(i).status);
            QCOMPARE(back.at(i).location(), list.at(i).location());
            QCOMPARE(back.at(i).registeredOn, list.at(i).registeredOn);
        }
    }
};

QTEST_GUILESS_MAIN(TestDeviceExport)
#include "TestDeviceExport.moc"
