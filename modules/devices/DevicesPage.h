// The IP/MAC register page: search-as-you-type, filters, subnets, add/edit, import/export, print, undo.
#pragma once

#include "DeviceRecord.h"
#include "ModuleView.h"
#include "Result.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;
class QTreeWidget;

namespace csl {

class DeviceDialog;
class DeviceTableModel;
class ImportWizard;
class Workspace;

/// @brief The device register's page (R-DEV-1 … R-DEV-5).
class DevicesPage final : public ModulePage
{
    Q_OBJECT
public:
    DevicesPage(Workspace& workspace, QWidget* parent = nullptr);

    bool openRecord(const QString& recordId) override;
    void reload() override;

    /// Opens the add (empty @p id) or edit dialog; returns it (modeless, deletes itself on close).
    DeviceDialog* editDevice(const QString& id = {});
    /// Reads @p path and opens the import dialog, or shows why the file cannot be read.
    ImportWizard* importFile(const QString& path);
    /// Writes the register form of the devices shown to a PDF.
    Status printToPdf(const QString& path);
    /// Reverts the last add, edit or removal made on this page.
    void undoLastChange();
    /// Records the pairs of a neighbour table or arp-scan file (empty path: this computer's table).
    void importSightings(const QString& path);
    /// Opens the add dialog filled with a pair seen on the network (register with one click).
    DeviceDialog* registerSighting(const Sighting& s);
    DeviceTableModel* model() const { return m_model; }

private:
    void showBanner(const QString& text, bool error);
    void refreshFindings();
    void refreshSubnets();
    void removeSelected();
    void exportDevices();
    void printPreview();
    QString selectedId() const;

    enum class Change { None, Added, Edited, Removed };
    Workspace& m_ws;
    DeviceTableModel* m_model;
    QLineEdit* m_search;
    QComboBox* m_filterColumn;
    QLineEdit* m_filterText;
    QTableView* m_table;
    QTreeWidget* m_subnets;
    QListWidget* m_findings;
    QLabel* m_banner;
    QPushButton* m_undo;
    Change m_lastChange = Change::None;
    DeviceRecord m_before;
};

} // namespace csl
