#include "AboutDialog.h"

#include "Store.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

#include <sodium.h>

namespace csl {

AboutDialog::AboutDialog(const Store* store, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About CampusSec Ledger"));
    auto* title = new QLabel(tr("CampusSec Ledger %1").arg(QStringLiteral(CSL_VERSION)), this);
    title->setStyleSheet(QStringLiteral("font-size: 20px; font-weight: bold;"));
    const QString cipher = store ? store->cipherVersion() : tr("(open a database to see it)");
    auto* body = new QLabel(
        tr("The network security registers of a school, kept in one encrypted database.<br><br>"
           "Qt %1 · SQLCipher %2 · libsodium %3 (Argon2id)<br><br>"
           "Data stays on this computer unless you sync it to the education bureau.")
            .arg(QString::fromLatin1(qVersion()), cipher, QString::fromLatin1(sodium_version_string())),
        this);
    body->setWordWrap(true);
    body->setTextFormat(Qt::RichText);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* col = new QVBoxLayout(this);
    col->addWidget(title);
    col->addWidget(body);
    col->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(420);
}

} // namespace csl
