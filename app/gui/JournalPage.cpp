#include "JournalPage.h"

#include "JournalExport.h"
#include "JournalTableModel.h"
#include "MessageBanner.h"
#include "Workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace csl {

JournalPage::JournalPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_model(new JournalTableModel(workspace.store(), this)),
      m_banner(new MessageBanner(this)), m_module(new QComboBox(this)), m_actor(new QLineEdit(this)),
      m_record(new QLineEdit(this)), m_useFrom(new QCheckBox(tr("From:"), this)), m_from(new QDateEdit(this)),
      m_useTo(new QCheckBox(tr("To:"), this)), m_to(new QDateEdit(this)), m_view(new QTableView(this)),
      m_count(new QLabel(this)), m_chain(new QLabel(this)), m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("journalPage"));
    auto* title = new QLabel(tr("Journal"), this);
    title->setStyleSheet(QStringLiteral("font-size: 18px; font-weight: bold;"));
    auto* intro = new QLabel(tr("Every change to every register, newest first. Each entry is chained to the one "
                                "before by a SHA-256 hash, so a change made behind the application's back shows."),
                             this);
    intro->setWordWrap(true);
    QHash<QString, QString> titles;
    m_module->setObjectName(QStringLiteral("journalModule"));
    m_module->addItem(tr("All registers"), QString());
    for (const auto& m : workspace.modules()) {
        titles.insert(m->id(), m->title());
        m_module->addItem(m->title(), m->id());
    }
    m_model->setModuleTitles(titles);
    m_actor->setObjectName(QStringLiteral("journalActor"));
    m_actor->setPlaceholderText(tr("Who"));
    m_actor->setClearButtonEnabled(true);
    m_record->setObjectName(QStringLiteral("journalRecord"));
    m_record->setPlaceholderText(tr("Record id"));
    m_record->setClearButtonEnabled(true);
    for (QDateEdit* d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setDate(QDate::currentDate());
        d->setEnabled(false);
    }
    m_from->setObjectName(QStringLiteral("journalFrom"));
    m_to->setObjectName(QStringLiteral("journalTo"));
    m_useFrom->setObjectName(QStringLiteral("journalUseFrom"));
    m_useTo->setObjectName(QStringLiteral("journalUseTo"));
    m_from->setDate(QDate::currentDate().addMonths(-1));

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_module);
    filters->addWidget(m_actor, 1);
    filters->addWidget(m_record, 2);
    filters->addWidget(m_useFrom);
    filters->addWidget(m_from);
    filters->addWidget(m_useTo);
    filters->addWidget(m_to);

    m_view->setObjectName(QStringLiteral("journalView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setWordWrap(false);
    auto* header = m_view->horizontalHeader();
    header->setStretchLastSection(true);
    header->resizeSection(JournalTableModel::SeqColumn, 70);
    header->resizeSection(JournalTableModel::TimeColumn, 150);
    header->resizeSection(JournalTableModel::ActorColumn, 90);
    header->resizeSection(JournalTableModel::ModuleColumn, 130);
    header->resizeSection(JournalTableModel::RecordColumn, 140);
    header->resizeSection(JournalTableModel::OpColumn, 60);

    m_count->setObjectName(QStringLiteral("journalCount"));
    m_chain->setObjectName(QStringLiteral("journalChain"));
    m_chain->setText(tr("Chain: not checked yet"));
    auto* verify = new QPushButton(tr("Verify chain"), this);
    verify->setObjectName(QStringLiteral("journalVerify"));
    auto* exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setObjectName(QStringLiteral("journalExport"));
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_count);
    bottom->addStretch(1);
    bottom->addWidget(m_chain);
    bottom->addWidget(verify);
    bottom->addWidget(exportButton);

    auto* col = new QVBoxLayout(this);
    col->addWidget(title);
    col->addWidget(intro);
    col->addWidget(m_banner);
    col->addLayout(filters);
    col->addWidget(m_view, 1);
    col->addLayout(bottom);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &JournalPage::applyFilter);
    auto later = [this] { m_debounce->start(); };
    connect(m_module, &QComboBox::currentIndexChanged, this, &JournalPage::applyFilter);
    connect(m_actor, &QLineEdit::textChanged, this, later);
    connect(m_record, &QLineEdit::textChanged, this, later);
    connect(m_useFrom, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_useTo, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    for (QCheckBox* c : {m_useFrom, m_useTo})
        connect(c, &QCheckBox::toggled, this, &JournalPage::applyFilter);
    connect(m_from, &QDateEdit::dateChanged, this, later);
    connect(m_to, &QDateEdit::dateChanged, this, later);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &JournalPage::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &JournalPage::updateCount);
    connect(verify, &QPushButton::clicked, this, &JournalPage::verifyChain);
    connect(exportButton, &QPushButton::clicked, this, &JournalPage::exportAs);
}

