#include "Workspace.h"

#include "Clock.h"
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

QString Workspace::moduleStamp(const Module& m) const
{
    return QStringLiteral("%1|%2|%3")
        .arg(m_store->journal().moduleHead(m.id()))
        .arg(m.findingsInputs(*m_store), Clock::now().toString(QStringLiteral("yyyy-MM-ddTHH:mm")));
}

void Workspace::validateCache() const
{
    const Store::ChangeStamp now = m_store->changeStamp();
    const QString minute = Clock::now().toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
    if (now.isValid() && now == m_cacheStamp && minute == m_cacheMinute)
        return;
    if (!now.isValid() || now.version != m_cacheStamp.version)
        m_store->journal().invalidateHead(); // another connection committed: module heads may have moved
    // Only the modules whose own records (or inputs, or the minute) changed are dropped.
    for (auto it = m_cache.begin(); it != m_cache.end();) {
        const Module* m = module(it.key());
        if (now.isValid() && m && m_cacheStamps.value(it.key()) == moduleStamp(*m)) {
            ++it;
        } else {
            m_cacheStamps.remove(it.key());
            it = m_cache.erase(it);
        }
    }
    m_cacheStamp = now;
    m_cacheMinute = minute;
}

QList<Finding> Workspace::findings(const QString& moduleId) const
{
    validateCache();
    QList<Finding> all;
    for (const auto& m : m_modules) {
        if (!moduleId.isEmpty() && m->id() != moduleId)
            continue;
        auto it = m_cache.constFind(m->id());
        if (it == m_cache.cend()) {
            const QString stamp = moduleStamp(*m); // before reading: a change meanwhile is not hidden
            it = m_cache.insert(m->id(), m->findings(*this));
            m_cacheStamps.insert(m->id(), stamp);
        }
        all << *it;
    }
    // Without a stamp (its query failed) nothing can tell when the cache goes stale: keep none.
    if (!m_cacheStamp.isValid()) {
        m_cache.clear();
        m_cacheStamps.clear();
    }
    sortFindings(all);
    return all;
}

Result<Workspace::FindingsByModule> Workspace::computeFindings(const QSet<QString>& skip,
                                                                const std::atomic_bool* cancelled, Stamps* stamps) const
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
        if (skip.contains(m->id()))
            continue;
        if (stamps)
            stamps->insert(m->id(), moduleStamp(*m)); // in the same snapshot as the findings
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

bool Workspace::adoptFindings(const Store::ChangeStamp& stamp, const FindingsByModule& byModule, const Stamps& stamps)
{
    validateCache();
    // Without stamps (nothing was computed: everything came from the cache) only an unchanged database is current.
    bool all = !stamps.isEmpty() || (stamp.isValid() && stamp == m_cacheStamp);
    for (auto it = byModule.cbegin(); it != byModule.cend(); ++it) {
        const Module* m = module(it.key());
        const bool current = stamps.contains(it.key())
                                 ? m && m_cacheStamp.isValid() && stamps.value(it.key()) == moduleStamp(*m)
                                 : stamp.isValid() && stamp == m_cacheStamp;
        if (!current) {
            all = false;
            continue;
        }
        m_cache.insert(it.key(), it.value());
        m_cacheStamps.insert(it.key(), stamps.contains(it.key()) ? stamps.value(it.key()) : moduleStamp(*m));
    }
    return all;
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
