// The dialog shown at start when a database exists: passphrase or the remembered key.
#pragma once

#include "ShellEnv.h"

#include <QDialog>

namespace csl {

class UnlockWidget;

/// @brief Opens an existing database; exec() returns Accepted with the workspace ready to take.
class UnlockDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnlockDialog)
public:
    UnlockDialog(ShellEnv& env, const QString& databasePath, QWidget* parent = nullptr);

    UnlockWidget* unlockWidget() const { return m_widget; }
    std::unique_ptr<Workspace> takeWorkspace();

private:
    UnlockWidget* m_widget;
};

} // namespace csl
