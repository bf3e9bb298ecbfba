// The real shell under a real X server: create a database, lock, unlock, switch modules, open a finding;
// findings arriving from their worker thread, locking while they are computed, pages made when first shown.
#include "DemoSchool.h"
#include "DeviceRepository.h"
#include "FindingsModel.h"
#include "FindingsPanel.h"
#include "IdleWatcher.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "MessageBox.h"
#include "ModuleView.h"
#include "PersonRepository.h"
#include "RecordDialog.h"
#include "RegisterPage.h"
#include "Settings.h"
#include "ShellEnv.h"
#include "TempStore.h"
#include "UnlockWidget.h"
#include "WelcomeDialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QSqlDatabase>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace csl;
using csl::test::findingLines;

namespace {
const QString kGood = QStringLiteral("青山绿水 meadow lantern 27 kites");

// Types @p text into @p edit: key by key where QTest can, and as an input method commits it otherwise.
void type(QLineEdit* edit, const QString& text)
{
    QVERIFY(edit);
    for (const QString& part : text.split(QLatin1Char(' '), Qt::KeepEmptyParts)) {
        if (!edit->text().isEmpty() || part.isEmpty())
            QTest::keyClick(edit, Qt::Key_Space);
        bool ascii = true;
        for (QChar c : part)
            ascii = ascii && c.unicode() < 128;
        if (ascii)
            QTest::keyClicks(edit, part);
        else
            edit->insert(part);
    }
}

template<typename T>
T* child(QWidget* root, const char* name)
{
    T* w = root->findChild<T*>(QString::fromLatin1(name));
    if (!w)
        qWarning("no %s named %s", T::staticMetaObject.className(), name);
    return w;
}
} // namespace

class TestShell final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void welcomeRefusesBadInput();
    void createDatabase();
    void mainWindowBuildsEveryModulePage();
    void addPersonThroughThePage();
    void lockWithCtrlL();
    void unlockWrongThenRight();
    void growingDelay();
    void switchModules();
    void openFindingFromPanel();
    void lockWhileFindingsAreComputed();
    void lazyPagesAndOpenFinding();
    void idleLockClosesDialogs();
    void autoLockWhenIdle();
    void cleanupTestCase();

private:
    void fillCreateForm(WelcomeDialog& dialog, const QString& passphrase, const QString& confirm);
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    ShellEnv m_env;
    std::unique_ptr<Workspace> m_created;
    std::unique_ptr<MainWindow> m_window;
    QString m_dbPath;
    QString m_personId;
    QString m_lockedPersonId;
};

namespace {

/// The findings as the modules report them now, computed on this thread without any cache.
QStringList computedNow(const Workspace& ws)
{
    auto byModule = ws.computeFindings();
    return byModule ? findingLines(ws.merged(*byModule)) : QStringList{QStringLiteral("error")};
}
} // namespace

void TestShell::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
    m_env.settings = m_settings.get();
    m_env.newKdf = [] { return KdfParams::cheapForTests(); };
    m_env.keychainService = QStringLiteral("CampusSecLedgerTest");
    m_dbPath = m_dir.filePath(QStringLiteral("学校/ledger.cldb"));
}

void TestShell::fillCreateForm(WelcomeDialog& dialog, const QString& passphrase, const QString& confirm)
{
    auto set = [&](const char* name, const QString& text) {
        QLineEdit* e = child<QLineEdit>(&dialog, name);
        QVERIFY(e);
        e->clear();
        type(e, text);
    };
    set("welcomeSchoolName", QStringLiteral("江苏省扬州市育才实验学校"));
    set("welcomeSchoolCode", QStringLiteral("3210000001"));
    set("welcomeOfficer", QStringLiteral("王建国"));
    set("welcomePath", m_dbPath);
    set("welcomePassphrase", passphrase);
    set("welcomeConfirm", confirm);
}

