#include "MainWindow.h"

#include "Backup.h"
#include "FindingsModel.h"
#include "FindingsPanel.h"
#include "IdleWatcher.h"
#include "JournalPage.h"
#include "MessageBanner.h"
#include "ModuleView.h"
#include "TrayIcon.h"
#include "UnlockWidget.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QFrame>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QProgressDialog>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace csl {

namespace {
constexpr int PageIdRole = Qt::UserRole + 1;
} // namespace

MainWindow::MainWindow(ShellEnv& env, QWidget* parent)
    : QMainWindow(parent), m_env(env), m_root(new QStackedWidget(this)), m_content(new QWidget(m_root)),
      m_lockScreen(new QWidget(m_root)), m_sidebar(new QListWidget(m_content)), m_pages(new QStackedWidget(m_content)),
      m_banner(new MessageBanner(m_content)), m_unlock(new UnlockWidget(env, m_lockScreen)),
      m_findings(new FindingsModel(this)), m_statusDatabase(new QLabel(this)), m_statusBackup(new QLabel(this)),
      m_statusSync(new QLabel(this)), m_idle(new IdleWatcher(this)), m_tray(new TrayIcon(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("CampusSec Ledger"));
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setIconSize(QSize(20, 20));
    m_sidebar->setMinimumWidth(150);
    m_sidebar->setMaximumWidth(260);
    m_sidebar->setStyleSheet(QStringLiteral("QListWidget#sidebar { font-size: 14px; }"
                                            "QListWidget#sidebar::item { padding: 8px 10px; }"));
    m_pages->setObjectName(QStringLiteral("pages"));
    m_banner->setObjectName(QStringLiteral("mainBanner"));

    auto* right = new QWidget(m_content);
    auto* rightCol = new QVBoxLayout(right);
    rightCol->setContentsMargins(0, 0, 0, 0);
    rightCol->addWidget(m_banner);
    rightCol->addWidget(m_pages, 1);
    auto* split = new QSplitter(Qt::Horizontal, m_content);
    split->addWidget(m_sidebar);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    auto* contentRow = new QHBoxLayout(m_content);
    contentRow->setContentsMargins(6, 6, 6, 0);
    contentRow->addWidget(split);

    m_lockScreen->setObjectName(QStringLiteral("lockScreen"));
    auto* lockGrid = new QVBoxLayout(m_lockScreen);
    auto* lockLabel = new QLabel(tr("The ledger is locked."), m_lockScreen);
    lockLabel->setObjectName(QStringLiteral("lockLabel"));
    lockLabel->setStyleSheet(QStringLiteral("font-size: 22px; font-weight: bold; color: #174ea6;"));
    lockGrid->addStretch(1);
    lockGrid->addWidget(lockLabel, 0, Qt::AlignHCenter);
    lockGrid->addWidget(m_unlock, 0, Qt::AlignHCenter);
    lockGrid->addStretch(2);

    m_root->addWidget(m_content);
    m_root->addWidget(m_lockScreen);
    setCentralWidget(m_root);

    for (QLabel* l : {m_statusDatabase, m_statusBackup, m_statusSync}) {
        l->setContentsMargins(8, 0, 8, 0);
        if (l != m_statusDatabase) {
            auto* bar = new QFrame(this);
            bar->setFrameShape(QFrame::VLine);
            bar->setFrameShadow(QFrame::Sunken);
            statusBar()->addPermanentWidget(bar);
        }
        statusBar()->addPermanentWidget(l);
    }
    m_statusDatabase->setObjectName(QStringLiteral("statusDatabase"));
    m_statusBackup->setObjectName(QStringLiteral("statusBackup"));
    m_statusSync->setObjectName(QStringLiteral("statusSync"));

    buildMenus();
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (const QListWidgetItem* item = m_sidebar->item(row))
            modulePage(item->data(PageIdRole).toString());
        m_pages->setCurrentIndex(row);
    });
    // Findings are computed off this thread (FindingsModel::refreshInBackground); the sidebar entry
    // says "checking…" until they arrive.
    connect(m_findings, &FindingsModel::checkingChanged, this, &MainWindow::showFindingsCount);
    connect(m_findings, &FindingsModel::findingsArrived, this, [this] {
        const int days = m_env.settings ? m_env.settings->deadlineNoticeDays() : 3;
        m_tray->setFindings(m_findings->findings(), days);
        showFindingsCount();
    });
    connect(m_findings, &FindingsModel::computationFailed, this, [this](const QString& message) {
        m_banner->showError(tr("The findings could not be checked: %1").arg(message));
    });
    connect(m_idle, &IdleWatcher::idle, this, &MainWindow::lock);
    connect(m_unlock, &UnlockWidget::unlocked, this, &MainWindow::onUnlocked);
    connect(m_tray, &TrayIcon::showRequested, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    connect(m_tray, &TrayIcon::findingsRequested, this, [this] {
        showNormal();
        raise();
        if (!m_locked)
            showPage(QString::fromLatin1(findingsPageId));
    });
    applySettings();
    resize(1100, 720);
    if (m_env.settings)
        restoreGeometry(m_env.settings->value(Settings::Key::WindowGeometry).toByteArray());
    setLockedUi(true);
}

