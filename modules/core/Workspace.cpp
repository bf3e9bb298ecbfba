#include "Workspace.h"

#include "MigrationRunner.h"

#include <QSqlError>
#include <QSqlQuery>

namespace csl {

Workspace::Workspace(std::unique_ptr<Store> store) : m_store(std::move(store)), m_modules(allModules()) {}

Workspace::~Workspace() = default;

Result<std::unique_ptr<Workspace>> Workspace::openReader(const QString& path, const SecureBytes& key)
{
    auto store = Store::openReader(path, key);
    if (!store)
        return store.error();
    return std::make_unique<Workspace>(std::move(*store));
}

Status Workspace::migrate()
{
    MigrationRunner runner(*m_store);
    for (const auto& m : m_modules) {
        if (Status st = runner.run(m->id(), m->migrations()); !st)
            return st;
    }
    return {};
}

const Module* Workspace::module(const QString& id) const
{
    for (const auto& m : m_modules) {
        if (m->id() == id)
            return m.get();
    }
    return nullptr;
}

void Workspace::validateCache() const
{
    const Store::ChangeStamp now = m_store->changeStamp();
    if (!now.isValid() || now != m_cacheStamp) {
        m_cache.clear();
        m_cacheStamp = now;
    }
}

QList<Finding> Workspace::findings(const QString& moduleId) const
{
    validateCache();
    QList<Finding> all;
    for (const auto& m : m_modules) {
        if (!moduleId.isEmpty() && m->id() != moduleId)
            continue;
        auto it = m_cache.constFind(m->id());
        if (it == m_cache.cend())
            it = m_cache.insert(m->id(), m->findings(*this));
        all << *it;
    }
    // Without a stamp (its query failed) nothing can tell when the cache goes stale: keep none.
    if (!m_cacheStamp.isValid())
        m_cache.clear();
    sortFindings(all);
    return all;
}

Result<Workspace::FindingsByModule> Workspace::computeFindings(const QSet<QString>& skip,
                                                                const std::atomic_bool* cancelled) const
{
    // One read transaction: every module sees the same snapshot, however long the others take.
    QSqlQuery tx(m_store->database());
    const bool own = !m_store->inTransaction() && tx.exec(QStringLiteral("BEGIN"));
    FindingsByModule out;
    Status st;
    for (const auto& m : m_modules) {
        if (cancelled && cancelled->load()) {
            st = Error{Error::Cancelled, QString()};
            break;
        }
        if (!skip.contains(m->id()))
            out.insert(m->id(), m->findings(*this));
    }
    if (own)
        tx.exec(QStringLiteral("COMMIT"));
    if (!st)
        return st.error();
    return out;
}

Workspace::FindingsByModule Workspace::cachedFindings() const
{
    validateCache();
    return m_cache;
}

bool Workspace::adoptFindings(const Store::ChangeStamp& stamp, const FindingsByModule& byModule)
{
    validateCache();
    if (!stamp.isValid() || stamp != m_cacheStamp)
        return false;
    for (auto it = byModule.cbegin(); it != byModule.cend(); ++it)
        m_cache.insert(it.key(), it.value());
    return true;
}

QList<Finding> Workspace::merged(const FindingsByModule& byModule) const
{
    QList<Finding> all;
    for (const auto& m : m_modules)
        all << byModule.value(m->id());
    sortFindings(all);
    return all;
}

} // namespace csl