void TestShell::welcomeRefusesBadInput()
{
    WelcomeDialog dialog(m_env);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(child<QAbstractButton>(&dialog, "welcomeCreate"), Qt::LeftButton);
    auto* create = child<QAbstractButton>(&dialog, "welcomeCreateButton");
    QVERIFY(create && create->isVisible());
    QTest::mouseClick(create, Qt::LeftButton);
    auto* banner = child<MessageBanner>(&dialog, "welcomeBanner");
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("School name")), qPrintable(banner->text()));

    fillCreateForm(dialog, QStringLiteral("12345678"), QStringLiteral("12345678"));
    QTest::mouseClick(create, Qt::LeftButton);
    QVERIFY2(banner->text().startsWith(QStringLiteral("Passphrase")), qPrintable(banner->text()));
    fillCreateForm(dialog, kGood, kGood + QStringLiteral("x"));
    QTest::mouseClick(create, Qt::LeftButton);
    QVERIFY2(banner->text().startsWith(QStringLiteral("Confirm passphrase")), qPrintable(banner->text()));
    QVERIFY(dialog.isVisible());
    QVERIFY(!QFileInfo::exists(m_dbPath));
}

void TestShell::createDatabase()
{
    WelcomeDialog dialog(m_env);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(child<QAbstractButton>(&dialog, "welcomeCreate"), Qt::LeftButton);
    fillCreateForm(dialog, kGood, kGood);
    QTest::mouseClick(child<QAbstractButton>(&dialog, "welcomeCreateButton"), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    m_created = dialog.takeWorkspace();
    QVERIFY(m_created);
    QVERIFY(QFileInfo::exists(m_dbPath));
    QVERIFY(!Store::isPlaintextSqlite(m_dbPath));
    QCOMPARE(m_created->schoolName(), QStringLiteral("江苏省扬州市育才实验学校"));
    QCOMPARE(m_created->store().actor(), QStringLiteral("王建国"));
    QCOMPARE(m_settings->lastDatabase(), m_dbPath);
}

void TestShell::mainWindowBuildsEveryModulePage()
{
    m_window = std::make_unique<MainWindow>(m_env);
    m_window->setWorkspace(std::move(m_created));
    // The findings are on their way from a worker thread: the panel and its sidebar entry say so.
    QVERIFY(m_window->findingsModel()->isChecking());
    auto* sidebarNow = child<QListWidget>(m_window.get(), "sidebar");
    QVERIFY2(sidebarNow->item(0)->text().contains(QStringLiteral("checking")), qPrintable(sidebarNow->item(0)->text()));
    QCOMPARE(child<QLabel>(m_window.get(), "findingsSummary")->text(), QStringLiteral("Checking…"));
    const QString shots = qEnvironmentVariable("CSL_BINARY_DIR");
    if (!shots.isEmpty() && QDir().mkpath(shots + QStringLiteral("/screenshots")))
        QVERIFY(m_window->grab().save(shots + QStringLiteral("/screenshots/shell-checking.png")));
    QTRY_VERIFY(!m_window->findingsModel()->isChecking());
    QCOMPARE(findingLines(m_window->findingsModel()->findings()), computedNow(*m_window->workspace()));
    QVERIFY(!sidebarNow->item(0)->text().contains(QStringLiteral("checking")));
    QVERIFY(!child<QLabel>(m_window.get(), "findingsSummary")->text().contains(QStringLiteral("Checking")));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    auto* sidebar = child<QListWidget>(m_window.get(), "sidebar");
    auto* pages = child<QStackedWidget>(m_window.get(), "pages");
    // One entry per module that has a view, plus the findings and the journal.
    int withView = 0;
    const auto views = allModuleViews();
    for (const auto& m : m_window->workspace()->modules()) {
        for (const auto& v : views)
            withView += v->moduleId() == m->id() ? 1 : 0;
    }
    QCOMPARE(sidebar->count(), withView + 2);
    QCOMPARE(pages->count(), withView + 2);
    QVERIFY(m_window->modulePage(QStringLiteral("people")));
    QCOMPARE(m_window->currentPageId(), QString::fromLatin1(MainWindow::findingsPageId));
    QVERIFY(child<QLabel>(m_window.get(), "statusDatabase")->text().contains(QStringLiteral("育才")));
    QVERIFY(!child<QLabel>(m_window.get(), "statusBackup")->text().isEmpty());
    QVERIFY(!child<QLabel>(m_window.get(), "statusSync")->text().isEmpty());
}

void TestShell::addPersonThroughThePage()
{
    QVERIFY(m_window->showPage(QStringLiteral("people")));
    QWidget* page = m_window->modulePage(QStringLiteral("people"));
    QTest::mouseClick(child<QAbstractButton>(page, "addRecord"), Qt::LeftButton);
    QDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = page->findChild<QDialog*>(QStringLiteral("recordDialog"))) && dialog->isVisible());
    type(child<QLineEdit>(dialog, "edit_name"), QStringLiteral("李晓梅"));
    type(child<QLineEdit>(dialog, "edit_department"), QStringLiteral("信息中心"));
    QTest::keyClick(dialog, Qt::Key_Return);
    QTRY_VERIFY(!page->findChild<QDialog*>(QStringLiteral("recordDialog")));
    const auto people = PersonRepository(m_window->workspace()->store()).all();
    QCOMPARE(people.size(), 1);
    m_personId = people.first().id;
    // No phone: the people module reports it, and the findings list shows it once the worker is done.
    QTRY_VERIFY(!m_window->findingsModel()->isChecking());
    QCOMPARE(m_window->findingsModel()->rowCount(), 1);
    QCOMPARE(m_window->findingsModel()->finding(0).recordId, m_personId);
    auto* view = child<QTableView>(page, "registerTable");
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(static_cast<ModulePage*>(page)->currentRecordId(), m_personId);
}

