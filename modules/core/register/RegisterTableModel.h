// Any register as a table: search-as-you-type, several filters at once, locale-aware sort, without a proxy model.
#pragma once

#include "RegisterSchema.h"
#include "RegisterSearch.h"

#include <QAbstractTableModel>
#include <QHash>

#include <functional>
#include <vector>

namespace csl {

/**
 * @brief The records of one register for a QTableView. Holds every live record in memory; the visible rows
 * are an index list produced by the search, the column filters, the field filters, the page's own filter
 * (the subnet panel …) and the sort.
 */
class RegisterTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit RegisterTableModel(const RegisterSchema& schema, QObject* parent = nullptr);

    const RegisterSchema& schema() const { return m_schema; }
    /// Replaces the records (after a load or an import).
    void setRecords(QList<Record> records);
    const QList<Record>& records() const { return m_records; }
    /// Replaces the record with @p r.id by @p r (after an edit); false if it is not here.
    bool updateRecord(const Record& r);

    /// Search-as-you-type across the Searchable fields.
    void setSearch(const QString& text);
    QString search() const { return m_search; }
    /// Keeps only rows whose @p column text contains @p text (empty clears it); filters of other columns stay.
    void setColumnFilter(int column, const QString& text);
    QString columnFilter(int column) const { return m_columnFilters.value(column); }
    /// Keeps only records whose field @p key holds exactly @p value (empty clears it); other filters stay.
    void setFieldFilter(const QString& key, const QString& value);
    QString fieldFilter(const QString& key) const { return m_fieldFilters.value(key); }
    /// A register's own filter (the subnet panel's choice); an empty function clears it.
    void setExtraFilter(std::function<bool(const Record&)> keep);
    bool hasExtraFilter() const { return bool(m_extra); }
    /// Clears the search and every filter.
    void clearFilters();
    bool isFiltered() const;

    /// The record shown in @p row.
    const Record& recordAt(int row) const { return m_records.at(m_rows.at(size_t(row))); }
    /// The records shown, in table order (what export and print act on when the user asks for "the rows shown").
    QList<Record> shownRecords() const;
    /// The row showing record @p id, or -1 (filtered out or absent).
    int rowOf(const QString& id) const;
    /// The column showing @p key (a field or computed column), or -1.
    int columnOf(const QString& key) const;
    const QList<ColumnRef>& columnRefs() const { return m_columns; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    void refilter();
    /// Sorts every record (not just the rows shown) by the sort column once; filtering then keeps that order.
    void sortAll();
    void reset();

    const RegisterSchema& m_schema;
    QList<ColumnRef> m_columns;
    QList<Record> m_records;
    RegisterSearch m_index;
    std::vector<int> m_rows;
    std::vector<int> m_order;   ///< every record index in sort order (empty: not sorted yet)
    bool m_orderValid = false;
    QString m_search;
    QHash<int, QString> m_columnFilters;
    QHash<QString, QString> m_fieldFilters;
    std::function<bool(const Record&)> m_extra;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace csl
