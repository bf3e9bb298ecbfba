// Runs modules' migrations, each in one transaction.
#pragma once

#include <QCoreApplication>

#include "Migration.h"

#include <QList>

namespace csl {

class Store;

/// @brief Applies pending migrations and records each in schema_migrations.
class MigrationRunner final
{
    Q_DECLARE_TR_FUNCTIONS(csl::MigrationRunner)
public:
    explicit MigrationRunner(Store& store) : m_store(store) {}

    /// Applies every migration of @p module newer than the last recorded one.
    /// A failing migration is rolled back whole and the Error names it.
    Status run(const QString& module, const QList<Migration>& migrations);
    /// The highest version applied for @p module, 0 if none.
    int appliedVersion(const QString& module) const;

private:
    Store& m_store;
};

} // namespace csl