void TestShell::lockWithCtrlL()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
    QVERIFY(m_window->isLocked());
    QVERIFY(!m_window->workspace()); // the Store, and with it the key, is gone
    QCOMPARE(child<QStackedWidget>(m_window.get(), "pages")->count(), 0);
    QCOMPARE(child<QListWidget>(m_window.get(), "sidebar")->count(), 0);
    QVERIFY(child<QWidget>(m_window.get(), "lockScreen")->isVisible());
    QVERIFY(!child<QWidget>(m_window.get(), "pages")->isVisible());
    QCOMPARE(child<QLabel>(m_window.get(), "statusDatabase")->text(), QStringLiteral("Locked"));
}

void TestShell::unlockWrongThenRight()
{
    auto* field = child<QLineEdit>(m_window.get(), "unlockPassphrase");
    auto* button = child<QAbstractButton>(m_window.get(), "unlockButton");
    QVERIFY(field->isVisible() && button->isEnabled());
    QTest::keyClicks(field, QStringLiteral("not the passphrase"));
    QTest::mouseClick(button, Qt::LeftButton);
    auto* banner = child<MessageBanner>(m_window.get(), "unlockBanner");
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("Wrong passphrase")), qPrintable(banner->text()));
    QVERIFY(m_window->isLocked());
    QCOMPARE(m_window->unlockWidget()->failures(), 1);
    QTRY_VERIFY(button->isEnabled()); // no delay after a single mistake

    field->clear();
    type(field, kGood);
    QCOMPARE(field->text(), kGood);
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_VERIFY(!m_window->isLocked());
    QVERIFY(m_window->workspace());
    // Back where the user was: the people page with the same person selected.
    QCOMPARE(m_window->currentPageId(), QStringLiteral("people"));
    QCOMPARE(m_window->modulePage(QStringLiteral("people"))->currentRecordId(), m_personId);
    QVERIFY(field->text().isEmpty());
}

void TestShell::growingDelay()
{
    QCOMPARE(UnlockWidget::delayAfter(1), 0);
    QCOMPARE(UnlockWidget::delayAfter(2), 0);
    QVERIFY(UnlockWidget::delayAfter(3) > 0);
    for (int n = 3; n < 12; ++n)
        QVERIFY(UnlockWidget::delayAfter(n + 1) >= UnlockWidget::delayAfter(n));
    QCOMPARE(UnlockWidget::delayAfter(50), 60);

    // Three wrong tries in a row: the prompt refuses a fourth until the delay passes.
    UnlockWidget prompt(m_env, nullptr);
    prompt.setDatabase(m_dbPath);
    prompt.show();
    auto* field = child<QLineEdit>(&prompt, "unlockPassphrase");
    auto* button = child<QAbstractButton>(&prompt, "unlockButton");
    for (int i = 1; i <= 3; ++i) {
        field->clear();
        QTest::keyClicks(field, QStringLiteral("wrong %1").arg(i));
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE(prompt.failures(), i);
    }
    QVERIFY(prompt.isWaiting());
    QVERIFY(!button->isEnabled());
    QVERIFY(child<QLabel>(&prompt, "unlockStatus")->text().contains(QStringLiteral("try again in")));
    field->clear();
    type(field, kGood);
    prompt.unlock(); // refused while waiting
    QCOMPARE(prompt.failures(), 3);
    QVERIFY(!prompt.takeWorkspace());
    QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 5000);
}

