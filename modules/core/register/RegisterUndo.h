// A register page's undo: the last add, edit, bulk edit, removal or import, reverted whole in one transaction.
#pragma once

#include "RegisterSchema.h"
#include "Result.h"

#include <QStringList>

namespace csl {

class Store;

/**
 * @brief Remembers the last change made on a register page and reverts it through RegisterRepository:
 * added or imported records are removed, edited ones written back as they were, removed ones restored —
 * all of them or none. The journal keeps both the change and its undoing.
 */
class RegisterUndo final
{
public:
    enum class Change { None, Added, Edited, Removed, Imported };

    /// Remembers @p change; @p records are the added or imported records, the edited ones as they were,
    /// or the removed ones.
    void record(Change change, const QList<Record>& records);
    void clear() { record(Change::None, {}); }
    bool canUndo() const { return m_change != Change::None && !m_records.isEmpty(); }
    Change change() const { return m_change; }

    /// Reverts the remembered change in one transaction; then forgets it and returns the ids of the records.
    Result<QStringList> undo(Store& store, const RegisterSchema& schema);

private:
    Change m_change = Change::None;
    QList<Record> m_records;
};

} // namespace csl
