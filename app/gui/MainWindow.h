// The shell: sidebar of modules, page area, status bar, menus, lock screen, findings and tray.
#pragma once

#include "ShellEnv.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <vector>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace csl {

class FindingsModel;
class FindingsPanel;
class IdleWatcher;
class MessageBanner;
class ModulePage;
class ModuleView;
class TrayIcon;
class UnlockWidget;

/**
 * @brief The main window. It builds one sidebar entry and one page per module
 * from Workspace::modules() and allModuleViews(), and knows no module by name.
 *
 * Locking closes the workspace (the key leaves memory with the Store), deletes
 * the pages and shows the passphrase prompt in their place; unlocking rebuilds
 * them and returns to the page and record the user was on.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    /// The sidebar ids of the shell's own pages (module ids never start with ':').
    static constexpr auto findingsPageId = ":findings";
    static constexpr auto journalPageId = ":journal";

    explicit MainWindow(ShellEnv& env, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Shows @p workspace: builds the sidebar and pages, refreshes findings and the status bar.
    void setWorkspace(std::unique_ptr<Workspace> workspace);
    Workspace* workspace() const { return m_workspace.get(); }

    bool isLocked() const { return m_locked; }
    /// The id of the page shown (a module id, or findingsPageId / journalPageId).
    QString currentPageId() const;
    bool showPage(const QString& id);
    /// The page of @p moduleId, made now if it was not shown yet; null if the module has no view.
    ModulePage* modulePage(const QString& moduleId);
    /// Switches to the module's page and opens the record; false (with a banner) if it is not there.
    bool openFinding(const QString& moduleId, const QString& recordId);
    /// Starts computing the findings in the background; the panel and sidebar show "checking…" until they arrive.
    void refreshFindings();
    void refreshStatus();

    IdleWatcher* idleWatcher() const { return m_idle; }
    UnlockWidget* unlockWidget() const { return m_unlock; }
    FindingsModel* findingsModel() const { return m_findings; }
    TrayIcon* trayIcon() const { return m_tray; }
    MessageBanner* banner() const { return m_banner; }
    /// The file filter of File > Restore from backup: the backups' own suffix first.
    static QString backupFileFilter();
    /// Re-reads the auto-lock time and the notice days from the settings.
    void applySettings();

public Q_SLOTS:
    void lock();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    /// Rejects every open dialog (cancels a running import); true if there was one.
    bool closeDialogs();
    bool m_lockPending = false; ///< lock() waits for the dialogs it closed to return
    void buildMenus();
    void buildPages();
    void clearPages();
    void addSidebarEntry(const QString& id, const QString& title, const QIcon& icon, QWidget* page);
    void showFindingsCount();
    void onUnlocked();
    void setLockedUi(bool locked);
    void newDatabase();
    void openDatabase();
    void backupNow();
    void restoreBackup();
    void verifyJournal();
    void showSettings();
    /// Settings > Change passphrase: re-encrypts the open database; the pages are rebuilt on the new connection.
    void changePassphrase();
    void showAbout();
    void showUserGuide();
    bool backupOnClose();
    QString backupFolder() const;

    ShellEnv& m_env;
    std::unique_ptr<Workspace> m_workspace;
    QStackedWidget* m_root;
    QWidget* m_content;
    QWidget* m_lockScreen;
    QListWidget* m_sidebar;
    QStackedWidget* m_pages;
    MessageBanner* m_banner;
    UnlockWidget* m_unlock;
    FindingsModel* m_findings;
    FindingsPanel* m_findingsPanel = nullptr;
    std::vector<std::unique_ptr<ModuleView>> m_views;
    QHash<QString, ModuleView*> m_viewFor;
    QList<QObject*> m_services;
    QHash<QString, ModulePage*> m_modulePages;
    QLabel* m_statusDatabase;
    QLabel* m_statusBackup;
    QLabel* m_statusSync;
    IdleWatcher* m_idle;
    TrayIcon* m_tray;
    QList<QAction*> m_unlockedActions;
    QAction* m_lockAction = nullptr;
    bool m_locked = false;
    QString m_returnPage;
    QString m_returnRecord;
};

} // namespace csl
