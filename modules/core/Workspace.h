// An open database with its modules migrated: what pages and commands work on.
#pragma once

#include "Module.h"
#include "Result.h"
#include "Store.h"

#include <QHash>
#include <QSet>

#include <atomic>
#include <memory>
#include <vector>

namespace csl {

/**
 * @brief The open store plus the modules, migrated and ready.
 *
 * Findings are cached per module for the database as it is: any write (through
 * this Store or another connection) changes Store::changeStamp() and with it
 * drops the cache, so a page sees its own change at once.
 */
class Workspace final
{
public:
    /// Findings by module id.
    using FindingsByModule = QHash<QString, QList<Finding>>;
    /// What a module's findings were computed from, by module id (moduleStamp()).
    using Stamps = QHash<QString, QString>;

    explicit Workspace(std::unique_ptr<Store> store);
    ~Workspace();
    Q_DISABLE_COPY_MOVE(Workspace)

    /// @brief A read-only workspace on the database another workspace has open, for a worker thread:
    /// open, use and delete it in that thread. It runs no migrations and writes nothing.
    static Result<std::unique_ptr<Workspace>> openReader(const QString& path, const SecureBytes& key);

    /// Runs every module's pending migrations.
    Status migrate();

    Store& store() { return *m_store; }
    const Store& store() const { return *m_store; }
    const std::vector<std::unique_ptr<Module>>& modules() const { return m_modules; }
    const Module* module(const QString& id) const;

    /// @brief Every module's findings (or one module's), sorted by deadline and severity. Modules
    /// whose findings are cached for the database as it is now are not asked again.
    QList<Finding> findings(const QString& moduleId = {}) const;

    /// @brief Asks each module not in @p skip for its findings, all in one read transaction (one
    /// snapshot of the database). Stops between modules with Error::Cancelled once @p cancelled is set.
    Result<FindingsByModule> computeFindings(const QSet<QString>& skip = {},
                                             const std::atomic_bool* cancelled = nullptr,
                                             Stamps* stamps = nullptr) const;

    /// @brief The findings cached for the database as it is now (empty after any change).
    FindingsByModule cachedFindings() const;
    /// @brief Takes findings computed elsewhere (a reader) into the cache: each module whose
    /// moduleStamp() is still the one in @p stamps (or, without stamps, all of them if the database is
    /// still as it was at @p stamp). False if any module changed since.
    bool adoptFindings(const Store::ChangeStamp& stamp, const FindingsByModule& byModule, const Stamps& stamps = {});

    /// @brief What module @p m's findings depend on now: its newest journal seq, what else it reads
    /// (Module::findingsInputs) and the minute (deadlines pass). A write to another register leaves it.
    QString moduleStamp(const Module& m) const;

    /// @brief Sorts and concatenates @p byModule in module order.
    QList<Finding> merged(const FindingsByModule& byModule) const;

    QString schoolName() const { return m_store->meta(QStringLiteral("school.name")); }
    QString schoolCode() const { return m_store->meta(QStringLiteral("school.code")); }

private:
    /// Drops the cache if the database changed since it was filled.
    void validateCache() const;

    std::unique_ptr<Store> m_store;
    std::vector<std::unique_ptr<Module>> m_modules;
    mutable Store::ChangeStamp m_cacheStamp;
    mutable FindingsByModule m_cache;
    mutable Stamps m_cacheStamps;
    mutable QString m_cacheMinute;
};

} // namespace csl
