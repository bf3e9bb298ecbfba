#include "DeviceDialog.h"

#include "DeviceRepository.h"
#include "DeviceRules.h"
#include "OuiTable.h"
#include "PersonRepository.h"
#include "Workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace csl {

namespace {

QLineEdit* lineEdit(const char* name, const QString& text, QWidget* parent)
{
    auto* e = new QLineEdit(text, parent);
    e->setObjectName(QString::fromLatin1(name));
    return e;
}

} // namespace

DeviceDialog::DeviceDialog(Workspace& workspace, const DeviceRecord& device, QWidget* parent)
    : QDialog(parent), m_ws(workspace), m_original(device)
{
    setObjectName(QStringLiteral("deviceDialog"));
    setWindowTitle(device.id.isEmpty() ? tr("Register a device") : tr("Edit device %1").arg(device.ip));
    m_ip = lineEdit("ipEdit", device.ip, this);
    m_mac = lineEdit("macEdit", device.mac, this);
    m_mac->setPlaceholderText(QStringLiteral("aa:bb:cc:dd:ee:ff"));
    m_vendor = new QLabel(this);
    m_vendor->setObjectName(QStringLiteral("macVendor"));
    m_vendor->setWordWrap(true);
    m_vendor->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette muted = m_vendor->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_vendor->setPalette(muted);
    m_hostname = lineEdit("hostnameEdit", device.hostname, this);
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("typeCombo"));
    for (const QString& k : DeviceTypes::keys())
        m_type->addItem(DeviceTypes::label(k), k);
    m_type->setCurrentIndex(std::max(0, m_type->findData(device.type)));
    m_user = new QComboBox(this);
    m_user->setObjectName(QStringLiteral("userCombo"));
    m_user->addItem(tr("(nobody)"), QString());
    for (const PersonRecord& p : PersonRepository(m_ws.store()).all())
        m_user->addItem(p.department.isEmpty() ? p.name : QStringLiteral("%1 (%2)").arg(p.name, p.department), p.id);
    m_user->setCurrentIndex(std::max(0, m_user->findData(device.userId)));
    m_department = lineEdit("departmentEdit", device.department, this);
    m_building = lineEdit("buildingEdit", device.building, this);
    m_room = lineEdit("roomEdit", device.room, this);
    m_assetTag = lineEdit("assetTagEdit", device.assetTag, this);
    m_registeredBy = lineEdit("registeredByEdit",
                              device.registeredBy.isEmpty() ? m_ws.store().meta(QStringLiteral("school.officer"))
                                                            : device.registeredBy,
                              this);
    m_registeredOn = new QDateEdit(device.registeredOn.isValid() ? device.registeredOn : QDate::currentDate(), this);
    m_registeredOn->setObjectName(QStringLiteral("registeredOnEdit"));
    m_registeredOn->setCalendarPopup(true);
    m_registeredOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusCombo"));
    for (const QString& k : DeviceStatuses::keys())
        m_status->addItem(DeviceStatuses::label(k), k);
    m_status->setCurrentIndex(std::max(0, m_status->findData(device.status)));
    m_notes = new QPlainTextEdit(device.notes, this);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setMaximumHeight(70);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("deviceDialogError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(DeviceRules::fieldLabel(QStringLiteral("ip")), m_ip);
    form->addRow(DeviceRules::fieldLabel(QStringLiteral("mac")), m_mac);
    form->addRow(QString(), m_vendor);
    form->addRow(DeviceRules::fieldLabel(QStringLiteral("hostname")), m_hostname);
    form->addRow(DeviceRules::fieldLabel(QStringLiteral("type")), m_type);
    form->addRow(DeviceRules::fieldLabel(QStringLiteral("user")), m_user);
    form->addRow(DeviceRules::fieldLabel(QStringLiteral("department")), m_department);
    form->addRow(DeviceRules::fieldLabel(QStringLiteral("building")), m_building);
    form->addRow(DeviceRules::fieldLabel(QStringLiteral("room")), m_room);
    form->addRow(DeviceRules::fieldLabel(QStringLiteral("asset_tag")), m_assetTag);
    form->addRow(DeviceRules::fieldLabel(QStringLiteral("registered_by")), m_registeredBy);
    form->addRow(DeviceRules::fieldLabel(QStringLiteral("registered_on")), m_registeredOn);
    form->addRow(DeviceRules::fieldLabel(QStringLiteral("status")), m_status);
    form->addRow(DeviceRules::fieldLabel(QStringLiteral("notes")), m_notes);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("deviceDialogOk"));
    buttons->button(QDialogButtonBox::Save)->setText(tr("Save"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("deviceDialogCancel"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_mac, &QLineEdit::textChanged, this, &DeviceDialog::showVendor);
    showVendor();
    connect(buttons, &QDialogButtonBox::accepted, this, &DeviceDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void DeviceDialog::showVendor()
{
    // From the sixth hex digit on: the MA-L owner, narrowed to an MA-M or MA-S block as more is typed.
    const QString text = OuiTable::describe(m_mac->text());
    m_vendor->setText(text.isEmpty() ? tr("Vendor: shown from the first three octets") : text);
    m_vendor->setToolTip(tr("From the IEEE registration tables built into this program"));
}

DeviceRecord DeviceDialog::collect() const
{
    DeviceRecord d = m_original;
    d.ip = m_ip->text();
    d.mac = m_mac->text();
    d.hostname = m_hostname->text();
    d.type = m_type->currentData().toString();
    d.userId = m_user->currentData().toString();
    d.userName = d.userId.isEmpty() ? QString() : m_user->currentText().section(QStringLiteral(" ("), 0, 0);
    d.department = m_department->text();
    d.building = m_building->text();
    d.room = m_room->text();
    d.assetTag = m_assetTag->text();
    d.registeredBy = m_registeredBy->text();
    d.registeredOn = m_registeredOn->date();
    d.status = m_status->currentData().toString();
    d.notes = m_notes->toPlainText();
    return d;
}

void DeviceDialog::save()
{
    DeviceRecord d = collect();
    const QList<FieldError> errors = DeviceRules::validate(d); // R-DEV-1
    for (QLineEdit* e : {m_ip, m_mac, m_hostname, m_assetTag})
        e->setStyleSheet(QString());
    if (!errors.isEmpty()) {
        QStringList lines;
        for (const FieldError& e : errors) {
            lines << tr("%1: %2").arg(DeviceRules::fieldLabel(e.field), e.message);
            QLineEdit* w = e.field == u"ip" ? m_ip : e.field == u"mac" ? m_mac : e.field == u"hostname" ? m_hostname
                                                                                : e.field == u"asset_tag" ? m_assetTag : nullptr;
            if (w)
                w->setStyleSheet(QStringLiteral("border: 1px solid #b00020;"));
        }
        m_error->setText(lines.join(u'\n'));
        m_error->show();
        return;
    }
    auto id = DeviceRepository(m_ws.store()).save(d);
    if (!id) {
        m_error->setText(id.error().message);
        m_error->show();
        return;
    }
    d.id = *id;
    m_saved = d;
    accept();
}

} // namespace csl
