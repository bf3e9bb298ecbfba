#include "JournalTableModel.h"

#include "Store.h"

#include <QDateTime>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <limits>

namespace csl {

namespace {

// The stored time is UTC ISO 8601 with milliseconds, so a day's bounds compare as strings.
QString utcBound(QDate day)
{
    return QDateTime(day, QTime(0, 0)).toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"));
}

} // namespace

JournalTableModel::JournalTableModel(Store& store, QObject* parent) : QAbstractTableModel(parent), m_store(store) {}

void JournalTableModel::setModuleTitles(QHash<QString, QString> titles)
{
    m_titles = std::move(titles);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, ModuleColumn), index(int(m_rows.size()) - 1, ModuleColumn));
}

void JournalTableModel::setFilter(const JournalFilter& filter)
{
    m_filter = filter;
    reload();
}

void JournalTableModel::reload()
{
    // The first page goes in with the reset; nothing may fetch while the reset is being announced.
    m_fetching = true;
    beginResetModel();
    m_error.clear();
    m_rows = fetchPage(std::numeric_limits<qint64>::max(), pageSize);
    m_atEnd = m_rows.size() < pageSize;
    endResetModel();
    m_fetching = false;
}

qint64 JournalTableModel::totalEntries() const
{
    return m_store.journal().headSeq();
}

QList<JournalEntry> JournalTableModel::fetchPage(qint64 belowSeq, int limit) const
{
    QString sql = QStringLiteral("SELECT seq, time, actor, module, record_id, op, fields, prev_hash, hash "
                                 "FROM journal WHERE seq < ?");
    QVariantList binds{belowSeq};
    if (!m_filter.module.isEmpty()) {
        sql += QStringLiteral(" AND module = ?");
        binds << m_filter.module;
    }
    if (!m_filter.actor.isEmpty()) {
        sql += QStringLiteral(" AND instr(actor, ?) > 0");
        binds << m_filter.actor;
    }
    if (!m_filter.recordId.isEmpty()) {
        sql += QStringLiteral(" AND instr(record_id, ?) > 0");
        binds << m_filter.recordId.trimmed();
    }
    if (m_filter.from.isValid()) {
        sql += QStringLiteral(" AND time >= ?");
        binds << utcBound(m_filter.from);
    }
    if (m_filter.to.isValid()) {
        sql += QStringLiteral(" AND time < ?");
        binds << utcBound(m_filter.to.addDays(1));
    }
    sql += QStringLiteral(" ORDER BY seq DESC LIMIT ?");
    binds << limit;
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& b : std::as_const(binds))
        q.addBindValue(b);
    QList<JournalEntry> out;
    if (!q.exec()) {
        m_error = q.lastError().text();
        return out;
    }
    while (q.next())
        out.append(JournalEntry::fromQuery(q));
    return out;
}

Status JournalTableModel::forEachMatching(const std::function<bool(const JournalEntry&)>& fn) const
{
    qint64 below = std::numeric_limits<qint64>::max();
    for (;;) {
        m_error.clear();
        const QList<JournalEntry> page = fetchPage(below, 2000);
        if (!m_error.isEmpty())
            return Error{Error::Database, m_error};
        for (const JournalEntry& e : page) {
            if (!fn(e))
                return {};
        }
        if (page.size() < 2000)
            return {};
        below = page.last().seq;
    }
}

bool JournalTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && !m_fetching;
}

void JournalTableModel::fetchMore(const QModelIndex& parent)
{
    // A view or a checker reacting to rowsInserted may ask for more while a page is going in.
    if (parent.isValid() || m_atEnd || m_fetching)
        return;
    const qint64 below = m_rows.isEmpty() ? std::numeric_limits<qint64>::max() : m_rows.last().seq;
    const QList<JournalEntry> page = fetchPage(below, pageSize);
    if (page.size() < pageSize)
        m_atEnd = true;
    if (page.isEmpty())
        return;
    m_fetching = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size()) - 1);
    m_rows.append(page);
    endInsertRows();
    m_fetching = false;
}

QString JournalTableModel::operationName(const QString& op)
{
    if (op == QLatin1String("insert"))
        return tr("Added");
    if (op == QLatin1String("update"))
        return tr("Changed");
    if (op == QLatin1String("delete"))
        return tr("Deleted");
    if (op == QLatin1String("restore"))
        return tr("Restored");
    return op;
}

int JournalTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JournalTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JournalTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JournalEntry& e = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case SeqColumn: return e.seq;
        case TimeColumn: {
            QDateTime t = QDateTime::fromString(e.time, Qt::ISODateWithMs);
            if (!t.isValid())
                return e.time;
            if (t.timeSpec() == Qt::LocalTime)
                t.setTimeZone(QTimeZone::utc());
            return QLocale().toString(t.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        }
        case ActorColumn: return e.actor;
        case ModuleColumn: return m_titles.value(e.module, e.module);
        case RecordColumn: return e.recordId;
        case OpColumn: return operationName(e.op);
        case FieldsColumn: {
            const QString text = QString::fromUtf8(e.fields);
            return text.size() > 160 ? text.left(160) + QStringLiteral("…") : text;
        }
        }
    } else if (role == Qt::ToolTipRole && index.column() == FieldsColumn) {
        return QString::fromUtf8(e.fields);
    } else if (role == Qt::ToolTipRole && index.column() == SeqColumn) {
        return tr("SHA-256: %1").arg(e.hash);
    } else if (role == SeqRole) {
        return e.seq;
    } else if (role == RecordIdRole) {
        return e.recordId;
    } else if (role == ModuleIdRole) {
        return e.module;
    } else if (role == Qt::TextAlignmentRole && index.column() == SeqColumn) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant JournalTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeqColumn: return tr("No.");
    case TimeColumn: return tr("Time");
    case ActorColumn: return tr("By");
    case ModuleColumn: return tr("Register");
    case RecordColumn: return tr("Record");
    case OpColumn: return tr("Operation");
    case FieldsColumn: return tr("Record after the change");
    }
    return {};
}

} // namespace csl
