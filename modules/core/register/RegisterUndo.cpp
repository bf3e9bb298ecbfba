#include "RegisterUndo.h"

#include "RegisterRepository.h"

namespace csl {

void RegisterUndo::record(Change change, const QList<Record>& records)
{
    m_change = change;
    m_records = records;
}

Result<QStringList> RegisterUndo::undo(Store& store, const RegisterSchema& schema)
{
    QStringList ids;
    for (const Record& r : m_records)
        ids << r.id;
    RegisterRepository repo(store, schema);
    Status st;
    switch (m_change) {
    case Change::Added:
    case Change::Imported: st = repo.removeMany(ids); break;
    case Change::Edited: st = repo.updateEach(m_records); break;
    case Change::Removed: st = repo.restoreMany(ids); break;
    case Change::None: return ids;
    }
    if (!st)
        return st.error();
    clear();
    return ids;
}

} // namespace csl
