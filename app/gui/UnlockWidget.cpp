#include "UnlockWidget.h"

#include "KeyStore.h"
#include "MessageBanner.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

#include <optional>

namespace csl {

namespace {
QThread* g_kdfThread = nullptr; // at most one derivation at a time
} // namespace

UnlockWidget::UnlockWidget(ShellEnv& env, QWidget* parent)
    : QWidget(parent), m_env(env), m_title(new QLabel(this)), m_file(new QLabel(this)),
      m_passphrase(new QLineEdit(this)), m_remember(new QCheckBox(tr("Remember on this computer"), this)),
      m_unlock(new QPushButton(tr("Unlock"), this)), m_buttons(new QHBoxLayout), m_status(new QLabel(this)), m_banner(new MessageBanner(this))
{
    setObjectName(QStringLiteral("unlockWidget"));
    m_title->setObjectName(QStringLiteral("unlockTitle"));
    m_title->setText(tr("Enter the passphrase to open the ledger"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_file->setObjectName(QStringLiteral("unlockFile"));
    m_file->setWordWrap(true);
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_passphrase->setObjectName(QStringLiteral("unlockPassphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("Passphrase"));
    m_passphrase->setMinimumWidth(320);
    m_remember->setObjectName(QStringLiteral("unlockRemember"));
    m_remember->setToolTip(tr("Keeps the database key in this computer's keychain (Windows Credential Manager), "
                              "so the ledger opens without the passphrase for your account on this computer."));
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);
    m_status->setObjectName(QStringLiteral("unlockStatus"));
    m_status->setWordWrap(true);
    m_banner->setObjectName(QStringLiteral("unlockBanner"));

    auto* col = new QVBoxLayout(this);
    col->addWidget(m_title);
    col->addWidget(m_file);
    col->addSpacing(8);
    col->addWidget(m_banner);
    col->addWidget(m_passphrase);
    col->addWidget(m_remember);
    col->addWidget(m_status);
    m_buttons->addStretch(1);
    m_buttons->addWidget(m_unlock);
    col->addLayout(m_buttons);

    connect(m_unlock, &QPushButton::clicked, this, &UnlockWidget::unlock);
    connect(m_passphrase, &QLineEdit::returnPressed, this, &UnlockWidget::unlock);
    m_wait.setInterval(250);
    connect(&m_wait, &QTimer::timeout, this, &UnlockWidget::tick);
}

UnlockWidget::~UnlockWidget()
{
    if (g_kdfThread)
        g_kdfThread->wait();
}

void UnlockWidget::setDatabase(const QString& path)
{
    if (path != m_path)
        m_failures = 0;
    m_path = path;
    m_workspace.reset();
    m_passphrase->clear();
    m_banner->hide();
    m_file->setText(tr("Database: %1").arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
    auto kdf = KdfParams::load(path);
    m_remember->setChecked(kdf && m_env.settings && m_env.settings->isRemembered(kdf->databaseId));
    setBusy(false);
}

int UnlockWidget::delayAfter(int failures)
{
    if (failures < 3)
        return 0;
    return std::min(60, 1 << std::min(failures - 2, 6));
}

void UnlockWidget::showMessage(const QString& text)
{
    m_banner->showMessage(text, MessageBanner::Kind::Warning);
}

void UnlockWidget::addButton(QPushButton* button)
{
    m_buttons->insertWidget(m_buttons->count() - 1, button);
}

void UnlockWidget::focusPassphrase()
{
    m_passphrase->setFocus(Qt::OtherFocusReason);
}

bool UnlockWidget::tryKeychain()
{
    auto kdf = KdfParams::load(m_path);
    if (!kdf || !m_env.settings || !m_env.settings->isRemembered(kdf->databaseId))
        return false;
    auto key = KeyStore(m_env.keychainService).load(kdf->databaseId);
    if (!key) {
        showMessage(tr("The keychain did not give the remembered key (%1). Enter the passphrase instead.")
                        .arg(key.error().message));
        return false;
    }
    QElapsedTimer clock;
    clock.start();
    auto store = Store::openWithKey(m_path, *key);
    if (!store) {
        showMessage(tr("The remembered key no longer opens this database (%1). Enter the passphrase instead.")
                        .arg(store.error().message));
        return false;
    }
    auto ws = makeWorkspace(std::move(*store));
    if (!ws) {
        m_banner->showError(ws.error().message);
        return false;
    }
    m_kdfMs = 0;
    m_openMs = clock.elapsed();
    m_workspace = std::move(*ws);
    Q_EMIT unlocked();
    return true;
}

void UnlockWidget::unlock()
{
    if (m_busy || isWaiting())
        return;
    const QString passphrase = m_passphrase->text();
    if (passphrase.isEmpty()) {
        m_banner->showError(tr("Enter the passphrase."));
        return;
    }
    auto kdf = KdfParams::load(m_path);
    if (!kdf) {
        m_banner->showError(tr("Cannot read the key header of %1: %2").arg(m_path, kdf.error().message));
        return;
    }
    setBusy(true);
    m_status->setText(tr("Deriving the key…"));
    using Candidates = Result<QList<Store::KeyCandidate>>;
    auto result = std::make_shared<std::optional<Candidates>>();
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    // Under the database's header and, after an interrupted passphrase change or restore, its staged one.
    const QString path = m_path;
    QThread* thread =
        QThread::create([path, passphrase, result] { result->emplace(Store::deriveKeys(path, passphrase)); });
    g_kdfThread = thread;
    connect(thread, &QThread::finished, this, [this, thread, result, clock] {
        g_kdfThread = nullptr;
        thread->deleteLater();
        m_kdfMs = clock->elapsed();
        if (!result->has_value() || !result->value()) {
            fail(result->has_value() ? result->value().error().message : tr("The key could not be derived."));
            return;
        }
        finishUnlock(result->value().value());
    });
    thread->start();
}

void UnlockWidget::finishUnlock(const QList<Store::KeyCandidate>& candidates)
{
    QElapsedTimer clock;
    clock.start();
    auto store = Store::openWithKeys(m_path, candidates);
    if (!store) {
        if (store.error().code == Error::WrongPassphrase) {
            ++m_failures;
            const int wait = delayAfter(m_failures);
            QString text = tr("Wrong passphrase. Check Caps Lock and the input method, then try again.");
            if (wait > 0)
                text += QLatin1Char(' ') + tr("After %n failed attempts, wait %1 seconds before the next.", nullptr,
                                              m_failures)
                                               .arg(wait);
            fail(text);
            if (wait > 0) {
                m_waitSeconds = wait;
                m_waitClock.start();
                m_wait.start();
                tick();
            }
        } else {
            fail(store.error().message);
        }
        return;
    }
    rememberIfAsked(**store);
    auto ws = makeWorkspace(std::move(*store));
    if (!ws) {
        fail(ws.error().message);
        return;
    }
    m_openMs = clock.elapsed();
    m_failures = 0;
    m_passphrase->clear();
    m_status->clear();
    m_workspace = std::move(*ws);
    setBusy(false);
    Q_EMIT unlocked();
}

void UnlockWidget::rememberIfAsked(const Store& store)
{
    if (!m_env.settings)
        return;
    const QString id = store.kdf().databaseId;
    const KeyStore keys(m_env.keychainService);
    if (m_remember->isChecked()) {
        if (Status st = keys.save(id, store.key()); !st) {
            m_env.settings->setRemembered(id, false);
            showMessage(tr("The key could not be kept in the keychain (%1); you will be asked for the passphrase "
                           "next time.")
                            .arg(st.error().message));
            return;
        }
        m_env.settings->setRemembered(id, true);
    } else if (m_env.settings->isRemembered(id)) {
        (void)keys.remove(id);
        m_env.settings->setRemembered(id, false);
    }
}

void UnlockWidget::fail(const QString& message)
{
    setBusy(false);
    m_status->clear();
    m_banner->showError(message);
    m_passphrase->selectAll();
    m_passphrase->setFocus(Qt::OtherFocusReason);
}

void UnlockWidget::setBusy(bool busy)
{
    m_busy = busy;
    m_passphrase->setEnabled(!busy);
    m_remember->setEnabled(!busy);
    m_unlock->setEnabled(!busy && !isWaiting());
    if (busy && !m_cursorSet)
        QApplication::setOverrideCursor(Qt::WaitCursor);
    else if (!busy && m_cursorSet)
        QApplication::restoreOverrideCursor();
    m_cursorSet = busy;
    Q_EMIT busyChanged(busy);
}

void UnlockWidget::tick()
{
    const int left = m_waitSeconds - int(m_waitClock.elapsed() / 1000);
    if (left <= 0) {
        m_wait.stop();
        m_status->clear();
        m_unlock->setEnabled(!m_busy);
        return;
    }
    m_unlock->setEnabled(false);
    m_status->setText(tr("You can try again in %1 s.").arg(left));
}

} // namespace csl
