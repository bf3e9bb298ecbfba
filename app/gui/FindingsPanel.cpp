#include "FindingsPanel.h"

#include "FindingsModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace csl {

FindingsPanel::FindingsPanel(FindingsModel* model, QWidget* parent)
    : QWidget(parent), m_model(model), m_summary(new QLabel(this)), m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("findingsPanel"));
    auto* title = new QLabel(tr("To do and findings"), this);
    title->setStyleSheet(QStringLiteral("font-size: 18px; font-weight: bold;"));
    m_summary->setObjectName(QStringLiteral("findingsSummary"));
    m_view->setObjectName(QStringLiteral("findingsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    // Fixed widths: sizing columns to their contents would measure every row (thousands in a district).
    auto* header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(FindingsModel::TitleColumn, QHeaderView::Stretch);
    const QFontMetrics fm = m_view->fontMetrics();
    header->resizeSection(FindingsModel::SeverityColumn, fm.horizontalAdvance(tr("Severity")) + 24);
    header->resizeSection(FindingsModel::DeadlineColumn, fm.horizontalAdvance(QStringLiteral("2026/12/31 (overdue)")) + 16);
    header->resizeSection(FindingsModel::ModuleColumn, fm.horizontalAdvance(QStringLiteral("IP/MAC 登记台账")) + 16);
    header->resizeSection(FindingsModel::RuleColumn, fm.horizontalAdvance(QStringLiteral("R-DEV-10")) + 24);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fm.height() + 8);
    auto* open = new QPushButton(tr("Open record"), this);
    open->setObjectName(QStringLiteral("findingsOpen"));
    auto* col = new QVBoxLayout(this);
    col->addWidget(title);
    col->addWidget(m_summary);
    col->addWidget(m_view, 1);
    col->addWidget(open, 0, Qt::AlignRight);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) { openRow(index.row()); });
    connect(open, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            openRow(current.row());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &FindingsPanel::updateSummary);
    connect(m_model, &FindingsModel::checkingChanged, this, &FindingsPanel::updateSummary);
    updateSummary();
}

void FindingsPanel::openRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const Finding& f = m_model->finding(row);
    Q_EMIT openRequested(f.moduleId, f.recordId);
}

void FindingsPanel::updateSummary()
{
    const int total = m_model->rowCount();
    if (m_model->isChecking()) {
        // The findings are computed in the background (FindingsModel::refreshInBackground).
        m_summary->setText(total == 0 ? tr("Checking…")
                                      : tr("%n finding(s) at the last check; checking again…", nullptr, total));
        return;
    }
    if (total == 0) {
        m_summary->setText(tr("Nothing needs action now."));
        return;
    }
    m_summary->setText(tr("%n finding(s); double-click one to open the record it concerns.", nullptr, total));
}

} // namespace csl
