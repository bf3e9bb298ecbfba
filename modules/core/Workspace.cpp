#include "Workspace.h"

#include "MigrationRunner.h"

namespace csl {

Workspace::Workspace(std::unique_ptr<Store> store) : m_store(std::move(store)), m_modules(allModules()) {}

Workspace::~Workspace() = default;

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

QList<Finding> Workspace::findings(const QString& moduleId) const
{
    QList<Finding> all;
    for (const auto& m : m_modules) {
        if (moduleId.isEmpty() || m->id() == moduleId)
            all << m->findings(*this);
    }
    sortFindings(all);
    return all;
}

} // namespace csl
