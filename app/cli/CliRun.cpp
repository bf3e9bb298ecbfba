// campusledger-cli's commands: usage, --lang, and the command table (run() is what main() and tests call).
#include "CliContext.h"
#include "Translations.h"

#include <QCoreApplication>

#include <functional>
#include <map>

using namespace csl;
using namespace csl::cli;

namespace {

const char* const kUsage = R"(usage: campusledger-cli COMMAND [options]

commands:
  init      --db PATH --school NAME --code CODE [--officer NAME]
                                                     create a new encrypted database for a school
  demo      --db PATH [--devices N] [--school NAME --code CODE]
                                                     create a database holding a demo school
  verify    --db PATH                                check the journal's chain and every row against it
  backup    --db PATH --to DIR [--keep N]            write an encrypted backup
  restore   --from FILE --db PATH [--confirm-school NAME]
                                                     replace a database with a backup
  passwd    --db PATH                                change the passphrase (new one from
                                                     CAMPUSLEDGER_NEW_PASSPHRASE or asked twice)
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

The passphrase is read from CAMPUSLEDGER_PASSPHRASE, else the key remembered on this computer
(the keychain) is used, else it is asked for without echo. COMMAND --help lists a command's options.
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
        {QStringLiteral("init"), runInit},
        {QStringLiteral("demo"), runDemo},
        {QStringLiteral("passwd"), runPasswd},
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

