#include "DeviceTableModel.h"

#include "OuiTable.h"

#include <QCollator>
#include <QHostAddress>

#include <algorithm>

namespace csl {

DeviceTableModel::DeviceTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void DeviceTableModel::setDevices(QList<DeviceRecord> devices)
{
    beginResetModel();
    m_devices = std::move(devices);
    m_index.rebuild(m_devices);
    refilter();
    endResetModel();
}

bool DeviceTableModel::updateDevice(const DeviceRecord& d)
{
    for (int i = 0; i < m_devices.size(); ++i) {
        if (m_devices.at(i).id != d.id)
            continue;
        m_devices[i] = d;
        m_index.update(i, d);
        const int row = rowOf(d.id);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return true;
    }
    return false;
}

void DeviceTableModel::setSearch(const QString& text)
{
    if (text == m_search)
        return;
    m_search = text;
    beginResetModel();
    refilter();
    endResetModel();
}

void DeviceTableModel::setColumnFilter(int column, const QString& text)
{
    if (text.trimmed().isEmpty())
        m_columnFilters.remove(column);
    else
        m_columnFilters.insert(column, text.trimmed());
    beginResetModel();
    refilter();
    endResetModel();
}

void DeviceTableModel::setSubnetFilter(const QStringList& cidrs)
{
    m_subnetFilter = cidrs;
    m_subnetNets.clear();
    for (const QString& c : cidrs)
        if (const auto net = QHostAddress::parseSubnet(c); !net.first.isNull())
            m_subnetNets << net;
    beginResetModel();
    refilter();
    endResetModel();
}

void DeviceTableModel::refilter()
{
    const std::vector<int>& hits = m_index.filter(m_search);
    if (m_columnFilters.isEmpty() && m_subnetFilter.isEmpty()) {
        m_rows = hits;
    } else {
        m_rows.clear();
        for (int i : hits) {
            bool keep = m_subnetFilter.isEmpty();
            if (!keep) {
                const QHostAddress a(m_devices.at(i).ip);
                for (const auto& net : m_subnetNets)
                    keep = keep || a.isInSubnet(net);
            }
            for (auto it = m_columnFilters.cbegin(); it != m_columnFilters.cend() && keep; ++it)
                keep = text(m_devices.at(i), it.key()).contains(it.value(), Qt::CaseInsensitive);
            if (keep)
                m_rows.push_back(i);
        }
    }
    if (m_sortColumn >= 0)
        sortRows(m_sortColumn, m_sortOrder);
}

int DeviceTableModel::rowOf(const QString& id) const
{
    for (size_t r = 0; r < m_rows.size(); ++r)
        if (m_devices.at(m_rows[r]).id == id)
            return int(r);
    return -1;
}

int DeviceTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeviceTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DeviceTableModel::text(const DeviceRecord& d, int column)
{
    switch (column) {
    case Ip: return d.ip;
    case Mac: return d.mac;
    case Vendor: return OuiTable::label(d.mac);
    case Hostname: return d.hostname;
    case Type: return DeviceTypes::label(d.type);
    case User: return d.userName;
    case Department: return d.department;
    case Location: return d.location();
    case AssetTag: return d.assetTag;
    case Status: return DeviceStatuses::label(d.status);
    case RegisteredOn: return d.registeredOn.toString(Qt::ISODate);
    default: return {};
    }
}

QVariant DeviceTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DeviceRecord& d = deviceAt(index.row());
    if (role == Qt::DisplayRole)
        return text(d, index.column());
    if (role == IdRole)
        return d.id;
    if (role == Qt::ToolTipRole && index.column() == User && d.userId.isEmpty())
        return tr("No registered user (R-DEV-5)");
    if (role == Qt::ToolTipRole && index.column() == Vendor)
        return OuiTable::describe(d.mac); // the IEEE block, or why a randomised MAC names no vendor
    return {};
}

QVariant DeviceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Ip: return tr("IP address");
    case Mac: return tr("MAC address");
    case Vendor: return tr("Vendor");
    case Hostname: return tr("Hostname");
    case Type: return tr("Type");
    case User: return tr("User");
    case Department: return tr("Department");
    case Location: return tr("Location");
    case AssetTag: return tr("Asset tag");
    case Status: return tr("Status");
    case RegisteredOn: return tr("Registered on");
    default: return {};
    }
}

void DeviceTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<QString> ids;
    for (const QModelIndex& i : before)
        ids.push_back(m_devices.at(m_rows[size_t(i.row())]).id);
    sortRows(column, order);
    QModelIndexList after;
    for (int k = 0; k < before.size(); ++k)
        after << index(rowOf(ids[size_t(k)]), before.at(k).column());
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void DeviceTableModel::sortRows(int column, Qt::SortOrder order)
{
    // One sort key per device, computed once: IPs numerically, the rest as text.
    std::vector<QString> keys(size_t(m_devices.size()));
    for (int i : m_rows) {
        const DeviceRecord& d = m_devices.at(i);
        if (column == Ip) {
            const QHostAddress a(d.ip);
            keys[size_t(i)] = a.protocol() == QAbstractSocket::IPv4Protocol
                                  ? QStringLiteral("4%1").arg(a.toIPv4Address(), 8, 16, QLatin1Char('0'))
                                  : QStringLiteral("6") + d.ip;
        } else {
            keys[size_t(i)] = text(d, column);
        }
    }
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](int a, int b) {
        const int c = keys[size_t(a)].compare(keys[size_t(b)]);
        return order == Qt::AscendingOrder ? c < 0 : c > 0;
    });
    m_sortColumn = column;
    m_sortOrder = order;
}

} // namespace csl
