#include "RegisterChildPanel.h"

#include "MessageBox.h"
#include "RecordDialog.h"
#include "RegisterRepository.h"
#include "RegisterTableModel.h"
#include "Workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace csl {

RegisterChildPanel::RegisterChildPanel(Workspace& workspace, const RegisterSchema& child, QWidget* parent)
    : QWidget(parent), m_ws(workspace), m_schema(child), m_model(new RegisterTableModel(child, this)),
      m_title(new QLabel(this)), m_table(new QTableView(this)), m_add(new QPushButton(tr("Add"), this)),
      m_edit(new QPushButton(tr("Edit"), this)), m_remove(new QPushButton(tr("Remove"), this))
{
    setObjectName(QStringLiteral("children_") + child.id());
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_add->setObjectName(QStringLiteral("addChild"));
    m_edit->setObjectName(QStringLiteral("editChild"));
    m_remove->setObjectName(QStringLiteral("removeChild"));
    m_table->setObjectName(QStringLiteral("childTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_title, 1);
    bar->addWidget(m_add);
    bar->addWidget(m_edit);
    bar->addWidget(m_remove);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    connect(m_add, &QPushButton::clicked, this, &RegisterChildPanel::addChild);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const QModelIndex i = m_table->currentIndex(); i.isValid())
            editChild(m_model->recordAt(i.row()).id);
    });
    connect(m_table, &QTableView::doubleClicked, this,
            [this](const QModelIndex& i) { editChild(m_model->recordAt(i.row()).id); });
    connect(m_remove, &QPushButton::clicked, this, &RegisterChildPanel::removeCurrent);
    setParentRecord({});
}

void RegisterChildPanel::setParentRecord(const QString& parentId)
{
    m_parentId = parentId;
    reload();
}

void RegisterChildPanel::reload()
{
    m_model->setRecords(m_parentId.isEmpty() ? QList<Record>{}
                                             : RegisterReader(m_ws.store(), m_schema).children(m_parentId));
    m_title->setText(m_parentId.isEmpty() ? tr("%1 (choose a record above)").arg(m_schema.title())
                                          : tr("%1 (%2)").arg(m_schema.title(), m_schema.count(m_model->rowCount())));
    for (QPushButton* b : {m_add, m_edit, m_remove})
        b->setEnabled(!m_parentId.isEmpty());
}

RecordDialog* RegisterChildPanel::open(const Record& r)
{
    auto* dialog = new RecordDialog(m_ws, m_schema, r, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        Q_EMIT changed();
    });
    dialog->open();
    return dialog;
}

RecordDialog* RegisterChildPanel::addChild()
{
    if (m_parentId.isEmpty())
        return nullptr;
    Record r = m_schema.newRecord();
    m_schema.setValue(r, m_schema.parentField(), m_parentId); // NotEdited: the form keeps it as it is
    return open(r);
}

RecordDialog* RegisterChildPanel::editChild(const QString& id)
{
    auto r = RegisterReader(m_ws.store(), m_schema).find(id);
    if (!r) {
        Q_EMIT failed(r.error().message);
        return nullptr;
    }
    return open(*r);
}

void RegisterChildPanel::removeCurrent()
{
    const QModelIndex i = m_table->currentIndex();
    if (!i.isValid())
        return;
    const Record& r = m_model->recordAt(i.row());
    if (MessageBox::question(this, tr("Remove from %1").arg(m_schema.title()),
                             tr("Remove %1? The journal keeps it.").arg(m_schema.describe(r)))
        != QMessageBox::Yes)
        return;
    if (Status st = RegisterRepository(m_ws.store(), m_schema).remove(m_model->recordAt(i.row()).id); !st) {
        Q_EMIT failed(st.error().message);
        return;
    }
    reload();
    Q_EMIT changed();
}

} // namespace csl
