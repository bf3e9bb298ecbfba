// The people directory as a table for the people page.
#pragma once

#include "PersonRecord.h"

#include <QAbstractTableModel>

namespace csl {

class Store;

/// @brief Live people by department then name; reload() re-reads them through PersonRepository.
class PersonTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersonTableModel)
public:
    enum Column { NameColumn, StaffNoColumn, DepartmentColumn, PostColumn, PhoneColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit PersonTableModel(Store& store, QObject* parent = nullptr);

    void reload();
    const PersonRecord& person(int row) const { return m_people.at(row); }
    /// @brief The row of person @p id, or -1.
    int rowOf(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Store& m_store;
    QList<PersonRecord> m_people;
};

} // namespace csl
