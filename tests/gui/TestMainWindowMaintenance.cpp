// The main window's maintenance commands on the real shell: changing the passphrase from the settings (with the
// keychain's remembered key replaced) and the restore dialog's file filter.
#include "Backup.h"
#include "ChangePassphraseDialog.h"
#include "KeyStore.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "MessageBox.h"
#include "NewSchool.h"
#include "Settings.h"
#include "ShellEnv.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace csl;

namespace {

const QString kOld = QStringLiteral("青山绿水 meadow lantern 27 kites");
const QString kNew = QStringLiteral("新的口令 amber falcon 93 rivers");

/// Runs @p fn once the modal widget named @p name (or of type T) is up; polls from the event loop, since the
/// caller is about to block in that widget's exec(). Up to a minute: on a loaded machine a file dialog takes seconds.
template <typename T> void whenModal(const QString& name, std::function<void(T*)> fn, int triesLeft = 3000)
{
    QTimer::singleShot(20, qApp, [name, fn, triesLeft] {
        auto* w = qobject_cast<T*>(QApplication::activeModalWidget());
        if (w && (name.isEmpty() || w->objectName() == name)) {
            fn(w);
            return;
        }
        if (triesLeft > 0)
            whenModal<T>(name, fn, triesLeft - 1);
    });
}

void setText(QWidget* root, const char* name, const QString& text)
{
    auto* e = root->findChild<QLineEdit*>(QString::fromLatin1(name));
    QVERIFY2(e, name);
    e->setText(text);
}

} // namespace

class TestMainWindowMaintenance final : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    ShellEnv m_env;
    std::unique_ptr<MainWindow> m_window;
    QString m_path;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
        m_settings->setValue(Settings::Key::BackupFolder, m_dir.filePath(QStringLiteral("backups")));
        m_env.settings = m_settings.get();
        m_env.newKdf = [] { return KdfParams::cheapForTests(); };
        m_env.keychainService = QStringLiteral("CampusSecLedgerMaintenanceTest");
        m_path = m_dir.filePath(QStringLiteral("学校/ledger.cldb"));
        QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
        auto ws = NewSchool::create(
            m_path, kOld, KdfParams::cheapForTests(),
            {QStringLiteral("江苏省扬州市育才实验学校"), QStringLiteral("3210000001"), QStringLiteral("王建国")},
            QStringLiteral("test"));
        QVERIFY2(ws, qPrintable(ws ? QString() : ws.error().message));
        m_window = std::make_unique<MainWindow>(m_env);
        m_window->setWorkspace(std::move(*ws));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void wrongCurrentPassphraseIsRefused()
    {
        ChangePassphraseDialog dialog(m_window->workspace()->store(), m_window.get());
        dialog.show();
        setText(&dialog, "changePassphraseCurrent", QStringLiteral("not the passphrase 1 2 3"));
        setText(&dialog, "changePassphraseNew", kNew);
        setText(&dialog, "changePassphraseConfirm", kNew);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(dialog.findChild<MessageBanner*>(QStringLiteral("changePassphraseBanner"))->isVisible());
        // A weak new passphrase: the welcome dialog's strength check.
        setText(&dialog, "changePassphraseCurrent", kOld);
        setText(&dialog, "changePassphraseNew", QStringLiteral("12345678"));
        setText(&dialog, "changePassphraseConfirm", QStringLiteral("12345678"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(dialog.isVisible());
    }

    void changePassphraseFromTheSettings()
    {
        const QString id = m_window->workspace()->store().kdf().databaseId;
        const KeyStore keys(m_env.keychainService);
        const bool keychain = bool(keys.save(id, m_window->workspace()->store().key()));
        if (keychain)
            m_settings->setRemembered(id, true);
        else
            qInfo("no keychain answers here: the remembered key's replacement is not checked");

        bool changeShown = false;
        whenModal<QDialog>(QStringLiteral("settingsDialog"), [&](QDialog* settings) {
            whenModal<QDialog>(QStringLiteral("changePassphraseDialog"), [&](QDialog* change) {
                changeShown = true;
                setText(change, "changePassphraseCurrent", kOld);
                setText(change, "changePassphraseNew", kNew);
                setText(change, "changePassphraseConfirm", kNew);
                QTest::mouseClick(change->findChild<QAbstractButton*>(QStringLiteral("changePassphraseOk")),
                                  Qt::LeftButton);
            });
            QTest::mouseClick(settings->findChild<QAbstractButton*>(QStringLiteral("settingsChangePassphrase")),
                              Qt::LeftButton);
            settings->reject();
        });
        m_window->findChild<QAction*>(QStringLiteral("actionSettings"))->trigger();
        QVERIFY(changeShown);
        QVERIFY2(m_window->banner()->isVisible(), "no word about the change");
        QVERIFY(m_window->workspace());
        QVERIFY(!m_window->isLocked());

        // The window goes on working on the re-encrypted database…
        const SecureBytes key = m_window->workspace()->store().key();
        QCOMPARE(m_window->workspace()->schoolName(), QStringLiteral("江苏省扬州市育才实验学校"));
        if (keychain) {
            auto remembered = keys.load(id);
            QVERIFY(remembered);
            QVERIFY(*remembered == key); // …the keychain holds the new key…
            QVERIFY(keys.remove(id));
        }
        m_window->lock();
        QVERIFY(!Store::open(m_path, kOld)); // …and the old passphrase no longer opens it.
        auto reopened = Store::open(m_path, kNew);
        QVERIFY(reopened);
        QVERIFY((*reopened)->journal().verify().ok);
    }

    void restoreDialogListsBackups()
    {
        auto store = Store::open(m_path, kNew);
        QVERIFY(store);
        auto ws = makeWorkspace(std::move(*store));
        QVERIFY(ws);
        m_window->setWorkspace(std::move(*ws));
        auto made = Backup::create(m_window->workspace()->store(), m_settings->backupFolder(m_path));
        QVERIFY(made);
        QString filter;
        whenModal<QFileDialog>({}, [&](QFileDialog* dialog) {
            filter = dialog->selectedNameFilter();
            dialog->selectFile(*made);
            static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept is protected; QDialog's is public
        });
        MessageBox::setNextAnswer(QMessageBox::No); // stop at "Replace the database…?"
        m_window->findChild<QAction*>(QStringLiteral("actionRestore"))->trigger();
        MessageBox::setNextAnswer(std::nullopt);
        QVERIFY2(filter.contains(QStringLiteral("*.cldb-backup")), qPrintable(filter));
        QVERIFY2(MessageBox::lastText().contains(QFileInfo(*made).fileName()), qPrintable(MessageBox::lastText()));
        QVERIFY(m_window->workspace());
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestMainWindowMaintenance)
#include "TestMainWindowMaintenance.moc"
