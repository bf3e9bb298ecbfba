// MainWindow's menus and the commands behind them (split from MainWindow.cpp by responsibility).
#include "MainWindow.h"

#include "AboutDialog.h"
#include "Backup.h"
#include "ChangePassphraseDialog.h"
#include "KeyStore.h"
#include "MessageBanner.h"
#include "MessageBox.h"
#include "SettingsDialog.h"
#include "UnlockWidget.h"
#include "UserGuideDialog.h"
#include "WelcomeDialog.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenuBar>

namespace csl {

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("menuFile"));
    auto add = [this](QMenu* menu, const QString& text, const char* name, auto slot, bool needsUnlock) {
        QAction* a = menu->addAction(text);
        a->setObjectName(QString::fromLatin1(name));
        connect(a, &QAction::triggered, this, slot);
        if (needsUnlock)
            m_unlockedActions << a;
        return a;
    };
    add(file, tr("&New database…"), "actionNew", &MainWindow::newDatabase, false);
    add(file, tr("&Open database…"), "actionOpen", &MainWindow::openDatabase, false);
    file->addSeparator();
    add(file, tr("&Back up now"), "actionBackup", &MainWindow::backupNow, true);
    add(file, tr("&Restore from backup…"), "actionRestore", &MainWindow::restoreBackup, true);
    file->addSeparator();
    m_lockAction = add(file, tr("&Lock"), "actionLock", &MainWindow::lock, true);
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setShortcutContext(Qt::ApplicationShortcut);
    QAction* quit = add(file, tr("&Quit"), "actionQuit", &QWidget::close, false);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    tools->setObjectName(QStringLiteral("menuTools"));
    add(tools, tr("&Settings…"), "actionSettings", &MainWindow::showSettings, false);
    add(tools, tr("&Verify journal"), "actionVerifyJournal", &MainWindow::verifyJournal, true);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("menuHelp"));
    QAction* guide = add(help, tr("&User guide"), "actionUserGuide", &MainWindow::showUserGuide, false);
    guide->setShortcut(QKeySequence::HelpContents);
    add(help, tr("&About CampusSec Ledger"), "actionAbout", &MainWindow::showAbout, false);
}

void MainWindow::newDatabase()
{
    WelcomeDialog dialog(m_env, this);
    dialog.showCreateForm();
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto ws = dialog.takeWorkspace()) {
        if (m_workspace && !backupOnClose())
            return;
        setWorkspace(std::move(ws));
    } else if (!dialog.openPath().isEmpty()) {
        clearPages();
        m_workspace.reset();
        m_unlock->setDatabase(dialog.openPath());
        setLockedUi(true);
    }
}

void MainWindow::openDatabase()
{
    const QString start = m_workspace ? QFileInfo(m_workspace->store().path()).absolutePath() : QString();
    const QString file = QFileDialog::getOpenFileName(this, tr("Open a database"), start,
                                                      tr("Ledger databases (*.cldb);;All files (*)"));
    if (file.isEmpty())
        return;
    if (!QFileInfo::exists(KdfParams::headerPath(file)) || Store::isPlaintextSqlite(file)) {
        m_banner->showError(tr("%1 is not a CampusSec Ledger database: its key header is missing or the file is not "
                               "encrypted.")
                                .arg(QDir::toNativeSeparators(file)));
        return;
    }
    if (m_workspace && !backupOnClose())
        return;
    clearPages();
    m_workspace.reset();
    m_returnPage.clear();
    m_returnRecord.clear();
    m_unlock->setDatabase(file);
    setLockedUi(true);
}

void MainWindow::backupNow()
{
    if (!m_workspace)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto made = Backup::create(m_workspace->store(), backupFolder(), m_env.settings ? m_env.settings->backupKeep() : 10);
    QApplication::restoreOverrideCursor();
    if (!made) {
        m_banner->showError(tr("The backup failed: %1").arg(made.error().message));
        return;
    }
    m_banner->showMessage(tr("Backed up to %1.").arg(QDir::toNativeSeparators(*made)), MessageBanner::Kind::Positive);
    refreshStatus();
}

bool MainWindow::backupOnClose()
{
    if (!m_workspace || m_locked || !m_env.settings || !m_env.settings->backupOnClose())
        return true;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto made = Backup::create(m_workspace->store(), backupFolder(), m_env.settings->backupKeep());
    QApplication::restoreOverrideCursor();
    if (made)
        return true;
    return MessageBox::question(this, tr("Backup failed"),
                                tr("The automatic backup failed: %1\n\nClose the database anyway?")
                                    .arg(made.error().message)) == QMessageBox::Yes;
}

QString MainWindow::backupFileFilter()
{
    return tr("Ledger backups (*%1);;All files (*)").arg(QString::fromLatin1(Backup::suffix));
}

