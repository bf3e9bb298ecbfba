// Typed access to the people directory for code that needs a person, over the register kit.
#pragma once

#include <QCoreApplication>

#include "PersonRecord.h"
#include "Result.h"

#include <QList>

namespace csl {

class Store;

/// @brief Reads and writes people as PersonRecord; every change goes through RegisterRepository (journaled).
class PersonRepository final
{
    Q_DECLARE_TR_FUNCTIONS(csl::PersonRepository)
public:
    explicit PersonRepository(Store& store) : m_store(store) {}

    /// A clear message for every invalid field ("Name: …"), or an empty string.
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
