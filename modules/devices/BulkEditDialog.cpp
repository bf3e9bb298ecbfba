#include "BulkEditDialog.h"

#include "DeviceRepository.h"
#include "DeviceRules.h"
#include "PersonRepository.h"
#include "Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <tuple>

namespace csl {

namespace {

QVariant textOrNull(const QString& s)
{
    const QString t = s.trimmed();
    return t.isEmpty() ? QVariant() : QVariant(t);
}

QComboBox* combo(const char* name, QWidget* parent)
{
    auto* c = new QComboBox(parent);
    c->setObjectName(QString::fromLatin1(name));
    return c;
}

} // namespace

BulkEditDialog::BulkEditDialog(Workspace& workspace, const QList<DeviceRecord>& devices, QWidget* parent)
    : QDialog(parent), m_ws(workspace), m_devices(devices)
{
    setObjectName(QStringLiteral("bulkEditDialog"));
    setWindowTitle(tr("Bulk edit %n device(s)", nullptr, int(devices.size())));
    auto* hint = new QLabel(tr("Tick the fields to change. Unticked fields keep each device's own value; "
                               "each change is recorded in the journal."),
                            this);
    hint->setWordWrap(true);

    auto* type = combo("bulkType", this);
    for (const QString& k : DeviceTypes::keys())
        type->addItem(DeviceTypes::label(k), k);
    auto* status = combo("bulkStatus", this);
    for (const QString& k : DeviceStatuses::keys())
        status->addItem(DeviceStatuses::label(k), k);
    auto* user = combo("bulkUser", this);
    user->addItem(tr("(nobody)"), QString());
    for (const PersonRecord& p : PersonRepository(m_ws.store()).all())
        user->addItem(p.department.isEmpty() ? p.name : QStringLiteral("%1 (%2)").arg(p.name, p.department), p.id);
    auto* registeredOn = new QDateEdit(QDate::currentDate(), this);
    registeredOn->setObjectName(QStringLiteral("bulkRegisteredOn"));
    registeredOn->setCalendarPopup(true);
    registeredOn->setMaximumDate(QDate::currentDate().addDays(1));
    registeredOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto* notes = new QPlainTextEdit(this);
    notes->setObjectName(QStringLiteral("bulkNotes"));
    notes->setMaximumHeight(60);
    const auto line = [this](const char* name) {
        auto* e = new QLineEdit(this);
        e->setObjectName(QString::fromLatin1(name));
        return e;
    };

    // Column names as DeviceRepository::toFields() writes them; labels as the device form shows them.
    const QList<std::tuple<const char*, const char*, QWidget*>> rows = {
        {"device_type", "type", type},
        {"status", "status", status},
        {"user_id", "user", user},
        {"department", "department", line("bulkDepartment")},
        {"building", "building", line("bulkBuilding")},
        {"room", "room", line("bulkRoom")},
        {"registered_by", "registered_by", line("bulkRegisteredBy")},
        {"registered_on", "registered_on", registeredOn},
        {"notes", "notes", notes},
    };
    auto* grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    for (const auto& [column, label, editor] : rows) {
        auto* check = new QCheckBox(DeviceRules::fieldLabel(QString::fromLatin1(label)), this);
        check->setObjectName(QStringLiteral("change_%1").arg(QString::fromLatin1(column)));
        check->setToolTip(tr("Change this field on every selected device"));
        editor->setEnabled(false);
        const int r = grid->rowCount();
        grid->addWidget(check, r, 0, Qt::AlignTop);
        grid->addWidget(editor, r, 1);
        m_fields.push_back({QString::fromLatin1(column), check, editor});
        connect(check, &QCheckBox::toggled, this, [this, editor](bool on) {
            editor->setEnabled(on);
            updatePreview();
        });
        if (auto* c = qobject_cast<QComboBox*>(editor))
            connect(c, &QComboBox::currentIndexChanged, this, &BulkEditDialog::updatePreview);
        else if (auto* e = qobject_cast<QLineEdit*>(editor))
            connect(e, &QLineEdit::textChanged, this, &BulkEditDialog::updatePreview);
        else if (auto* d = qobject_cast<QDateEdit*>(editor))
            connect(d, &QDateEdit::dateChanged, this, &BulkEditDialog::updatePreview);
        else if (auto* n = qobject_cast<QPlainTextEdit*>(editor))
            connect(n, &QPlainTextEdit::textChanged, this, &BulkEditDialog::updatePreview);
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
    connect(buttons, &QDialogButtonBox::accepted, this, &BulkEditDialog::save);
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

QVariant BulkEditDialog::value(const Field& f) const
{
    if (auto* c = qobject_cast<QComboBox*>(f.editor))
        return textOrNull(c->currentData().toString());
    if (auto* e = qobject_cast<QLineEdit*>(f.editor))
        return textOrNull(e->text());
    if (auto* d = qobject_cast<QDateEdit*>(f.editor))
        return d->date().toString(Qt::ISODate);
    if (auto* n = qobject_cast<QPlainTextEdit*>(f.editor))
        return textOrNull(n->toPlainText());
    return {};
}

void BulkEditDialog::setField(const QString& column, const QVariant& v)
{
    for (const Field& f : m_fields) {
        if (f.column != column)
            continue;
        f.check->setChecked(true);
        if (auto* c = qobject_cast<QComboBox*>(f.editor))
            c->setCurrentIndex(std::max(0, c->findData(v.toString())));
        else if (auto* e = qobject_cast<QLineEdit*>(f.editor))
            e->setText(v.toString());
        else if (auto* d = qobject_cast<QDateEdit*>(f.editor))
            d->setDate(v.toDate());
        else if (auto* n = qobject_cast<QPlainTextEdit*>(f.editor))
            n->setPlainText(v.toString());
    }
}

QVariantMap BulkEditDialog::changes() const
{
    QVariantMap out;
    for (const Field& f : m_fields)
        if (f.check->isChecked())
            out.insert(f.column, value(f));
    return out;
}

QStringList BulkEditDialog::changingIds() const
{
    const QVariantMap set = changes();
    QStringList ids;
    for (const DeviceRecord& d : m_devices) {
        const QVariantMap now = DeviceRepository::toFields(d);
        for (auto it = set.cbegin(); it != set.cend(); ++it) {
            if (now.value(it.key()).toString() != it.value().toString()) {
                ids << d.id;
                break;
            }
        }
    }
    return ids;
}

void BulkEditDialog::updatePreview()
{
    const qsizetype n = changingIds().size();
    if (changes().isEmpty())
        m_preview->setText(tr("Tick at least one field to change."));
    else if (n == 0)
        m_preview->setText(
            tr("None of the %1 selected devices would change: they already have these values.").arg(m_devices.size()));
    else
        m_preview->setText(tr("%1 of the %2 selected devices will change.").arg(n).arg(m_devices.size()));
    m_save->setEnabled(n > 0);
}

void BulkEditDialog::save()
{
    const QStringList ids = changingIds();
    if (ids.isEmpty())
        return;
    DeviceRepository repo(m_ws.store());
    QList<DeviceRecord> before;
    for (const QString& id : ids) {
        auto d = repo.find(id); // the stored record, for undo
        if (!d) {
            m_error->setText(d.error().message);
            m_error->show();
            return;
        }
        before << *d;
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
