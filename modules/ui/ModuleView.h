// The widget half of a module: the page the shell shows for it.
#pragma once

#include <QString>
#include <QWidget>

#include <memory>
#include <vector>

namespace csl {

class Workspace;

/**
 * @brief Base of every module page. The shell knows pages only through this.
 */
class ModulePage : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    /// Selects and shows the record @p recordId (a finding was opened); false if it is not there.
    virtual bool openRecord(const QString& recordId)
    {
        Q_UNUSED(recordId);
        return false;
    }
    /// Re-reads everything from the store (after an import, a restore or a sync).
    virtual void reload() {}
    /// The record the user is on, so that unlocking returns there; empty if none.
    virtual QString currentRecordId() const { return {}; }

Q_SIGNALS:
    /// The page changed data: the shell refreshes findings and the status bar.
    void dataChanged();
};

/**
 * @brief Makes the page of one core Module (matched by id).
 */
class ModuleView
{
public:
    virtual ~ModuleView() = default;
    virtual QString moduleId() const = 0;
    virtual ModulePage* createPage(Workspace& workspace, QWidget* parent) = 0;
    /// A background object the module needs while the workspace is open (a scheduler …), or null.
    /// The shell makes it after unlock, before any page, and deletes it after the pages and before
    /// the workspace closes (lock, switch database, quit).
    virtual QObject* createService(Workspace& workspace, QObject* parent)
    {
        Q_UNUSED(workspace);
        Q_UNUSED(parent);
        return nullptr;
    }
};

/// The page makers of every module. Adding a register adds one line in ModuleViews.cpp.
std::vector<std::unique_ptr<ModuleView>> allModuleViews();

} // namespace csl
