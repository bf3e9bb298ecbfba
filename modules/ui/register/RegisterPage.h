// The page of any register: toolbar, search, filters, table, findings; add, edit, bulk edit, remove, undo,
// import, export and print — all from the schema.
#pragma once

#include "ModuleView.h"
#include "RegisterSchema.h"
#include "RegisterUndo.h"
#include "Result.h"

#include <QHash>

class QComboBox;
class QHBoxLayout;
class QLineEdit;
class QMenu;
class QPushButton;
class QSplitter;
class QTableView;
class QToolButton;

namespace csl {

class MessageBanner;
class RecordDialog;
class RegisterBulkEditDialog;
class RegisterChildPanel;
class RegisterFindingsPanel;
class RegisterImportDialog;
class RegisterTableModel;
class Workspace;

/**
 * @brief A register's page, made from its schema. A register with widgets of its own (the subnet panel,
 * the neighbour-table reader) subclasses it and uses the hooks: setSidePanel(), addToolWidget(),
 * moreMenu(), findingsPanel()->addToBar(), customizeDialog() and afterReload().
 */
class RegisterPage : public ModulePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegisterPage)
public:
    RegisterPage(Workspace& workspace, const RegisterSchema& schema, QWidget* parent = nullptr);

    bool openRecord(const QString& recordId) override;
    void reload() override;
    QString currentRecordId() const override;

    const RegisterSchema& schema() const { return m_schema; }
    RegisterTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    RegisterFindingsPanel* findingsPanel() const { return m_findings; }
    QLineEdit* searchEdit() const { return m_search; }
    /// The filter box of field @p key (objectName "filter_KEY"), or null.
    QComboBox* filterBox(const QString& key) const { return m_filters.value(key); }

    /// Opens the add (empty @p id) or edit dialog; returns it (modeless, deletes itself on close).
    RecordDialog* editRecord(const QString& id = {});
    /// Opens the add dialog with some fields filled (a pair seen on the network …).
    RecordDialog* addRecord(const QHash<QString, QString>& values);
    /// Opens bulk edit for the selected records (modeless); null when none is selected.
    RegisterBulkEditDialog* bulkEdit();
    /// Asks, then removes every selected record in one transaction (undo brings them back).
    void removeSelected();
    /// Reverts the last add, edit, bulk edit, removal or import made on this page.
    void undoLastChange();
    /// Reads @p path and opens the import dialog, or shows why the file cannot be read.
    RegisterImportDialog* importFile(const QString& path);
    /// Writes every record (or only the rows shown) to @p path, CSV or XLSX by its suffix.
    Status exportTo(const QString& path, bool shownOnly);
    /// Writes the register form of the rows shown to a PDF.
    Status printToPdf(const QString& path);
    /// Shows @p child's rows of the chosen record under the table (a drill's steps …); returns the panel.
    RegisterChildPanel* addChildPanel(const RegisterSchema& child);
    /// Moves the chosen record's status to @p to, if the schema allows it (journaled).
    Status setStatus(const QString& to);
    /// The statuses the chosen record may move to (the schema's transitions).
    QStringList nextStatuses() const;
    /// The ids of the selected records, in table order.
    QStringList selectedIds() const;
    void showBanner(const QString& text, bool error);

protected:
    /// Puts @p panel left of the table (the subnet panel).
    void setSidePanel(QWidget* panel);
    /// Adds @p widget to the toolbar, before "More".
    void addToolWidget(QWidget* widget);
    QMenu* moreMenu() const { return m_more; }
    /// Called for every add/edit dialog before it opens (a register's own lines: the MAC's vendor …).
    virtual void customizeDialog(RecordDialog* dialog) { Q_UNUSED(dialog); }
    /// Called after the records were read again (side panels refresh from model()->records()).
    virtual void afterReload() {}
    /// Remembers a change for undo and enables the button.
    void remember(RegisterUndo::Change change, const QList<Record>& records);

private:
    QList<Record> selectedRecords() const;
    RecordDialog* openDialog(const Record& record);
    void exportDialog(bool shownOnly);
    void printPreview();
    void refillFilters();
    void changed(const QString& message, const QString& selectId = {});

    Workspace& m_ws;
    const RegisterSchema& m_schema;
    RegisterTableModel* m_model;
    MessageBanner* m_banner;
    QLineEdit* m_search;
    QHash<QString, QComboBox*> m_filters;
    QHBoxLayout* m_tools;
    QTableView* m_table;
    QSplitter* m_split;
    QSplitter* m_vsplit;
    QList<RegisterChildPanel*> m_children;
    QToolButton* m_status = nullptr;
    RegisterFindingsPanel* m_findings;
    QPushButton* m_undo;
    QMenu* m_more;
    RegisterUndo m_history;
};

/// @brief A ModuleView whose page is a plain RegisterPage of @p schema.
class RegisterView final : public ModuleView
{
public:
    RegisterView(QString moduleId, const RegisterSchema& schema) : m_module(std::move(moduleId)), m_schema(schema) {}
    QString moduleId() const override { return m_module; }
    ModulePage* createPage(Workspace& workspace, QWidget* parent) override
    {
        return new RegisterPage(workspace, m_schema, parent);
    }

private:
    QString m_module;
    const RegisterSchema& m_schema;
};

} // namespace csl