void JournalPage::showEvent(QShowEvent* event)
{
    // The journal is read when the page is first shown, and again each time (other pages add entries).
    QWidget::showEvent(event);
    applyFilter();
    m_loaded = true;
}

void JournalPage::applyFilter()
{
    JournalFilter f;
    f.module = m_module->currentData().toString();
    f.actor = m_actor->text().trimmed();
    f.recordId = m_record->text().trimmed();
    if (m_useFrom->isChecked())
        f.from = m_from->date();
    if (m_useTo->isChecked())
        f.to = m_to->date();
    if (f.from.isValid() && f.to.isValid() && f.from > f.to) {
        m_banner->showError(tr("Dates: the first day (%1) is after the last day (%2).")
                                .arg(f.from.toString(Qt::ISODate), f.to.toString(Qt::ISODate)));
        return;
    }
    m_banner->hide();
    m_model->setFilter(f);
    if (!m_model->lastError().isEmpty())
        m_banner->showError(tr("The journal could not be read: %1").arg(m_model->lastError()));
}

void JournalPage::updateCount()
{
    const qint64 total = m_model->totalEntries();
    const int shown = m_model->rowCount();
    const bool more = m_model->canFetchMore({});
    if (m_model->filter().isEmpty())
        m_count->setText(more ? tr("%1 entries in all; newest %2 loaded, more as you scroll.").arg(total).arg(shown)
                              : tr("%1 entries in all.").arg(total));
    else
        m_count->setText(more ? tr("%1 matching entries loaded, more as you scroll (of %2 in all).").arg(shown).arg(total)
                              : tr("%1 matching entries (of %2 in all).").arg(shown).arg(total));
}

void JournalPage::verifyChain()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const JournalVerdict v = m_workspace.store().journal().verify();
    QApplication::restoreOverrideCursor();
    if (v.ok) {
        m_chain->setText(tr("Chain: intact (%1 entries)").arg(v.count));
        m_chain->setStyleSheet(QStringLiteral("color: #137333;"));
    } else {
        m_chain->setText(tr("Chain: BROKEN at entry %1").arg(v.firstBroken));
        m_chain->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
        m_banner->showError(tr("The journal is broken at entry %1: %2").arg(v.firstBroken).arg(v.reason));
    }
}

void JournalPage::exportAs()
{
    QString selected;
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Export the journal"), QDir::home().filePath(tr("journal") + QStringLiteral(".xlsx")),
        JournalExport::fileFilters(), &selected);
    if (file.isEmpty())
        return;
    exportTo(file);
}

bool JournalPage::exportTo(const QString& path)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const JournalVerdict verdict = m_workspace.store().journal().verify();
    const Status st = JournalExport::write(*m_model, m_workspace, verdict, path);
    QApplication::restoreOverrideCursor();
    if (!st) {
        m_banner->showError(st.error().message);
        return false;
    }
    m_banner->showMessage(tr("Exported to %1. The file is not encrypted: keep it safe or delete it after use.")
                              .arg(QDir::toNativeSeparators(path)),
                          MessageBanner::Kind::Positive);
    return true;
}

} // namespace csl
