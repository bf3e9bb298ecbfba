// Import any register from a file: column mapping with preview, per-row errors, import all or skip bad rows.
#pragma once

#include "RegisterImport.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace csl {

class Workspace;

/// @brief The import dialog: map columns, see the errors by row and column, then commit all or none.
class RegisterImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegisterImportDialog)
public:
    RegisterImportDialog(Workspace& workspace, const RegisterSchema& schema, TableData table, const QString& fileName,
                         QWidget* parent = nullptr);

    const RegisterImport::Plan& plan() const { return m_plan; }
    /// The combo box mapping target @p key to a column (objectName "map_KEY").
    QComboBox* mapping(const QString& key) const { return m_maps.value(key); }
    /// Commits the plan (all rows, or the good ones when @p skipBadRows); accepts on success.
    void runImport(bool skipBadRows);

Q_SIGNALS:
    /// The records written (their ids, for undo).
    void imported(const QList<csl::Record>& records);

private:
    void recheck();
    Workspace& m_ws;
    const RegisterSchema& m_schema;
    TableData m_table;
    RegisterImport::Plan m_plan;
    QHash<QString, QComboBox*> m_maps;
    QTableWidget* m_preview;
    QListWidget* m_errors;
    QLabel* m_summary;
    QPushButton* m_import;
    QPushButton* m_skipBad;
};

} // namespace csl
