// Every module's findings as one table: by deadline, then severity.
#pragma once

#include "Finding.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QPointer>
#include <QThread>

#include <memory>


namespace csl {

class Workspace;

/**
 * @brief A table over Workspace::findings(): severity, deadline, register,
 * title, rule. Each row carries the module and record it concerns.
 *
 * refreshInBackground() computes them on a worker thread with its own
 * read-only connection, so that a district's register does not hold up the
 * window; the findings arrive by a queued signal.
 */
class FindingsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingsModel)
public:
    enum Column { SeverityColumn, DeadlineColumn, ModuleColumn, TitleColumn, RuleColumn, ColumnCount };
    enum Role { ModuleIdRole = Qt::UserRole + 1, RecordIdRole, SeverityRole, DeadlineRole };

    explicit FindingsModel(QObject* parent = nullptr);
    ~FindingsModel() override;

    /// @brief Reads the findings of every module of @p workspace again, here and now.
    void refresh(const Workspace& workspace);
    /// @brief Computes the findings of @p workspace on a worker thread over a second, read-only
    /// connection (modules whose findings the workspace has cached are not asked again) and shows
    /// them when they arrive. Asked again while one runs, it runs once more after it, not twice.
    void refreshInBackground(Workspace& workspace);
    /// @brief True from refreshInBackground() until its findings are shown.
    bool isChecking() const { return m_checking; }
    /// @brief Milliseconds the worker of the last findings shown took (open, compute, close); 0 if none ran.
    qint64 lastWorkerMs() const { return m_lastWorkerMs; }
    /// @brief Forgets the workspace: tells a running computation to stop, waits until its thread has
    /// closed its connection (and wiped its copy of the key), and drops its result. Call it before
    /// the workspace closes.
    void cancel();
    /// @brief Shows @p findings (sorted as given); @p moduleTitles names each module id.
    void setFindings(QList<Finding> findings, QHash<QString, QString> moduleTitles);
    void clear();

    const Finding& finding(int row) const { return m_findings.at(row); }
    const QList<Finding>& findings() const { return m_findings; }
    /// @brief Findings whose deadline falls within @p days of @p today (or is past).
    int dueWithin(int days, QDate today = QDate::currentDate()) const;
    /// The date "today" for the overdue colouring; tests fix it.
    void setToday(QDate today) { m_today = today; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// isChecking() changed.
    void checkingChanged(bool checking);
    /// Findings computed in the background were shown.
    void findingsArrived();
    /// The background computation failed (it could not open its connection …); @p message says why.
    void computationFailed(const QString& message);

private:
    struct Job;
    void startJob();
    void finishJob(const std::shared_ptr<Job>& job);
    void setChecking(bool checking);

    QPointer<QThread> m_thread;
    std::shared_ptr<Job> m_job;
    Workspace* m_workspace = nullptr;
    bool m_pending = false;
    bool m_checking = false;
    qint64 m_lastWorkerMs = 0;

    QList<Finding> m_findings;
    QHash<QString, QString> m_titles;
    QDate m_today;
};

} // namespace csl
