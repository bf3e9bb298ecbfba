#include "SubnetDialog.h"

#include "DeviceRepository.h"
#include "DeviceRules.h"
#include "Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace csl {

namespace {

QLineEdit* lineEdit(const char* name, const QString& text, QWidget* parent)
{
    auto* e = new QLineEdit(text, parent);
    e->setObjectName(QString::fromLatin1(name));
    return e;
}

/// Two blocks overlap when either holds the other's network address.
bool overlaps(const QString& a, const QString& b)
{
    const auto na = QHostAddress::parseSubnet(a);
    const auto nb = QHostAddress::parseSubnet(b);
    return !na.first.isNull() && !nb.first.isNull() && (na.first.isInSubnet(nb) || nb.first.isInSubnet(na));
}

} // namespace

SubnetDialog::SubnetDialog(Workspace& workspace, const SubnetRecord& subnet, QWidget* parent)
    : QDialog(parent), m_ws(workspace), m_original(subnet)
{
    setObjectName(QStringLiteral("subnetDialog"));
    setWindowTitle(subnet.id.isEmpty() ? tr("Add a subnet") : tr("Edit subnet %1").arg(subnet.cidr));
    m_cidr = lineEdit("cidrEdit", subnet.cidr, this);
    m_cidr->setPlaceholderText(QStringLiteral("10.1.2.0/24"));
    m_vlan = new QSpinBox(this);
    m_vlan->setObjectName(QStringLiteral("vlanSpin"));
    m_vlan->setRange(0, 4094);
    m_vlan->setSpecialValueText(tr("none"));
    m_vlan->setValue(subnet.vlan);
    m_gateway = lineEdit("gatewayEdit", subnet.gateway, this);
    m_gateway->setPlaceholderText(QStringLiteral("10.1.2.1"));
    m_purpose = lineEdit("purposeEdit", subnet.purpose, this);
    m_purpose->setPlaceholderText(tr("e.g. teachers' office PCs, classroom projectors"));
    m_building = new QComboBox(this);
    m_building->setObjectName(QStringLiteral("buildingCombo"));
    m_building->setEditable(true);
    QStringList buildings;
    for (const SubnetRecord& s : DeviceRepository(m_ws.store()).subnets())
        if (!s.building.isEmpty() && !buildings.contains(s.building))
            buildings << s.building;
    m_building->addItems(buildings);
    m_building->setCurrentText(subnet.building);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("subnetDialogError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto* form = new QFormLayout;
    const QList<std::pair<const char*, QWidget*>> rows = {
        {"cidr", m_cidr}, {"vlan", m_vlan}, {"gateway", m_gateway}, {"purpose", m_purpose}, {"building", m_building}};
    for (const auto& [field, editor] : rows) {
        const QString key = QString::fromLatin1(field);
        form->addRow(DeviceRules::fieldLabel(key), editor);
        auto* error = new QLabel(this);
        error->setObjectName(QStringLiteral("%1Error").arg(key));
        error->setStyleSheet(QStringLiteral("color: #b00020;"));
        error->setWordWrap(true);
        error->hide();
        form->addRow(QString(), error);
        m_fieldErrors.insert(key, error);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("subnetDialogOk"));
    buttons->button(QDialogButtonBox::Save)->setText(tr("Save"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("subnetDialogCancel"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SubnetDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

SubnetRecord SubnetDialog::collect() const
{
    SubnetRecord s = m_original;
    s.cidr = m_cidr->text().trimmed();
    s.vlan = m_vlan->value();
    s.gateway = m_gateway->text().trimmed();
    s.purpose = m_purpose->text().trimmed();
    s.building = m_building->currentText().trimmed();
    return s;
}

void SubnetDialog::showErrors(const QHash<QString, QString>& errors)
{
    for (auto it = m_fieldErrors.cbegin(); it != m_fieldErrors.cend(); ++it) {
        it.value()->setText(errors.value(it.key()));
        it.value()->setVisible(errors.contains(it.key()));
    }
    for (auto [key, edit] : {std::pair{"cidr", m_cidr}, std::pair{"gateway", m_gateway}})
        edit->setStyleSheet(errors.contains(QString::fromLatin1(key)) ? QStringLiteral("border: 1px solid #b00020;")
                                                                      : QString());
}

void SubnetDialog::save()
{
    SubnetRecord s = collect();
    QHash<QString, QString> errors;
    for (const FieldError& e : DeviceRules::validate(s))
        errors.insert(e.field, e.message);
    if (!errors.contains(QStringLiteral("cidr"))) {
        // Overlapping blocks would count a device twice in the utilisation and the subnet filter.
        for (const SubnetRecord& other : DeviceRepository(m_ws.store()).subnets()) {
            if (other.id != s.id && overlaps(other.cidr, s.cidr)) {
                errors.insert(QStringLiteral("cidr"),
                              tr("%1 overlaps the registered subnet %2.").arg(s.cidr, other.cidr));
                break;
            }
        }
    }
    showErrors(errors);
    if (!errors.isEmpty()) {
        m_error->hide();
        return;
    }
    auto id = DeviceRepository(m_ws.store()).saveSubnet(s);
    if (!id) {
        m_error->setText(id.error().message);
        m_error->show();
        return;
    }
    s.id = *id;
    m_saved = s;
    accept();
}

} // namespace csl
