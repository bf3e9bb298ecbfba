#include "SubnetPanel.h"

#include "DeviceRepository.h"
#include "DeviceRules.h"
#include "MessageBox.h"
#include "SubnetDialog.h"
#include "Workspace.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

#include <algorithm>

namespace csl {

namespace {

constexpr int kUtilisationColumn = 2;

/// Draws the utilisation column as a bar under its text: green, amber above 75%, red above 90%.
class UtilisationDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        const QSize base = QStyledItemDelegate::sizeHint(option, index);
        return {base.width() + 12, std::max(base.height(), option.fontMetrics.height() + 10)}; // room for the bar
    }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        const QVariant percent = index.data(SubnetPanel::PercentRole);
        if (!percent.isValid()) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString text = opt.text;
        opt.text.clear();
        QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        const int p = std::clamp(percent.toInt(), 0, 100);
        const QRect bar = opt.rect.adjusted(2, 3, -4, -3);
        const QColor fill = p > SubnetPanel::fullPercent ? QColor(0xd3, 0x2f, 0x2f)
                            : p > 75                     ? QColor(0xf9, 0xa8, 0x25)
                                                         : QColor(0x66, 0xbb, 0x6a);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0xe8, 0xea, 0xed));
        painter->drawRoundedRect(bar, 3, 3);
        if (p > 0) {
            painter->setBrush(fill.lighter(p > SubnetPanel::fullPercent ? 150 : 130));
            painter->drawRoundedRect(QRect(bar.topLeft(), QSize(std::max(6, bar.width() * p / 100), bar.height())), 3,
                                     3);
        }
        painter->setPen(p > SubnetPanel::fullPercent ? QColor(0xb0, 0x00, 0x20) : opt.palette.color(QPalette::Text));
        QFont f = opt.font;
        f.setBold(p > SubnetPanel::fullPercent);
        painter->setFont(f);
        painter->drawText(bar.adjusted(4, 0, -2, 0), Qt::AlignVCenter | Qt::AlignLeft,
                          opt.fontMetrics.elidedText(text, Qt::ElideRight, bar.width() - 6));
        painter->restore();
    }
};

QToolButton* toolButton(const QString& text, const char* name, QWidget* parent)
{
    auto* b = new QToolButton(parent);
    b->setText(text);
    b->setObjectName(QString::fromLatin1(name));
    b->setAutoRaise(true);
    return b;
}

} // namespace

SubnetPanel::SubnetPanel(Workspace& workspace, QWidget* parent) : QWidget(parent), m_ws(workspace)
{
    setObjectName(QStringLiteral("subnetPanel"));
    auto* title = new QLabel(tr("Subnets"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto* add = toolButton(tr("Add"), "addSubnet", this);
    add->setToolTip(tr("Add a subnet"));
    m_edit = toolButton(tr("Edit"), "editSubnet", this);
    m_remove = toolButton(tr("Remove"), "removeSubnet", this);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("subnetTree"));
    m_tree->setHeaderLabels({tr("Subnet"), tr("VLAN"), tr("Devices")});
    m_tree->setItemDelegateForColumn(kUtilisationColumn, new UtilisationDelegate(m_tree));
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(0, 132);
    m_tree->setColumnWidth(1, 42);

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(title);
    bar->addStretch(1);
    for (QToolButton* b : {add, m_edit, m_remove})
        bar->addWidget(b);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_tree, 1);

    connect(add, &QToolButton::clicked, this, [this] { editSubnet(); });
    connect(m_edit, &QToolButton::clicked, this, [this] {
        if (!currentSubnetId().isEmpty())
            editSubnet(currentSubnetId());
    });
    connect(m_remove, &QToolButton::clicked, this, [this] { removeSubnet(currentSubnetId()); });
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item) {
        if (const QString id = item->data(0, SubnetIdRole).toString(); !id.isEmpty())
            editSubnet(id);
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        updateButtons();
        Q_EMIT filterChanged(item ? item->data(0, CidrsRole).toStringList() : QStringList());
    });
    updateButtons();
}

