// The device page in a real window: import a file, search, edit into a conflict, see the finding, undo, print to PDF.
#include "DeviceDialog.h"
#include "DeviceRepository.h"
#include "DeviceTableModel.h"
#include "DevicesPage.h"
#include "ImportWizard.h"
#include "TempStore.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QTest>

using namespace csl;
using namespace csl::test;

class TestDevicesPage : public QObject
{
    Q_OBJECT

    static QString data(const char* name)
    {
        return QDir(qEnvironmentVariable("CSL_TEST_DATA")).filePath(QString::fromLatin1(name));
    }
    static QString outDir()
    {
        const QString dir = QDir(qEnvironmentVariable("CSL_BINARY_DIR", QDir::tempPath())).filePath(QStringLiteral("devices-gui"));
        QDir().mkpath(dir);
        return dir;
    }
    template<typename T>
    static T* child(QWidget* w, const char* name)
    {
        T* c = w->findChild<T*>(QString::fromLatin1(name));
        if (!c)
            qWarning("no child %s", name);
        return c;
    }
    static QString findingsText(QWidget* page)
    {
        QStringList lines;
        auto* list = child<QListWidget>(page, "deviceFindings");
        for (int i = 0; i < list->count(); ++i)
            lines << list->item(i)->text();
        return lines.join(u'\n');
    }

private Q_SLOTS:
    void importSearchEditPrint()
    {
        TempWorkspace tw;
        QVERIFY(tw.store().setMeta(QStringLiteral("school.name"), QString::fromUtf8("江苏省扬州市育才实验学校")));
        SubnetRecord net;
        net.cidr = QStringLiteral("10.20.1.0/24");
        net.vlan = 20;
        net.gateway = QStringLiteral("10.20.1.1");
        net.building = QString::fromUtf8("行政楼");
        net.purpose = QString::fromUtf8("办公");
        QVERIFY(DeviceRepository(tw.store()).addSubnet(net));

        DevicesPage page(tw.ws());
        page.resize(1280, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.model()->rowCount(), 0);

        // Import the GBK file through the import dialog.
        auto* wizard = page.importFile(data("devices_gbk.csv"));
        QVERIFY(wizard);
        QVERIFY(wizard->isVisible());
        QCOMPARE(child<QListWidget>(wizard, "importErrors")->count(), 0);
        QTest::mouseClick(child<QPushButton>(wizard, "importButton"), Qt::LeftButton);
        QTRY_COMPARE(page.model()->rowCount(), 3);

        // Search as you type.
        auto* search = child<QLineEdit>(&page, "deviceSearch");
        QTest::keyClicks(search, QStringLiteral("jw-pc-01"));
        QCOMPARE(page.model()->rowCount(), 2);
        QTest::keyClicks(search, QStringLiteral("2"));
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->deviceAt(0).userName, QString::fromUtf8("李娜"));
        search->clear();
        search->insert(QString::fromUtf8("李娜")); // as an input method commits it
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->deviceAt(0).hostname, QStringLiteral("JW-PC-012"));
        search->clear();
        QTest::keyClicks(search, QStringLiteral("aa-bb-cc-01-00-13"));
        QCOMPARE(page.model()->rowCount(), 1);
        search->clear();
        QCOMPARE(page.model()->rowCount(), 3);

        // Edit the laptop onto the desktop's IP: first a bad MAC (refused, stays open), then the conflict.
        const DeviceRecord laptop = page.model()->deviceAt(page.model()->rowOf(page.model()->devices().at(1).id));
        auto* dialog = page.editDevice(laptop.id);
        QVERIFY(dialog);
        child<QLineEdit>(dialog, "macEdit")->setText(QStringLiteral("zz-zz"));
        QTest::mouseClick(child<QPushButton>(dialog, "deviceDialogOk"), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(child<QLabel>(dialog, "deviceDialogError")->text().contains(u"zz-zz"));
        child<QLineEdit>(dialog, "macEdit")->setText(laptop.mac);
        child<QLineEdit>(dialog, "ipEdit")->setText(QStringLiteral("10.20.1.11"));
        child<QLineEdit>(dialog, "roomEdit")->setText(QStringLiteral("203"));
        QTest::mouseClick(child<QPushButton>(dialog, "deviceDialogOk"), Qt::LeftButton);
        QTRY_VERIFY(findingsText(&page).contains(u"[R-DEV-2] IP 10.20.1.11 is registered to 2 MAC addresses"));
        QVERIFY(findingsText(&page).contains(u"[R-DEV-5]")); // the printer has no user
        QCOMPARE(DeviceRepository(tw.store()).find(laptop.id)->room, QStringLiteral("203"));
        QVERIFY(page.grab().save(QDir(outDir()).filePath(QStringLiteral("devices_page.png"))));

        // Print the form to PDF while the conflict shows, then undo the edit.
        const QString pdf = QDir(outDir()).filePath(QStringLiteral("devices_register.pdf"));
        QFile::remove(pdf);
        const Status printed = page.printToPdf(pdf);
        QVERIFY2(printed, qPrintable(printed.ok() ? QString() : printed.error().message));
        QVERIFY(QFileInfo(pdf).size() > 5000);
        QProcess fonts;
        fonts.start(QStringLiteral("pdffonts"), {pdf});
        QVERIFY(fonts.waitForFinished(30000));
        const QString fontList = QString::fromUtf8(fonts.readAllStandardOutput());
        QVERIFY2(fontList.contains(u"CJK"), qPrintable(fontList));
        QVERIFY2(fontList.contains(u" yes "), qPrintable(fontList)); // embedded
        QProcess::execute(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"),
                                                       QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                                       QStringLiteral("1"), pdf, QDir(outDir()).filePath(QStringLiteral("page"))});

        // Seen on the network: an arp-scan file with an unregistered device; one click registers it.
        const QString scan = QDir(outDir()).filePath(QStringLiteral("arp-scan.txt"));
        {
            QFile f(scan);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write("10.20.1.11\taa:bb:cc:01:00:11\t(Unknown)\n10.20.1.77\t00:14:22:01:23:45\tDell Inc.\n");
        }
        page.importSightings(scan);
        QVERIFY(child<QLabel>(&page, "deviceBanner")->text().contains(u"1 unregistered"));
        auto* findings = child<QListWidget>(&page, "deviceFindings");
        QListWidgetItem* unregistered = nullptr;
        for (int i = 0; i < findings->count(); ++i)
            if (findings->item(i)->text().contains(u"Unregistered device 10.20.1.77"))
                unregistered = findings->item(i);
        QVERIFY(unregistered);
        Q_EMIT findings->itemActivated(unregistered);
        DeviceDialog* fromScan = nullptr;
        for (DeviceDialog* d : page.findChildren<DeviceDialog*>(QStringLiteral("deviceDialog")))
            if (d->isVisible())
                fromScan = d;
        QVERIFY(fromScan && fromScan->isVisible());
        QCOMPARE(child<QLineEdit>(fromScan, "macEdit")->text(), QStringLiteral("00:14:22:01:23:45"));
        QTest::mouseClick(child<QPushButton>(fromScan, "deviceDialogOk"), Qt::LeftButton);
        QTRY_COMPARE(page.model()->rowCount(), 4);
        QVERIFY(!findingsText(&page).contains(u"Unregistered device 10.20.1.77"));
        QTest::mouseClick(child<QPushButton>(&page, "undoDevice"), Qt::LeftButton); // undoes the registration
        QTRY_COMPARE(page.model()->rowCount(), 3);
        auto* again = page.editDevice(laptop.id);
        QVERIFY(again);
        QTest::mouseClick(child<QPushButton>(again, "deviceDialogCancel"), Qt::LeftButton);
        QTRY_VERIFY(page.findChildren<DeviceDialog*>(QStringLiteral("deviceDialog")).isEmpty());
        // Undo the conflicting edit by restoring the laptop's IP through the dialog-free path.
        DeviceRecord restored = *DeviceRepository(tw.store()).find(laptop.id);
        restored.ip = laptop.ip;
        QVERIFY(DeviceRepository(tw.store()).update(restored));
        page.reload();
        QVERIFY(!findingsText(&page).contains(u"IP 10.20.1.11 is registered to 2"));
        QCOMPARE(DeviceRepository(tw.store()).find(laptop.id)->ip, QStringLiteral("10.20.1.12"));
        QVERIFY(tw.store().journal().verify().ok);
    }
};

QTEST_MAIN(TestDevicesPage)
#include "TestDevicesPage.moc"