void TestShell::switchModules()
{
    auto* sidebar = child<QListWidget>(m_window.get(), "sidebar");
    auto* pages = child<QStackedWidget>(m_window.get(), "pages");
    for (int row = 0; row < sidebar->count(); ++row) {
        const QRect r = sidebar->visualItemRect(sidebar->item(row));
        QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {}, r.center());
        QCOMPARE(sidebar->currentRow(), row);
        QCOMPARE(pages->currentIndex(), row);
        QVERIFY(pages->currentWidget()->isVisible());
    }
    QCOMPARE(m_window->currentPageId(), QString::fromLatin1(MainWindow::journalPageId));
    QVERIFY(child<QTableView>(m_window.get(), "journalView")->model()->rowCount() >= 1);
}

void TestShell::openFindingFromPanel()
{
    QVERIFY(m_window->showPage(QString::fromLatin1(MainWindow::findingsPageId)));
    auto* view = child<QTableView>(m_window.get(), "findingsView");
    QTRY_VERIFY(view->isVisible());
    QCOMPARE(view->model()->rowCount(), 1);
    // Leave the people page on no selection, so the finding has to select the record.
    auto* peopleView = child<QTableView>(m_window->modulePage(QStringLiteral("people")), "registerTable");
    peopleView->selectionModel()->clear();
    const QRect cell = view->visualRect(view->model()->index(0, FindingsModel::TitleColumn));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QTRY_COMPARE(m_window->currentPageId(), QStringLiteral("people"));
    QCOMPARE(m_window->modulePage(QStringLiteral("people"))->currentRecordId(), m_personId);
}

void TestShell::lockWhileFindingsAreComputed()
{
    // A school of 5,000 devices, so that the worker is still reading when the lock comes.
    DemoSchool::Options o;
    o.devices = 5000;
    o.schoolName = QStringLiteral("江苏省扬州市育才实验学校");
    QVERIFY(DemoSchool::build(*m_window->workspace(), o));
    QVERIFY(m_window->showPage(QString::fromLatin1(MainWindow::findingsPageId)));
    QTRY_VERIFY(!m_window->findingsModel()->isChecking());
    m_window->refreshFindings();
    QVERIFY(m_window->findingsModel()->isChecking());
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
    QVERIFY(m_window->isLocked());
    // Locked: the worker's connection went before the workspace's, and nothing arrives afterwards.
    QCOMPARE(QSqlDatabase::connectionNames().size(), 0);
    QVERIFY(!m_window->findingsModel()->isChecking());
    QTest::qWait(300);
    QCOMPARE(m_window->findingsModel()->rowCount(), 0);

    // While locked the database changes (another program): after unlock the findings show it.
    {
        auto store = Store::open(m_dbPath, kGood);
        QVERIFY(store);
        (*store)->setActor(QStringLiteral("王建国"));
        PersonRecord p;
        p.name = QStringLiteral("锁定期间新增");
        auto id = PersonRepository(**store).add(p);
        QVERIFY(id);
        m_lockedPersonId = *id;
    }
    auto* field = child<QLineEdit>(m_window.get(), "unlockPassphrase");
    field->clear();
    type(field, kGood);
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_VERIFY(!m_window->isLocked());
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->findingsModel()->isChecking(), 30000);
    QCOMPARE(findingLines(m_window->findingsModel()->findings()), computedNow(*m_window->workspace()));
    const QString shots = qEnvironmentVariable("CSL_BINARY_DIR");
    if (!shots.isEmpty() && QDir().mkpath(shots + QStringLiteral("/screenshots")))
        QVERIFY(m_window->grab().save(shots + QStringLiteral("/screenshots/shell-findings-arrived.png")));
    bool found = false;
    for (const Finding& f : m_window->findingsModel()->findings())
        found = found || f.recordId == m_lockedPersonId;
    QVERIFY(found);
    const QString count = QString::number(m_window->findingsModel()->rowCount());
    QVERIFY(child<QListWidget>(m_window.get(), "sidebar")->item(0)->text().contains(count));
}

