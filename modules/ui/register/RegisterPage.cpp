#include "RegisterPage.h"

#include "MessageBanner.h"
#include "MessageBox.h"
#include "RecordDialog.h"
#include "RegisterBulkEditDialog.h"
#include "RegisterChildPanel.h"
#include "RegisterExport.h"
#include "RegisterFindingsPanel.h"
#include "RegisterImportDialog.h"
#include "RegisterRepository.h"
#include "RegisterTableModel.h"
#include "TableReader.h"
#include "Workspace.h"

#include <QCollator>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace csl {

namespace {

QPushButton* button(const QString& text, const char* name, QWidget* parent, const QString& tip = {})
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    b->setToolTip(tip);
    return b;
}

QStringList idsOf(const QList<Record>& records)
{
    QStringList ids;
    for (const Record& r : records)
        ids << r.id;
    return ids;
}

} // namespace

RegisterPage::RegisterPage(Workspace& workspace, const RegisterSchema& schema, QWidget* parent)
    : ModulePage(parent), m_ws(workspace), m_schema(schema), m_model(new RegisterTableModel(schema, this))
{
    setObjectName(schema.id() + QStringLiteral("Page"));
    auto* title = new QLabel(schema.title(), this);
    title->setObjectName(QStringLiteral("registerTitle"));
    title->setStyleSheet(QStringLiteral("font-size: 18px; font-weight: bold;"));
    auto* intro = new QLabel(schema.intro(), this);
    intro->setWordWrap(true);
    intro->setVisible(!schema.intro().isEmpty());
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("registerBanner"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("registerSearch"));
    QStringList searched;
    for (const FieldDef& f : schema.fields())
        if (f.has(Searchable) && searched.size() < 5)
            searched << schema.translate(f.label);
    m_search->setPlaceholderText(tr("Search %1…").arg(searched.join(tr(", "))));
    m_search->setClearButtonEnabled(true);
    // The actions sit beside the title; search and filters get a row of their own, wide enough to read.
    m_tools = new QHBoxLayout;
    m_tools->addWidget(title);
    m_tools->addStretch(1);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 3);
    for (const FieldDef& f : schema.fields()) {
        if (!f.has(Filter))
            continue;
        auto* box = new QComboBox(this);
        box->setObjectName(QStringLiteral("filter_") + f.key);
        box->setToolTip(tr("Show only this %1").arg(schema.translate(f.label)));
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        m_filters.insert(f.key, box);
        filters->addWidget(box, 1);
        // Each filter keeps the others: choosing a department leaves the chosen status in force.
        connect(box, &QComboBox::currentIndexChanged, this,
                [this, box, key = f.key] { m_model->setFieldFilter(key, box->currentData().toString()); });
    }
    auto* add = button(tr("Add"), "addRecord", this);
    auto* edit = button(tr("Edit"), "editRecord", this);
    auto* remove = button(tr("Remove"), "removeRecord", this);
    m_undo = button(tr("Undo"), "undoRecord", this);
    m_undo->setEnabled(false);
    m_undo->setShortcut(QKeySequence::Undo); // line edits keep their own Ctrl+Z and Delete
    remove->setShortcut(QKeySequence::Delete);
    m_tools->addWidget(add);
    m_tools->addWidget(edit);
    const bool anyBulk = std::any_of(schema.fields().cbegin(), schema.fields().cend(),
                                     [](const FieldDef& f) { return f.has(Bulk); });
    if (anyBulk) {
        auto* bulk = button(tr("Bulk edit…"), "bulkEdit", this, tr("Change the same fields on every selected record"));
        m_tools->addWidget(bulk);
        connect(bulk, &QPushButton::clicked, this, &RegisterPage::bulkEdit);
    }
    m_tools->addWidget(remove);
    m_tools->addWidget(m_undo);
    if (const FieldDef* status = schema.field(schema.statusField())) {
        // A register with a status moves it only along its transitions, each one journaled.
        m_status = new QToolButton(this);
        m_status->setObjectName(QStringLiteral("setStatus"));
        m_status->setText(tr("Set %1").arg(schema.translate(status->label)));
        m_status->setPopupMode(QToolButton::InstantPopup);
        auto* menu = new QMenu(m_status);
        m_status->setMenu(menu);
        connect(menu, &QMenu::aboutToShow, this, [this, menu, status] {
            menu->clear();
            for (const QString& to : nextStatuses())
                menu->addAction(m_schema.choiceLabel(*status, to), this, [this, to] {
                    if (Status st = setStatus(to); !st)
                        showBanner(st.error().message, true);
                })->setObjectName(QStringLiteral("status_") + to);
            if (menu->isEmpty())
                menu->addAction(tr("No change allowed"))->setEnabled(false);
        });
        m_tools->addWidget(m_status);
    }
    // Import, export and print are used now and then; they wait in a menu so the toolbar fits.
    auto* more = new QToolButton(this);
    more->setObjectName(QStringLiteral("moreActions"));
    more->setText(tr("More"));
    more->setPopupMode(QToolButton::InstantPopup);
    m_more = new QMenu(more);
    m_more->addAction(tr("Import…"), this,
                      [this] {
                          if (const QString path = QFileDialog::getOpenFileName(
                                  this, tr("Import into %1").arg(m_schema.title()), {},
                                  TableReader::fileFilter());
                              !path.isEmpty())
                              importFile(path);
                      })
        ->setObjectName(QStringLiteral("importRecords"));
    m_more->addAction(tr("Export all…"), this, [this] { exportDialog(false); })
        ->setObjectName(QStringLiteral("exportAll"));
    m_more->addAction(tr("Export the rows shown…"), this, [this] { exportDialog(true); })
        ->setObjectName(QStringLiteral("exportShown"));
    m_more->addAction(tr("Print the rows shown…"), this, &RegisterPage::printPreview)
        ->setObjectName(QStringLiteral("printRecords"));
    more->setMenu(m_more);
    m_tools->addWidget(more);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("registerTable"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    if (const int c = m_model->columnOf(schema.defaultSort()); c >= 0)
        m_table->sortByColumn(c, Qt::AscendingOrder);
    for (int c = 0; c < m_model->columnRefs().size(); ++c) {
        const ColumnRef& ref = m_model->columnRefs().at(c);
        const int width = ref.field >= 0 ? schema.fields().at(ref.field).width : schema.computed().at(ref.computed).width;
        if (width > 0)
            m_table->setColumnWidth(c, width);
    }
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setDefaultSectionSize(24);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_findings = new RegisterFindingsPanel(m_ws, schema.module(), this);

    m_split = new QSplitter(Qt::Horizontal, this);
    m_split->addWidget(m_table);
    m_vsplit = new QSplitter(Qt::Vertical, this);
    m_vsplit->addWidget(m_split);
    m_vsplit->addWidget(m_findings);
    m_vsplit->setStretchFactor(0, 4);
    m_vsplit->setStretchFactor(1, 1);
    m_vsplit->setSizes({560, 150}); // the table first; the findings below, a few lines high
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_tools);
    layout->addWidget(intro);
    layout->addWidget(m_banner);
    layout->addLayout(filters);
    layout->addWidget(m_vsplit, 1);

    connect(m_search, &QLineEdit::textChanged, m_model, &RegisterTableModel::setSearch); // R-DEV-3
    connect(add, &QPushButton::clicked, this, [this] { editRecord(); });
    connect(edit, &QPushButton::clicked, this, [this] {
        if (const QModelIndex i = m_table->currentIndex(); i.isValid())
            editRecord(m_model->recordAt(i.row()).id);
    });
    connect(m_table, &QTableView::doubleClicked, this,
            [this](const QModelIndex& i) { editRecord(m_model->recordAt(i.row()).id); });
    connect(remove, &QPushButton::clicked, this, &RegisterPage::removeSelected);
    connect(m_undo, &QPushButton::clicked, this, &RegisterPage::undoLastChange);
    connect(m_findings, &RegisterFindingsPanel::recordActivated, this, &RegisterPage::openRecord);
    reload();
}

