#include "DevicesPage.h"

#include "DeviceDialog.h"
#include "DeviceExport.h"
#include "DeviceForm.h"
#include "DeviceRepository.h"
#include "DeviceTableModel.h"
#include "ImportWizard.h"
#include "NeighbourTable.h"
#include "Workspace.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace csl {

namespace {

QPushButton* button(const QString& text, const char* name, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    return b;
}

} // namespace

DevicesPage::DevicesPage(Workspace& workspace, QWidget* parent)
    : ModulePage(parent), m_ws(workspace), m_model(new DeviceTableModel(this))
{
    setObjectName(QStringLiteral("devicesPage"));
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("deviceBanner"));
    m_banner->setWordWrap(true);
    m_banner->hide();
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("deviceSearch"));
    m_search->setPlaceholderText(tr("Search IP, MAC, user, location, hostname…"));
    m_search->setClearButtonEnabled(true);
    m_filterColumn = new QComboBox(this);
    m_filterColumn->setObjectName(QStringLiteral("filterColumn"));
    for (int c = 0; c < DeviceTableModel::ColumnCount; ++c)
        m_filterColumn->addItem(m_model->headerData(c, Qt::Horizontal).toString(), c);
    m_filterText = new QLineEdit(this);
    m_filterText->setObjectName(QStringLiteral("filterText"));
    m_filterText->setPlaceholderText(tr("Column filter"));
    m_filterText->setMaximumWidth(160);
    auto* add = button(tr("Add"), "addDevice", this);
    auto* edit = button(tr("Edit"), "editDevice", this);
    auto* remove = button(tr("Remove"), "removeDevice", this);
    auto* import = button(tr("Import…"), "importDevices", this);
    auto* exportButton = button(tr("Export…"), "exportDevices", this);
    auto* print = button(tr("Print…"), "printDevices", this);
    auto* seen = button(tr("Seen on network…"), "importNeighbours", this);
    seen->setToolTip(tr("Read a saved neighbour table or arp-scan output (cancel to read this computer's table)"));
    m_undo = button(tr("Undo"), "undoDevice", this);
    m_undo->setEnabled(false);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("deviceTable"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DeviceTableModel::Ip, Qt::AscendingOrder);
    m_table->setColumnWidth(DeviceTableModel::Mac, 130);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setDefaultSectionSize(24);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_subnets = new QTreeWidget(this);
    m_subnets->setObjectName(QStringLiteral("subnetTree"));
    m_subnets->setHeaderLabels({tr("Subnet"), tr("VLAN"), tr("Devices")});
    m_findings = new QListWidget(this);
    m_findings->setObjectName(QStringLiteral("deviceFindings"));

    auto* tools = new QHBoxLayout;
    tools->addWidget(m_search, 2);
    tools->addWidget(m_filterColumn);
    tools->addWidget(m_filterText, 1);
    for (QPushButton* b : {add, edit, remove, import, exportButton, seen, print, m_undo})
        tools->addWidget(b);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_subnets);
    split->addWidget(m_table);
    split->setStretchFactor(1, 4);
    auto* vsplit = new QSplitter(Qt::Vertical, this);
    vsplit->addWidget(split);
    vsplit->addWidget(m_findings);
    vsplit->setStretchFactor(0, 4);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(tools);
    layout->addWidget(vsplit, 1);

    connect(m_search, &QLineEdit::textChanged, m_model, &DeviceTableModel::setSearch); // R-DEV-3
    connect(m_filterText, &QLineEdit::textChanged, this,
            [this](const QString& t) { m_model->setColumnFilter(m_filterColumn->currentData().toInt(), t); });
    connect(m_filterColumn, &QComboBox::currentIndexChanged, this, [this] {
        for (int c = 0; c < DeviceTableModel::ColumnCount; ++c)
            m_model->setColumnFilter(c, QString());
        m_model->setColumnFilter(m_filterColumn->currentData().toInt(), m_filterText->text());
    });
    connect(add, &QPushButton::clicked, this, [this] { editDevice(); });
    connect(edit, &QPushButton::clicked, this, [this] {
        if (!selectedId().isEmpty())
            editDevice(selectedId());
    });
    connect(m_table, &QTableView::doubleClicked, this, [this] { editDevice(selectedId()); });
    connect(remove, &QPushButton::clicked, this, &DevicesPage::removeSelected);
    connect(import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import devices"), {},
                                                          tr("Spreadsheets (*.xlsx *.csv)"));
        if (!path.isEmpty())
            importFile(path);
    });
    connect(exportButton, &QPushButton::clicked, this, &DevicesPage::exportDevices);
    connect(print, &QPushButton::clicked, this, &DevicesPage::printPreview);
    connect(m_undo, &QPushButton::clicked, this, &DevicesPage::undoLastChange);
    connect(seen, &QPushButton::clicked, this, [this] {
        importSightings(QFileDialog::getOpenFileName(this, tr("Devices seen on the network"), {},
                                                     tr("Neighbour tables and arp-scan output (*.txt *.log *);;All files (*)")));
    });
    connect(m_findings, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const QString id = item->data(Qt::UserRole).toString();
        const QStringList pair = item->data(Qt::UserRole + 1).toStringList();
        if (id.isEmpty() && pair.size() == 2)
            registerSighting(Sighting{pair.at(0), pair.at(1), {}, {}});
        else
            openRecord(id);
    });
    reload();
}