MainWindow::~MainWindow()
{
    clearPages();
}

void MainWindow::applySettings()
{
    if (!m_env.settings)
        return;
    m_idle->setTimeout(m_env.settings->autoLockMinutes() * 60 * 1000);
    refreshFindings();
}

void MainWindow::setWorkspace(std::unique_ptr<Workspace> workspace)
{
    m_lockPending = false;
    clearPages();
    m_workspace = std::move(workspace);
    if (!m_workspace) {
        setLockedUi(true);
        return;
    }
    if (m_env.settings)
        m_env.settings->setValue(Settings::Key::LastDatabase, m_workspace->store().path());
    buildPages();
    setLockedUi(false);
    refreshFindings();
    refreshStatus();
}

void MainWindow::addSidebarEntry(const QString& id, const QString& title, const QIcon& icon, QWidget* page)
{
    auto* item = new QListWidgetItem(icon, title, m_sidebar);
    item->setData(PageIdRole, id);
    m_pages->addWidget(page);
}

void MainWindow::buildPages()
{
    m_sidebar->blockSignals(true);
    m_findingsPanel = new FindingsPanel(m_findings, m_pages);
    connect(m_findingsPanel, &FindingsPanel::openRequested, this, &MainWindow::openFinding);
    addSidebarEntry(QString::fromLatin1(findingsPageId), tr("To do and findings"), {}, m_findingsPanel);

    // Every module that has a view gets an entry, in the order of the module list. Its page is
    // made when first shown, so unlocking costs only the page the user is on.
    m_views = allModuleViews();
    for (const auto& view : m_views) {
        if (QObject* service = view->createService(*m_workspace, this))
            m_services << service;
    }
    for (const auto& module : m_workspace->modules()) {
        for (const auto& view : m_views) {
            if (view->moduleId() != module->id())
                continue;
            auto* holder = new QWidget(m_pages);
            holder->setObjectName(QStringLiteral("holder_%1").arg(module->id()));
            auto* layout = new QVBoxLayout(holder);
            layout->setContentsMargins(0, 0, 0, 0);
            m_viewFor.insert(module->id(), view.get());
            addSidebarEntry(module->id(), module->title(), module->icon(), holder);
        }
    }
    auto* journal = new JournalPage(*m_workspace, m_pages);
    addSidebarEntry(QString::fromLatin1(journalPageId), tr("Journal"), {}, journal);
    m_sidebar->blockSignals(false);
    m_sidebar->setCurrentRow(0);
    m_pages->setCurrentIndex(0);
}

void MainWindow::clearPages()
{
    m_sidebar->blockSignals(true);
    m_sidebar->clear();
    m_sidebar->blockSignals(false);
    m_modulePages.clear();
    m_viewFor.clear();
    m_findingsPanel = nullptr;
    // The findings worker reads the workspace through its own connection: stop it and wait until
    // that connection is closed, before the pages and the workspace (and the key) go.
    m_findings->cancel();
    while (m_pages->count() > 0) {
        QWidget* w = m_pages->widget(0);
        m_pages->removeWidget(w);
        delete w;
    }
    m_findings->clear();
    // Services outlive the pages that use them and go before the workspace they hold.
    qDeleteAll(m_services);
    m_services.clear();
    m_views.clear();
}

ModulePage* MainWindow::modulePage(const QString& moduleId)
{
    if (ModulePage* page = m_modulePages.value(moduleId))
        return page;
    ModuleView* view = m_viewFor.value(moduleId);
    QWidget* holder = m_pages->findChild<QWidget*>(QStringLiteral("holder_%1").arg(moduleId), Qt::FindDirectChildrenOnly);
    if (!view || !holder || !m_workspace)
        return nullptr;
    ModulePage* page = view->createPage(*m_workspace, holder);
    page->setObjectName(QStringLiteral("page_%1").arg(moduleId));
    holder->layout()->addWidget(page);
    connect(page, &ModulePage::dataChanged, this, [this] {
        refreshFindings();
        refreshStatus();
    });
    m_modulePages.insert(moduleId, page);
    return page;
}

QString MainWindow::currentPageId() const
{
    const QListWidgetItem* item = m_sidebar->currentItem();
    return item ? item->data(PageIdRole).toString() : QString();
}