void RegisterPage::setSidePanel(QWidget* panel)
{
    m_split->insertWidget(0, panel);
    m_split->setStretchFactor(1, 4);
    m_split->setSizes({280, 920});
}

void RegisterPage::addToolWidget(QWidget* widget)
{
    m_tools->insertWidget(m_tools->count() - 1, widget);
}

void RegisterPage::reload()
{
    m_model->setRecords(RegisterReader(m_ws.store(), m_schema).all());
    refillFilters();
    m_findings->refresh();
    afterReload();
}

void RegisterPage::refillFilters()
{
    // A choice offers its choices; a text field the values the register holds, in the locale's order.
    for (auto it = m_filters.cbegin(); it != m_filters.cend(); ++it) {
        QComboBox* box = it.value();
        const FieldDef& f = *m_schema.field(it.key());
        const int index = m_schema.fieldIndex(it.key());
        const QString current = box->currentData().toString();
        const QSignalBlocker block(box);
        box->clear();
        box->addItem(tr("All (%1)").arg(m_schema.translate(f.label)), QString());
        if (f.kind == FieldKind::Choice) {
            for (const ChoiceDef& c : f.choices)
                box->addItem(m_schema.translate(c.label), c.key);
        } else {
            QSet<QString> seen;
            for (const Record& r : m_model->records())
                if (const QString& v = r.values.at(index); !v.isEmpty())
                    seen.insert(v);
            QStringList values(seen.cbegin(), seen.cend());
            QCollator collator;
            std::sort(values.begin(), values.end(), collator);
            for (const QString& v : values)
                box->addItem(v, v);
        }
        box->setCurrentIndex(std::max(0, box->findData(current)));
        if (box->currentData().toString() != current) // the chosen value is gone: the filter goes too
            m_model->setFieldFilter(it.key(), QString());
    }
}

