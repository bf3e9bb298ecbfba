#include "RegisterImportDialog.h"

#include "Workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace csl {

RegisterImportDialog::RegisterImportDialog(Workspace& workspace, const RegisterSchema& schema, TableData table,
                                           const QString& fileName, QWidget* parent)
    : QDialog(parent), m_ws(workspace), m_schema(schema), m_table(std::move(table))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import into %1 from %2").arg(schema.title(), fileName));
    resize(980, 660);
    const RegisterImport import(m_ws.store(), m_schema);
    const RegisterImport::Mapping guess = import.guessMapping(m_table.header);
    auto* form = new QFormLayout;
    for (const QString& key : import.targets()) {
        auto* combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("map_") + key);
        combo->addItem(tr("(not in the file)"), -1);
        for (int c = 0; c < m_table.header.size(); ++c)
            combo->addItem(m_table.header.at(c).isEmpty() ? tr("Column %1").arg(c + 1) : m_table.header.at(c), c);
        combo->setCurrentIndex(std::max(0, combo->findData(guess.value(key, -1))));
        connect(combo, &QComboBox::currentIndexChanged, this, &RegisterImportDialog::recheck);
        m_maps.insert(key, combo);
        form->addRow(m_schema.label(key), combo);
    }
    auto* mapping = new QWidget(this);
    mapping->setLayout(form);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(mapping);
    scroll->setWidgetResizable(true);
    m_preview = new QTableWidget(this);
    m_preview->setObjectName(QStringLiteral("importPreview"));
    const int shown = int(std::min<qsizetype>(50, m_table.rows.size()));
    m_preview->setColumnCount(int(m_table.header.size()));
    m_preview->setRowCount(shown);
    m_preview->setHorizontalHeaderLabels(m_table.header);
    for (int r = 0; r < shown; ++r) {
        m_preview->setVerticalHeaderItem(r, new QTableWidgetItem(QString::number(TableData::fileRow(r))));
        for (int c = 0; c < m_table.header.size(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(m_table.cell(r, c)));
    }
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_errors = new QListWidget(this);
    m_errors->setObjectName(QStringLiteral("importErrors"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_import = new QPushButton(tr("Import"), this);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_skipBad = new QPushButton(tr("Import, skipping bad rows"), this);
    m_skipBad->setObjectName(QStringLiteral("importSkipBadButton"));
    auto* cancel = new QPushButton(tr("Cancel"), this);
    cancel->setObjectName(QStringLiteral("importCancelButton"));
    connect(m_import, &QPushButton::clicked, this, [this] { runImport(false); });
    connect(m_skipBad, &QPushButton::clicked, this, [this] { runImport(true); });
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto* top = new QHBoxLayout;
    top->addWidget(scroll, 1);
    top->addWidget(m_preview, 2);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_import);
    buttons->addWidget(m_skipBad);
    buttons->addWidget(cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top, 3);
    layout->addWidget(new QLabel(tr("Errors (fix them in the file, skip those rows, or cancel):"), this));
    layout->addWidget(m_errors, 1);
    layout->addLayout(buttons);
    recheck();
}

void RegisterImportDialog::recheck()
{
    RegisterImport::Mapping m;
    for (auto it = m_maps.cbegin(); it != m_maps.cend(); ++it)
        m.insert(it.key(), it.value()->currentData().toInt());
    const RegisterImport import(m_ws.store(), m_schema);
    const QStringList missing = import.missingRequired(m);
    m_plan = missing.isEmpty() ? import.prepare(m_table, m) : RegisterImport::Plan{};
    m_errors->clear();
    for (const RegisterImport::RowError& e : m_plan.errors)
        m_errors->addItem(e.format());
    m_summary->setText(!missing.isEmpty()
                           ? tr("Choose the columns holding: %1.").arg(missing.join(tr(", ")))
                           : tr("%1 row(s) ready, %2 with errors, %3 new people for the directory (file read as %4).")
                                 .arg(m_plan.records.size())
                                 .arg(m_plan.badRows)
                                 .arg(m_plan.newPeople.size())
                                 .arg(m_table.encoding));
    m_import->setEnabled(missing.isEmpty() && m_plan.badRows == 0 && !m_plan.records.isEmpty());
    m_skipBad->setEnabled(missing.isEmpty() && m_plan.badRows > 0 && !m_plan.records.isEmpty());
}

void RegisterImportDialog::runImport(bool skipBadRows)
{
    QProgressDialog progress(tr("Importing…"), tr("Cancel"), 0, int(m_plan.records.size()), this);
    progress.setObjectName(QStringLiteral("importProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    const Status st =
        RegisterImport(m_ws.store(), m_schema).commit(m_plan, skipBadRows, [&progress](int done, int) {
            if (done % 500 == 0) {
                progress.setValue(done);
                QApplication::processEvents();
            }
            return !progress.wasCanceled();
        });
    progress.reset();
    if (!st) {
        m_summary->setText(st.error().message);
        return;
    }
    Q_EMIT imported(m_plan.records);
    accept();
}

} // namespace csl