bool MainWindow::showPage(const QString& id)
{
    for (int row = 0; row < m_sidebar->count(); ++row) {
        if (m_sidebar->item(row)->data(PageIdRole).toString() == id) {
            m_sidebar->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

bool MainWindow::openFinding(const QString& moduleId, const QString& recordId)
{
    ModulePage* page = modulePage(moduleId);
    if (!page) {
        m_banner->showError(tr("No page shows the register \"%1\".").arg(moduleId));
        return false;
    }
    showPage(moduleId);
    if (recordId.isEmpty())
        return true;
    if (!page->openRecord(recordId)) {
        m_banner->showMessage(tr("The record this finding concerns is no longer in the register; it may have been "
                                 "deleted."),
                              MessageBanner::Kind::Warning);
        return false;
    }
    m_banner->hide();
    return true;
}

void MainWindow::refreshFindings()
{
    if (!m_workspace || m_locked)
        return;
    // A worker with its own read-only connection; asked again while it runs, it runs once more.
    m_findings->refreshInBackground(*m_workspace);
    showFindingsCount();
}

void MainWindow::showFindingsCount()
{
    QListWidgetItem* item = m_sidebar->count() > 0 ? m_sidebar->item(0) : nullptr;
    if (!item)
        return;
    const int n = m_findings->rowCount();
    if (m_findings->isChecking())
        item->setText(tr("To do and findings (checking…)"));
    else
        item->setText(n > 0 ? tr("To do and findings (%1)").arg(n) : tr("To do and findings"));
}

void MainWindow::refreshStatus()
{
    if (!m_workspace || m_locked) {
        m_statusDatabase->setText(tr("Locked"));
        m_statusBackup->clear();
        m_statusSync->clear();
        return;
    }
    const Store& store = m_workspace->store();
    const QString school = m_workspace->schoolName();
    m_statusDatabase->setText(tr("Database: %1").arg(school.isEmpty() ? QFileInfo(store.path()).fileName() : school));
    m_statusDatabase->setToolTip(QDir::toNativeSeparators(store.path()));
    const QStringList backups = Backup::list(backupFolder(), store.path());
    const QLocale locale;
    m_statusBackup->setText(backups.isEmpty()
                                ? tr("Last backup: never")
                                : tr("Last backup: %1")
                                      .arg(locale.toString(QFileInfo(backups.first()).lastModified(),
                                                           QLocale::ShortFormat)));
    // The sync module records its last run here; the shell reads it without knowing the module.
    const QDateTime synced = QDateTime::fromString(store.meta(QStringLiteral("sync.last_run")), Qt::ISODateWithMs);
    m_statusSync->setText(synced.isValid()
                              ? tr("Last sync: %1").arg(locale.toString(synced.toLocalTime(), QLocale::ShortFormat))
                              : tr("Last sync: never"));
}

QString MainWindow::backupFolder() const
{
    if (!m_workspace)
        return {};
    return m_env.settings ? m_env.settings->backupFolder(m_workspace->store().path())
                          : QFileInfo(m_workspace->store().path()).absoluteDir().filePath(QStringLiteral("backups"));
}

bool MainWindow::closeDialogs()
{
    // Every dialog is a window of its own, whatever its parent: a message box, a file dialog, a form, the
    // import dialog and its progress, a print preview.
    bool any = false;
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (!w->isVisible() || w == this)
            continue;
        if (auto* progress = qobject_cast<QProgressDialog*>(w)) {
            progress->cancel(); // the import rolls back
            any = true;
        } else if (auto* dialog = qobject_cast<QDialog*>(w)) {
            dialog->reject();
            any = true;
        }
    }
    return any;
}

void MainWindow::lock()
{
    if (m_locked || !m_workspace)
        return;
    // A dialog's event loop may run under a page's method: tearing the page down now would leave that
    // method on freed objects. Close every dialog, show the lock screen at once, and lock for good from
    // the loop the dialogs return to, once the code after them has seen them cancelled.
    if (closeDialogs()) {
        m_root->setCurrentWidget(m_lockScreen);
        m_lockPending = true;
        QTimer::singleShot(50, this, [this] {
            if (m_lockPending) // a database opened meanwhile cancels it
                lock();
        });
        return;
    }
    m_lockPending = false;
    m_returnPage = currentPageId();
    ModulePage* page = m_modulePages.value(m_returnPage);
    m_returnRecord = page ? page->currentRecordId() : QString();
    const QString path = m_workspace->store().path();
    // Pages hold references into the workspace: they go first, then the Store wipes its key.
    clearPages();
    m_workspace.reset();
    m_unlock->setDatabase(path);
    setLockedUi(true);
}

void MainWindow::onUnlocked()
{
    auto ws = m_unlock->takeWorkspace();
    if (!ws)
        return;
    const QString page = m_returnPage;
    const QString record = m_returnRecord;
    setWorkspace(std::move(ws));
    if (!page.isEmpty())
        showPage(page);
    if (!record.isEmpty())
        if (ModulePage* p = m_modulePages.value(page))
            p->openRecord(record);
    m_returnPage.clear();
    m_returnRecord.clear();
}

void MainWindow::setLockedUi(bool locked)
{
    m_locked = locked;
    m_root->setCurrentWidget(locked ? m_lockScreen : m_content);
    for (QAction* a : std::as_const(m_unlockedActions))
        a->setEnabled(!locked);
    m_idle->setActive(!locked);
    m_tray->setLocked(locked);
    if (locked) {
        m_banner->hide();
        m_unlock->focusPassphrase();
    }
    refreshStatus();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_env.settings)
        m_env.settings->setValue(Settings::Key::WindowGeometry, saveGeometry());
    if (!backupOnClose()) {
        event->ignore();
        return;
    }
    clearPages();
    m_workspace.reset();
    event->accept();
}

} // namespace csl
