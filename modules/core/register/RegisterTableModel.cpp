#include "RegisterTableModel.h"

#include <QCollator>
#include <QHostAddress>

#include <algorithm>
#include <optional>

namespace csl {

namespace {

/// An IP as a key that sorts numerically: IPv4 before IPv6, each in address order.
QString ipKey(const QString& ip)
{
    const QHostAddress a(ip);
    if (a.protocol() == QAbstractSocket::IPv4Protocol)
        return QStringLiteral("4%1").arg(a.toIPv4Address(), 8, 16, QLatin1Char('0'));
    if (a.protocol() == QAbstractSocket::IPv6Protocol) {
        const Q_IPV6ADDR b = a.toIPv6Address();
        return QStringLiteral("6") + QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(b.c), 16).toHex());
    }
    return QStringLiteral("9") + ip;
}

/// A whole number as a key that sorts numerically (signs included).
QString numberKey(const QString& text)
{
    bool ok = false;
    const qlonglong n = text.toLongLong(&ok);
    if (!ok)
        return QStringLiteral("~") + text;
    return QStringLiteral("%1").arg(quint64(n) ^ (quint64(1) << 63), 16, 16, QLatin1Char('0'));
}

} // namespace

RegisterTableModel::RegisterTableModel(const RegisterSchema& schema, QObject* parent)
    : QAbstractTableModel(parent), m_schema(schema), m_columns(schema.columns(Listed))
{
    if (const int c = columnOf(schema.defaultSort()); c >= 0)
        m_sortColumn = c;
}

void RegisterTableModel::reset()
{
    beginResetModel();
    refilter();
    endResetModel();
}

void RegisterTableModel::setRecords(QList<Record> records)
{
    beginResetModel();
    m_records = std::move(records);
    m_index.rebuild(m_schema, m_records);
    refilter();
    endResetModel();
}

bool RegisterTableModel::updateRecord(const Record& r)
{
    for (int i = 0; i < m_records.size(); ++i) {
        if (m_records.at(i).id != r.id)
            continue;
        m_records[i] = r;
        m_index.update(m_schema, i, r);
        if (const int row = rowOf(r.id); row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
        return true;
    }
    return false;
}

void RegisterTableModel::setSearch(const QString& text)
{
    if (text == m_search)
        return;
    m_search = text;
    reset();
}

void RegisterTableModel::setColumnFilter(int column, const QString& text)
{
    if (text.trimmed().isEmpty())
        m_columnFilters.remove(column);
    else
        m_columnFilters.insert(column, text.trimmed());
    reset();
}

void RegisterTableModel::setFieldFilter(const QString& key, const QString& value)
{
    if (value.isEmpty())
        m_fieldFilters.remove(key);
    else
        m_fieldFilters.insert(key, value);
    reset();
}

void RegisterTableModel::setExtraFilter(std::function<bool(const Record&)> keep)
{
    m_extra = std::move(keep);
    reset();
}

void RegisterTableModel::clearFilters()
{
    m_search.clear();
    m_columnFilters.clear();
    m_fieldFilters.clear();
    m_extra = {};
    reset();
}

bool RegisterTableModel::isFiltered() const
{
    return !m_search.trimmed().isEmpty() || !m_columnFilters.isEmpty() || !m_fieldFilters.isEmpty() || m_extra;
}

void RegisterTableModel::refilter()
{
    const std::vector<int>& hits = m_index.filter(m_search);
    if (m_columnFilters.isEmpty() && m_fieldFilters.isEmpty() && !m_extra) {
        m_rows = hits;
    } else {
        QList<QPair<int, QString>> fieldFilters;
        for (auto it = m_fieldFilters.cbegin(); it != m_fieldFilters.cend(); ++it)
            fieldFilters << qMakePair(m_schema.fieldIndex(it.key()), it.value());
        m_rows.clear();
        for (int i : hits) {
            const Record& r = m_records.at(i);
            bool keep = !m_extra || m_extra(r);
            for (const auto& [field, value] : fieldFilters)
                keep = keep && r.values.value(field) == value;
            for (auto it = m_columnFilters.cbegin(); it != m_columnFilters.cend() && keep; ++it)
                keep = it.key() >= 0 && it.key() < m_columns.size()
                       && m_schema.columnText(m_columns.at(it.key()), r).contains(it.value(), Qt::CaseInsensitive);
            if (keep)
                m_rows.push_back(i);
        }
    }
    if (m_sortColumn >= 0)
        sortRows(m_sortColumn, m_sortOrder);
}

QList<Record> RegisterTableModel::shownRecords() const
{
    QList<Record> out;
    out.reserve(qsizetype(m_rows.size()));
    for (int i : m_rows)
        out << m_records.at(i);
    return out;
}

int RegisterTableModel::rowOf(const QString& id) const
{
    for (size_t r = 0; r < m_rows.size(); ++r)
        if (m_records.at(m_rows[r]).id == id)
            return int(r);
    return -1;
}

int RegisterTableModel::columnOf(const QString& key) const
{
    for (int c = 0; c < m_columns.size(); ++c)
        if (m_schema.columnKey(m_columns.at(c)) == key)
            return c;
    return -1;
}

int RegisterTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RegisterTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant RegisterTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Record& r = recordAt(index.row());
    const ColumnRef& c = m_columns.at(index.column());
    if (role == Qt::DisplayRole)
        return m_schema.columnText(c, r);
    if (role == IdRole)
        return r.id;
    if (role == Qt::ToolTipRole && c.computed >= 0 && m_schema.computed().at(c.computed).toolTip)
        return m_schema.computed().at(c.computed).toolTip(m_schema, r);
    if (role == Qt::ToolTipRole && c.field >= 0) {
        const FieldDef& f = m_schema.fields().at(c.field);
        if (f.kind == FieldKind::Person && r.values.value(c.field).isEmpty())
            return tr("No registered person (R-DEV-5)");
    }
    return {};
}

