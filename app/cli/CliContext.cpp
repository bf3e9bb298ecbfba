#include "CliContext.h"

#include "Backup.h"
#include "KeyStore.h"
#include "Passphrase.h"
#include "RecordAudit.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>
#include <cstdlib>

namespace csl::cli {

namespace {

Sink& sink()
{
    static Sink s;
    return s;
}

} // namespace

void setSink(Sink s)
{
    sink() = std::move(s);
}

void printOut(const QString& line)
{
    if (sink())
        return sink()(line, false);
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputs("\n", stdout);
    std::fflush(stdout);
}

void printErr(const QString& line)
{
    if (sink())
        return sink()(line, true);
    std::fputs(line.toUtf8().constData(), stderr);
    std::fputs("\n", stderr);
    std::fflush(stderr);
}

bool parseOrUsage(QCommandLineParser& parser, const QStringList& args, const QStringList& required)
{
    parser.addHelpOption();
    if (!parser.parse(args)) {
        printErr(parser.errorText());
        printErr(parser.helpText());
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText());
        std::exit(Ok);
    }
    for (const QString& r : required) {
        if (!parser.isSet(r) || parser.value(r).isEmpty()) {
            printErr(QStringLiteral("missing --%1").arg(r));
            printErr(parser.helpText());
            return false;
        }
    }
    return true;
}

Result<KdfParams> newDatabaseKdf()
{
#ifdef CSL_TEST_KDF_ALLOWED
    constexpr bool testAllowed = true;
#else
    constexpr bool testAllowed = false;
#endif
    return KdfParams::forProfile(qEnvironmentVariable("CAMPUSLEDGER_KDF_PROFILE"), testAllowed);
}

std::unique_ptr<Workspace> openWorkspace(const QCommandLineParser& parser, int& exitCode)
{
    return openWorkspace(parser.value(QStringLiteral("db")), exitCode);
}

void addDbOption(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("db"), QStringLiteral("Database file."), QStringLiteral("PATH")});
}

int fail(const Error& error)
{
    printErr(QStringLiteral("error: %1").arg(error.message));
    return error.code == Error::WrongPassphrase ? WrongPassphrase : Failed;
}

namespace {

/// The key "remember on this computer" left in the keychain, tried when no passphrase is in the environment,
/// so a scheduled command needs none there. Any failure (no keychain, nothing remembered, a stale key) is
/// silent: the passphrase is asked for instead.
std::unique_ptr<Store> openWithRememberedKey(const QString& path)
{
    if (passphraseInEnvironment())
        return nullptr;
    auto kdf = KdfParams::load(path);
    if (!kdf)
        return nullptr;
    auto key = KeyStore(QStringLiteral("CampusSecLedger"), 5000).load(kdf->databaseId);
    if (!key)
        return nullptr;
    auto store = Store::openWithKey(path, *key);
    return store ? std::move(*store) : nullptr;
}

} // namespace

std::unique_ptr<Workspace> openWorkspace(const QString& path, int& exitCode)
{
    if (!QFileInfo::exists(path)) {
        printErr(QStringLiteral("error: there is no database at %1").arg(path));
        exitCode = Failed;
        return nullptr;
    }
    std::unique_ptr<Store> opened = openWithRememberedKey(path);
    if (!opened) {
        const QString pass = readPassphrase(QStringLiteral("Passphrase for %1: ").arg(QFileInfo(path).fileName()));
        auto store = Store::open(path, pass);
        if (!store) {
            exitCode = fail(store.error());
            return nullptr;
        }
        opened = std::move(*store);
    }
    opened->setActor(qEnvironmentVariable("CAMPUSLEDGER_ACTOR", QStringLiteral("campusledger-cli")));
    auto ws = std::make_unique<Workspace>(std::move(opened));
    if (Status st = ws->migrate(); !st) {
        exitCode = fail(st.error());
        return nullptr;
    }
    exitCode = Ok;
    return ws;
}

int runVerify(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Verify the hash chain of the journal."));
    addDbOption(p);
    if (!parseOrUsage(p, args, {QStringLiteral("db")}))
        return Usage;
    int code = Ok;
    auto ws = openWorkspace(p, code);
    if (!ws)
        return code;
    const JournalVerdict v = ws->store().journal().verify();
    if (!v.ok) {
        printOut(QStringLiteral("journal BROKEN at entry %1: %2").arg(v.firstBroken).arg(v.reason));
        return Failed;
    }
    printOut(QStringLiteral("journal OK: %1 entries, head %2").arg(v.count).arg(v.headHash));
    const RecordAuditVerdict rows = RecordAudit::run(ws->store());
    if (!rows.ok) {
        printOut(QStringLiteral("records BROKEN: %1").arg(rows.reason));
        return Failed;
    }
    printOut(QStringLiteral("records OK: %1 rows match their journal entries").arg(rows.rows));
    return Ok;
}

int runBackup(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Write an encrypted backup of the database."));
    addDbOption(p);
    p.addOption({QStringLiteral("to"), QStringLiteral("Backup folder."), QStringLiteral("DIR")});
    p.addOption({QStringLiteral("keep"), QStringLiteral("Backups to keep (default 10)."), QStringLiteral("N"),
                 QStringLiteral("10")});
    if (!parseOrUsage(p, args, {QStringLiteral("db"), QStringLiteral("to")}))
        return Usage;
    int code = Ok;
    auto ws = openWorkspace(p, code);
    if (!ws)
        return code;
    auto made = Backup::create(ws->store(), p.value(QStringLiteral("to")), p.value(QStringLiteral("keep")).toInt());
    if (!made)
        return fail(made.error());
    printOut(QStringLiteral("backup written: %1").arg(*made));
    return Ok;
}

int runRestore(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Replace the database with a backup."));
    p.addOption({QStringLiteral("from"), QStringLiteral("Backup file (*.cldb-backup; its .kdf names it too)."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("db"), QStringLiteral("Database file to replace."), QStringLiteral("PATH")});
    p.addOption({QStringLiteral("confirm-school"),
                 QStringLiteral("Restore a backup of another database or school: its school name, exactly."),
                 QStringLiteral("NAME")});
    if (!parseOrUsage(p, args, {QStringLiteral("from"), QStringLiteral("db")}))
        return Usage;
    const QString db = p.value(QStringLiteral("db"));
    auto from = Backup::resolve(p.value(QStringLiteral("from")));
    if (!from)
        return fail(from.error());
    const QString pass = readPassphrase(QStringLiteral("Passphrase of the backup: "));
    Backup::Options options;
    options.confirmedSchool = p.value(QStringLiteral("confirm-school"));
    if (QFileInfo::exists(db)) {
        // The current database's school and sync state, when the backup's passphrase (or the keychain) opens it.
        std::unique_ptr<Store> current = openWithRememberedKey(db);
        if (!current) {
            if (auto store = Store::open(db, pass); store)
                current = std::move(*store);
        }
        if (current) {
            options.currentSchoolCode = current->meta(QStringLiteral("school.code"));
            options.acknowledgedSeq = Backup::acknowledgedSeq(*current);
            current->close();
        } else {
            printErr(QStringLiteral("note: %1 does not open with this passphrase; the backup is compared with it "
                                    "by database id only")
                         .arg(db));
        }
    }
    auto restored = Backup::restore(*from, db, pass, options);
    if (!restored)
        return fail(restored.error());
    if (!restored->olderThanSync.isEmpty())
        printErr(QStringLiteral("warning: %1").arg(restored->olderThanSync));
    printOut(QStringLiteral("restored %1 from %2").arg(db, *from));
    return Ok;
}

} // namespace csl::cli
