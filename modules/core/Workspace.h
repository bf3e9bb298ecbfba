// An open database with its modules migrated: what pages and commands work on.
#pragma once

#include "Module.h"
#include "Result.h"
#include "Store.h"

#include <memory>
#include <vector>

namespace csl {

/**
 * @brief The open store plus the modules, migrated and ready.
 */
class Workspace final
{
public:
    explicit Workspace(std::unique_ptr<Store> store);
    ~Workspace();
    Q_DISABLE_COPY_MOVE(Workspace)

    /// Runs every module's pending migrations.
    Status migrate();

    Store& store() { return *m_store; }
    const Store& store() const { return *m_store; }
    const std::vector<std::unique_ptr<Module>>& modules() const { return m_modules; }
    const Module* module(const QString& id) const;

    /// Every module's findings, sorted by deadline and severity.
    QList<Finding> findings(const QString& moduleId = {}) const;

    QString schoolName() const { return m_store->meta(QStringLiteral("school.name")); }
    QString schoolCode() const { return m_store->meta(QStringLiteral("school.code")); }

private:
    std::unique_ptr<Store> m_store;
    std::vector<std::unique_ptr<Module>> m_modules;
};

} // namespace csl
