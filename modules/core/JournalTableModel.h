// The journal as a table for the journal page: newest first, filtered, loaded page by page.
#pragma once

#include "Journal.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QSqlDatabase>

#include <functional>

namespace csl {

class Store;

/// @brief What the journal page shows: every field is optional.
struct JournalFilter
{
    QString module;   ///< exact module id
    QString actor;    ///< part of the actor's name
    QString recordId; ///< part of the record id
    QDate from;       ///< first day, local time, inclusive
    QDate to;         ///< last day, local time, inclusive

    bool isEmpty() const { return module.isEmpty() && actor.isEmpty() && recordId.isEmpty() && !from.isValid() && !to.isValid(); }
};

/**
 * @brief A QAbstractTableModel over the journal table.
 *
 * Rows are fetched newest first in pages (canFetchMore/fetchMore), each page
 * continuing below the last sequence number loaded, so a journal of a million
 * entries opens as fast as one of a hundred and scrolling never re-reads.
 */
class JournalTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalTableModel)
public:
    enum Column { SeqColumn, TimeColumn, ActorColumn, ModuleColumn, RecordColumn, OpColumn, FieldsColumn, ColumnCount };
    enum Role { SeqRole = Qt::UserRole + 1, RecordIdRole, ModuleIdRole };
    static constexpr int pageSize = 256;

    explicit JournalTableModel(Store& store, QObject* parent = nullptr);

    /// @brief Names for module ids in the Module column.
    void setModuleTitles(QHash<QString, QString> titles);
    /// @brief Shows only the entries that match @p filter, from the newest.
    void setFilter(const JournalFilter& filter);
    const JournalFilter& filter() const { return m_filter; }
    /// @brief Reads the journal again (after a change).
    void reload();

    const JournalEntry& entry(int row) const { return m_rows.at(row); }
    /// @brief Entries in the journal (the head's sequence number; no scan).
    qint64 totalEntries() const;
    /// @brief The last database error, empty if none.
    QString lastError() const { return m_error; }

    /// @brief Calls @p fn for every entry matching the filter, newest first (exports); stops if fn returns false.
    Status forEachMatching(const std::function<bool(const JournalEntry&)>& fn) const;

    static QString operationName(const QString& op);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    QList<JournalEntry> fetchPage(qint64 belowSeq, int limit) const;

    Store& m_store;
    JournalFilter m_filter;
    QHash<QString, QString> m_titles;
    QList<JournalEntry> m_rows;
    bool m_atEnd = false;
    bool m_fetching = false;
    mutable QString m_error;
};

} // namespace csl
