#include "CliContext.h"

#include "Backup.h"
#include "DemoSchool.h"
#include "Passphrase.h"
#include "RecordAudit.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>

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
    for (const QString& r : required) {
        if (!parser.isSet(r) || parser.value(r).isEmpty()) {
            printErr(QStringLiteral("missing --%1").arg(r));
            printErr(parser.helpText());
            return false;
        }
    }
    return true;
}

KdfParams newDatabaseKdf()
{
    if (qgetenv("CAMPUSLEDGER_KDF_PROFILE") == "test")
        return KdfParams::cheapForTests();
    return KdfParams::tuned();
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

std::unique_ptr<Workspace> openWorkspace(const QString& path, int& exitCode)
{
    if (!QFileInfo::exists(path)) {
        printErr(QStringLiteral("error: there is no database at %1").arg(path));
        exitCode = Failed;
        return nullptr;
    }
    const QString pass = readPassphrase(QStringLiteral("Passphrase for %1: ").arg(QFileInfo(path).fileName()));
    auto store = Store::open(path, pass);
    if (!store) {
        exitCode = fail(store.error());
        return nullptr;
    }
    (*store)->setActor(qEnvironmentVariable("CAMPUSLEDGER_ACTOR", QStringLiteral("campusledger-cli")));
    auto ws = std::make_unique<Workspace>(std::move(*store));
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
    p.addOption({QStringLiteral("from"), QStringLiteral("Backup file."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("db"), QStringLiteral("Database file to replace."), QStringLiteral("PATH")});
    if (!parseOrUsage(p, args, {QStringLiteral("from"), QStringLiteral("db")}))
        return Usage;
    const QString pass = readPassphrase(QStringLiteral("Passphrase of the backup: "));
    if (Status st = Backup::restore(p.value(QStringLiteral("from")), p.value(QStringLiteral("db")), pass); !st)
        return fail(st.error());
    printOut(QStringLiteral("restored %1 from %2").arg(p.value(QStringLiteral("db")), p.value(QStringLiteral("from"))));
    return Ok;
}

} // namespace csl::cli
