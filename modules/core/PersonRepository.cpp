#include "PersonRepository.h"

#include "FieldValues.h"
#include "PeopleSchema.h"
#include "RegisterRepository.h"

#include <algorithm>

namespace csl {

namespace {

const RegisterSchema& people()
{
    return PeopleSchema::schema();
}

Record toRecord(const PersonRecord& p)
{
    Record r = people().newRecord();
    r.id = p.id;
    r.values = {p.name, p.staffNo, p.department, p.post, p.phone};
    r.deleted = p.deleted;
    return r;
}

PersonRecord fromRecord(const Record& r)
{
    return {r.id, r.values.value(0), r.values.value(1), r.values.value(2), r.values.value(3), r.values.value(4),
            r.deleted};
}

} // namespace

QString PersonRepository::validate(const PersonRecord& p)
{
    Record r = toRecord(p);
    return people().format(people().validate(r, FieldValues::cachedToday()));
}

Result<QString> PersonRepository::add(const PersonRecord& p)
{
    return RegisterRepository(m_store, people()).add(toRecord(p));
}

Status PersonRepository::update(const PersonRecord& p)
{
    return RegisterRepository(m_store, people()).update(toRecord(p));
}

Status PersonRepository::remove(const QString& id)
{
    return RegisterRepository(m_store, people()).remove(id);
}

Result<PersonRecord> PersonRepository::find(const QString& id) const
{
    auto r = RegisterReader(m_store, people()).find(id);
    if (!r)
        return r.error();
    return fromRecord(*r);
}

QList<PersonRecord> PersonRepository::all(bool includeDeleted) const
{
    QList<PersonRecord> out;
    for (const Record& r : RegisterReader(m_store, people()).all(includeDeleted))
        out << fromRecord(r);
    std::stable_sort(out.begin(), out.end(), [](const PersonRecord& a, const PersonRecord& b) {
        return a.department != b.department ? a.department < b.department : a.name < b.name;
    });
    return out;
}

int PersonRepository::count() const
{
    return RegisterReader(m_store, people()).count();
}

} // namespace csl
