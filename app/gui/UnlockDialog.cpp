#include "UnlockDialog.h"

#include "UnlockWidget.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace csl {

UnlockDialog::UnlockDialog(ShellEnv& env, const QString& databasePath, QWidget* parent)
    : QDialog(parent), m_widget(new UnlockWidget(env, this))
{
    setObjectName(QStringLiteral("unlockDialog"));
    setWindowTitle(tr("Unlock — CampusSec Ledger"));
    auto* header = new QLabel(tr("CampusSec Ledger"), this);
    header->setObjectName(QStringLiteral("unlockHeader"));
    header->setStyleSheet(QStringLiteral("font-size: 20px; font-weight: bold; color: #174ea6;"));
    auto* quit = new QPushButton(tr("Quit"), this);
    quit->setObjectName(QStringLiteral("unlockQuit"));
    quit->setAutoDefault(false);
    auto* col = new QVBoxLayout(this);
    col->setContentsMargins(24, 20, 24, 16);
    col->addWidget(header);
    col->addWidget(m_widget);
    m_widget->addButton(quit);
    m_widget->setDatabase(databasePath);
    connect(quit, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_widget, &UnlockWidget::unlocked, this, &QDialog::accept);
    connect(m_widget, &UnlockWidget::busyChanged, quit, &QWidget::setDisabled);
    m_widget->focusPassphrase();
}

std::unique_ptr<Workspace> UnlockDialog::takeWorkspace()
{
    return m_widget->takeWorkspace();
}

} // namespace csl
