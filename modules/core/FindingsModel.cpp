#include "FindingsModel.h"

#include "Clock.h"

#include "Workspace.h"

#include <QBrush>
#include <QColor>
#include <QElapsedTimer>
#include <QLocale>
#include <QScopeGuard>
#include <QTimer>

#include <QSqlDriver>

#include <sqlcipher/sqlite3.h>

#include <atomic>
#include <mutex>

namespace csl {

namespace {

QHash<QString, QString> moduleTitles(const Workspace& workspace)
{
    QHash<QString, QString> titles;
    for (const auto& m : workspace.modules())
        titles.insert(m->id(), m->title());
    return titles;
}

} // namespace

/// One background computation: what the worker needs, and what it hands back.
struct FindingsModel::Job
{
    QString path;
    SecureBytes key;                          ///< wiped by the worker once its connection is open
    QSet<QString> skip;                       ///< modules whose findings the workspace had cached
    Workspace::FindingsByModule cached;       ///< … and those findings
    Store::ChangeStamp stamp;                 ///< the database as it was when the job started
    std::atomic_bool cancelled{false};
    Result<Workspace::FindingsByModule> result{Workspace::FindingsByModule{}};
    Workspace::Stamps stamps;                 ///< what each computed module's findings were read from
    qint64 workerMs = 0;                      ///< the worker's time: open, compute, close
    std::mutex connectionMutex;               ///< guards reader: set while the worker's connection is open
    sqlite3* reader = nullptr;

