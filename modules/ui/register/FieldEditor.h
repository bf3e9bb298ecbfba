// The editor widget of a register field, made from its kind: line, text box, choice, person, date, yes/no.
#pragma once

#include "RegisterSchema.h"

#include <QString>

#include <functional>

class QObject;
class QWidget;

namespace csl {

class Store;

/**
 * @brief Makes, reads and fills the editor of one field, so the record form and bulk edit show a field
 * the same way: a choice as a combo box of its labels, a person as a combo box of the directory, a date
 * as a date box with a calendar (empty allowed unless Required), long text as a text box.
 */
class FieldEditor final
{
public:
    /// The editor of @p field; Person fields list the live people of @p store.
    static QWidget* create(const RegisterSchema& schema, const FieldDef& field, const Store& store, QWidget* parent);
    /// The stored text the editor holds (a choice's key, a person's id, an ISO date, 1/0).
    static QString value(const FieldDef& field, const QWidget* editor);
    static void setValue(const FieldDef& field, QWidget* editor, const QString& value);
    /// What the editor shows for a Person field (the name), for the record read back after a save.
    static QString shownName(const QWidget* editor);
    /// Calls @p changed (in @p context) whenever the user changes the editor.
    static void onChange(QWidget* editor, QObject* context, const std::function<void()>& changed);
};

} // namespace csl
