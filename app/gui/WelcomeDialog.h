// First run: create a database, open an existing one, or open the demo school.
#pragma once

#include "ShellEnv.h"

#include <QDialog>

class QLineEdit;
class QStackedWidget;

namespace csl {

class MessageBanner;
class PassphraseMeter;

/**
 * @brief The first-run dialog. After Accepted, either a workspace is ready
 * (new database, demo) or openPath() names a database to unlock.
 */
class WelcomeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomeDialog)
public:
    WelcomeDialog(ShellEnv& env, QWidget* parent = nullptr);

    /// Shows the new-database form directly (File > New).
    void showCreateForm();
    std::unique_ptr<Workspace> takeWorkspace() { return std::move(m_workspace); }
    QString openPath() const { return m_openPath; }
    /// The path a new database gets unless the user picks another.
    static QString defaultDatabasePath();

public Q_SLOTS:
    void create();
    void openExisting();
    void openDemo();

private:
    QWidget* makeChoicePage();
    QWidget* makeCreatePage();
    void browse();
    void updateStrength();

    ShellEnv& m_env;
    QStackedWidget* m_stack;
    MessageBanner* m_banner;
    QLineEdit* m_school;
    QLineEdit* m_code;
    QLineEdit* m_officer;
    QLineEdit* m_path;
    QLineEdit* m_passphrase;
    QLineEdit* m_confirm;
    PassphraseMeter* m_meter;
    std::unique_ptr<Workspace> m_workspace;
    QString m_openPath;
};

} // namespace csl
