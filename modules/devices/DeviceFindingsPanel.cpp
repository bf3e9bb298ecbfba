#include "DeviceFindingsPanel.h"

#include "DeviceRepository.h"
#include "Workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace csl {

DeviceFindingsPanel::DeviceFindingsPanel(Workspace& workspace, QWidget* parent) : QWidget(parent), m_ws(workspace)
{
    setObjectName(QStringLiteral("deviceFindingsPanel"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("deviceFindings"));
    m_staleDays = new QSpinBox(this);
    m_staleDays->setObjectName(QStringLiteral("staleDays"));
    m_staleDays->setRange(1, 3650);
    m_staleDays->setKeyboardTracking(false); // one write per entered number, not per digit
    m_staleDays->setValue(DeviceRepository(m_ws.store()).staleDays());
    m_staleDays->setToolTip(tr("R-DEV-4: an in-use device not seen on the network for longer is listed as a "
                               "possible zombie host"));
    // The sentence is translated whole; the spin box takes the place of its number.
    const QStringList around = tr("Not seen on the network for %1 days").split(QStringLiteral("%1"));
    auto* title = new QLabel(tr("Findings to act on"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);

    auto* bar = new QHBoxLayout;
    bar->addWidget(title);
    bar->addStretch(1);
    bar->addWidget(new QLabel(around.value(0).trimmed(), this));
    bar->addWidget(m_staleDays);
    bar->addWidget(new QLabel(around.value(1).trimmed(), this));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_list, 1);

    connect(m_staleDays, &QSpinBox::valueChanged, this, &DeviceFindingsPanel::setStaleDays);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const QString id = item->data(Qt::UserRole).toString();
        const QStringList pair = item->data(Qt::UserRole + 1).toStringList();
        if (id.isEmpty() && pair.size() == 2)
            Q_EMIT sightingActivated(Sighting{pair.at(0), pair.at(1), {}, {}});
        else if (!id.isEmpty())
            Q_EMIT recordActivated(id);
    });
}

void DeviceFindingsPanel::refresh()
{
    m_list->clear();
    for (const Finding& f : m_ws.findings(QStringLiteral("devices"))) {
        auto* item = new QListWidgetItem(QStringLiteral("[%1] %2").arg(f.ruleId, f.title), m_list);
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

bool DeviceFindingsPanel::setStaleDays(int days)
{
    if (Status st = DeviceRepository(m_ws.store()).setStaleDays(days); !st) { // R-DEV-4's N, kept in the database
        Q_EMIT failed(st.error().message);
        return false;
    }
    if (m_staleDays->value() != days) {
        const QSignalBlocker block(m_staleDays);
        m_staleDays->setValue(days);
    }
    refresh();
    Q_EMIT staleDaysChanged(days);
    return true;
}

} // namespace csl