void DevicesPage::reload()
{
    m_model->setDevices(DeviceRepository(m_ws.store()).all());
    refreshSubnets();
    refreshFindings();
}

void DevicesPage::refreshSubnets()
{
    DeviceRepository repo(m_ws.store());
    const QList<SubnetRecord> subnets = repo.subnets();
    const QHash<QString, int> used = DeviceRules::devicesPerSubnet(m_model->devices(), subnets);
    m_subnets->clear();
    QHash<QString, QTreeWidgetItem*> buildings;
    for (const SubnetRecord& s : subnets) {
        const QString b = s.building.isEmpty() ? tr("(no building)") : s.building;
        QTreeWidgetItem*& parent = buildings[b];
        if (!parent)
            parent = new QTreeWidgetItem(m_subnets, {b});
        const int n = used.value(s.id);
        auto* item = new QTreeWidgetItem(parent, {s.cidr, s.vlan ? QString::number(s.vlan) : QString(),
                                                  tr("%1 of %2 (%3%)").arg(n).arg(s.capacity())
                                                      .arg(s.capacity() ? 100 * n / s.capacity() : 0)});
        item->setToolTip(0, tr("Gateway %1, %2").arg(s.gateway, s.purpose));
    }
}

void DevicesPage::refreshFindings()
{
    m_findings->clear();
    for (const Finding& f : m_ws.findings(QStringLiteral("devices"))) {
        auto* item = new QListWidgetItem(QStringLiteral("[%1] %2").arg(f.ruleId, f.title), m_findings);
        item->setData(Qt::UserRole, f.recordId);
        if (f.recordId.isEmpty()) {
            static const QRegularExpression pair(QString::fromUtf8("([0-9a-f.:]+) ?[(（]([0-9a-f:]{17})[)）]"));
            if (const auto m = pair.match(f.title); m.hasMatch())
                item->setData(Qt::UserRole + 1, QStringList{m.captured(1), m.captured(2)});
        }
        item->setToolTip(f.detail);
        if (f.severity == Finding::Severity::Critical)
            item->setForeground(QColor(0xb0, 0x00, 0x20));
    }
}

void DevicesPage::showBanner(const QString& text, bool error)
{
    m_banner->setText(text);
    m_banner->setStyleSheet(error ? QStringLiteral("background:#fdecea;color:#b00020;padding:6px;")
                                  : QStringLiteral("background:#e8f5e9;color:#1b5e20;padding:6px;"));
    m_banner->setVisible(!text.isEmpty());
}

QString DevicesPage::selectedId() const
{
    const QModelIndex i = m_table->currentIndex();
    return i.isValid() ? m_model->deviceAt(i.row()).id : QString();
}

bool DevicesPage::openRecord(const QString& recordId)
{
    int row = m_model->rowOf(recordId);
    if (row < 0 && !m_search->text().isEmpty()) {
        m_search->clear();
        row = m_model->rowOf(recordId);
    }
    if (row < 0)
        return false;
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
    return true;
}

DeviceDialog* DevicesPage::editDevice(const QString& id)
{
    DeviceRecord d;
    if (!id.isEmpty()) {
        auto found = DeviceRepository(m_ws.store()).find(id);
        if (!found) {
            showBanner(found.error().message, true);
            return nullptr;
        }
        d = *found;
    }
    auto* dialog = new DeviceDialog(m_ws, d, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_before = dialog->original();
        m_lastChange = m_before.id.isEmpty() ? Change::Added : Change::Edited;
        if (m_lastChange == Change::Added)
            m_before = dialog->saved();
        m_undo->setEnabled(true);
        const QString id = dialog->saved().id;
        reload();
        openRecord(id);
        showBanner(tr("Saved %1 (%2).").arg(dialog->saved().ip, dialog->saved().mac), false);
        Q_EMIT dataChanged();
    });
    dialog->open();
    return dialog;
}

