// The sync page: endpoint, school code, token, trust, schedule; sync now; run history; notices.
#pragma once

#include "ModuleView.h"
#include "SyncClient.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTimeEdit;

namespace csl {

class SyncScheduler;
class Workspace;

/// @brief 上级平台同步: settings, "sync now" with progress and cancel, the history of runs, bureau notices.
class SyncPage final : public ModulePage
{
    Q_OBJECT
public:
    SyncPage(Workspace& workspace, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(SyncPage)

    bool openRecord(const QString& recordId) override;
    void reload() override;
    SyncScheduler& scheduler() { return *m_scheduler; }

private:
    QWidget* buildSettings();
    QWidget* buildRun();
    void save();
    void syncNow();
    void onFinished(const SyncOutcome& outcome);
    void showBanner(const QString& text, bool error);
    void fillHistory();
    void fillNotices();
    void updateNext();

    Workspace& m_ws;
    SyncScheduler* m_scheduler = nullptr;
    QLabel* m_banner = nullptr;
    QLineEdit* m_endpoint = nullptr;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_token = nullptr;
    QLineEdit* m_caFile = nullptr;
    QLineEdit* m_pin = nullptr;
    QCheckBox* m_daily = nullptr;
    QTimeEdit* m_dailyAt = nullptr;
    QPushButton* m_now = nullptr;
    QPushButton* m_cancel = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_next = nullptr;
    QTableWidget* m_history = nullptr;
    QTableWidget* m_notices = nullptr;
};

/// @brief Makes the sync page.
class SyncView final : public ModuleView
{
public:
    QString moduleId() const override { return QStringLiteral("sync"); }
    ModulePage* createPage(Workspace& workspace, QWidget* parent) override;
    /// The daily scheduler, started, for the shell to own while the workspace is open
    /// (ModuleView's service hook).
    QObject* createService(Workspace& workspace, QObject* parent) override;
};

} // namespace csl
