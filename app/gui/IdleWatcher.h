// Notices when the user has not touched the application for a while (auto-lock).
#pragma once

#include <QObject>
#include <QTimer>

namespace csl {

/// @brief An event filter on the application that restarts a timer on every input event.
class IdleWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdleWatcher)
public:
    explicit IdleWatcher(QObject* parent);
    ~IdleWatcher() override;

    /// Idle time before idle() is emitted; 0 turns the watch off.
    void setTimeout(int milliseconds);
    int timeout() const { return m_timeoutMs; }
    void setActive(bool active);
    bool isActive() const { return m_timer.isActive(); }

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer m_timer;
    int m_timeoutMs = 0;
    bool m_active = false;
};

} // namespace csl
