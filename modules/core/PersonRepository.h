// SQL for the people directory.
#pragma once

#include <QCoreApplication>

#include "PersonRecord.h"
#include "Result.h"

#include <QList>
#include <QStringList>

namespace csl {

class Store;

/// @brief Reads and writes people; every change is journaled through RecordWriter.
class PersonRepository final
{
    Q_DECLARE_TR_FUNCTIONS(csl::PersonRepository)
public:
    static constexpr auto module = "people";
    static constexpr auto table = "people";

    explicit PersonRepository(Store& store) : m_store(store) {}

    static QStringList schemaSql();
    /// A clear message for the first invalid field, or an empty string.
    static QString validate(const PersonRecord& p);

    Result<QString> add(const PersonRecord& p);
    Status update(const PersonRecord& p);
    Status remove(const QString& id);
    Result<PersonRecord> find(const QString& id) const;
    /// Live people (not deleted), by department then name.
    QList<PersonRecord> all(bool includeDeleted = false) const;
    int count() const;

private:
    Store& m_store;
};

} // namespace csl
