#include "DevicesPage.h"

#include "BulkEditDialog.h"
#include "DeviceDialog.h"
#include "DeviceExport.h"
#include "DeviceFindingsPanel.h"
#include "DeviceForm.h"
#include "DeviceRepository.h"
#include "DeviceTableModel.h"
#include "ImportWizard.h"
#include "MessageBanner.h"
#include "MessageBox.h"
#include "NeighbourTable.h"
#include "SubnetPanel.h"
#include "Workspace.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace csl {

namespace {

QPushButton* button(const QString& text, const char* name, QWidget* parent, const QString& tip = {})
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    b->setToolTip(tip);
    return b;
}

QStringList idsOf(const QList<DeviceRecord>& devices)
{
    QStringList ids;
    for (const DeviceRecord& d : devices)
        ids << d.id;
    return ids;
}

} // namespace

DevicesPage::DevicesPage(Workspace& workspace, QWidget* parent)
    : ModulePage(parent), m_ws(workspace), m_model(new DeviceTableModel(this))
{
    setObjectName(QStringLiteral("devicesPage"));
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("deviceBanner"));
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
    m_filterText->setMaximumWidth(140);
    auto* add = button(tr("Add"), "addDevice", this);
    auto* edit = button(tr("Edit"), "editDevice", this);
    auto* bulk =
        button(tr("Bulk edit…"), "bulkEditDevices", this, tr("Change the same fields on every selected device"));
    auto* remove = button(tr("Remove"), "removeDevice", this);
    auto* seen = button(tr("Seen on network…"), "importNeighbours", this,
                        tr("Read a saved neighbour table or arp-scan output (cancel to read this computer's table)"));
    m_undo = button(tr("Undo"), "undoDevice", this);
    m_undo->setEnabled(false);
    m_undo->setShortcut(QKeySequence::Undo); // line edits keep their own Ctrl+Z and Delete
    remove->setShortcut(QKeySequence::Delete);
    // Import, export and print are used now and then; they wait in a menu so the toolbar fits at 1280 px.
    auto* more = new QToolButton(this);
    more->setObjectName(QStringLiteral("moreDeviceActions"));
    more->setText(tr("More"));
    more->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(more);
    menu->addAction(tr("Import…"), this,
                    [this] {
                        if (const QString path = QFileDialog::getOpenFileName(this, tr("Import devices"), {},
                                                                              tr("Spreadsheets (*.xlsx *.csv)"));
                            !path.isEmpty())
                            importFile(path);
                    })
        ->setObjectName(QStringLiteral("importDevices"));
    menu->addAction(tr("Export…"), this, &DevicesPage::exportDevices)->setObjectName(QStringLiteral("exportDevices"));
    menu->addAction(tr("Print…"), this, &DevicesPage::printPreview)->setObjectName(QStringLiteral("printDevices"));
    more->setMenu(menu);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("deviceTable"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DeviceTableModel::Ip, Qt::AscendingOrder);
    m_table->setColumnWidth(DeviceTableModel::Mac, 130);
    m_table->setColumnWidth(DeviceTableModel::Vendor, 170);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setDefaultSectionSize(24);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_subnets = new SubnetPanel(m_ws, this);
    m_findings = new DeviceFindingsPanel(m_ws, this);

    auto* tools = new QHBoxLayout;
    tools->addWidget(m_search, 2);
    tools->addWidget(m_filterColumn);
    tools->addWidget(m_filterText, 1);
    for (QWidget* b : std::initializer_list<QWidget*>{add, edit, bulk, remove, m_undo, seen, more})
        tools->addWidget(b);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_subnets);
    split->addWidget(m_table);
    split->setStretchFactor(1, 4);
    split->setSizes({300, 900});
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
    connect(m_subnets, &SubnetPanel::filterChanged, m_model, &DeviceTableModel::setSubnetFilter);
    connect(m_subnets, &SubnetPanel::failed, this, [this](const QString& why) { showBanner(why, true); });
    connect(m_subnets, &SubnetPanel::changed, this, [this](const QString& what) {
        m_subnets->refresh(m_model->devices());
        m_findings->refresh();
        showBanner(what, false);
        Q_EMIT dataChanged();
    });
    connect(m_findings, &DeviceFindingsPanel::failed, this, [this](const QString& why) { showBanner(why, true); });
    connect(m_findings, &DeviceFindingsPanel::staleDaysChanged, this, &DevicesPage::dataChanged);
    connect(m_findings, &DeviceFindingsPanel::recordActivated, this, &DevicesPage::openRecord);
    connect(m_findings, &DeviceFindingsPanel::sightingActivated, this, &DevicesPage::registerSighting);
    connect(add, &QPushButton::clicked, this, [this] { editDevice(); });
    connect(edit, &QPushButton::clicked, this, [this] {
        if (const QModelIndex i = m_table->currentIndex(); i.isValid())
            editDevice(m_model->deviceAt(i.row()).id);
    });
    connect(m_table, &QTableView::doubleClicked, this,
            [this](const QModelIndex& i) { editDevice(m_model->deviceAt(i.row()).id); });
    connect(bulk, &QPushButton::clicked, this, &DevicesPage::bulkEdit);
    connect(remove, &QPushButton::clicked, this, &DevicesPage::removeSelected);
    connect(m_undo, &QPushButton::clicked, this, &DevicesPage::undoLastChange);
    connect(seen, &QPushButton::clicked, this, [this] {
        importSightings(
            QFileDialog::getOpenFileName(this, tr("Devices seen on the network"), {},
                                         tr("Neighbour tables and arp-scan output (*.txt *.log *);;All files (*)")));
    });
    reload();
}