void TestShell::lazyPagesAndOpenFinding()
{
    // Unlocked on the findings page: no module page was made.
    QCOMPARE(m_window->currentPageId(), QString::fromLatin1(MainWindow::findingsPageId));
    for (const auto& m : m_window->workspace()->modules())
        QVERIFY2(!m_window->findChild<ModulePage*>(QStringLiteral("page_%1").arg(m->id())), qPrintable(m->id()));
    // Opening a finding makes the page of its register and selects the record.
    auto* panel = child<FindingsPanel>(m_window.get(), "findingsPanel");
    const QList<Finding>& all = m_window->findingsModel()->findings();
    int row = -1;
    for (int r = 0; r < all.size(); ++r)
        if (all.at(r).recordId == m_lockedPersonId)
            row = r;
    QVERIFY(row >= 0);
    panel->openRow(row);
    QCOMPARE(m_window->currentPageId(), QStringLiteral("people"));
    auto* people = m_window->findChild<ModulePage*>(QStringLiteral("page_people"));
    QVERIFY(people && people->isVisible());
    QCOMPARE(people->currentRecordId(), m_lockedPersonId);
    QVERIFY(!m_window->findChild<ModulePage*>(QStringLiteral("page_devices")));
    // A device finding: the device page is made now, on the record.
    QVERIFY(m_window->showPage(QString::fromLatin1(MainWindow::findingsPageId)));
    QString deviceId;
    for (const Finding& f : all)
        if (f.moduleId == u"devices" && !f.recordId.isEmpty() && deviceId.isEmpty())
            deviceId = f.recordId;
    QVERIFY(!deviceId.isEmpty());
    QVERIFY(m_window->openFinding(QStringLiteral("devices"), deviceId));
    QCOMPARE(m_window->currentPageId(), QStringLiteral("devices"));
    auto* devices = m_window->findChild<ModulePage*>(QStringLiteral("page_devices"));
    QVERIFY(devices && devices->isVisible());
    auto* table = child<QTableView>(devices, "registerTable");
    QVERIFY(table);
    constexpr int deviceIdRole = Qt::UserRole + 1; // RegisterTableModel::IdRole
    const QModelIndexList selected = table->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data(deviceIdRole).toString(), deviceId);
}

void TestShell::idleLockClosesDialogs()
{
    // The idle lock fires while a page's method waits in a dialog's event loop: every dialog is closed, the
    // method goes on as if each had been cancelled, and only then are the pages and the key dropped.
    auto unlock = [this] {
        auto* field = child<QLineEdit>(m_window.get(), "unlockPassphrase");
        type(field, kGood);
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_VERIFY(!m_window->isLocked());
    };
    QVERIFY(m_window->showPage(QStringLiteral("devices")));
    QPointer<RegisterPage> page = qobject_cast<RegisterPage*>(m_window->modulePage(QStringLiteral("devices")));
    QVERIFY(page);
    const QStringList chosen = page->selectedIds();
    QCOMPARE(chosen.size(), 1);
    const int devices = DeviceRepository(m_window->workspace()->store()).count();
    QPointer<QDialog> form(page->editRecord(chosen.first())); // a form left open
    QVERIFY(form && form->isVisible());
    m_window->idleWatcher()->setTimeout(300);
    MessageBox::setNextAnswer(std::nullopt);
    page->removeSelected(); // waits in "Remove …?" until the lock closes it
    QVERIFY(page);          // the page outlives its method
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isLocked(), 5000);
    QVERIFY(!page && !form);
    QVERIFY(!m_window->workspace());
    m_window->idleWatcher()->setTimeout(0);
    unlock();
    QCOMPARE(DeviceRepository(m_window->workspace()->store()).count(), devices); // nothing was removed

    // A file dialog (the import's) is closed the same way.
    page = qobject_cast<RegisterPage*>(m_window->modulePage(QStringLiteral("devices")));
    QVERIFY(page);
    QAction* import = page->findChild<QAction*>(QStringLiteral("importRecords"));
    QVERIFY(import);
    m_window->idleWatcher()->setTimeout(300);
    import->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isLocked(), 5000);
    QVERIFY(!page);
    m_window->idleWatcher()->setTimeout(0);
    unlock();
}

void TestShell::autoLockWhenIdle()
{
    m_window->idleWatcher()->setTimeout(300);
    QVERIFY(m_window->idleWatcher()->isActive());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isLocked(), 5000);
    QVERIFY(!m_window->workspace());
    // The default comes back from the settings: ten minutes.
    m_window->applySettings();
    QCOMPARE(m_window->idleWatcher()->timeout(), 10 * 60 * 1000);
}

void TestShell::cleanupTestCase()
{
    m_window.reset();
}

QTEST_MAIN(TestShell)
#include "TestShell.moc"
