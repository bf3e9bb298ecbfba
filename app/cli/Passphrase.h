// Reading a passphrase for the command line: environment or a prompt without echo, as Unicode.
#pragma once

#include <QString>

namespace csl::cli {

/// CAMPUSLEDGER_PASSPHRASE if set, else a prompt on the terminal without echo.
/// With @p confirm the prompt asks twice and returns an empty string on mismatch.
QString readPassphrase(const QString& prompt, bool confirm = false);
/// The new passphrase of a change: CAMPUSLEDGER_NEW_PASSPHRASE if set, else asked twice without echo;
/// empty on mismatch.
QString readNewPassphrase();
/// True when CAMPUSLEDGER_PASSPHRASE is set (then neither the keychain nor a prompt is asked).
bool passphraseInEnvironment();
/// A line typed at the terminal (with echo), for questions that are not secret; empty if stdin is no terminal.
QString askLine(const QString& prompt);

} // namespace csl::cli
