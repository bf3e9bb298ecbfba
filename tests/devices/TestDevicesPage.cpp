// The device page in a real window: import, search, edit, bulk edit, undo, subnets, the R-DEV-4 threshold, print.
#include "RegisterBulkEditDialog.h"
#include "RecordDialog.h"
#include "RegisterFindingsPanel.h"
#include "DeviceSchema.h"
#include "DeviceRepository.h"
#include "DeviceTestKit.h"
#include "RegisterTableModel.h"
#include "DevicesPage.h"
#include "RegisterImportDialog.h"
#include "MessageBanner.h"
#include "MessageBox.h"
#include "PersonRepository.h"
#include "SubnetDialog.h"
#include "SubnetPanel.h"
#include "TempStore.h"
#include "Translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

#include <memory>

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
        const QString dir =
            QDir(qEnvironmentVariable("CSL_BINARY_DIR", QDir::tempPath())).filePath(QStringLiteral("devices-gui"));
        QDir().mkpath(dir);
        return dir;
    }
    template <typename T> static T* child(QWidget* w, const char* name)
    {
        T* c = w->findChild<T*>(QString::fromLatin1(name));
        if (!c)
            qWarning("no child %s", name);
        return c;
    }
    static QString findingsText(QWidget* page)
    {
        QStringList lines;
        auto* list = child<QListWidget>(page, "registerFindings");
        for (int i = 0; i < list->count(); ++i)
            lines << list->item(i)->text();
        return lines.join(u'\n');
    }

    /// Screenshots to look at: under the system's temporary folder.
    static QString shot(const char* name)
    {
        const QString dir = QDir::temp().filePath(QStringLiteral("csl-devices-page"));
        QDir().mkpath(dir);
        return QDir(dir).filePath(QString::fromLatin1(name));
    }
    template <typename T> static T* visible(QWidget* page)
    {
        for (T* d : page->findChildren<T*>())
            if (d->isVisible())
                return d;
        return nullptr;
    }
    static QString addDevice(Store& store, const QString& ip, int n, const QString& building)
    {
        DeviceRecord d;
        d.ip = ip;
        d.mac = QStringLiteral("00:14:22:00:00:%1").arg(n, 2, 10, QLatin1Char('0'));
        d.hostname = QStringLiteral("PC-%1").arg(n);
        d.building = building;
        d.room = QStringLiteral("10%1").arg(n);
        d.registeredOn = QDate::currentDate();
        auto id = DeviceRepository(store).add(d);
        return id ? *id : QString();
    }
    static int journalCount(Store& store, const char* op, const char* table)
    {
        QSqlQuery q(store.database());
        q.prepare(QStringLiteral("SELECT count(*) FROM journal WHERE op = ? AND record_id IN (SELECT id FROM %1)")
                      .arg(QString::fromLatin1(table)));
        q.addBindValue(QString::fromLatin1(op));
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }
    static void clickRow(QTableView* table, int row, Qt::KeyboardModifiers mods = {})
    {
        QTest::mouseClick(table->viewport(), Qt::LeftButton, mods,
                          table->visualRect(table->model()->index(row, 1)).center());
    }
    static void clickItem(QTreeWidget* tree, QTreeWidgetItem* item)
    {
        QVERIFY(item);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(item).center());
    }
    /// Clicks the box itself: a check box wider than its text ignores a click right of the text.
    static void tick(QCheckBox* box) { QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2)); }
    static QTreeWidgetItem* itemNamed(QTreeWidget* tree, const QString& text)
    {
        const auto found = tree->findItems(text, Qt::MatchExactly | Qt::MatchRecursive);
        return found.isEmpty() ? nullptr : found.first();
    }
    static QString cell(DevicesPage& page, const QString& id, int column)
    {
        const int row = page.model()->rowOf(id);
        return row < 0 ? QString() : page.model()->index(row, column).data().toString();
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
        auto* search = child<QLineEdit>(&page, "registerSearch");
        QTest::keyClicks(search, QStringLiteral("jw-pc-01"));
        QCOMPARE(page.model()->rowCount(), 2);
        QTest::keyClicks(search, QStringLiteral("2"));
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(deviceAt(*page.model(), 0).userName, QString::fromUtf8("李娜"));
        search->clear();
        search->insert(QString::fromUtf8("李娜")); // as an input method commits it
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(deviceAt(*page.model(), 0).hostname, QStringLiteral("JW-PC-012"));
        search->clear();
        QTest::keyClicks(search, QStringLiteral("aa-bb-cc-01-00-13"));
        QCOMPARE(page.model()->rowCount(), 1);
        search->clear();
        QCOMPARE(page.model()->rowCount(), 3);

        // Edit the laptop onto the desktop's IP: first a bad MAC (refused, stays open), then the conflict.
        const DeviceRecord laptop = deviceAt(*page.model(), page.model()->rowOf(devicesOf(*page.model()).at(1).id));
        auto* dialog = page.editRecord(laptop.id);
        QVERIFY(dialog);
        child<QLineEdit>(dialog, "edit_mac")->setText(QStringLiteral("zz-zz"));
        QTest::mouseClick(child<QPushButton>(dialog, "recordDialogOk"), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(child<QLabel>(dialog, "error_mac")->text().contains(u"zz-zz"));
        child<QLineEdit>(dialog, "edit_mac")->setText(laptop.mac);
        child<QLineEdit>(dialog, "edit_ip")->setText(QStringLiteral("10.20.1.11"));
        child<QLineEdit>(dialog, "edit_room")->setText(QStringLiteral("203"));
        QTest::mouseClick(child<QPushButton>(dialog, "recordDialogOk"), Qt::LeftButton);
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
        QProcess::execute(QStringLiteral("pdftoppm"),
                          {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-f"),
                           QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), pdf,
                           QDir(outDir()).filePath(QStringLiteral("page"))});

        // Seen on the network: an arp-scan file with an unregistered device; one click registers it.
        const QString scan = QDir(outDir()).filePath(QStringLiteral("arp-scan.txt"));
        {
            QFile f(scan);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write("10.20.1.11\taa:bb:cc:01:00:11\t(Unknown)\n10.20.1.77\t00:14:22:01:23:45\tDell Inc.\n");
        }
        page.importSightings(scan);
        QVERIFY(child<MessageBanner>(&page, "registerBanner")->text().contains(u"1 unregistered"));
        auto* findings = child<QListWidget>(&page, "registerFindings");
        QListWidgetItem* unregistered = nullptr;
        for (int i = 0; i < findings->count(); ++i)
            if (findings->item(i)->text().contains(u"Unregistered device 10.20.1.77"))
                unregistered = findings->item(i);
        QVERIFY(unregistered);
        Q_EMIT findings->itemActivated(unregistered);
        RecordDialog* fromScan = nullptr;
        for (RecordDialog* d : page.findChildren<RecordDialog*>(QStringLiteral("recordDialog")))
            if (d->isVisible())
                fromScan = d;
        QVERIFY(fromScan && fromScan->isVisible());
        QCOMPARE(child<QLineEdit>(fromScan, "edit_mac")->text(), QStringLiteral("00:14:22:01:23:45"));
        QTest::mouseClick(child<QPushButton>(fromScan, "recordDialogOk"), Qt::LeftButton);
        QTRY_COMPARE(page.model()->rowCount(), 4);
        QVERIFY(!findingsText(&page).contains(u"Unregistered device 10.20.1.77"));
        QTest::mouseClick(child<QPushButton>(&page, "undoRecord"), Qt::LeftButton); // undoes the registration
        QTRY_COMPARE(page.model()->rowCount(), 3);
        auto* again = page.editRecord(laptop.id);
        QVERIFY(again);
        QTest::mouseClick(child<QPushButton>(again, "recordDialogCancel"), Qt::LeftButton);
        QTRY_VERIFY(page.findChildren<RecordDialog*>(QStringLiteral("recordDialog")).isEmpty());
        // Undo the conflicting edit by restoring the laptop's IP through the dialog-free path.
        DeviceRecord restored = *DeviceRepository(tw.store()).find(laptop.id);
        restored.ip = laptop.ip;
        QVERIFY(DeviceRepository(tw.store()).update(restored));
        page.reload();
        QVERIFY(!findingsText(&page).contains(u"IP 10.20.1.11 is registered to 2"));
        QCOMPARE(DeviceRepository(tw.store()).find(laptop.id)->ip, QStringLiteral("10.20.1.12"));
        QVERIFY(tw.store().journal().verify().ok);
    }

    void bulkEditAndUndo()
    {
        TempWorkspace tw;
        PersonRecord teacher;
        teacher.name = QString::fromUtf8("王芳");
        teacher.department = QString::fromUtf8("教务处");
        const auto teacherId = PersonRepository(tw.store()).add(teacher);
        QVERIFY(teacherId);
        const QString office = QString::fromUtf8("行政楼");
        for (int n = 1; n <= 4; ++n)
            QVERIFY(!addDevice(tw.store(), QStringLiteral("10.20.1.%1").arg(10 + n), n, office).isEmpty());

        DevicesPage page(tw.ws());
        page.resize(1280, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* table = child<QTableView>(&page, "registerTable");
        QCOMPARE(page.model()->rowCount(), 4);
        clickRow(table, 0);
        clickRow(table, 1, Qt::ControlModifier);
        clickRow(table, 2, Qt::ControlModifier);
        const QStringList chosen = page.selectedIds();
        QCOMPARE(chosen.size(), 3);
        const QString untouched = deviceAt(*page.model(), 3).id;
        const int updatesBefore = journalCount(tw.store(), "update", "devices");

        QTest::mouseClick(child<QPushButton>(&page, "bulkEdit"), Qt::LeftButton);
        QPointer<RegisterBulkEditDialog> dialog = visible<RegisterBulkEditDialog>(&page);
        QVERIFY(dialog);
        auto* preview = child<QLabel>(dialog, "bulkPreview");
        auto* ok = child<QPushButton>(dialog, "bulkEditOk");
        QVERIFY(!ok->isEnabled());
        QVERIFY(!child<QComboBox>(dialog, "bulk_status")->isEnabled());
        // Ticking status with the value all three already have changes nothing.
        tick(child<QCheckBox>(dialog, "change_status"));
        QVERIFY(child<QComboBox>(dialog, "bulk_status")->isEnabled());
        QVERIFY2(preview->text().contains(u"None of the 3"), qPrintable(preview->text()));
        QVERIFY(!ok->isEnabled());
        auto* status = child<QComboBox>(dialog, "bulk_status");
        status->setCurrentIndex(status->findData(QStringLiteral("spare")));
        tick(child<QCheckBox>(dialog, "change_user_id"));
        auto* user = child<QComboBox>(dialog, "bulk_user_id");
        user->setCurrentIndex(user->findData(*teacherId));
        tick(child<QCheckBox>(dialog, "change_building"));
        child<QLineEdit>(dialog, "bulk_building")->insert(QString::fromUtf8("实验楼"));
        QVERIFY2(preview->text().startsWith(u"3 of the 3 selected records will change"), qPrintable(preview->text()));
        QVERIFY(ok->isEnabled());
        QVERIFY(dialog->grab().save(shot("bulk_edit.png")));
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(!dialog || !dialog->isVisible());

        // One journal entry per device, and the table shows the new values.
        QCOMPARE(journalCount(tw.store(), "update", "devices"), updatesBefore + 3);
        for (const QString& id : chosen) {
            QCOMPARE(cell(page, id, deviceColumn("status")), DeviceStatuses::label(QStringLiteral("spare")));
            QCOMPARE(cell(page, id, deviceColumn("user_id")), QString::fromUtf8("王芳"));
            QVERIFY(cell(page, id, deviceColumn("location")).startsWith(QString::fromUtf8("实验楼")));
        }
        QCOMPARE(cell(page, untouched, deviceColumn("status")), DeviceStatuses::label(QStringLiteral("in_use")));
        QVERIFY(child<MessageBanner>(&page, "registerBanner")->text().contains(u"3"));

        // Undo writes all three back.
        auto* undo = child<QPushButton>(&page, "undoRecord");
        QVERIFY(undo->isEnabled());
        QTest::mouseClick(undo, Qt::LeftButton);
        QCOMPARE(journalCount(tw.store(), "update", "devices"), updatesBefore + 6);
        QVERIFY(!undo->isEnabled());
        for (const QString& id : chosen) {
            const DeviceRecord d = *DeviceRepository(tw.store()).find(id);
            QCOMPARE(d.status, QStringLiteral("in_use"));
            QVERIFY(d.userId.isEmpty());
            QCOMPARE(d.building, office);
            QVERIFY(cell(page, id, deviceColumn("location")).startsWith(office));
        }

        // A bulk change that fails part-way writes nothing (one transaction).
        const Status failed = DeviceRepository(tw.store())
                                  .updateMany({chosen.at(0), QStringLiteral("no-such-device")},
                                              {{QStringLiteral("status"), QStringLiteral("retired")}});
        QVERIFY(!failed);
        QVERIFY(failed.error().message.contains(u"no-such-device"));
        QCOMPARE(DeviceRepository(tw.store()).find(chosen.at(0))->status, QStringLiteral("in_use"));
        QCOMPARE(journalCount(tw.store(), "update", "devices"), updatesBefore + 6);
        // The dialog names a device it cannot change and stays open.
        DeviceRecord gone;
        gone.id = QStringLiteral("no-such-device");
        RegisterBulkEditDialog stale(tw.ws(), DeviceSchema::devices(), {gone.toRecord()}, &page);
        stale.setField(QStringLiteral("status"), QStringLiteral("retired"));
        stale.save();
        QVERIFY(child<QLabel>(&stale, "bulkEditError")->text().contains(u"no-such-device"));
        QCOMPARE(stale.result(), int(QDialog::Rejected));

        // Remove several at once, after asking; undo brings them all back.
        clickRow(table, 1);
        clickRow(table, 2, Qt::ControlModifier);
        page.activateWindow(); // shortcuts reach the active window only
        QVERIFY(QTest::qWaitForWindowActive(&page));
        MessageBox::setNextAnswer(QMessageBox::No);
        QTest::keyClick(table, Qt::Key_Delete); // the Delete key asks too (a button's shortcut clicks it after 100 ms)
        QTRY_VERIFY2(MessageBox::lastText().contains(u"2 selected record"), qPrintable(MessageBox::lastText()));
        QCOMPARE(page.model()->rowCount(), 4);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(child<QPushButton>(&page, "removeRecord"), Qt::LeftButton);
        MessageBox::setNextAnswer(std::nullopt);
        QCOMPARE(page.model()->rowCount(), 2);
        QCOMPARE(DeviceRepository(tw.store()).count(), 2);
        QCOMPARE(journalCount(tw.store(), "delete", "devices"), 2);
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier); // Ctrl+Z undoes
        QTRY_COMPARE(page.model()->rowCount(), 4);
        QCOMPARE(journalCount(tw.store(), "restore", "devices"), 2);
        QVERIFY(tw.store().journal().verify().ok);
    }

    void subnetEditing()
    {
        TempWorkspace tw;
        const QString office = QString::fromUtf8("行政楼");
        for (int n = 1; n <= 3; ++n)
            addDevice(tw.store(), QStringLiteral("10.20.1.%1").arg(10 + n), n, office);
        addDevice(tw.store(), QStringLiteral("10.30.0.1"), 4, QString::fromUtf8("实验楼"));
        addDevice(tw.store(), QStringLiteral("10.30.0.2"), 5, QString::fromUtf8("实验楼"));

        DevicesPage page(tw.ws());
        page.resize(1280, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        SubnetPanel* panel = page.subnetPanel();
        QTreeWidget* tree = panel->tree();
        QCOMPARE(page.model()->rowCount(), 5);

        // A bad CIDR first: the error sits under the field and the dialog stays open.
        QTest::mouseClick(child<QToolButton>(panel, "addSubnet"), Qt::LeftButton);
        QPointer<SubnetDialog> dialog = visible<SubnetDialog>(&page);
        QVERIFY(dialog);
        QTest::keyClicks(child<QLineEdit>(dialog, "cidrEdit"), QStringLiteral("10.20.1.300/24"));
        QTest::keyClicks(child<QLineEdit>(dialog, "gatewayEdit"), QStringLiteral("10.99.0.1"));
        QTest::mouseClick(child<QPushButton>(dialog, "subnetDialogOk"), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        auto* cidrError = child<QLabel>(dialog, "cidrError");
        QVERIFY(cidrError->isVisible());
        QVERIFY2(cidrError->text().contains(u"10.20.1.300/24"), qPrintable(cidrError->text()));
        // A good CIDR, but a gateway outside it.
        child<QLineEdit>(dialog, "cidrEdit")->setText(QStringLiteral("10.20.1.0/24"));
        QTest::mouseClick(child<QPushButton>(dialog, "subnetDialogOk"), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(!cidrError->isVisible());
        QVERIFY(child<QLabel>(dialog, "gatewayError")->text().contains(u"10.20.1.0/24"));
        child<QLineEdit>(dialog, "gatewayEdit")->setText(QStringLiteral("10.20.1.1"));
        child<QSpinBox>(dialog, "vlanSpin")->setValue(20);
        child<QLineEdit>(dialog, "purposeEdit")->insert(QString::fromUtf8("办公"));
        child<QComboBox>(dialog, "buildingCombo")->setCurrentText(office);
        QTest::mouseClick(child<QPushButton>(dialog, "subnetDialogOk"), Qt::LeftButton);
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QList<SubnetRecord> nets = DeviceRepository(tw.store()).subnets();
        QCOMPARE(nets.size(), 1);
        const QString officeNet = nets.first().id;
        QCOMPARE(panel->utilisationText(officeNet), QStringLiteral("3 of 254 (1%)"));
        QVERIFY(child<MessageBanner>(&page, "registerBanner")->text().contains(u"10.20.1.0/24"));

        // An overlapping block is refused; a tiny full one shows as nearly full.
        auto* overlap = panel->editSubnet();
        child<QLineEdit>(overlap, "cidrEdit")->setText(QStringLiteral("10.20.0.0/16"));
        overlap->save();
        QVERIFY(overlap->isVisible());
        QVERIFY(child<QLabel>(overlap, "cidrError")->text().contains(u"overlaps"));
        child<QLineEdit>(overlap, "cidrEdit")->setText(QStringLiteral("10.30.0.0/30"));
        child<QComboBox>(overlap, "buildingCombo")->setCurrentText(QString::fromUtf8("实验楼"));
        overlap->save();
        QVERIFY(!overlap->isVisible());
        nets = DeviceRepository(tw.store()).subnets();
        QCOMPARE(nets.size(), 2);
        const QString labNet = nets.at(0).id == officeNet ? nets.at(1).id : nets.at(0).id;
        QCOMPARE(panel->utilisationText(labNet), QStringLiteral("2 of 2 (100%)"));
        QTreeWidgetItem* labItem = itemNamed(tree, QStringLiteral("10.30.0.0/30"));
        QVERIFY(labItem && labItem->toolTip(2).contains(u"Nearly full"));

        // Choosing a subnet filters the table; "All devices" shows every device again.
        clickItem(tree, itemNamed(tree, QStringLiteral("10.20.1.0/24")));
        QCOMPARE(page.model()->rowCount(), 3);
        clickItem(tree, labItem);
        QCOMPARE(page.model()->rowCount(), 2);
        clickItem(tree, itemNamed(tree, office));
        QCOMPARE(page.model()->rowCount(), 3);
        QVERIFY(page.grab().save(shot("devices_page_subnets.png")));
        clickItem(tree, tree->topLevelItem(0));
        QCOMPARE(page.model()->rowCount(), 5);

        // Edit: widen the office subnet; the filter follows the new block.
        clickItem(tree, itemNamed(tree, QStringLiteral("10.20.1.0/24")));
        QTest::mouseClick(child<QToolButton>(panel, "editSubnet"), Qt::LeftButton);
        dialog = visible<SubnetDialog>(&page);
        QVERIFY(dialog);
        QCOMPARE(child<QLineEdit>(dialog, "cidrEdit")->text(), QStringLiteral("10.20.1.0/24"));
        child<QLineEdit>(dialog, "cidrEdit")->setText(QStringLiteral("10.20.0.0/23"));
        QTest::mouseClick(child<QPushButton>(dialog, "subnetDialogOk"), Qt::LeftButton);
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QCOMPARE(panel->utilisationText(officeNet), QStringLiteral("3 of 510 (0%)"));
        QCOMPARE(panel->currentSubnetId(), officeNet);
        QVERIFY(page.model()->hasExtraFilter()); // the table shows the widened block
        QCOMPARE(page.model()->rowCount(), 3);

        // Remove after asking; the devices stay and the table shows all of them.
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(child<QToolButton>(panel, "removeSubnet"), Qt::LeftButton);
        MessageBox::setNextAnswer(std::nullopt);
        QVERIFY(MessageBox::lastText().contains(u"10.20.0.0/23"));
        QVERIFY(panel->utilisationText(officeNet).isEmpty());
        QCOMPARE(DeviceRepository(tw.store()).subnets().size(), 1);
        QCOMPARE(page.model()->rowCount(), 5);
        QCOMPARE(journalCount(tw.store(), "insert", "subnets"), 2);
        QCOMPARE(journalCount(tw.store(), "update", "subnets"), 1);
        QCOMPARE(journalCount(tw.store(), "delete", "subnets"), 1);
        QVERIFY(tw.store().journal().verify().ok);
    }

    void staleThresholdChangesFindings()
    {
        TempWorkspace tw;
        QVERIFY(!addDevice(tw.store(), QStringLiteral("10.20.1.11"), 1, {}).isEmpty());
        QVERIFY(!addDevice(tw.store(), QStringLiteral("10.20.1.12"), 2, {}).isEmpty());
        const auto daysAgo = [](int n) {
            return QDateTime::currentDateTimeUtc().addDays(-n).toString(Qt::ISODateWithMs);
        };
        QVERIFY(DeviceRepository(tw.store())
                    .recordSightings({Sighting{QStringLiteral("10.20.1.11"), QStringLiteral("00:14:22:00:00:01"),
                                               QStringLiteral("arp-scan"), daysAgo(40)},
                                      Sighting{QStringLiteral("10.20.1.12"), QStringLiteral("00:14:22:00:00:02"),
                                               QStringLiteral("arp-scan"), daysAgo(10)}}));

        auto page = std::make_unique<DevicesPage>(tw.ws());
        page->resize(1280, 760);
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        auto* days = child<QSpinBox>(page.get(), "staleDays");
        QCOMPARE(days->value(), DeviceRules::defaultStaleDays);
        QVERIFY(!findingsText(page.get()).contains(u"[R-DEV-4]"));

        QSignalSpy changed(page.get(), &ModulePage::dataChanged);
        days->selectAll();
        QTest::keyClicks(days, QStringLiteral("30"));
        QVERIFY(!findingsText(page.get()).contains(u"[R-DEV-4]")); // nothing until the number is entered
        QTest::keyClick(days, Qt::Key_Return);
        QCOMPARE(DeviceRepository(tw.store()).staleDays(), 30);
        QCOMPARE(changed.count(), 1);
        QVERIFY2(findingsText(page.get()).contains(u"[R-DEV-4] PC-1 (10.20.1.11) not seen on the network for 40 days"),
                 qPrintable(findingsText(page.get())));
        QVERIFY(!findingsText(page.get()).contains(u"PC-2 (10.20.1.12) not seen"));

        days->setValue(5);
        QVERIFY(findingsText(page.get()).contains(u"PC-2 (10.20.1.12) not seen on the network for 10 days"));
        // Stored with the database: a new page starts from it.
        page.reset();
        DevicesPage again(tw.ws());
        QCOMPARE(child<QSpinBox>(&again, "staleDays")->value(), 5);
    }
    void chineseAtShellWidth()
    {
        // In the main window the sidebar leaves the page about 1040 px of a 1280 px screen.
        installTranslations(QStringLiteral("zh_CN"));
        TempWorkspace tw;
        SubnetRecord net;
        net.cidr = QStringLiteral("10.20.1.0/29");
        net.vlan = 20;
        net.gateway = QStringLiteral("10.20.1.1");
        net.building = QString::fromUtf8("行政楼");
        net.purpose = QString::fromUtf8("办公");
        QVERIFY(DeviceRepository(tw.store()).addSubnet(net));
        for (int n = 1; n <= 6; ++n)
            QVERIFY(!addDevice(tw.store(), QStringLiteral("10.20.1.%1").arg(n + 1), n, net.building).isEmpty());
        DevicesPage page(tw.ws());
        page.resize(1040, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(child<QPushButton>(&page, "bulkEdit")->text(), QString::fromUtf8("批量编辑…"));
        QCOMPARE(page.subnetPanel()->utilisationText(DeviceRepository(tw.store()).subnets().first().id),
                 QString::fromUtf8("6 / 6（100%）"));
        // No toolbar button is squeezed below the width its text needs.
        for (QPushButton* b : page.findChildren<QPushButton*>())
            if (b->isVisible() && b->parentWidget() == &page)
                QVERIFY2(b->width() >= b->sizeHint().width(), qPrintable(b->objectName()));
        QVERIFY(page.grab().save(shot("devices_page_zh.png")));
        auto* table = child<QTableView>(&page, "registerTable");
        clickRow(table, 0);
        clickRow(table, 5, Qt::ShiftModifier);
        QCOMPARE(page.selectedIds().size(), 6);
        QPointer<RegisterBulkEditDialog> dialog = page.bulkEdit();
        QVERIFY(dialog && dialog->isVisible());
        tick(child<QCheckBox>(dialog, "change_room"));
        child<QLineEdit>(dialog, "bulk_room")->setText(QStringLiteral("201"));
        QCOMPARE(child<QLabel>(dialog, "bulkPreview")->text(), QString::fromUtf8("选中的 6 条记录中有 6 条将被修改。"));
        QVERIFY(dialog->grab().save(shot("bulk_edit_zh.png")));
        dialog->reject();
        installTranslations(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestDevicesPage)
#include "TestDevicesPage.moc"
