// The device page's undo: the last add, edit, bulk edit or removal, reverted whole in one transaction.
#pragma once

#include "DeviceRecord.h"
#include "Result.h"

#include <QStringList>

namespace csl {

class Store;

/**
 * @brief Remembers the last change made to devices and reverts it through
 * DeviceRepository: added devices are removed, edited ones written back as
 * they were, removed ones restored — all of them or none. The journal keeps
 * both the change and its undoing.
 */
class DeviceUndo final
{
public:
    enum class Change { None, Added, Edited, Removed };

    /// Remembers @p change; @p records are the added devices, the edited ones as they were, or the removed ones.
    void record(Change change, const QList<DeviceRecord>& records);
    bool canUndo() const { return m_change != Change::None && !m_records.isEmpty(); }
    Change change() const { return m_change; }

    /// Reverts the remembered change in one transaction; then forgets it and returns the ids of the devices.
    Result<QStringList> undo(Store& store);

private:
    Change m_change = Change::None;
    QList<DeviceRecord> m_records;
};

} // namespace csl
