// The passphrase prompt used by the unlock dialog and the main window's lock screen.
#pragma once

#include "ShellEnv.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QHBoxLayout;
class QPushButton;

namespace csl {

class MessageBanner;

/**
 * @brief Asks for the passphrase of one database and opens it.
 *
 * The key is derived on a worker thread so the window stays responsive; the
 * database is then opened on the GUI thread (a Qt SQL connection belongs to
 * the thread that made it). Repeated wrong passphrases make the prompt wait
 * longer and longer before it accepts another try.
 */
class UnlockWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnlockWidget)
public:
    UnlockWidget(ShellEnv& env, QWidget* parent);
    ~UnlockWidget() override;

    /// Prompts for the database at @p path (clears the field, keeps the failure count per path).
    void setDatabase(const QString& path);
    QString databasePath() const { return m_path; }

    /// Tries the key remembered in the keychain; on failure the banner says why. True if unlocked.
    bool tryKeychain();

    /// Seconds to wait after @p failures wrong passphrases in a row (0, 0, 2, 4, 8 … up to 60).
    static int delayAfter(int failures);
    int failures() const { return m_failures; }
    bool isWaiting() const { return m_wait.isActive(); }

    /// The workspace opened by the last successful unlock (taken once).
    std::unique_ptr<Workspace> takeWorkspace() { return std::move(m_workspace); }
    /// Milliseconds the last unlock spent deriving the key, and opening and migrating the database.
    qint64 lastKdfMs() const { return m_kdfMs; }
    qint64 lastOpenMs() const { return m_openMs; }

    void showMessage(const QString& text);
    /// Puts @p button left of Unlock, in the same row (the dialog's Quit).
    void addButton(QPushButton* button);
    void focusPassphrase();

public Q_SLOTS:
    void unlock();

Q_SIGNALS:
    void unlocked();
    void busyChanged(bool busy);

private:
    void finishUnlock(const QList<Store::KeyCandidate>& candidates);
    void fail(const QString& message);
    void setBusy(bool busy);
    void tick();
    void rememberIfAsked(const Store& store);

    ShellEnv& m_env;
    QString m_path;
    QLabel* m_title;
    QLabel* m_file;
    QLineEdit* m_passphrase;
    QCheckBox* m_remember;
    QPushButton* m_unlock;
    QHBoxLayout* m_buttons;
    QLabel* m_status;
    MessageBanner* m_banner;
    QTimer m_wait;
    QElapsedTimer m_waitClock;
    int m_waitSeconds = 0;
    int m_failures = 0;
    bool m_busy = false;
    bool m_cursorSet = false;
    qint64 m_kdfMs = 0;
    qint64 m_openMs = 0;
    std::unique_ptr<Workspace> m_workspace;
};

} // namespace csl
