#include "PersonDialog.h"

#include "MessageBanner.h"
#include "PersonRepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QVBoxLayout>

namespace csl {

PersonDialog::PersonDialog(Store& store, const PersonRecord& person, QWidget* parent)
    : QDialog(parent), m_store(store), m_person(person), m_banner(new MessageBanner(this))
{
    setObjectName(QStringLiteral("personDialog"));
    setWindowTitle(person.id.isEmpty() ? tr("Add a person") : tr("Edit %1").arg(person.name));
    auto edit = [this](const char* name, const QString& text) {
        auto* e = new QLineEdit(text, this);
        e->setObjectName(QString::fromLatin1(name));
        return e;
    };
    m_name = edit("personName", person.name);
    m_staffNo = edit("personStaffNo", person.staffNo);
    m_department = edit("personDepartment", person.department);
    m_post = edit("personPost", person.post);
    m_phone = edit("personPhone", person.phone);
    auto* form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Staff no.:"), m_staffNo);
    form->addRow(tr("Department:"), m_department);
    form->addRow(tr("Post:"), m_post);
    form->addRow(tr("Phone:"), m_phone);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto* col = new QVBoxLayout(this);
    col->addWidget(m_banner);
    col->addLayout(form);
    col->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PersonDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(380);
}

void PersonDialog::accept()
{
    PersonRecord p = m_person;
    p.name = m_name->text().trimmed();
    p.staffNo = m_staffNo->text().trimmed();
    p.department = m_department->text().trimmed();
    p.post = m_post->text().trimmed();
    p.phone = m_phone->text().trimmed();
    PersonRepository repo(m_store);
    if (p.id.isEmpty()) {
        auto added = repo.add(p);
        if (!added) {
            m_banner->showError(added.error().message);
            return;
        }
        p.id = *added;
    } else if (Status st = repo.update(p); !st) {
        m_banner->showError(st.error().message);
        return;
    }
    m_person = p;
    QDialog::accept();
}

} // namespace csl
