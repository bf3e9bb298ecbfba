// Runs sync daily at the set time, on demand, and again after a transient failure, while the app is open.
#pragma once

#include "SyncClient.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace csl {

class Workspace;

/**
 * @brief The one place a sync run starts in the app. The shell owns it after
 * unlock (`new SyncScheduler(workspace, this)->start()`); the sync page finds it
 * with find() and shares it, so two runs never overlap.
 */
class SyncScheduler final : public QObject
{
    Q_OBJECT
public:
    explicit SyncScheduler(Workspace& workspace, QObject* parent = nullptr);
    ~SyncScheduler() override;
    Q_DISABLE_COPY_MOVE(SyncScheduler)

    /// @brief The scheduler of @p workspace, if one exists.
    static SyncScheduler* find(const Workspace& workspace);

    /// @brief Arms the daily timer from the saved settings (call again after they change).
    void start();
    void stop();
    /// @brief Starts a run now unless one is running; false if one was.
    bool runNow(const QString& trigger = QStringLiteral("manual"));
    void cancel();
    bool isRunning() const { return m_client && m_client->isRunning(); }
    /// When the next run is due (invalid when none is).
    QDateTime nextRun() const { return m_next; }

Q_SIGNALS:
    void started();
    void progress(qint64 acknowledged, qint64 total);
    void statusChanged(const QString& text);
    void finished(const csl::SyncOutcome& outcome);
    void scheduleChanged(const QDateTime& next);

private:
    void arm(const QDateTime& at, const QString& trigger);
    void armDaily();

    Workspace& m_workspace;
    QPointer<SyncClient> m_client;
    QTimer m_timer;
    QDateTime m_next;
    QString m_nextTrigger;
    bool m_active = false;
};

} // namespace csl
