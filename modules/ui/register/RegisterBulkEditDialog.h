// Bulk edit of any register: set the ticked fields on several records at once, previewed, saved in one transaction.
#pragma once

#include "RegisterSchema.h"

#include <QDialog>
#include <QHash>

#include <vector>

class QCheckBox;
class QLabel;
class QPushButton;

namespace csl {

class Workspace;

/**
 * @brief The schema's Bulk fields, each with a "change this field" box; unticked fields keep each record's
 * own value. Only records the change alters are written, through RegisterRepository::updateMany (one
 * transaction, all or nothing; every record validated whole).
 */
class RegisterBulkEditDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegisterBulkEditDialog)
public:
    RegisterBulkEditDialog(Workspace& workspace, const RegisterSchema& schema, const QList<Record>& records,
                           QWidget* parent = nullptr);

    /// Ticks the box of field @p key and sets its editor to the stored text @p value.
    void setField(const QString& key, const QString& value);
    /// The key → stored text changes of the ticked fields.
    QHash<QString, QString> changes() const;
    /// The ids of the records the ticked fields would change.
    QStringList changingIds() const;
    /// The changed records as they were before the save (valid after accepted(); undo writes them back).
    const QList<Record>& before() const { return m_before; }

    /// Saves the changes; on failure shows the error (naming the record) and stays open.
    void save();

private:
    struct Field
    {
        int index;
        QCheckBox* check;
        QWidget* editor;
    };
    void updatePreview();

    Workspace& m_ws;
    const RegisterSchema& m_schema;
    QList<Record> m_records;
    QList<Record> m_before;
    std::vector<Field> m_fields;
    QLabel* m_preview;
    QLabel* m_error;
    QPushButton* m_save;
};

} // namespace csl
