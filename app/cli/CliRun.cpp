// campusledger-cli's commands: usage, --lang, and the command table (run() is what main() and tests call).
#include "CliContext.h"
#include "DemoSchool.h"
#include "Passphrase.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <functional>
#include <map>

using namespace csl;
using namespace csl::cli;

namespace {

const char* const kUsage = R"(usage: campusledger-cli COMMAND [options]

commands:
  init      --db PATH --school NAME --code CODE [--officer NAME]
                                                     create a new encrypted database
  demo      --db PATH [--devices N] [--school NAME --code CODE]
                                                     create a database holding a demo school
  verify    --db PATH                                check the journal's chain and every row against it
  backup    --db PATH --to DIR [--keep N]            write an encrypted backup
  restore   --from FILE --db PATH                    replace a database with a backup
  registers                                          the registers the next commands take (people, devices …)
  import    REGISTER --db PATH FILE [--skip-bad-rows]
                                                     import from .csv, .txt, .tsv or .xlsx (all or nothing)
  export    REGISTER --db PATH --format csv|xlsx OUT [--search TEXT]
                                                     export a register (the file is not encrypted)
  list      REGISTER --db PATH [--search TEXT] [--json]
                                                     a register's records, one a line
  print     REGISTER --db PATH --out FILE.pdf [--search TEXT]
                                                     the printed register form, with signature lines
  findings  --db PATH [--module ID] [--json] [--at YYYY-MM-DDTHH:MM]
                                                     what needs action (now, or at that moment), with its rule id
  sync      --db PATH [--endpoint URL] [--ca FILE]   push the journal to the bureau, fetch notices

options every command takes:
  --lang en|zh_CN    the language of messages and printed forms (default: the system's)

The passphrase is read from CAMPUSLEDGER_PASSPHRASE, or asked for without echo.
Exit codes: 0 done, 1 failed, 2 bad usage, 3 wrong passphrase.)";

/// Takes "--lang X" / "--lang=X" out of @p args and installs that language (the system's when absent).
bool takeLanguage(QStringList& args)
{
    QString lang;
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == u"--lang" && i + 1 < args.size()) {
            lang = args.at(i + 1);
            args.remove(i, 2);
            break;
        }
        if (args.at(i).startsWith(u"--lang=")) {
            lang = args.at(i).mid(7);
            args.remove(i);
            break;
        }
    }
    if (!lang.isEmpty() && !availableLanguages().contains(lang)) {
        printErr(QStringLiteral("error: --lang takes one of %1").arg(availableLanguages().join(QStringLiteral(", "))));
        return false;
    }
    installTranslations(lang);
    return true;
}

int createDatabase(const QStringList& args, bool demo)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("db"), QStringLiteral("Database file to create."), QStringLiteral("PATH")});
    p.addOption({QStringLiteral("school"), QStringLiteral("School name."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("code"), QStringLiteral("School code."), QStringLiteral("CODE")});
    p.addOption({QStringLiteral("officer"), QStringLiteral("Security officer's name."), QStringLiteral("NAME")});
    if (demo)
        p.addOption({QStringLiteral("devices"), QStringLiteral("Devices to generate (default 300)."),
                     QStringLiteral("N"), QStringLiteral("300")});
    QStringList required{QStringLiteral("db")};
    if (!demo)
        required << QStringLiteral("school") << QStringLiteral("code");
    if (!parseOrUsage(p, args, required))
        return Usage;
    const QString path = p.value(QStringLiteral("db"));
    if (QFileInfo::exists(path)) {
        printErr(QStringLiteral("error: %1 already exists").arg(path));
        return Failed;
    }
    const QString pass = readPassphrase(QStringLiteral("New passphrase: "), true);
    if (pass.isEmpty()) {
        printErr(QStringLiteral("error: the passphrase is empty or the two entries differ"));
        return Usage;
    }
    auto store = Store::create(path, pass, newDatabaseKdf());
    if (!store)
        return fail(store.error());
    (*store)->setActor(qEnvironmentVariable("CAMPUSLEDGER_ACTOR", QStringLiteral("campusledger-cli")));
    Workspace ws(std::move(*store));
    if (Status st = ws.migrate(); !st)
        return fail(st.error());
    DemoSchool::Options opt;
    opt.schoolName = p.value(QStringLiteral("school"));
    opt.schoolCode = p.value(QStringLiteral("code"));
    opt.officer = p.value(QStringLiteral("officer"));
    if (demo) {
        bool ok = false;
        opt.devices = p.value(QStringLiteral("devices")).toInt(&ok);
        if (!ok || opt.devices < 0) {
            printErr(QStringLiteral("error: --devices takes a number"));
            return Usage;
        }
        if (Status st = DemoSchool::build(ws, opt); !st)
            return fail(st.error());
    } else if (Status st = DemoSchool::writeSchoolInfo(ws, opt); !st) {
        return fail(st.error());
    }
    const JournalVerdict v = ws.store().journal().verify();
    printOut(QStringLiteral("created %1 (%2, %3): %4 journal entries")
                 .arg(path, ws.schoolName(), ws.schoolCode())
                 .arg(v.count));
    return Ok;
}

} // namespace

int csl::cli::run(QStringList args)
{
    if (!takeLanguage(args))
        return Usage;
    if (args.size() < 2) {
        printErr(QString::fromUtf8(kUsage));
        return Usage;
    }
    const QString command = args.at(1);
    if (command == u"--version" || command == u"-v") {
        printOut(QStringLiteral("campusledger-cli %1").arg(QStringLiteral(CSL_VERSION)));
        return Ok;
    }
    if (command == u"--help" || command == u"-h" || command == u"help") {
        printOut(QString::fromUtf8(kUsage));
        return Ok;
    }
    const QStringList rest = args.mid(1); // the subcommand stands in for argv[0]
    const std::map<QString, std::function<int(const QStringList&)>> commands{
        {QStringLiteral("init"), [](const QStringList& a) { return createDatabase(a, false); }},
        {QStringLiteral("demo"), [](const QStringList& a) { return createDatabase(a, true); }},
        {QStringLiteral("verify"), runVerify},
        {QStringLiteral("backup"), runBackup},
        {QStringLiteral("restore"), runRestore},
        {QStringLiteral("registers"), runRegisters},
        {QStringLiteral("import"), runImport},
        {QStringLiteral("export"), runExport},
        {QStringLiteral("list"), runList},
        {QStringLiteral("print"), runPrint},
        {QStringLiteral("findings"), runFindings},
        {QStringLiteral("sync"), runSync},
    };
    const auto it = commands.find(command);
    if (it == commands.end()) {
        printErr(QStringLiteral("unknown command: %1").arg(command));
        printErr(QString::fromUtf8(kUsage));
        return Usage;
    }
    return it->second(rest);
}