QVariant RegisterTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    return m_schema.columnLabel(m_columns.at(section));
}

void RegisterTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnCount())
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<QString> ids;
    for (const QModelIndex& i : before)
        ids.push_back(m_records.at(m_rows[size_t(i.row())]).id);
    sortRows(column, order);
    QModelIndexList after;
    for (int k = 0; k < before.size(); ++k)
        after << index(rowOf(ids[size_t(k)]), before.at(k).column());
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void RegisterTableModel::sortRows(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    const ColumnRef& c = m_columns.at(column);
    const FieldKind kind = c.field >= 0 ? m_schema.fields().at(c.field).kind : FieldKind::Text;
    const auto less = [order](int cmp) { return order == Qt::AscendingOrder ? cmp < 0 : cmp > 0; };
    if (kind == FieldKind::Ip || kind == FieldKind::Number || kind == FieldKind::Date || kind == FieldKind::DateTime
        || kind == FieldKind::Mac || kind == FieldKind::YesNo) {
        // One key per record, computed once: IPs and numbers numerically, dates and MACs as stored.
        std::vector<QString> keys(size_t(m_records.size()));
        for (int i : m_rows) {
            const QString& v = m_records.at(i).values.at(c.field);
            keys[size_t(i)] = kind == FieldKind::Ip ? ipKey(v) : kind == FieldKind::Number ? numberKey(v) : v;
        }
        std::stable_sort(m_rows.begin(), m_rows.end(),
                         [&](int a, int b) { return less(keys[size_t(a)].compare(keys[size_t(b)])); });
        return;
    }
    // Text in the order of the user's language (pinyin for Chinese names), through precomputed collation keys.
    QCollator collator;
    collator.setNumericMode(true);
    std::vector<std::optional<QCollatorSortKey>> keys(size_t(m_records.size()));
    for (int i : m_rows)
        keys[size_t(i)].emplace(collator.sortKey(m_schema.columnText(c, m_records.at(i))));
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [&](int a, int b) { return less(keys[size_t(a)]->compare(*keys[size_t(b)])); });
}

} // namespace csl
