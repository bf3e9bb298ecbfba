// The interface every register implements; the shell iterates the list.
#pragma once

#include "Finding.h"
#include "Migration.h"

#include <QIcon>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace csl {

class RegisterSchema;
class Store;
class Workspace;

/**
 * @brief A register: its id, title, schema and findings.
 *
 * The core half carries no widgets, so the command line and the tests use
 * the same object. The page is made by the matching ModuleView in csl_gui.
 */
class Module
{
public:
    virtual ~Module() = default;
    virtual QString id() const = 0;
    virtual QString title() const = 0;
    virtual QIcon icon() const { return {}; }
    virtual QList<Migration> migrations() const = 0;
    /// The registers this module keeps (people, devices and subnets …), declared for the register kit.
    virtual QList<const RegisterSchema*> registers() const { return {}; }
    /// @brief What its findings read besides its own journaled records, as a stamp that changes when
    /// that does (sightings, a threshold in Store::meta, the bureau's notices). Its findings are
    /// recomputed only when its journal head, this stamp or the minute changes.
    virtual QString findingsInputs(const Store& store) const
    {
        Q_UNUSED(store);
        return {};
    }
    /// What needs action in this register now.
    virtual QList<Finding> findings(const Workspace& workspace) const;
};

/// Every module of the application, in sidebar order. Adding a register adds one line here.
std::vector<std::unique_ptr<Module>> allModules();

/// @brief Adds a module made by @p make to every later allModules(): a register declared outside the
/// application's list (a test's toy register, a plug-in). The application's own modules are listed there.
void registerModule(std::function<std::unique_ptr<Module>()> make);

/// Every register of every module, in module order (the command line's `registers`).
QList<const RegisterSchema*> allRegisters();
/// The register @p id ("people", "devices" …), or null.
const RegisterSchema* findRegister(const QString& id);

} // namespace csl
