#include "ImportWizard.h"

#include "Workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace csl {

ImportWizard::ImportWizard(Workspace& workspace, TableData table, const QString& fileName, QWidget* parent)
    : QDialog(parent), m_ws(workspace), m_table(std::move(table))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import devices from %1").arg(fileName));
    resize(900, 640);
    const DeviceImport::Mapping guess = DeviceImport::guessMapping(m_table.header);
    auto* form = new QFormLayout;
    for (const QString& f : DeviceImport::fields()) {
        auto* combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("map_") + f);
        combo->addItem(tr("(not in the file)"), -1);
        for (int c = 0; c < m_table.header.size(); ++c)
            combo->addItem(m_table.header.at(c).isEmpty() ? tr("Column %1").arg(c + 1) : m_table.header.at(c), c);
        combo->setCurrentIndex(std::max(0, combo->findData(guess.value(f, -1))));
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportWizard::recheck);
        m_maps.insert(f, combo);
        form->addRow(DeviceImport::fieldLabel(f), combo);
    }
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
    top->addLayout(form, 1);
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

void ImportWizard::recheck()
{
    DeviceImport::Mapping m;
    for (auto it = m_maps.cbegin(); it != m_maps.cend(); ++it)
        m.insert(it.key(), it.value()->currentData().toInt());
    m_plan = DeviceImport(m_ws.store()).prepare(m_table, m);
    m_errors->clear();
    for (const DeviceImport::RowError& e : m_plan.errors)
        m_errors->addItem(e.format());
    const bool mapped = m.value(QStringLiteral("ip")) >= 0 && m.value(QStringLiteral("mac")) >= 0;
    m_summary->setText(!mapped ? tr("Choose the columns holding the IP and the MAC address.")
                               : tr("%1 row(s) ready, %2 with errors, %3 new people for the directory (file read as %4).")
                                     .arg(m_plan.devices.size())
                                     .arg(m_plan.badRows)
                                     .arg(m_plan.newPeople.size())
                                     .arg(m_table.encoding));
    m_import->setEnabled(mapped && m_plan.badRows == 0 && !m_plan.devices.isEmpty());
    m_skipBad->setEnabled(mapped && m_plan.badRows > 0 && !m_plan.devices.isEmpty());
}

void ImportWizard::runImport(bool skipBadRows)
{
    QProgressDialog progress(tr("Importing devices…"), tr("Cancel"), 0, int(m_plan.devices.size()), this);
    progress.setObjectName(QStringLiteral("importProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    const Status st = DeviceImport(m_ws.store()).commit(m_plan, skipBadRows, [&progress](int done, int) {
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
    Q_EMIT imported(int(m_plan.devices.size()));
    accept();
}

} // namespace csl
