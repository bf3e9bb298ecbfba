#include "RegisterBulkEditDialog.h"

#include "FieldEditor.h"
#include "RegisterRepository.h"
#include "Workspace.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace csl {

RegisterBulkEditDialog::RegisterBulkEditDialog(Workspace& workspace, const RegisterSchema& schema,
                                               const QList<Record>& records, QWidget* parent)
    : QDialog(parent), m_ws(workspace), m_schema(schema), m_records(records)
{
    setObjectName(QStringLiteral("bulkEditDialog"));
    setWindowTitle(tr("Bulk edit %n record(s)", nullptr, int(records.size())));
    auto* hint = new QLabel(tr("Tick the fields to change. Unticked fields keep each record's own value; "
                               "each change is recorded in the journal."),
                            this);
    hint->setWordWrap(true);
    auto* grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    for (int i = 0; i < schema.fields().size(); ++i) {
        const FieldDef& f = schema.fields().at(i);
        if (!f.has(Bulk))
            continue;
        auto* check = new QCheckBox(schema.translate(f.label), this);
        check->setObjectName(QStringLiteral("change_") + f.key);
        check->setToolTip(tr("Change this field on every selected record"));
        QWidget* editor = FieldEditor::create(schema, f, m_ws.store(), this);
        editor->setObjectName(QStringLiteral("bulk_") + f.key);
        editor->setEnabled(false);
        const int r = grid->rowCount();
        grid->addWidget(check, r, 0, Qt::AlignTop);
        grid->addWidget(editor, r, 1);
        m_fields.push_back({i, check, editor});
        connect(check, &QCheckBox::toggled, this, [this, editor](bool on) {
            editor->setEnabled(on);
            updatePreview();
        });
        FieldEditor::onChange(editor, this, [this] { updatePreview(); });
    }
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("bulkPreview"));
    m_preview->setWordWrap(true);
    m_preview->setStyleSheet(QStringLiteral("background:#f1f3f4;padding:6px;"));
    m_preview->setMinimumHeight(2 * m_preview->fontMetrics().lineSpacing() + 14); // two lines without clipping
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("bulkEditError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("bulkEditOk"));
    m_save->setText(tr("Save"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("bulkEditCancel"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RegisterBulkEditDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addLayout(grid);
    layout->addWidget(m_preview);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    updatePreview();
}

void RegisterBulkEditDialog::setField(const QString& key, const QString& value)
{
    for (const Field& f : m_fields) {
        if (m_schema.fields().at(f.index).key != key)
            continue;
        f.check->setChecked(true);
        FieldEditor::setValue(m_schema.fields().at(f.index), f.editor, value);
    }
}

QHash<QString, QString> RegisterBulkEditDialog::changes() const
{
    QHash<QString, QString> out;
    for (const Field& f : m_fields)
        if (f.check->isChecked())
            out.insert(m_schema.fields().at(f.index).key, FieldEditor::value(m_schema.fields().at(f.index), f.editor));
    return out;
}

QStringList RegisterBulkEditDialog::changingIds() const
{
    QList<QPair<int, QString>> set;
    for (const Field& f : m_fields) {
        if (!f.check->isChecked())
            continue;
        // Compared in stored form, so " 教务处 " and "教务处" are no change.
        const FieldDef& def = m_schema.fields().at(f.index);
        set << qMakePair(f.index, m_schema.normalise(def, FieldEditor::value(def, f.editor), nullptr)
                                      .value_or(FieldEditor::value(def, f.editor)));
    }
    QStringList ids;
    for (const Record& r : m_records)
        for (const auto& [index, value] : set)
            if (r.values.value(index) != value) {
                ids << r.id;
                break;
            }
    return ids;
}

void RegisterBulkEditDialog::updatePreview()
{
    const qsizetype n = changingIds().size();
    if (changes().isEmpty())
        m_preview->setText(tr("Tick at least one field to change."));
    else if (n == 0)
        m_preview->setText(
            tr("None of the %1 selected records would change: they already have these values.").arg(m_records.size()));
    else
        m_preview->setText(tr("%1 of the %2 selected records will change.").arg(n).arg(m_records.size()));
    m_save->setEnabled(n > 0);
}

void RegisterBulkEditDialog::save()
{
    const QStringList ids = changingIds();
    if (ids.isEmpty())
        return;
    RegisterRepository repo(m_ws.store(), m_schema);
    QList<Record> before;
    for (const QString& id : ids) {
        auto r = repo.find(id); // the stored record, for undo
        if (!r) {
            m_error->setText(r.error().message);
            m_error->show();
            return;
        }
        before << *r;
    }
    if (Status st = repo.updateMany(ids, changes()); !st) {
        m_error->setText(tr("Nothing was changed. %1").arg(st.error().message));
        m_error->show();
        return;
    }
    m_before = before;
    accept();
}

} // namespace csl
