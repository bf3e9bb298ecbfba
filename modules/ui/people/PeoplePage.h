// 人员名录: the people directory page — table, search, add, edit, delete.
#pragma once

#include "ModuleView.h"

class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace csl {

class MessageBanner;
class PersonTableModel;
class Workspace;

/// @brief The page of the people module; every change goes through PersonRepository.
class PeoplePage final : public ModulePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeoplePage)
public:
    PeoplePage(Workspace& workspace, QWidget* parent);

    bool openRecord(const QString& recordId) override;
    void reload() override;
    QString currentRecordId() const override;

    QTableView* view() const { return m_view; }
    /// Opens the form for a new person (modeless; the page refreshes when it is saved).
    void addPerson();
    void editCurrent();
    void deleteCurrent();

private:
    void updateButtons();
    void selectId(const QString& id);

    Workspace& m_workspace;
    PersonTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    MessageBanner* m_banner;
    QLineEdit* m_search;
    QTableView* m_view;
    QPushButton* m_edit;
    QPushButton* m_delete;
};

/// @brief Makes the people page for the core PeopleModule (id "people").
class PeopleView final : public ModuleView
{
public:
    QString moduleId() const override { return QStringLiteral("people"); }
    ModulePage* createPage(Workspace& workspace, QWidget* parent) override { return new PeoplePage(workspace, parent); }
};

} // namespace csl