void DevicesPage::removeSelected()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    auto found = DeviceRepository(m_ws.store()).find(id);
    if (Status st = DeviceRepository(m_ws.store()).remove(id); !st) {
        showBanner(st.error().message, true);
        return;
    }
    m_before = found.ok() ? *found : DeviceRecord{};
    m_before.id = id;
    m_lastChange = Change::Removed;
    m_undo->setEnabled(true);
    reload();
    showBanner(tr("Removed %1. Undo brings it back.").arg(m_before.ip), false);
    Q_EMIT dataChanged();
}

void DevicesPage::undoLastChange()
{
    DeviceRepository repo(m_ws.store());
    Status st;
    switch (m_lastChange) {
    case Change::Added: st = repo.remove(m_before.id); break;
    case Change::Edited: st = repo.update(m_before); break;
    case Change::Removed: st = repo.restore(m_before.id); break;
    case Change::None: return;
    }
    if (!st) {
        showBanner(st.error().message, true);
        return;
    }
    m_lastChange = Change::None;
    m_undo->setEnabled(false);
    reload();
    openRecord(m_before.id);
    showBanner(tr("The last change was undone (the journal keeps both)."), false);
    Q_EMIT dataChanged();
}

ImportWizard* DevicesPage::importFile(const QString& path)
{
    auto table = DeviceImport::readFile(path);
    if (!table) {
        showBanner(table.error().message, true);
        return nullptr;
    }
    auto* wizard = new ImportWizard(m_ws, std::move(*table), QFileInfo(path).fileName(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::imported, this, [this](int n) {
        reload();
        showBanner(tr("Imported %1 device(s).").arg(n), false);
        Q_EMIT dataChanged();
    });
    wizard->open();
    return wizard;
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
    const NeighbourTable::Match m = NeighbourTable::match(*seen, m_model->devices());
    // R-DEV-2: unregistered devices and changed MACs become findings below; one click opens the form.
    refreshFindings();
    showBanner(tr("%1 pair(s) seen: %2 as registered, %3 unregistered, %4 with another MAC, %5 on another IP.")
                   .arg(seen->size())
                   .arg(m.matched)
                   .arg(m.unregistered.size())
                   .arg(m.changedMac.size())
                   .arg(m.movedIp.size()),
               !m.unregistered.isEmpty() || !m.changedMac.isEmpty());
    Q_EMIT dataChanged();
}

DeviceDialog* DevicesPage::registerSighting(const Sighting& s)
{
    DeviceRecord d;
    d.ip = s.ip;
    d.mac = s.mac;
    auto* dialog = new DeviceDialog(m_ws, d, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_before = dialog->saved();
        m_lastChange = Change::Added;
        m_undo->setEnabled(true);
        reload();
        openRecord(dialog->saved().id);
        Q_EMIT dataChanged();
    });
    dialog->open();
    return dialog;
}

void DevicesPage::exportDevices()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export devices"), tr("devices.xlsx"),
                                                      tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    const Status st = DeviceExport::write(path, DeviceExport::formatFor(path), m_model->devices());
    showBanner(st ? tr("Exported %1 device(s) to %2.").arg(m_model->devices().size()).arg(path) : st.error().message, !st);
}

Status DevicesPage::printToPdf(const QString& path)
{
    QList<DeviceRecord> shown;
    for (int r = 0; r < m_model->rowCount(); ++r)
        shown << m_model->deviceAt(r);
    return DeviceForm::make(m_ws.schoolName(), shown).writePdf(path);
}

void DevicesPage::printPreview()
{
    QList<DeviceRecord> shown;
    for (int r = 0; r < m_model->rowCount(); ++r)
        shown << m_model->deviceAt(r);
    const ReportDocument doc = DeviceForm::make(m_ws.schoolName(), shown);
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(doc.landscape() ? QPageLayout::Landscape : QPageLayout::Portrait);
    QPrintPreviewDialog preview(&printer, this);
    preview.setObjectName(QStringLiteral("printPreview"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&doc](QPrinter* p) { doc.render(p); });
    preview.exec();
}

} // namespace csl
