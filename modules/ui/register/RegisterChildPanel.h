// The child rows of the record chosen on a register page (a drill's steps, a submission's reviews, a period's shifts).
#pragma once

#include "RegisterSchema.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace csl {

class RecordDialog;
class RegisterTableModel;
class Workspace;

/**
 * @brief A table of the child register's rows that belong to one parent record, with add, edit and remove.
 * The parent field is filled by the panel (it is NotEdited on the form); every change is journaled.
 */
class RegisterChildPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegisterChildPanel)
public:
    RegisterChildPanel(Workspace& workspace, const RegisterSchema& child, QWidget* parent = nullptr);

    /// Shows the children of @p parentId (empty: none chosen, the buttons are off).
    void setParentRecord(const QString& parentId);
    QString parentRecord() const { return m_parentId; }
    RegisterTableModel* model() const { return m_model; }
    /// Opens the form of a new child (modeless); null without a parent.
    RecordDialog* addChild();
    /// Opens the form of child @p id (modeless).
    RecordDialog* editChild(const QString& id);
    /// Asks, then removes the chosen child (soft, journaled).
    void removeCurrent();

Q_SIGNALS:
    void changed();
    void failed(const QString& message);

private:
    void reload();
    RecordDialog* open(const Record& r);

    Workspace& m_ws;
    const RegisterSchema& m_schema;
    QString m_parentId;
    RegisterTableModel* m_model;
    QLabel* m_title;
    QTableView* m_table;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_remove;
};

} // namespace csl