    /// Stops the statement the worker's connection runs, if any (sqlite3_interrupt: any thread).
    void interrupt()
    {
        const std::lock_guard lock(connectionMutex);
        if (reader)
            sqlite3_interrupt(reader);
    }
};

FindingsModel::FindingsModel(QObject* parent) : QAbstractTableModel(parent) {}

FindingsModel::~FindingsModel()
{
    cancel();
}

void FindingsModel::refresh(const Workspace& workspace)
{
    setFindings(workspace.findings(), moduleTitles(workspace));
}

void FindingsModel::refreshInBackground(Workspace& workspace)
{
    if (m_workspace && m_workspace != &workspace)
        cancel();
    m_workspace = &workspace;
    setChecking(true);
    if (m_thread) {
        m_pending = true; // coalesced: one more run when this one ends
        return;
    }
    startJob();
}

void FindingsModel::startJob()
{
    m_pending = false;
    Workspace& ws = *m_workspace;
    if (ws.store().inTransaction()) {
        // A write is under way (an import pumps events mid-transaction): what a reader sees now is
        // about to change. Ask again once it has committed or rolled back.
        QTimer::singleShot(200, this, [this] {
            if (m_workspace && !m_thread)
                startJob();
        });
        return;
    }
    auto job = std::make_shared<Job>();
    job->path = ws.store().path();
    job->stamp = ws.store().changeStamp();
    job->cached = ws.cachedFindings();
    for (auto it = job->cached.cbegin(); it != job->cached.cend(); ++it)
        job->skip.insert(it.key());
    if (int(job->skip.size()) < int(ws.modules().size()))
        job->key = ws.store().key(); // a copy in memory only, for the worker's own connection
    m_job = job;
    QThread* thread = QThread::create([job] {
        if (job->key.isEmpty())
            return; // everything was cached
        QElapsedTimer clock;
        clock.start();
        const auto done = qScopeGuard([&] { job->workerMs = clock.elapsed(); });
        auto reader = Workspace::openReader(job->path, job->key);
        job->key.clear();
        if (!reader) {
            job->result = reader.error();
            return;
        }
        {
            const std::lock_guard lock(job->connectionMutex);
            job->reader = static_cast<sqlite3*>((*reader)->store().database().driver()->handle().value<void*>());
        }
        if (!job->cancelled)
            job->result = (*reader)->computeFindings(job->skip, &job->cancelled, &job->stamps);
        {
            const std::lock_guard lock(job->connectionMutex);
            job->reader = nullptr;
        }
        if (job->cancelled)
            job->result = Error{Error::Cancelled, QString()}; // an interrupted read is no result
        // The reader closes here, in its own thread, and wipes its key.
        reader->reset();
    });
    thread->setObjectName(QStringLiteral("findings"));
    m_thread = thread;
    // Queued: finished is emitted by the worker, the result is read in this object's thread.
    connect(thread, &QThread::finished, this, [this, job] { finishJob(job); }, Qt::QueuedConnection);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(QThread::LowPriority);
}

void FindingsModel::finishJob(const std::shared_ptr<Job>& job)
{
    if (job != m_job)
        return; // cancelled: the workspace it read may be gone
    m_job.reset();
    m_thread.clear();
    if (!m_workspace)
        return;
    Workspace& ws = *m_workspace;
    if (!job->result) {
        if (job->result.error().code != Error::Cancelled)
            Q_EMIT computationFailed(job->result.error().message);
        if (m_pending)
            startJob();
        else
            setChecking(false);
        return;
    }
    m_lastWorkerMs = job->workerMs;
    Workspace::FindingsByModule all = *job->result;
    bool current = ws.adoptFindings(job->stamp, all, job->stamps);
    // What came from the cache must still be there: a module written meanwhile was dropped from it.
    const Workspace::FindingsByModule nowCached = ws.cachedFindings();
    for (auto it = job->cached.cbegin(); it != job->cached.cend(); ++it) {
        current = current && nowCached.contains(it.key());
        all.insert(it.key(), it.value());
    }
    setFindings(ws.merged(all), moduleTitles(ws));
    // The database changed while the worker read it: what it found may be out of date, run again.
    if (!current && job->stamp.isValid())
        m_pending = true;
    if (m_pending) {
        startJob();
    } else {
        setChecking(false);
    }
    Q_EMIT findingsArrived();
}

void FindingsModel::cancel()
{
    m_pending = false;
    m_workspace = nullptr;
    if (m_job) {
        m_job->cancelled = true;
        m_job->interrupt(); // a district's device list need not be read to the end
    }
    m_job.reset();
    if (m_thread) {
        // The worker stops before its next module; its connection must be closed before the writer's.
        m_thread->wait();
        m_thread.clear();
    }
    setChecking(false);
}

void FindingsModel::setChecking(bool checking)
{
    if (m_checking == checking)
        return;
    m_checking = checking;
    Q_EMIT checkingChanged(checking);
}

void FindingsModel::setFindings(QList<Finding> findings, QHash<QString, QString> moduleTitles)
{
    beginResetModel();
    m_findings = std::move(findings);
    m_titles = std::move(moduleTitles);
    endResetModel();
}

void FindingsModel::clear()
{
    setFindings({}, {});
}

int FindingsModel::dueWithin(int days, QDate today) const
{
    int n = 0;
    for (const Finding& f : m_findings) {
        if (f.deadline.isValid() && today.daysTo(f.deadline.date()) <= days)
            ++n;
    }
    return n;
}

int FindingsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Finding& f = m_findings.at(index.row());
    const QDateTime now = m_today.isValid() ? QDateTime(m_today, QTime(0, 0)) : Clock::now();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            switch (f.severity) {
            case Finding::Severity::Critical: return tr("Critical");
            case Finding::Severity::Warning: return tr("Warning");
            case Finding::Severity::Info: return tr("Note");
            }
            break;
        case DeadlineColumn:
            if (!f.deadline.isValid())
                return tr("None");
            if (f.deadline < now)
                return tr("%1 (overdue)").arg(QLocale().toString(f.deadline, QLocale::ShortFormat));
            return QLocale().toString(f.deadline, QLocale::ShortFormat);
        case ModuleColumn: return m_titles.value(f.moduleId, f.moduleId);
        case TitleColumn: return f.title;
        case RuleColumn: return f.ruleId;
        }
        break;
    case Qt::ToolTipRole: return f.detail.isEmpty() ? f.title : f.detail;
    case Qt::ForegroundRole:
        if (index.column() == DeadlineColumn && f.deadline.isValid() && f.deadline < now)
            return QBrush(QColor(0xb3, 0x26, 0x1e));
        if (index.column() == SeverityColumn && f.severity == Finding::Severity::Critical)
            return QBrush(QColor(0xb3, 0x26, 0x1e));
        break;
    case ModuleIdRole: return f.moduleId;
    case RecordIdRole: return f.recordId;
    case SeverityRole: return int(f.severity);
    case DeadlineRole: return f.deadline;
    default: break;
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case DeadlineColumn: return tr("Deadline");
    case ModuleColumn: return tr("Register");
    case TitleColumn: return tr("Finding");
    case RuleColumn: return tr("Rule");
    }
    return {};
}

} // namespace csl
