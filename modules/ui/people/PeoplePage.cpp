#include "PeoplePage.h"

#include "MessageBanner.h"
#include "MessageBox.h"
#include "PersonDialog.h"
#include "PersonRepository.h"
#include "PersonTableModel.h"
#include "Workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace csl {

PeoplePage::PeoplePage(Workspace& workspace, QWidget* parent)
    : ModulePage(parent), m_workspace(workspace), m_model(new PersonTableModel(workspace.store(), this)),
      m_proxy(new QSortFilterProxyModel(this)), m_banner(new MessageBanner(this)), m_search(new QLineEdit(this)),
      m_view(new QTableView(this)), m_edit(new QPushButton(tr("Edit…"), this)),
      m_delete(new QPushButton(tr("Delete"), this))
{
    auto* title = new QLabel(tr("People"), this);
    title->setStyleSheet(QStringLiteral("font-size: 18px; font-weight: bold;"));
    auto* intro = new QLabel(tr("Staff who use the network: devices, duty shifts and responsibility letters name "
                                "them. Register everyone under their real name (R-DEV-5)."),
                             this);
    intro->setWordWrap(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_search->setObjectName(QStringLiteral("peopleSearch"));
    m_search->setPlaceholderText(tr("Search name, staff no., department, post or phone"));
    m_search->setClearButtonEnabled(true);
    m_view->setObjectName(QStringLiteral("peopleView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(PersonTableModel::DepartmentColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->resizeSection(PersonTableModel::NameColumn, 110);
    m_view->horizontalHeader()->resizeSection(PersonTableModel::StaffNoColumn, 100);
    m_view->horizontalHeader()->resizeSection(PersonTableModel::DepartmentColumn, 140);
    m_view->horizontalHeader()->resizeSection(PersonTableModel::PostColumn, 140);
    auto* add = new QPushButton(tr("Add…"), this);
    add->setObjectName(QStringLiteral("peopleAdd"));
    m_edit->setObjectName(QStringLiteral("peopleEdit"));
    m_delete->setObjectName(QStringLiteral("peopleDelete"));
    m_banner->setObjectName(QStringLiteral("peopleBanner"));
    auto* tools = new QHBoxLayout;
    tools->addWidget(m_search, 1);
    tools->addWidget(add);
    tools->addWidget(m_edit);
    tools->addWidget(m_delete);
    auto* col = new QVBoxLayout(this);
    col->addWidget(title);
    col->addWidget(intro);
    col->addWidget(m_banner);
    col->addLayout(tools);
    col->addWidget(m_view, 1);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(add, &QPushButton::clicked, this, &PeoplePage::addPerson);
    connect(m_edit, &QPushButton::clicked, this, &PeoplePage::editCurrent);
    connect(m_delete, &QPushButton::clicked, this, &PeoplePage::deleteCurrent);
    connect(m_view, &QTableView::activated, this, &PeoplePage::editCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PeoplePage::updateButtons);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &PeoplePage::updateButtons);
    updateButtons();
}

void PeoplePage::updateButtons()
{
    const bool any = m_view->selectionModel()->hasSelection();
    m_edit->setEnabled(any);
    m_delete->setEnabled(any);
}

QString PeoplePage::currentRecordId() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.data(PersonTableModel::IdRole).toString() : QString();
}

void PeoplePage::selectId(const QString& id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

bool PeoplePage::openRecord(const QString& recordId)
{
    if (m_model->rowOf(recordId) < 0)
        return false;
    if (!m_proxy->mapFromSource(m_model->index(m_model->rowOf(recordId), 0)).isValid())
        m_search->clear();
    selectId(recordId);
    m_view->setFocus(Qt::OtherFocusReason);
    return true;
}

void PeoplePage::reload()
{
    const QString keep = currentRecordId();
    m_model->reload();
    if (!keep.isEmpty())
        selectId(keep);
}

void PeoplePage::addPerson()
{
    auto* dialog = new PersonDialog(m_workspace.store(), PersonRecord{}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_model->reload();
        selectId(dialog->savedId());
        m_banner->hide();
        Q_EMIT dataChanged();
    });
    dialog->open();
}

void PeoplePage::editCurrent()
{
    const QString id = currentRecordId();
    if (id.isEmpty())
        return;
    auto found = PersonRepository(m_workspace.store()).find(id);
    if (!found) {
        m_banner->showError(found.error().message);
        return;
    }
    auto* dialog = new PersonDialog(m_workspace.store(), *found, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, id] {
        m_model->reload();
        selectId(id);
        Q_EMIT dataChanged();
    });
    dialog->open();
}

void PeoplePage::deleteCurrent()
{
    const QString id = currentRecordId();
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QString name = m_model->person(row).name;
    if (MessageBox::question(this, tr("Delete a person"),
                             tr("Delete %1 from the directory? The record stays in the journal for the history.")
                                 .arg(name)) != QMessageBox::Yes)
        return;
    if (Status st = PersonRepository(m_workspace.store()).remove(id); !st) {
        m_banner->showError(st.error().message);
        return;
    }
    m_model->reload();
    m_banner->showMessage(tr("%1 was deleted.").arg(name), MessageBanner::Kind::Information);
    Q_EMIT dataChanged();
}

} // namespace csl