void RegisterPage::showBanner(const QString& text, bool error)
{
    m_banner->showMessage(text, error ? MessageBanner::Kind::Error : MessageBanner::Kind::Positive);
}

QList<Record> RegisterPage::selectedRecords() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QList<Record> out;
    for (const QModelIndex& i : rows)
        out << m_model->recordAt(i.row());
    return out;
}

RegisterChildPanel* RegisterPage::addChildPanel(const RegisterSchema& child)
{
    auto* panel = new RegisterChildPanel(m_ws, child, this);
    m_vsplit->insertWidget(int(1 + m_children.size()), panel);
    m_children << panel;
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, panel,
            [this, panel] { panel->setParentRecord(currentRecordId()); });
    connect(m_model, &QAbstractItemModel::modelReset, panel, [this, panel] { panel->setParentRecord(currentRecordId()); });
    connect(panel, &RegisterChildPanel::changed, this, &RegisterPage::dataChanged);
    connect(panel, &RegisterChildPanel::failed, this, [this](const QString& why) { showBanner(why, true); });
    panel->setParentRecord(currentRecordId());
    return panel;
}

QStringList RegisterPage::nextStatuses() const
{
    const int field = m_schema.fieldIndex(m_schema.statusField());
    const QModelIndex i = m_table->currentIndex();
    if (field < 0 || !i.isValid())
        return {};
    const QString from = m_model->recordAt(i.row()).values.value(field);
    QStringList out;
    for (const ChoiceDef& c : m_schema.fields().at(field).choices)
        if (c.key != from && m_schema.canTransition(from, c.key))
            out << c.key;
    return out;
}

Status RegisterPage::setStatus(const QString& to)
{
    const QString id = currentRecordId();
    if (id.isEmpty())
        return Error{Error::InvalidInput, tr("Choose a record first.")};
    auto before = RegisterReader(m_ws.store(), m_schema).find(id);
    if (!before)
        return before.error();
    if (Status st = RegisterRepository(m_ws.store(), m_schema).transition(id, to); !st)
        return st;
    remember(RegisterUndo::Change::Edited, {*before});
    const FieldDef& f = *m_schema.field(m_schema.statusField());
    changed(tr("%1: %2.").arg(m_schema.describe(*before), m_schema.choiceLabel(f, to)), id);
    return {};
}

QStringList RegisterPage::selectedIds() const
{
    return idsOf(selectedRecords());
}

QString RegisterPage::currentRecordId() const
{
    const QModelIndex i = m_table->currentIndex();
    return i.isValid() ? m_model->recordAt(i.row()).id : QString();
}

void RegisterPage::remember(RegisterUndo::Change change, const QList<Record>& records)
{
    m_history.record(change, records);
    m_undo->setEnabled(m_history.canUndo());
}

void RegisterPage::changed(const QString& message, const QString& selectId)
{
    reload();
    if (!selectId.isEmpty())
        openRecord(selectId);
    if (!message.isEmpty())
        showBanner(message, false);
    Q_EMIT dataChanged();
}

bool RegisterPage::openRecord(const QString& recordId)
{
    int row = m_model->rowOf(recordId);
    if (row < 0 && m_model->isFiltered()) {
        m_search->clear();
        for (QComboBox* box : std::as_const(m_filters))
            box->setCurrentIndex(0);
        m_model->clearFilters();
        row = m_model->rowOf(recordId);
    }
    if (row < 0)
        return false;
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
    return true;
}

RecordDialog* RegisterPage::openDialog(const Record& record)
{
    auto* dialog = new RecordDialog(m_ws, m_schema, record, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    customizeDialog(dialog);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const bool added = dialog->original().id.isEmpty();
        remember(added ? RegisterUndo::Change::Added : RegisterUndo::Change::Edited,
                 {added ? dialog->saved() : dialog->original()});
        changed(tr("Saved %1.").arg(m_schema.describe(dialog->saved())), dialog->saved().id);
    });
    dialog->open();
    return dialog;
}

RecordDialog* RegisterPage::editRecord(const QString& id)
{
    Record r = m_schema.newRecord();
    if (!id.isEmpty()) {
        auto found = RegisterReader(m_ws.store(), m_schema).find(id);
        if (!found) {
            showBanner(found.error().message, true);
            return nullptr;
        }
        r = *found;
    }
    return openDialog(r);
}

