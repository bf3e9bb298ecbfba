// Every module's findings as one table: by deadline, then severity.
#pragma once

#include "Finding.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

namespace csl {

class Workspace;

/**
 * @brief A table over Workspace::findings(): severity, deadline, register,
 * title, rule. Each row carries the module and record it concerns.
 */
class FindingsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingsModel)
public:
    enum Column { SeverityColumn, DeadlineColumn, ModuleColumn, TitleColumn, RuleColumn, ColumnCount };
    enum Role { ModuleIdRole = Qt::UserRole + 1, RecordIdRole, SeverityRole, DeadlineRole };

    explicit FindingsModel(QObject* parent = nullptr);

    /// @brief Reads the findings of every module of @p workspace again.
    void refresh(const Workspace& workspace);
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

private:
    QList<Finding> m_findings;
    QHash<QString, QString> m_titles;
    QDate m_today;
};

} // namespace csl
