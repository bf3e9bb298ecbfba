// campusledger-cli sync: one sync run for Task Scheduler or cron, while the app is closed.
#include "CliContext.h"

#include "SyncClient.h"
#include "SyncSettings.h"

#include <QCommandLineParser>
#include <QEventLoop>

namespace csl::cli {

int runSync(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Push the journal to the bureau and fetch its notices; exit 0 when the bureau holds every entry. "
        "The token is read from CAMPUSLEDGER_SYNC_TOKEN or the system keychain."));
    addDbOption(p);
    p.addOption({QStringLiteral("endpoint"), QStringLiteral("Bureau address, overrides the saved one."),
                 QStringLiteral("URL")});
    p.addOption({QStringLiteral("ca"), QStringLiteral("Bureau CA file (PEM), overrides the saved one."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("pin"), QStringLiteral("Pinned key sha256/<base64>, overrides the saved one."),
                 QStringLiteral("PIN")});
    p.addOption({QStringLiteral("batch"), QStringLiteral("Entries per batch, overrides the saved number."),
                 QStringLiteral("N")});
    if (!parseOrUsage(p, args, {QStringLiteral("db")}))
        return Usage;
    int code = Ok;
    auto ws = openWorkspace(p, code);
    if (!ws)
        return code;
    SyncSettings settings = SyncSettings::load(ws->store());
    if (p.isSet(QStringLiteral("endpoint")))
        settings.endpoint = p.value(QStringLiteral("endpoint"));
    if (p.isSet(QStringLiteral("ca")))
        settings.caFile = p.value(QStringLiteral("ca"));
    if (p.isSet(QStringLiteral("pin")))
        settings.pin = p.value(QStringLiteral("pin"));
    if (p.isSet(QStringLiteral("batch")))
        settings.batchEntries = p.value(QStringLiteral("batch")).toInt();
    // Test and tuning knobs without a place on the page.
    if (const int ms = qEnvironmentVariableIntValue("CAMPUSLEDGER_SYNC_BASE_DELAY_MS"); ms > 0)
        settings.baseDelayMs = ms;
    if (const int ms = qEnvironmentVariableIntValue("CAMPUSLEDGER_SYNC_TIMEOUT_MS"); ms > 0)
        settings.timeoutMs = ms;
    if (const int n = qEnvironmentVariableIntValue("CAMPUSLEDGER_SYNC_MAX_ATTEMPTS"); n > 0)
        settings.maxAttempts = n;

    const QString school = ws->schoolCode();
    auto token = SyncSettings::token(school);
    if (!token)
        return fail(token.error());

    SyncClient client(ws->store(), settings, school, *token);
    SyncOutcome outcome;
    QEventLoop loop;
    QObject::connect(&client, &SyncClient::finished, &loop, [&](const SyncOutcome& o) {
        outcome = o;
        loop.quit();
    });
    client.start(QStringLiteral("cli"));
    if (client.isRunning())
        loop.exec();
    const QString summary = QStringLiteral("sent %1 entries (%2 bytes), acknowledged up to %3 of %4, %5 new notices")
                                .arg(outcome.sent)
                                .arg(outcome.bytes)
                                .arg(outcome.ackSeq)
                                .arg(outcome.localHead)
                                .arg(outcome.notices);
    if (outcome.ok) {
        printOut(QStringLiteral("sync OK: %1").arg(summary));
        return Ok;
    }
    printErr(QStringLiteral("sync FAILED (%1): %2").arg(SyncOutcome::kindName(outcome.kind), outcome.message));
    printErr(summary);
    return Failed;
}

} // namespace csl::cli
