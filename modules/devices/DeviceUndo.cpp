#include "DeviceUndo.h"

#include "DeviceRepository.h"

namespace csl {

void DeviceUndo::record(Change change, const QList<DeviceRecord>& records)
{
    m_change = change;
    m_records = records;
}

Result<QStringList> DeviceUndo::undo(Store& store)
{
    QStringList ids;
    for (const DeviceRecord& d : std::as_const(m_records))
        ids << d.id;
    DeviceRepository repo(store);
    Status st;
    switch (m_change) { // each in one transaction: a bulk change is undone whole or not at all
    case Change::Added:
        st = repo.removeMany(ids);
        break;
    case Change::Edited:
        st = repo.updateEach(m_records);
        break;
    case Change::Removed:
        st = repo.restoreMany(ids);
        break;
    case Change::None:
        return QStringList{};
    }
    if (!st)
        return st.error();
    record(Change::None, {});
    return ids;
}

} // namespace csl
