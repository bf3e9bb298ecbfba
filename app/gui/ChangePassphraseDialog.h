// Settings > Change passphrase: the current passphrase, the new one twice, the welcome dialog's strength meter.
#pragma once

#include "KdfParams.h"
#include "SecureBytes.h"

#include <QDialog>

class QLineEdit;

namespace csl {

class MessageBanner;
class PassphraseMeter;
class Store;

/**
 * @brief Asks for the current passphrase (proved against the open store's key) and a new one as strong as
 * a new database needs (PassphraseStrength), entered twice. After Accepted, newPassphrase() holds it; the
 * caller changes it (Store::changePassphrase) and clears it.
 */
class ChangePassphraseDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangePassphraseDialog)
public:
    ChangePassphraseDialog(const Store& store, QWidget* parent);
    ~ChangePassphraseDialog() override;

    QString newPassphrase() const;
    void accept() override;

private:
    const KdfParams m_kdf;
    const SecureBytes m_key;
    MessageBanner* m_banner;
    QLineEdit* m_current;
    QLineEdit* m_new;
    QLineEdit* m_confirm;
    PassphraseMeter* m_meter;
};

} // namespace csl