RecordDialog* RegisterPage::addRecord(const QHash<QString, QString>& values)
{
    RecordDialog* dialog = openDialog(m_schema.newRecord());
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        dialog->setValue(it.key(), it.value());
    return dialog;
}

RegisterBulkEditDialog* RegisterPage::bulkEdit()
{
    const QList<Record> chosen = selectedRecords();
    if (chosen.isEmpty()) {
        showBanner(tr("Select the records to change first (Ctrl+click or Shift+click for several)."), true);
        return nullptr;
    }
    auto* dialog = new RegisterBulkEditDialog(m_ws, m_schema, chosen, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        remember(RegisterUndo::Change::Edited, dialog->before());
        changed(tr("Changed %n record(s). Undo restores them all.", nullptr, int(dialog->before().size())));
    });
    dialog->open();
    return dialog;
}

void RegisterPage::removeSelected()
{
    const QList<Record> chosen = selectedRecords();
    if (chosen.isEmpty())
        return;
    const QString what = chosen.size() == 1 ? m_schema.describe(chosen.first())
                                            : tr("%n selected record(s)", nullptr, int(chosen.size()));
    if (MessageBox::question(this, tr("Remove from %1").arg(m_schema.title()),
                             tr("Remove %1? Undo brings them back; the journal keeps them.").arg(what))
        != QMessageBox::Yes)
        return;
    if (Status st = RegisterRepository(m_ws.store(), m_schema).removeMany(idsOf(chosen)); !st) { // all or none
        showBanner(st.error().message, true);
        return;
    }
    remember(RegisterUndo::Change::Removed, chosen);
    changed(tr("Removed %1. Undo brings it back.").arg(what));
}

void RegisterPage::undoLastChange()
{
    if (!m_history.canUndo())
        return;
    const auto ids = m_history.undo(m_ws.store(), m_schema); // one transaction: a bulk change is undone whole
    if (!ids) {
        showBanner(ids.error().message, true);
        return;
    }
    m_undo->setEnabled(false);
    changed(tr("The last change was undone (the journal keeps both)."), ids->value(0));
}

RegisterImportDialog* RegisterPage::importFile(const QString& path)
{
    auto table = RegisterImport::readFile(path);
    if (!table) {
        showBanner(table.error().message, true);
        return nullptr;
    }
    auto* dialog = new RegisterImportDialog(m_ws, m_schema, std::move(*table), QFileInfo(path).fileName(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RegisterImportDialog::imported, this, [this](const QList<Record>& records) {
        remember(RegisterUndo::Change::Imported, records); // undo removes what the import added
        changed(tr("Imported %n record(s). Undo removes them again.", nullptr, int(records.size())));
    });
    dialog->open();
    return dialog;
}

Status RegisterPage::exportTo(const QString& path, bool shownOnly)
{
    const QList<Record> records = shownOnly ? m_model->shownRecords() : m_model->records();
    const Status st = RegisterExport::write(path, RegisterExport::formatFor(path), m_schema, records);
    if (!st) {
        showBanner(st.error().message, true);
        return st;
    }
    // R-X-2: a spreadsheet leaves the encrypted store; say so every time.
    showBanner(RegisterExport::holdsPersonalData(m_schema)
                   ? tr("Exported %n record(s) to %1. The file is not encrypted and holds personal data: keep it "
                        "safe and delete it when it is no longer needed.",
                        nullptr, int(records.size()))
                         .arg(QDir::toNativeSeparators(path))
                   : tr("Exported %n record(s) to %1. The file is not encrypted.", nullptr, int(records.size()))
                         .arg(QDir::toNativeSeparators(path)),
               false);
    return st;
}

void RegisterPage::exportDialog(bool shownOnly)
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export %1").arg(m_schema.title()),
                                                      m_schema.title() + QStringLiteral(".xlsx"),
                                                      tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (!path.isEmpty())
        exportTo(path, shownOnly);
}

Status RegisterPage::printToPdf(const QString& path)
{
    return RegisterExport::form(m_schema, m_ws.schoolName(), m_model->shownRecords()).writePdf(path);
}

void RegisterPage::printPreview()
{
    const ReportDocument doc = RegisterExport::form(m_schema, m_ws.schoolName(), m_model->shownRecords());
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(doc.landscape() ? QPageLayout::Landscape : QPageLayout::Portrait);
    QPrintPreviewDialog preview(&printer, this);
    preview.setObjectName(QStringLiteral("printPreview"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&doc](QPrinter* p) { doc.render(p); });
    preview.exec();
}

} // namespace csl
