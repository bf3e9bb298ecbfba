// Add or edit one record of any register, with each error shown under its own field.
#pragma once

#include "RegisterSchema.h"

#include <QDialog>
#include <QHash>

class QFormLayout;
class QLabel;

namespace csl {

class Workspace;

/**
 * @brief The form of a register: one editor per field (not NotEdited, no secrets), made from the schema;
 * Save validates through the schema and the register's rules and writes through RegisterRepository.
 * A register adds its own lines with addBelow() (the MAC's vendor under the MAC).
 */
class RecordDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordDialog)
public:
    /// Edits @p record (an empty id adds a new one, filled with the fields' defaults).
    RecordDialog(Workspace& workspace, const RegisterSchema& schema, const Record& record, QWidget* parent = nullptr);

    const RegisterSchema& schema() const { return m_schema; }
    /// The editor of field @p key (objectName "edit_KEY"), or null.
    QWidget* editor(const QString& key) const { return m_editors.value(key); }
    /// The error line under field @p key (objectName "error_KEY"), or null.
    QLabel* errorLabel(const QString& key) const { return m_errors.value(key); }
    /// Sets field @p key's editor to the stored text @p value.
    void setValue(const QString& key, const QString& value);
    /// Puts @p widget on its own line under field @p key's editor.
    void addBelow(const QString& key, QWidget* widget);

    /// The record as the form holds it now (not validated).
    Record collect() const;
    /// What was saved (valid after accepted(); people's names filled).
    const Record& saved() const { return m_saved; }
    /// The record as it was before the edit (empty id when added).
    const Record& original() const { return m_original; }

    /// Validates and saves; on failure shows each error under its field and stays open.
    void save();

private:
    void showErrors(const QList<FieldError>& errors);

    Workspace& m_ws;
    const RegisterSchema& m_schema;
    Record m_original;
    Record m_saved;
    QHash<QString, QWidget*> m_editors;
    QHash<QString, QLabel*> m_errors;
    QHash<QString, QWidget*> m_rows;
    QFormLayout* m_form;
    QLabel* m_error;
};

} // namespace csl
