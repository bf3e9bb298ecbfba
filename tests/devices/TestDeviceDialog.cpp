// The device form in a real window: the vendor line under the MAC follows what the officer types.
#include "DevicesPage.h"
#include "RecordDialog.h"
#include "TempStore.h"
#include "Translations.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace csl;
using namespace csl::test;

class TestDeviceDialog : public QObject
{
    Q_OBJECT

    static QString outDir()
    {
        const QString dir =
            QDir(qEnvironmentVariable("CSL_BINARY_DIR", QDir::tempPath())).filePath(QStringLiteral("devices-gui"));
        QDir().mkpath(dir);
        return dir;
    }

private Q_SLOTS:
    void cleanup() { installTranslations(QStringLiteral("en")); }

    void vendorFollowsTyping()
    {
        installTranslations(QStringLiteral("en"));
        TempWorkspace tw;
        DevicesPage page(tw.ws());
        RecordDialog& dialog = *page.editRecord(); // the kit's form, with the page's vendor line under the MAC
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* mac = dialog.findChild<QLineEdit*>(QStringLiteral("edit_mac"));
        auto* vendor = dialog.findChild<QLabel*>(QStringLiteral("macVendor"));
        QVERIFY(mac && vendor);
        QVERIFY(vendor->isVisible());
        QCOMPARE(vendor->text(), QStringLiteral("Vendor: shown from the first three octets"));

        // Typed key by key: nothing until the sixth digit, then the MA-L owner, then the MA-M block.
        mac->setFocus();
        QTest::keyClicks(mac, QStringLiteral("74:1a:e"));
        QCOMPARE(vendor->text(), QStringLiteral("Vendor: shown from the first three octets"));
        QTest::keyClicks(mac, QStringLiteral("0"));
        QCOMPARE(vendor->text(), QStringLiteral("Vendor: IEEE Registration Authority (IEEE block 74-1A-E0)"));
        QTest::keyClicks(mac, QStringLiteral(":5a:bc:de"));
        QCOMPARE(vendor->text(),
                 QStringLiteral("Vendor: FUJIAN TAILI COMMUNICATION TECHNOLOGY CO.,LTD (IEEE block 74-1A-E0-5)"));

        // Pasted in another spelling, a randomised MAC, an unknown block.
        mac->setText(QStringLiteral("0000.0C07.AC01"));
        QCOMPARE(vendor->text(), QStringLiteral("Vendor: Cisco Systems, Inc (IEEE block 00-00-0C)"));
        mac->setText(QStringLiteral("DA-A1-19-3C-00-12"));
        QVERIFY2(vendor->text().contains(QStringLiteral("locally administered")), qPrintable(vendor->text()));
        mac->setText(QStringLiteral("fc:ff:fe:00:00:14"));
        QCOMPARE(vendor->text(), QStringLiteral("Vendor: no organisation is registered for FC-FF-FE."));
    }

    void editingShowsTheRegisteredVendorInChinese()
    {
        installTranslations(QStringLiteral("zh_CN"));
        TempWorkspace tw;
        DevicesPage page(tw.ws());
        RecordDialog& dialog = *page.addRecord({{QStringLiteral("ip"), QStringLiteral("10.20.1.13")},
                                                {QStringLiteral("mac"), QStringLiteral("00:14:22:01:23:45")},
                                                {QStringLiteral("hostname"), QStringLiteral("JW-PC-013")}});
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* vendor = dialog.findChild<QLabel*>(QStringLiteral("macVendor"));
        QVERIFY(vendor);
        QCOMPARE(vendor->text(), QString::fromUtf8("厂商：Dell Inc.（IEEE 号段 00-14-22）"));
        QVERIFY(dialog.grab().save(QDir(outDir()).filePath(QStringLiteral("device_dialog_vendor.png"))));
        dialog.findChild<QLineEdit*>(QStringLiteral("edit_mac"))->setText(QStringLiteral("da:a1:19:3c:00:12"));
        QCOMPARE(vendor->text(),
                 QString::fromUtf8("随机或本地管理的 MAC 地址：无法识别厂商，且可能随时变化（R-DEV-2）。"));
        QVERIFY(dialog.grab().save(QDir(outDir()).filePath(QStringLiteral("device_dialog_randomised.png"))));
    }
};

QTEST_MAIN(TestDeviceDialog)
#include "TestDeviceDialog.moc"
