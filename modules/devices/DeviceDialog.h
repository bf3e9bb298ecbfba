// Add or edit one device, with per-field errors shown inline.
#pragma once

#include "DeviceRecord.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace csl {

class Workspace;

/// @brief The device form: IP, MAC, hostname, type, user, location … saved through DeviceRepository.
class DeviceDialog final : public QDialog
{
    Q_OBJECT
public:
    /// Edits @p device (an empty id adds a new one).
    DeviceDialog(Workspace& workspace, const DeviceRecord& device, QWidget* parent = nullptr);

    /// What was saved (valid after accepted()).
    const DeviceRecord& saved() const { return m_saved; }
    /// The record as it was before the edit (empty id when added).
    const DeviceRecord& original() const { return m_original; }

    /// Validates and saves; on failure shows every bad field and stays open.
    void save();

private:
    DeviceRecord collect() const;
    void showVendor();
    Workspace& m_ws;
    DeviceRecord m_original;
    DeviceRecord m_saved;
    QLineEdit* m_ip;
    QLineEdit* m_mac;
    QLabel* m_vendor; ///< the MAC's vendor from the IEEE tables, updated as it is typed
    QLineEdit* m_hostname;
    QComboBox* m_type;
    QComboBox* m_user;
    QLineEdit* m_department;
    QLineEdit* m_building;
    QLineEdit* m_room;
    QLineEdit* m_assetTag;
    QLineEdit* m_registeredBy;
    QDateEdit* m_registeredOn;
    QComboBox* m_status;
    QPlainTextEdit* m_notes;
    QLabel* m_error;
};

} // namespace csl
