#include "RecordDialog.h"

#include "FieldEditor.h"
#include "FieldValues.h"
#include "RegisterRepository.h"
#include "Workspace.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace csl {

RecordDialog::RecordDialog(Workspace& workspace, const RegisterSchema& schema, const Record& record, QWidget* parent)
    : QDialog(parent), m_ws(workspace), m_schema(schema), m_original(record), m_form(new QFormLayout)
{
    setObjectName(QStringLiteral("recordDialog"));
    setWindowTitle(record.id.isEmpty() ? tr("%1: add").arg(schema.title())
                                       : tr("%1: edit %2").arg(schema.title(), schema.describe(record)));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("recordDialogError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->hide();
    const FillContext context{FieldValues::cachedToday(), m_ws.store().meta(QStringLiteral("school.officer"))};
    const QList<FieldDef>& fields = schema.fields();
    for (int i = 0; i < fields.size(); ++i) {
        const FieldDef& f = fields.at(i);
        // A status with transitions moves through the page's "Set status", not the form.
        if (f.has(NotEdited) || f.kind == FieldKind::SecretRef
            || (f.key == schema.statusField() && !schema.statusField().isEmpty()))
            continue;
        QWidget* editor = FieldEditor::create(schema, f, m_ws.store(), this);
        QString v = record.values.value(i);
        if (record.id.isEmpty() && v.isEmpty() && f.fill)
            v = f.fill(context);
        FieldEditor::setValue(f, editor, v);
        auto* error = new QLabel(this);
        error->setObjectName(QStringLiteral("error_") + f.key);
        error->setStyleSheet(QStringLiteral("color: #b00020;"));
        error->setWordWrap(true);
        error->hide();
        auto* cell = new QWidget(this);
        auto* box = new QVBoxLayout(cell);
        box->setContentsMargins(0, 0, 0, 0);
        box->setSpacing(2);
        box->addWidget(editor);
        box->addWidget(error);
        const QString label = schema.translate(f.label) + (f.has(Required) ? QStringLiteral(" *") : QString());
        m_form->addRow(label, cell);
        m_editors.insert(f.key, editor);
        m_errors.insert(f.key, error);
        m_rows.insert(f.key, cell);
    }
    auto* inner = new QWidget(this);
    inner->setLayout(m_form);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("recordDialogOk"));
    buttons->button(QDialogButtonBox::Save)->setText(tr("Save"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("recordDialogCancel"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RecordDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    // Fits a 1366×768 screen with the taskbar: the form scrolls when a register has many fields.
    resize(520, std::min(660, inner->sizeHint().height() + 110));
}

void RecordDialog::setValue(const QString& key, const QString& value)
{
    if (const FieldDef* f = m_schema.field(key); f && m_editors.contains(key))
        FieldEditor::setValue(*f, m_editors.value(key), value);
}

void RecordDialog::addBelow(const QString& key, QWidget* widget)
{
    if (QWidget* cell = m_rows.value(key))
        static_cast<QVBoxLayout*>(cell->layout())->insertWidget(1, widget);
}

Record RecordDialog::collect() const
{
    Record r = m_original;
    if (r.values.isEmpty())
        r = m_schema.newRecord();
    while (r.values.size() < m_schema.fields().size() + m_schema.personFields().size())
        r.values << QString();
    for (int i = 0; i < m_schema.fields().size(); ++i) {
        const FieldDef& f = m_schema.fields().at(i);
        if (QWidget* e = m_editors.value(f.key)) {
            r.values[i] = FieldEditor::value(f, e);
            if (f.kind == FieldKind::Person)
                m_schema.setPersonName(r, i, FieldEditor::shownName(e));
        }
    }
    return r;
}

void RecordDialog::showErrors(const QList<FieldError>& errors)
{
    for (QLabel* l : std::as_const(m_errors))
        l->hide();
    QStringList elsewhere;
    for (const FieldError& e : errors) {
        if (QLabel* l = m_errors.value(e.field)) {
            l->setText(e.message);
            l->show();
        } else {
            elsewhere << tr("%1: %2").arg(m_schema.label(e.field), e.message);
        }
    }
    m_error->setText(elsewhere.isEmpty() ? tr("Correct the fields marked below.") : elsewhere.join(u'\n'));
    m_error->show();
    if (!errors.isEmpty())
        if (QWidget* first = m_editors.value(errors.first().field))
            first->setFocus();
}

void RecordDialog::save()
{
    Record r = collect();
    if (const QList<FieldError> errors = m_schema.validate(r, FieldValues::cachedToday()); !errors.isEmpty()) {
        showErrors(errors);
        return;
    }
    auto id = RegisterRepository(m_ws.store(), m_schema).save(r);
    if (!id) {
        showErrors({});
        m_error->setText(id.error().message);
        return;
    }
    r.id = *id;
    m_saved = r;
    accept();
}

} // namespace csl
