#include "RegisterFindingsPanel.h"

#include "Workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace csl {

RegisterFindingsPanel::RegisterFindingsPanel(Workspace& workspace, const QString& moduleId, QWidget* parent)
    : QWidget(parent), m_ws(workspace), m_module(moduleId), m_list(new QListWidget(this)), m_bar(new QHBoxLayout)
{
    setObjectName(QStringLiteral("findingsPanel"));
    m_list->setObjectName(QStringLiteral("registerFindings"));
    auto* title = new QLabel(tr("Findings to act on"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_bar->addWidget(title);
    m_bar->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(m_bar);
    layout->addWidget(m_list, 1);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const int row = m_list->row(item);
        if (row < 0 || row >= m_findings.size())
            return;
        const Finding f = m_findings.at(row);
        Q_EMIT findingActivated(f);
        if (!f.recordId.isEmpty())
            Q_EMIT recordActivated(f.recordId);
    });
}

void RegisterFindingsPanel::addToBar(QWidget* widget)
{
    m_bar->addWidget(widget);
}

void RegisterFindingsPanel::refresh()
{
    m_list->clear();
    m_findings = m_ws.findings(m_module);
    for (const Finding& f : std::as_const(m_findings)) {
        auto* item = new QListWidgetItem(QStringLiteral("[%1] %2").arg(f.ruleId, f.title), m_list);
        item->setToolTip(f.detail);
        if (f.severity == Finding::Severity::Critical)
            item->setForeground(QColor(0xb0, 0x00, 0x20));
    }
}

} // namespace csl