void SubnetPanel::refresh(const QList<DeviceRecord>& devices)
{
    const QString chosen = currentSubnetId();
    QTreeWidgetItem* cur = m_tree->currentItem();
    const QString chosenBuilding =
        cur && chosen.isEmpty() && cur->parent() == nullptr && m_tree->indexOfTopLevelItem(cur) > 0 ? cur->text(0)
                                                                                                    : QString();
    m_subnets = DeviceRepository(m_ws.store()).subnets();
    const QHash<QString, int> used = DeviceRules::devicesPerSubnet(devices, m_subnets);
    const QSignalBlocker block(m_tree);
    m_tree->clear();
    auto* all = new QTreeWidgetItem(m_tree, {tr("All devices")});
    all->setToolTip(0, tr("Show the devices of every subnet"));
    QHash<QString, QTreeWidgetItem*> buildings;
    QTreeWidgetItem* select = all;
    for (const SubnetRecord& s : std::as_const(m_subnets)) {
        const QString b = s.building.isEmpty() ? tr("(no building)") : s.building;
        QTreeWidgetItem*& parent = buildings[b];
        if (!parent)
            parent = new QTreeWidgetItem(m_tree, {b});
        parent->setData(0, CidrsRole, parent->data(0, CidrsRole).toStringList() << s.cidr);
        const int n = used.value(s.id);
        const qint64 capacity = s.capacity();
        const int percent = capacity > 0 ? int(std::min<qint64>(100, 100 * qint64(n) / capacity)) : 0;
        auto* item = new QTreeWidgetItem(parent, {s.cidr, s.vlan ? QString::number(s.vlan) : QString(),
                                                  tr("%1 of %2 (%3%)").arg(n).arg(capacity).arg(percent)});
        item->setData(0, SubnetIdRole, s.id);
        item->setData(0, CidrsRole, QStringList{s.cidr});
        item->setData(kUtilisationColumn, PercentRole, percent);
        QString tip = s.gateway.isEmpty() ? s.purpose : tr("Gateway %1, %2").arg(s.gateway, s.purpose);
        if (percent > fullPercent)
            tip = tr("Nearly full: %1 of %2 host addresses are registered.\n%3").arg(n).arg(capacity).arg(tip);
        for (int c = 0; c < m_tree->columnCount(); ++c)
            item->setToolTip(c, tip);
        if (s.id == chosen)
            select = item;
    }
    if (!chosenBuilding.isEmpty() && buildings.contains(chosenBuilding))
        select = buildings.value(chosenBuilding);
    m_tree->expandAll();
    m_tree->setCurrentItem(select);
    updateButtons();
    if (!chosen.isEmpty() && select == all) // the chosen subnet is gone: show every device again
        Q_EMIT filterChanged({});
    else if (select != all)
        Q_EMIT filterChanged(select->data(0, CidrsRole).toStringList()); // its blocks may have changed
}

QTreeWidgetItem* SubnetPanel::itemOf(const QString& id) const
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        if ((*it)->data(0, SubnetIdRole).toString() == id)
            return *it;
    return nullptr;
}

QString SubnetPanel::currentSubnetId() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    return item ? item->data(0, SubnetIdRole).toString() : QString();
}

void SubnetPanel::selectSubnet(const QString& id)
{
    QTreeWidgetItem* item = id.isEmpty() ? m_tree->topLevelItem(0) : itemOf(id);
    if (item)
        m_tree->setCurrentItem(item);
}

QString SubnetPanel::utilisationText(const QString& id) const
{
    const QTreeWidgetItem* item = itemOf(id);
    return item ? item->text(kUtilisationColumn) : QString();
}

void SubnetPanel::updateButtons()
{
    const bool subnet = !currentSubnetId().isEmpty();
    m_edit->setEnabled(subnet);
    m_remove->setEnabled(subnet);
}

SubnetDialog* SubnetPanel::editSubnet(const QString& id)
{
    SubnetRecord s;
    if (!id.isEmpty()) {
        const auto found =
            std::find_if(m_subnets.cbegin(), m_subnets.cend(), [&id](const SubnetRecord& r) { return r.id == id; });
        if (found == m_subnets.cend()) {
            Q_EMIT failed(tr("The subnet was removed meanwhile."));
            return nullptr;
        }
        s = *found;
    } else if (QTreeWidgetItem* cur = m_tree->currentItem();
               cur && !cur->parent() && m_tree->indexOfTopLevelItem(cur) > 0) {
        s.building = cur->text(0) == tr("(no building)") ? QString() : cur->text(0); // add under the chosen building
    }
    auto* dialog = new SubnetDialog(m_ws, s, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, adding = id.isEmpty()] {
        const SubnetRecord saved = dialog->saved();
        Q_EMIT changed(adding ? tr("Added the subnet %1.").arg(saved.cidr)
                              : tr("Saved the subnet %1.").arg(saved.cidr));
    });
    dialog->open();
    return dialog;
}

void SubnetPanel::removeSubnet(const QString& id)
{
    const auto found =
        std::find_if(m_subnets.cbegin(), m_subnets.cend(), [&id](const SubnetRecord& r) { return r.id == id; });
    if (id.isEmpty() || found == m_subnets.cend())
        return;
    const QString cidr = found->cidr;
    if (MessageBox::question(
            this, tr("Remove subnet"),
            tr("Remove the subnet %1? Its devices stay registered; the journal keeps the subnet.").arg(cidr)) !=
        QMessageBox::Yes)
        return;
    if (Status st = DeviceRepository(m_ws.store()).removeSubnet(id); !st) {
        Q_EMIT failed(st.error().message);
        return;
    }
    Q_EMIT changed(tr("Removed the subnet %1.").arg(cidr));
}

} // namespace csl
