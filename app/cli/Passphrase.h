// Reading a passphrase for the command line: environment or a prompt without echo.
#pragma once

#include <QString>

namespace csl::cli {

/// CAMPUSLEDGER_PASSPHRASE if set, else a prompt on the terminal without echo.
/// With @p confirm the prompt asks twice and returns an empty string on mismatch.
QString readPassphrase(const QString& prompt, bool confirm = false);

} // namespace csl::cli
