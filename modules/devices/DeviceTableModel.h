// The device register as a table: search-as-you-type, column filters, sorting, without QSortFilterProxyModel.
#pragma once

#include "DeviceRecord.h"
#include "DeviceSearch.h"

#include <QAbstractTableModel>
#include <QHostAddress>

#include <vector>

namespace csl {

/**
 * @brief Devices for a QTableView. Holds every live device in memory; the
 * visible rows are an index list produced by the search, the column filters
 * and the sort (R-DEV-3: find a device by IP, MAC, user or location at once).
 */
class DeviceTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Ip, Mac, Vendor, Hostname, Type, User, Department, Location, AssetTag, Status, RegisteredOn, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit DeviceTableModel(QObject* parent = nullptr);

    /// Replaces the devices (after a load or import).
    void setDevices(QList<DeviceRecord> devices);
    const QList<DeviceRecord>& devices() const { return m_devices; }
    /// Replaces the device with @p d.id by @p d (after an edit); false if it is not here.
    bool updateDevice(const DeviceRecord& d);

    /// Search-as-you-type across IP, MAC, user, location and hostname.
    void setSearch(const QString& text);
    QString search() const { return m_search; }
    /// Keeps only rows whose @p column text contains @p text (empty clears it).
    void setColumnFilter(int column, const QString& text);
    /// Keeps only devices whose IP lies in one of @p cidrs (the subnet tree's choice; empty clears it).
    void setSubnetFilter(const QStringList& cidrs);
    const QStringList& subnetFilter() const { return m_subnetFilter; }

    /// The device shown in @p row.
    const DeviceRecord& deviceAt(int row) const { return m_devices.at(m_rows.at(size_t(row))); }
    /// The row showing device @p id, or -1 (filtered out or absent).
    int rowOf(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// The text of @p column for @p d, as the table shows it (Vendor: from the IEEE tables, OuiTable::label).
    static QString text(const DeviceRecord& d, int column);

private:
    void refilter();
    void sortRows(int column, Qt::SortOrder order);
    QList<DeviceRecord> m_devices;
    DeviceSearch m_index;
    std::vector<int> m_rows;
    QString m_search;
    QHash<int, QString> m_columnFilters;
    QStringList m_subnetFilter;
    QList<QPair<QHostAddress, int>> m_subnetNets;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace csl
