// The interface every register implements; the shell iterates the list.
#pragma once

#include "Finding.h"
#include "Migration.h"

#include <QIcon>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace csl {

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
    /// What needs action in this register now.
    virtual QList<Finding> findings(const Workspace& workspace) const;
};

/// Every module of the application, in sidebar order. Adding a register adds one line here.
std::vector<std::unique_ptr<Module>> allModules();

} // namespace csl
