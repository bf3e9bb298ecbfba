// Import devices from a file: column mapping with preview, per-row errors, import all or skip bad rows, with progress.
#pragma once

#include "DeviceImport.h"

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
class ImportWizard final : public QDialog
{
    Q_OBJECT
public:
    ImportWizard(Workspace& workspace, TableData table, const QString& fileName, QWidget* parent = nullptr);

    const DeviceImport::Plan& plan() const { return m_plan; }
    /// Commits the plan (all rows, or the good ones when @p skipBadRows); accepts on success.
    void runImport(bool skipBadRows);

Q_SIGNALS:
    void imported(int devices);

private:
    void recheck();
    Workspace& m_ws;
    TableData m_table;
    DeviceImport::Plan m_plan;
    QHash<QString, QComboBox*> m_maps;
    QTableWidget* m_preview;
    QListWidget* m_errors;
    QLabel* m_summary;
    QPushButton* m_import;
    QPushButton* m_skipBad;
};

} // namespace csl