void DevicesPage::reload()
{
    m_model->setDevices(DeviceRepository(m_ws.store()).all());
    m_subnets->refresh(m_model->devices());
    m_findings->refresh();
}

void DevicesPage::showBanner(const QString& text, bool error)
{
    m_banner->showMessage(text, error ? MessageBanner::Kind::Error : MessageBanner::Kind::Positive);
}

QList<DeviceRecord> DevicesPage::selectedDevices() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QList<DeviceRecord> out;
    for (const QModelIndex& i : rows)
        out << m_model->deviceAt(i.row());
    return out;
}

QStringList DevicesPage::selectedIds() const
{
    return idsOf(selectedDevices());
}

void DevicesPage::remember(DeviceUndo::Change change, const QList<DeviceRecord>& before)
{
    m_history.record(change, before);
    m_undo->setEnabled(m_history.canUndo());
}

bool DevicesPage::openRecord(const QString& recordId)
{
    int row = m_model->rowOf(recordId);
    if (row < 0 && (!m_search->text().isEmpty() || !m_model->subnetFilter().isEmpty())) {
        m_search->clear();
        m_subnets->selectSubnet({});
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
        const bool added = dialog->original().id.isEmpty();
        remember(added ? DeviceUndo::Change::Added : DeviceUndo::Change::Edited,
                 {added ? dialog->saved() : dialog->original()});
        reload();
        openRecord(dialog->saved().id);
        showBanner(tr("Saved %1 (%2).").arg(dialog->saved().ip, dialog->saved().mac), false);
        Q_EMIT dataChanged();
    });
    dialog->open();
    return dialog;
}

BulkEditDialog* DevicesPage::bulkEdit()
{
    const QList<DeviceRecord> chosen = selectedDevices();
    if (chosen.isEmpty()) {
        showBanner(tr("Select the devices to change first (Ctrl+click or Shift+click for several)."), true);
        return nullptr;
    }
    auto* dialog = new BulkEditDialog(m_ws, chosen, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        remember(DeviceUndo::Change::Edited, dialog->before());
        reload();
        showBanner(tr("Changed %n device(s). Undo restores them all.", nullptr, int(dialog->before().size())), false);
        Q_EMIT dataChanged();
    });
    dialog->open();
    return dialog;
}

void DevicesPage::removeSelected()
{
    const QList<DeviceRecord> chosen = selectedDevices();
    if (chosen.isEmpty())
        return;
    const QString what = chosen.size() == 1 ? tr("the device %1 (%2)").arg(chosen.first().ip, chosen.first().mac)
                                            : tr("%n selected device(s)", nullptr, int(chosen.size()));
    if (MessageBox::question(
            this, tr("Remove devices"),
            tr("Remove %1 from the register? Undo brings them back; the journal keeps them.").arg(what)) !=
        QMessageBox::Yes)
        return;
    if (Status st = DeviceRepository(m_ws.store()).removeMany(idsOf(chosen)); !st) { // all or none
        showBanner(st.error().message, true);
        return;
    }
    remember(DeviceUndo::Change::Removed, chosen);
    reload();
    showBanner(tr("Removed %1. Undo brings it back.").arg(what), false);
    Q_EMIT dataChanged();
}

void DevicesPage::undoLastChange()
{
    if (!m_history.canUndo())
        return;
    const auto ids = m_history.undo(m_ws.store()); // one transaction: a bulk change is undone whole
    if (!ids) {
        showBanner(ids.error().message, true);
        return;
    }
    m_undo->setEnabled(false);
    reload();
    openRecord(ids->value(0));
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
        // Undo reaches back no further than the import: what came before it may be in the file again.
        m_history.record(DeviceUndo::Change::None, {});
        m_undo->setEnabled(false);
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
    m_findings->refresh();
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
        remember(DeviceUndo::Change::Added, {dialog->saved()});
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
    showBanner(st ? tr("Exported %1 device(s) to %2.").arg(m_model->devices().size()).arg(path) : st.error().message,
               !st);
}

QList<DeviceRecord> DevicesPage::shownDevices() const
{
    QList<DeviceRecord> shown;
    for (int r = 0; r < m_model->rowCount(); ++r)
        shown << m_model->deviceAt(r);
    return shown;
}

Status DevicesPage::printToPdf(const QString& path)
{
    return DeviceForm::make(m_ws.schoolName(), shownDevices()).writePdf(path);
}

void DevicesPage::printPreview()
{
    const ReportDocument doc = DeviceForm::make(m_ws.schoolName(), shownDevices());
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(doc.landscape() ? QPageLayout::Landscape : QPageLayout::Portrait);
    QPrintPreviewDialog preview(&printer, this);
    preview.setObjectName(QStringLiteral("printPreview"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&doc](QPrinter* p) { doc.render(p); });
    preview.exec();
}

} // namespace csl
