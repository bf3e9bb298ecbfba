// The system-tray icon: the number of findings, and a notice when a deadline is near.
#pragma once

#include "Finding.h"

#include <QObject>
#include <QSet>

class QSystemTrayIcon;
class QMenu;

namespace csl {

/**
 * @brief Shows the findings count in the tray and notifies, once per finding,
 * when a deadline falls within the configured number of days.
 */
class TrayIcon final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayIcon)
public:
    explicit TrayIcon(QObject* parent);
    ~TrayIcon() override;

    /// Updates the count and returns the findings newly due within @p noticeDays (notified now).
    QList<Finding> setFindings(const QList<Finding>& findings, int noticeDays, QDate today = QDate::currentDate());
    void setLocked(bool locked);
    int count() const { return m_count; }
    QString toolTip() const;
    bool isAvailable() const;
    /// The badge icon drawn for @p count findings.
    static QIcon badgeIcon(int count);

Q_SIGNALS:
    void showRequested();
    void findingsRequested();

private:
    QSystemTrayIcon* m_tray = nullptr;
    QMenu* m_menu = nullptr;
    QSet<QString> m_notified;
    int m_count = 0;
    bool m_locked = false;
};

} // namespace csl
