#include "DevicesPage.h"

#include "DeviceRepository.h"
#include "DeviceSchema.h"
#include "NeighbourTable.h"
#include "OuiTable.h"
#include "RecordDialog.h"
#include "RegisterFindingsPanel.h"
#include "RegisterTableModel.h"
#include "SubnetPanel.h"
#include "Workspace.h"

#include <QFileDialog>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>

namespace csl {

DevicesPage::DevicesPage(Workspace& workspace, QWidget* parent)
    : RegisterPage(workspace, DeviceSchema::devices(), parent), m_ws(workspace),
      m_subnets(new SubnetPanel(workspace, this)), m_staleDays(new QSpinBox(this))
{
    setObjectName(QStringLiteral("devicesPage"));
    searchEdit()->setPlaceholderText(tr("Search IP, MAC, user, location, hostname…"));
    setSidePanel(m_subnets);
    auto* seen = new QPushButton(tr("Seen on network…"), this);
    seen->setObjectName(QStringLiteral("importNeighbours"));
    seen->setToolTip(tr("Read a saved neighbour table or arp-scan output (cancel to read this computer's table)"));
    addToolWidget(seen);

    // R-DEV-4's N beside the findings; the sentence is translated whole, the spin box takes its number's place.
    m_staleDays->setObjectName(QStringLiteral("staleDays"));
    m_staleDays->setRange(1, 3650);
    m_staleDays->setKeyboardTracking(false); // one write per entered number, not per digit
    m_staleDays->setValue(DeviceRepository::staleDays(m_ws.store()));
    m_staleDays->setToolTip(tr("R-DEV-4: an in-use device not seen on the network for longer is listed as a "
                               "possible zombie host"));
    const QStringList around = tr("Not seen on the network for %1 days").split(QStringLiteral("%1"));
    findingsPanel()->addToBar(new QLabel(around.value(0).trimmed(), this));
    findingsPanel()->addToBar(m_staleDays);
    findingsPanel()->addToBar(new QLabel(around.value(1).trimmed(), this));

    connect(m_staleDays, &QSpinBox::valueChanged, this, &DevicesPage::setStaleDays);
    connect(findingsPanel(), &RegisterFindingsPanel::findingActivated, this, [this](const Finding& f) {
        // R-DEV-2: an unregistered pair seen on the network opens the form filled, one click to register.
        if (f.recordId.isEmpty() && f.data.contains(QStringLiteral("mac")))
            registerSighting(Sighting{f.data.value(QStringLiteral("ip")).toString(),
                                      f.data.value(QStringLiteral("mac")).toString(), {}, {}});
    });
    connect(m_subnets, &SubnetPanel::filterChanged, this, [this](const QStringList& cidrs) {
        if (cidrs.isEmpty()) {
            model()->setExtraFilter({});
            return;
        }
        QList<QPair<QHostAddress, int>> nets;
        for (const QString& c : cidrs)
            if (const auto net = QHostAddress::parseSubnet(c); !net.first.isNull())
                nets << net;
        model()->setExtraFilter([nets](const Record& r) {
            const QHostAddress a(r.values.at(0));
            return std::any_of(nets.cbegin(), nets.cend(), [&a](const auto& n) { return a.isInSubnet(n); });
        });
    });
    connect(m_subnets, &SubnetPanel::failed, this, [this](const QString& why) { showBanner(why, true); });
    connect(m_subnets, &SubnetPanel::changed, this, [this](const QString& what) {
        m_subnets->refresh(devices());
        findingsPanel()->refresh();
        showBanner(what, false);
        Q_EMIT dataChanged();
    });
    connect(seen, &QPushButton::clicked, this, [this] {
        importSightings(
            QFileDialog::getOpenFileName(this, tr("Devices seen on the network"), {},
                                         tr("Neighbour tables and arp-scan output (*.txt *.log *);;All files (*)")));
    });
    afterReload();
}

QList<DeviceRecord> DevicesPage::devices() const
{
    QList<DeviceRecord> out;
    out.reserve(model()->records().size());
    for (const Record& r : model()->records())
        out << DeviceRecord::fromRecord(r);
    return out;
}

void DevicesPage::afterReload()
{
    if (m_subnets) // not yet made while the base class loads the records
        m_subnets->refresh(devices());
}

void DevicesPage::customizeDialog(RecordDialog* dialog)
{
    // The MAC's vendor from the IEEE tables, updated as it is typed: from the sixth hex digit on, the
    // MA-L owner, narrowed to an MA-M or MA-S block as more is typed.
    auto* vendor = new QLabel(dialog);
    vendor->setObjectName(QStringLiteral("macVendor"));
    vendor->setWordWrap(true);
    vendor->setTextInteractionFlags(Qt::TextSelectableByMouse);
    vendor->setToolTip(tr("From the IEEE registration tables built into this program"));
    QPalette muted = vendor->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    vendor->setPalette(muted);
    auto* mac = qobject_cast<QLineEdit*>(dialog->editor(QStringLiteral("mac")));
    const auto show = [vendor, mac] {
        const QString text = OuiTable::describe(mac->text());
        vendor->setText(text.isEmpty() ? tr("Vendor: shown from the first three octets") : text);
    };
    connect(mac, &QLineEdit::textChanged, vendor, show);
    show();
    dialog->addBelow(QStringLiteral("mac"), vendor);
}

bool DevicesPage::setStaleDays(int days)
{
    if (Status st = DeviceRepository(m_ws.store()).setStaleDays(days); !st) { // R-DEV-4's N, kept in the database
        showBanner(st.error().message, true);
        return false;
    }
    if (m_staleDays->value() != days) {
        const QSignalBlocker block(m_staleDays);
        m_staleDays->setValue(days);
    }
    findingsPanel()->refresh();
    Q_EMIT dataChanged();
    return true;
}

void DevicesPage::importSightings(const QString& path)
{
    auto seen = path.isEmpty() ? NeighbourTable::readSystem() : NeighbourTable::readFile(path);
    if (!seen) {
        showBanner(seen.error().message, true);
        return;
    }
    if (Status st = DeviceRepository(m_ws.store()).recordSightings(*seen); !st) {
        showBanner(st.error().message, true);
        return;
    }
    const NeighbourTable::Match m = NeighbourTable::match(*seen, devices());
    // R-DEV-2: unregistered devices and changed MACs become findings below; one click opens the form.
    findingsPanel()->refresh();
    showBanner(tr("%1 pair(s) seen: %2 as registered, %3 unregistered, %4 with another MAC, %5 on another IP.")
                   .arg(seen->size())
                   .arg(m.matched)
                   .arg(m.unregistered.size())
                   .arg(m.changedMac.size())
                   .arg(m.movedIp.size()),
               !m.unregistered.isEmpty() || !m.changedMac.isEmpty());
    Q_EMIT dataChanged();
}

RecordDialog* DevicesPage::registerSighting(const Sighting& s)
{
    return addRecord({{QStringLiteral("ip"), s.ip}, {QStringLiteral("mac"), s.mac}});
}

} // namespace csl
