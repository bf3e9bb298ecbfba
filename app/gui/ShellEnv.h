// What the shell's windows share: the preferences, how new keys are derived, the keychain service.
#pragma once

#include "KdfParams.h"
#include "Result.h"
#include "Settings.h"
#include "Workspace.h"

#include <functional>
#include <memory>

namespace csl {

/// @brief The shell's environment; tests swap the KDF cost and the keychain service.
struct ShellEnv
{
    Settings* settings = nullptr;
    std::function<KdfParams()> newKdf = [] { return KdfParams::tuned(); };
    QString keychainService = QStringLiteral("CampusSecLedger");
    /// Where the demo school is kept; empty = the application's data folder.
    QString demoFolder;
    /// The passphrase of the demo school, shown to the user on the welcome dialog.
    static QString demoPassphrase() { return QStringLiteral("demo-passphrase"); }
};

/// @brief Wraps an open store into a migrated workspace; the officer becomes the journal's actor.
Result<std::unique_ptr<Workspace>> makeWorkspace(std::unique_ptr<Store> store);

} // namespace csl
