#include "PersonTableModel.h"

#include "PersonRepository.h"

namespace csl {

PersonTableModel::PersonTableModel(Store& store, QObject* parent) : QAbstractTableModel(parent), m_store(store)
{
    reload();
}

void PersonTableModel::reload()
{
    beginResetModel();
    m_people = PersonRepository(m_store).all();
    endResetModel();
}

int PersonTableModel::rowOf(const QString& id) const
{
    for (int i = 0; i < m_people.size(); ++i) {
        if (m_people.at(i).id == id)
            return i;
    }
    return -1;
}

int PersonTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_people.size());
}

int PersonTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PersonTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PersonRecord& p = m_people.at(index.row());
    if (role == IdRole)
        return p.id;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn: return p.name;
    case StaffNoColumn: return p.staffNo;
    case DepartmentColumn: return p.department;
    case PostColumn: return p.post;
    case PhoneColumn: return p.phone;
    }
    return {};
}

QVariant PersonTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    case StaffNoColumn: return tr("Staff no.");
    case DepartmentColumn: return tr("Department");
    case PostColumn: return tr("Post");
    case PhoneColumn: return tr("Phone");
    }
    return {};
}

} // namespace csl
