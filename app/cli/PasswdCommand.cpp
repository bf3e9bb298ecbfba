// campusledger-cli passwd: a new passphrase for a database, crash-safe, with the keychain's key replaced.
#include "CliContext.h"
#include "KeyStore.h"
#include "Passphrase.h"
#include "PassphraseStrength.h"

namespace csl::cli {

int runPasswd(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Change the database's passphrase. The current one comes from CAMPUSLEDGER_PASSPHRASE, the keychain or a "
        "prompt; the new one from CAMPUSLEDGER_NEW_PASSPHRASE or is asked for twice without echo. Close every other "
        "window or command using the database first. Backups keep the passphrase they were made with."));
    addDbOption(p);
    if (!parseOrUsage(p, args, {QStringLiteral("db")}))
        return Usage;
    auto kdf = newDatabaseKdf();
    if (!kdf)
        return fail(kdf.error());
    int code = Ok;
    auto ws = openWorkspace(p, code);
    if (!ws)
        return code;
    const QString next = readNewPassphrase();
    if (next.isEmpty()) {
        printErr(QStringLiteral("error: the new passphrase is empty or the two entries differ"));
        return Usage;
    }
    if (Status st = PassphraseStrength::check(next); !st)
        return fail(st.error());
    Store& store = ws->store();
    const QString id = store.kdf().databaseId;
    if (Status st = store.changePassphrase(next, *kdf); !st)
        return fail(st.error());
    printOut(QStringLiteral("passphrase changed for %1").arg(store.path()));
    // A key remembered on this computer is the old one: replace it, or it would stop opening the database.
    const KeyStore keys(QStringLiteral("CampusSecLedger"), 5000);
    if (keys.load(id)) {
        if (Status st = keys.save(id, store.key()); !st) {
            (void)keys.remove(id);
            printErr(QStringLiteral("warning: the key remembered on this computer could not be replaced (%1); it "
                                    "was forgotten")
                         .arg(st.error().message));
        } else {
            printOut(QStringLiteral("the key remembered on this computer was replaced"));
        }
    }
    return Ok;
}

} // namespace csl::cli
