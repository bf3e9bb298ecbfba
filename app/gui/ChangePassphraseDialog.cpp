#include "ChangePassphraseDialog.h"

#include "MessageBanner.h"
#include "PassphraseMeter.h"
#include "PassphraseStrength.h"
#include "Store.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace csl {

ChangePassphraseDialog::ChangePassphraseDialog(const Store& store, QWidget* parent)
    : QDialog(parent), m_kdf(store.kdf()), m_key(store.key()), m_banner(new MessageBanner(this)),
      m_current(new QLineEdit(this)), m_new(new QLineEdit(this)), m_confirm(new QLineEdit(this)),
      m_meter(new PassphraseMeter(this))
{
    setObjectName(QStringLiteral("changePassphraseDialog"));
    setWindowTitle(tr("Change passphrase"));
    m_banner->setObjectName(QStringLiteral("changePassphraseBanner"));
    for (auto [edit, name] : {std::pair{m_current, "changePassphraseCurrent"}, std::pair{m_new, "changePassphraseNew"},
                              std::pair{m_confirm, "changePassphraseConfirm"}}) {
        edit->setObjectName(QString::fromLatin1(name));
        edit->setEchoMode(QLineEdit::Password);
    }
    auto* note = new QLabel(tr("The database is re-encrypted under the new passphrase. Backups made before keep "
                               "the passphrase they were made with. A key remembered on this computer is replaced."),
                            this);
    note->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Current passphrase:"), m_current);
    form->addRow(tr("New passphrase:"), m_new);
    form->addRow(QString(), m_meter);
    form->addRow(tr("Confirm new passphrase:"), m_confirm);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("changePassphraseOk"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Change passphrase"));
    auto* col = new QVBoxLayout(this);
    col->addWidget(m_banner);
    col->addLayout(form);
    col->addWidget(note);
    col->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePassphraseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_new, &QLineEdit::textChanged, m_meter, &PassphraseMeter::setPassphrase);
    setMinimumWidth(480);
}

ChangePassphraseDialog::~ChangePassphraseDialog()
{
    for (QLineEdit* e : {m_current, m_new, m_confirm})
        e->clear();
}

QString ChangePassphraseDialog::newPassphrase() const
{
    return m_new->text();
}

void ChangePassphraseDialog::accept()
{
    const auto refuse = [this](QLineEdit* field, const QString& why) {
        m_banner->showError(why);
        field->selectAll();
        field->setFocus(Qt::OtherFocusReason);
    };
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto current = m_kdf.derive(m_current->text());
    QApplication::restoreOverrideCursor();
    if (!current || !(*current == m_key))
        return refuse(m_current, tr("Current passphrase: it is not the passphrase of this database."));
    if (Status st = PassphraseStrength::check(m_new->text()); !st)
        return refuse(m_new, st.error().message);
    if (m_confirm->text() != m_new->text())
        return refuse(m_confirm, tr("Confirm new passphrase: the two entries differ."));
    if (m_new->text() == m_current->text())
        return refuse(m_new, tr("New passphrase: it is the current one."));
    m_current->clear();
    QDialog::accept();
}

} // namespace csl
