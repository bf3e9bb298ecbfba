// Bulk edit: set the ticked fields on several devices at once, previewed, saved in one transaction.
#pragma once

#include "DeviceRecord.h"

#include <QDialog>
#include <QVariantMap>

#include <vector>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace csl {

class Workspace;

/**
 * @brief Changes type, status, user, location, registrar or notes of the selected devices.
 *
 * Each field has a "change this field" box; unticked fields keep each device's
 * own value. Only devices the change alters are written, through
 * DeviceRepository::updateMany (one transaction, all or nothing).
 */
class BulkEditDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkEditDialog)
public:
    BulkEditDialog(Workspace& workspace, const QList<DeviceRecord>& devices, QWidget* parent = nullptr);

    /// Ticks the box of @p column ("device_type", "status", "user_id" …) and sets its editor to @p value.
    void setField(const QString& column, const QVariant& value);
    /// The column → value changes of the ticked fields.
    QVariantMap changes() const;
    /// The ids of the devices the ticked fields would change.
    QStringList changingIds() const;
    /// The changed devices as they were before the save (valid after accepted(); undo writes them back).
    const QList<DeviceRecord>& before() const { return m_before; }

    /// Saves the changes; on failure shows the error (naming the device) and stays open.
    void save();

private:
    struct Field
    {
        QString column;
        QCheckBox* check;
        QWidget* editor;
    };
    QVariant value(const Field& f) const;
    void updatePreview();

    Workspace& m_ws;
    QList<DeviceRecord> m_devices;
    QList<DeviceRecord> m_before;
    std::vector<Field> m_fields;
    QLabel* m_preview;
    QLabel* m_error;
    QPushButton* m_save;
};

} // namespace csl
