// Adds or edits one person; the repository's validation is shown inline.
#pragma once

#include "PersonRecord.h"

#include <QDialog>

class QLineEdit;

namespace csl {

class MessageBanner;
class Store;

/// @brief The form of one person; saves through PersonRepository (journaled) and stays open on an error.
class PersonDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersonDialog)
public:
    PersonDialog(Store& store, const PersonRecord& person, QWidget* parent);
    void accept() override;
    /// The id of the person saved (new or edited).
    QString savedId() const { return m_person.id; }

private:
    Store& m_store;
    PersonRecord m_person;
    MessageBanner* m_banner;
    QLineEdit* m_name;
    QLineEdit* m_staffNo;
    QLineEdit* m_department;
    QLineEdit* m_post;
    QLineEdit* m_phone;
};

} // namespace csl