void MainWindow::restoreBackup()
{
    if (!m_workspace)
        return;
    const QString path = m_workspace->store().path();
    const QString picked =
        QFileDialog::getOpenFileName(this, tr("Restore from backup"), backupFolder(), backupFileFilter());
    if (picked.isEmpty() || !m_workspace)
        return;
    const auto file = Backup::resolve(picked);
    if (!file) {
        m_banner->showError(file.error().message);
        return;
    }
    if (MessageBox::question(this, tr("Restore from backup"),
                             tr("Replace the database with the backup %1? Changes made since that backup are lost "
                                "(the current database is backed up first).")
                                 .arg(QFileInfo(*file).fileName())) != QMessageBox::Yes ||
        !m_workspace)
        return;
    bool ok = false;
    QString passphrase = QInputDialog::getText(this, tr("Restore from backup"),
                                               tr("The passphrase that was in use when the backup was made:"),
                                               QLineEdit::Password, QString(), &ok);
    if (!ok || passphrase.isEmpty() || !m_workspace)
        return;
    Backup::Options options;
    options.currentSchoolCode = m_workspace->schoolCode();
    options.acknowledgedSeq = Backup::acknowledgedSeq(m_workspace->store());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto check = Backup::check(*file, path, passphrase, options);
    QApplication::restoreOverrideCursor();
    if (!check) {
        m_banner->showError(tr("Nothing was restored: %1").arg(check.error().message));
        return;
    }
    if (!check->foreign.isEmpty()) {
        options.confirmedSchool = QInputDialog::getText(
            this, tr("Restore from backup"),
            tr("%1\n\nTo restore it anyway, type the name of its school (%2):").arg(check->foreign, check->schoolName),
            QLineEdit::Normal, QString(), &ok);
        if (!ok || options.confirmedSchool.trimmed() != check->schoolName || !m_workspace) {
            m_banner->showError(tr("Nothing was restored: the backup is of another database and was not confirmed."));
            return;
        }
    }
    if (!check->olderThanSync.isEmpty() &&
        (MessageBox::warning(this, tr("Restore from backup"), tr("%1\n\nRestore anyway?").arg(check->olderThanSync),
                             QMessageBox::Yes | QMessageBox::No) != QMessageBox::Yes ||
         !m_workspace))
        return;
    // The backup being restored is never rotated away by the safety backup.
    auto safety = Backup::create(m_workspace->store(), backupFolder(),
                                 m_env.settings ? m_env.settings->backupKeep() + 1 : 11, {*file});
    if (!safety) {
        m_banner->showError(tr("The current database could not be backed up first, so nothing was restored: %1")
                                .arg(safety.error().message));
        return;
    }
    clearPages();
    m_workspace.reset();
    const auto restored = Backup::restore(*file, path, passphrase, options);
    passphrase.fill(u'0');
    m_unlock->setDatabase(path);
    setLockedUi(true);
    if (!restored)
        m_unlock->showMessage(tr("Nothing was restored: %1").arg(restored.error().message));
    else
        m_unlock->showMessage(
            tr("Restored from %1. Unlock with the passphrase of that backup.").arg(QFileInfo(*file).fileName()));
}

void MainWindow::verifyJournal()
{
    if (!m_workspace)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const JournalVerdict v = m_workspace->store().journal().verify();
    QApplication::restoreOverrideCursor();
    if (v.ok)
        m_banner->showMessage(tr("The journal is intact: %n entries, chained without a break.", nullptr, int(v.count)),
                              MessageBanner::Kind::Positive);
    else
        m_banner->showError(tr("The journal is broken at entry %1: %2. Keep this database as evidence and restore "
                               "a backup.")
                                .arg(v.firstBroken)
                                .arg(v.reason));
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(*m_env.settings, this, m_workspace != nullptr && !m_locked);
    connect(&dialog, &SettingsDialog::changePassphraseRequested, this, &MainWindow::changePassphrase);
    if (dialog.exec() == QDialog::Accepted) {
        applySettings();
        refreshStatus();
    }
}

void MainWindow::changePassphrase()
{
    if (!m_workspace || m_locked)
        return;
    QString next;
    {
        ChangePassphraseDialog dialog(m_workspace->store(), this);
        if (dialog.exec() != QDialog::Accepted || !m_workspace || m_locked)
            return;
        next = dialog.newPassphrase();
    }
    // The change closes and reopens the store's connection: pages, services and the findings reader go first.
    const QString page = currentPageId();
    std::unique_ptr<Workspace> ws = std::move(m_workspace);
    clearPages();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Store& store = ws->store();
    const Status st = store.changePassphrase(next, m_env.newKdf());
    next.fill(u'0');
    QApplication::restoreOverrideCursor();
    QString remembered;
    const QString id = store.kdf().databaseId;
    if (st && m_env.settings && m_env.settings->isRemembered(id)) {
        // The key in the keychain is the old one: replace it, or forget it if the keychain refuses.
        const KeyStore keys(m_env.keychainService);
        if (Status saved = keys.save(id, store.key()); !saved) {
            (void)keys.remove(id);
            m_env.settings->setRemembered(id, false);
            remembered = tr("The key remembered on this computer could not be replaced (%1) and was forgotten.")
                             .arg(saved.error().message);
        }
    }
    if (!store.database().isOpen()) {
        // The change failed and the store could not reopen either: unlock again from the files.
        const QString path = store.path();
        ws.reset();
        m_unlock->setDatabase(path);
        setLockedUi(true);
        m_unlock->showMessage(tr("The passphrase was not changed: %1").arg(st.error().message));
        return;
    }
    setWorkspace(std::move(ws));
    showPage(page);
    if (!st)
        m_banner->showError(tr("The passphrase was not changed: %1").arg(st.error().message));
    else if (!remembered.isEmpty())
        m_banner->showError(tr("The passphrase was changed. %1").arg(remembered));
    else
        m_banner->showMessage(tr("The passphrase was changed. Backups made before keep the old passphrase."),
                              MessageBanner::Kind::Positive);
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_workspace ? &m_workspace->store() : nullptr, this);
    dialog.exec();
}

void MainWindow::showUserGuide()
{
    auto* guide = new UserGuideDialog(this);
    guide->setAttribute(Qt::WA_DeleteOnClose);
    guide->open();
}

} // namespace csl
