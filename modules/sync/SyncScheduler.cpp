#include "SyncScheduler.h"

#include "Workspace.h"

#include <QHash>

namespace csl {

namespace {

QHash<const Workspace*, SyncScheduler*>& registry()
{
    static QHash<const Workspace*, SyncScheduler*> r;
    return r;
}

} // namespace

SyncScheduler::SyncScheduler(Workspace& workspace, QObject* parent) : QObject(parent), m_workspace(workspace)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const QDateTime now = QDateTime::currentDateTime();
        if (m_next.isValid() && now < m_next) {
            // Long waits are armed in steps (QTimer's range, sleep and clock changes).
            m_timer.start(int(std::min<qint64>(now.msecsTo(m_next), 3600 * 1000)));
            return;
        }
        const QString trigger = m_nextTrigger;
        m_next = {};
        runNow(trigger);
    });
    registry().insert(&workspace, this);
}

SyncScheduler::~SyncScheduler()
{
    if (registry().value(&m_workspace) == this)
        registry().remove(&m_workspace);
}

SyncScheduler* SyncScheduler::find(const Workspace& workspace)
{
    return registry().value(&workspace);
}

void SyncScheduler::start()
{
    m_active = true;
    armDaily();
}

void SyncScheduler::stop()
{
    m_active = false;
    m_timer.stop();
    m_next = {};
    Q_EMIT scheduleChanged(m_next);
}

void SyncScheduler::arm(const QDateTime& at, const QString& trigger)
{
    m_next = at;
    m_nextTrigger = trigger;
    if (at.isValid())
        m_timer.start(int(std::clamp<qint64>(QDateTime::currentDateTime().msecsTo(at), 0, 3600 * 1000)));
    else
        m_timer.stop();
    Q_EMIT scheduleChanged(m_next);
}

void SyncScheduler::armDaily()
{
    if (!m_active)
        return;
    const SyncSettings s = SyncSettings::load(m_workspace.store());
    if (!s.dailyAt.isValid()) {
        arm({}, {});
        return;
    }
    arm(s.nextDailyRun(QDateTime::currentDateTime()), QStringLiteral("daily"));
}

bool SyncScheduler::runNow(const QString& trigger)
{
    if (isRunning())
        return false;
    Store& store = m_workspace.store();
    const QString code = m_workspace.schoolCode();
    auto token = SyncSettings::token(code);
    if (m_client)
        m_client->deleteLater();
    m_client = new SyncClient(store, SyncSettings::load(store), code, token ? *token : QByteArray(), this);
    connect(m_client, &SyncClient::progress, this, &SyncScheduler::progress);
    connect(m_client, &SyncClient::statusChanged, this, &SyncScheduler::statusChanged);
    connect(m_client, &SyncClient::finished, this, [this, token](const SyncOutcome& o) {
        SyncOutcome out = o;
        if (!token && o.kind == SyncOutcome::Kind::NoToken)
            out.message = token.error().message;
        // A transient failure is tried again at the time the run named; else the next daily run.
        if (m_active && o.retryAt.isValid() && SyncOutcome::isTransient(o.kind))
            arm(o.retryAt, QStringLiteral("retry"));
        else
            armDaily();
        Q_EMIT finished(out);
    });
    Q_EMIT started();
    m_client->start(trigger);
    return true;
}

void SyncScheduler::cancel()
{
    if (m_client)
        m_client->cancel();
}

} // namespace csl
