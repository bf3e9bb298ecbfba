#include "FindingsModel.h"

#include "Workspace.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace csl {

FindingsModel::FindingsModel(QObject* parent) : QAbstractTableModel(parent) {}

void FindingsModel::refresh(const Workspace& workspace)
{
    QHash<QString, QString> titles;
    for (const auto& m : workspace.modules())
        titles.insert(m->id(), m->title());
    setFindings(workspace.findings(), titles);
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
        if (f.deadline.isValid() && today.daysTo(f.deadline) <= days)
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
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
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
            if (f.deadline < today)
                return tr("%1 (overdue)").arg(QLocale().toString(f.deadline, QLocale::ShortFormat));
            return QLocale().toString(f.deadline, QLocale::ShortFormat);
        case ModuleColumn: return m_titles.value(f.moduleId, f.moduleId);
        case TitleColumn: return f.title;
        case RuleColumn: return f.ruleId;
        }
        break;
    case Qt::ToolTipRole: return f.detail.isEmpty() ? f.title : f.detail;
    case Qt::ForegroundRole:
        if (index.column() == DeadlineColumn && f.deadline.isValid() && f.deadline < today)
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
