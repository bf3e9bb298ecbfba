#include "RegisterTableModel.h"

#include <QCollator>
#include <QHostAddress>

#include <algorithm>
#include <numeric>
#include <limits>
#include <optional>
#include <tuple>

namespace csl {

namespace {

/// An IP as a key that sorts numerically: IPv4 before IPv6, each in address order, anything else last.
struct IpKey
{
    quint8 family = 9;
    quint64 hi = 0;
    quint64 lo = 0;
    friend bool operator<(const IpKey& a, const IpKey& b)
    {
        return std::tie(a.family, a.hi, a.lo) < std::tie(b.family, b.hi, b.lo);
    }
};

IpKey ipKey(const QString& ip)
{
    // Dotted quads by hand: sorting 100,000 devices parses each one.
    quint32 v4 = 0;
    int octets = 0;
    int value = -1;
    bool plain = !ip.isEmpty();
    for (const QChar c : ip) {
        if (c >= u'0' && c <= u'9') {
            value = (value < 0 ? 0 : value * 10) + (c.unicode() - u'0');
            plain = plain && value <= 255;
        } else if (c == u'.' && value >= 0) {
            v4 = (v4 << 8) | quint32(value);
            value = -1;
            ++octets;
        } else {
            plain = false;
            break;
        }
    }
    if (plain && octets == 3 && value >= 0)
        return {4, 0, (quint64(v4) << 8) | quint64(value)};
    const QHostAddress a(ip);
    if (a.protocol() == QAbstractSocket::IPv6Protocol) {
        const Q_IPV6ADDR b = a.toIPv6Address();
        IpKey k{6, 0, 0};
        for (int i = 0; i < 8; ++i)
            k.hi = (k.hi << 8) | b.c[i];
        for (int i = 8; i < 16; ++i)
            k.lo = (k.lo << 8) | b.c[i];
        return k;
    }
    return {};
}

/// A whole number as a key that sorts numerically; text that is no number after every number.
qint64 numberKey(const QString& text)
{
    bool ok = false;
    const qlonglong n = text.toLongLong(&ok);
    return ok ? n : std::numeric_limits<qint64>::max();
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
    m_orderValid = false;
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
        m_orderValid = false; // sorted again at the next filter or sort
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
    QList<QPair<int, QString>> fieldFilters;
    for (auto it = m_fieldFilters.cbegin(); it != m_fieldFilters.cend(); ++it)
        fieldFilters << qMakePair(m_schema.fieldIndex(it.key()), it.value());
    const bool filtered = !m_columnFilters.isEmpty() || !fieldFilters.isEmpty() || m_extra;
    const auto keep = [&](int i) {
        const Record& r = m_records.at(i);
        if (m_extra && !m_extra(r))
            return false;
        for (const auto& [field, value] : fieldFilters)
            if (r.values.value(field) != value)
                return false;
        for (auto it = m_columnFilters.cbegin(); it != m_columnFilters.cend(); ++it)
            if (it.key() < 0 || it.key() >= m_columns.size()
                || !m_schema.columnText(m_columns.at(it.key()), r).contains(it.value(), Qt::CaseInsensitive))
                return false;
        return true;
    };
    if (m_sortColumn < 0) {
        m_rows.clear();
        for (int i : hits)
            if (!filtered || keep(i))
                m_rows.push_back(i);
        return;
    }
    // Sorted once for all records; a keystroke only walks that order and keeps the hits.
    if (!m_orderValid)
        sortAll();
    m_rows.clear();
    if (int(hits.size()) == m_records.size() && !filtered) {
        m_rows = m_order;
        return;
    }
    std::vector<char> hit(size_t(m_records.size()), 0);
    for (int i : hits)
        hit[size_t(i)] = 1;
    m_rows.reserve(hits.size());
    for (int i : m_order)
        if (hit[size_t(i)] && (!filtered || keep(i)))
            m_rows.push_back(i);
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
    if (column != m_sortColumn || order != m_sortOrder)
        m_orderValid = false;
    m_sortColumn = column;
    m_sortOrder = order;
    refilter();
    QModelIndexList after;
    for (int k = 0; k < before.size(); ++k)
        after << index(rowOf(ids[size_t(k)]), before.at(k).column());
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void RegisterTableModel::sortAll()
{
    const int n = int(m_records.size());
    m_order.resize(size_t(n));
    std::iota(m_order.begin(), m_order.end(), 0);
    m_orderValid = true;
    const ColumnRef& c = m_columns.at(m_sortColumn);
    const FieldKind kind = c.field >= 0 ? m_schema.fields().at(c.field).kind : FieldKind::Text;
    const bool up = m_sortOrder == Qt::AscendingOrder;
    const auto by = [&](const auto& keys) {
        std::stable_sort(m_order.begin(), m_order.end(),
                         [&](int a, int b) { return up ? keys[size_t(a)] < keys[size_t(b)] : keys[size_t(b)] < keys[size_t(a)]; });
    };
    switch (kind) {
    case FieldKind::Ip: {
        std::vector<IpKey> keys(static_cast<size_t>(n));
        for (int i = 0; i < n; ++i)
            keys[size_t(i)] = ipKey(m_records.at(i).values.at(c.field));
        by(keys);
        return;
    }
    case FieldKind::Number: {
        std::vector<qint64> keys(static_cast<size_t>(n));
        for (int i = 0; i < n; ++i)
            keys[size_t(i)] = numberKey(m_records.at(i).values.at(c.field));
        by(keys);
        return;
    }
    case FieldKind::Date:
    case FieldKind::DateTime:
    case FieldKind::Mac:
    case FieldKind::YesNo: {
        // Stored forms that sort as they are (ISO dates, lower-case MACs).
        std::stable_sort(m_order.begin(), m_order.end(), [&](int a, int b) {
            const int cmp = m_records.at(a).values.at(c.field).compare(m_records.at(b).values.at(c.field));
            return up ? cmp < 0 : cmp > 0;
        });
        return;
    }
    default: break;
    }
    // Text in the order of the user's language (pinyin for Chinese names), through precomputed collation keys.
    QCollator collator;
    collator.setNumericMode(true);
    std::vector<std::optional<QCollatorSortKey>> keys(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i)
        keys[size_t(i)].emplace(collator.sortKey(m_schema.columnText(c, m_records.at(i))));
    std::stable_sort(m_order.begin(), m_order.end(), [&](int a, int b) {
        const int cmp = keys[size_t(a)]->compare(*keys[size_t(b)]);
        return up ? cmp < 0 : cmp > 0;
    });
}

} // namespace csl
