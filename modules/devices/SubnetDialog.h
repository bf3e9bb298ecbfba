// Add or edit one subnet (CIDR, VLAN, gateway, purpose, building) with the error shown beside each field.
#pragma once

#include "DeviceRecord.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace csl {

class Workspace;

/// @brief The subnet form, validated by DeviceRules and saved through DeviceRepository::addSubnet/updateSubnet.
class SubnetDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubnetDialog)
public:
    /// Edits @p subnet (an empty id adds a new one).
    SubnetDialog(Workspace& workspace, const SubnetRecord& subnet, QWidget* parent = nullptr);

    /// What was saved (valid after accepted()).
    const SubnetRecord& saved() const { return m_saved; }

    /// Validates and saves; on failure shows the reason under each bad field and stays open.
    void save();

private:
    SubnetRecord collect() const;
    void showErrors(const QHash<QString, QString>& errors);

    Workspace& m_ws;
    SubnetRecord m_original;
    SubnetRecord m_saved;
    QLineEdit* m_cidr;
    QSpinBox* m_vlan;
    QLineEdit* m_gateway;
    QLineEdit* m_purpose;
    QComboBox* m_building;
    QHash<QString, QLabel*> m_fieldErrors;
    QLabel* m_error;
};

} // namespace csl
