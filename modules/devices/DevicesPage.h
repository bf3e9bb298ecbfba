// The IP/MAC register page: search-as-you-type, filters, subnets, add/edit/bulk edit, import/export, print, undo.
#pragma once

#include "DeviceRecord.h"
#include "DeviceUndo.h"
#include "ModuleView.h"
#include "Result.h"

class QComboBox;
class QLineEdit;
class QPushButton;
class QTableView;

namespace csl {

class BulkEditDialog;
class DeviceDialog;
class DeviceFindingsPanel;
class DeviceTableModel;
class ImportWizard;
class MessageBanner;
class SubnetPanel;
class Workspace;

/// @brief The device register's page (R-DEV-1 … R-DEV-5).
class DevicesPage final : public ModulePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DevicesPage)
public:
    DevicesPage(Workspace& workspace, QWidget* parent = nullptr);

    bool openRecord(const QString& recordId) override;
    void reload() override;

    /// Opens the add (empty @p id) or edit dialog; returns it (modeless, deletes itself on close).
    DeviceDialog* editDevice(const QString& id = {});
    /// Opens the bulk edit dialog for the selected devices (modeless); null when fewer than one is selected.
    BulkEditDialog* bulkEdit();
    /// Asks, then removes every selected device in one transaction (undo brings them back).
    void removeSelected();
    /// Reads @p path and opens the import dialog, or shows why the file cannot be read.
    ImportWizard* importFile(const QString& path);
    /// Writes the register form of the devices shown to a PDF.
    Status printToPdf(const QString& path);
    /// Reverts the last add, edit, bulk edit or removal made on this page.
    void undoLastChange();
    /// Records the pairs of a neighbour table or arp-scan file (empty path: this computer's table).
    void importSightings(const QString& path);
    /// Opens the add dialog filled with a pair seen on the network (register with one click).
    DeviceDialog* registerSighting(const Sighting& s);
    /// The ids of the selected devices, in table order.
    QStringList selectedIds() const;
    DeviceTableModel* model() const { return m_model; }
    SubnetPanel* subnetPanel() const { return m_subnets; }
    DeviceFindingsPanel* findingsPanel() const { return m_findings; }

private:
    void showBanner(const QString& text, bool error);
    void exportDevices();
    void printPreview();
    QList<DeviceRecord> selectedDevices() const;
    QList<DeviceRecord> shownDevices() const;
    void remember(DeviceUndo::Change change, const QList<DeviceRecord>& before);

    Workspace& m_ws;
    DeviceTableModel* m_model;
    QLineEdit* m_search;
    QComboBox* m_filterColumn;
    QLineEdit* m_filterText;
    QTableView* m_table;
    SubnetPanel* m_subnets;
    DeviceFindingsPanel* m_findings;
    MessageBanner* m_banner;
    QPushButton* m_undo;
    DeviceUndo m_history;
};

} // namespace csl
