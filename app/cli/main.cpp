// campusledger-cli: the registers from the command line (scripts, schedulers, tests).
#include "CliContext.h"

#include <QCoreApplication>

#include <functional>
#include <map>

using namespace csl;
using namespace csl::cli;

namespace {

const char* const kUsage = R"(usage: campusledger-cli COMMAND [options]

commands:
  init     --db PATH --school NAME --code CODE [--officer NAME]
                                                     create a new encrypted database for a school
  demo     --db PATH [--devices N] [--school NAME --code CODE]
                                                     create a database holding a demo school
  verify   --db PATH                                 check the journal's chain and every row against it
  backup   --db PATH --to DIR [--keep N]             write an encrypted backup
  restore  --from FILE --db PATH [--confirm-school NAME]
                                                     replace a database with a backup
  passwd   --db PATH                                 change the passphrase (new one from
                                                     CAMPUSLEDGER_NEW_PASSPHRASE or asked twice)
  import   devices --db PATH FILE [--skip-bad-rows]  import devices from .csv or .xlsx (all or nothing)
  export   devices --db PATH --format csv|xlsx OUT   export the device register
  findings --db PATH [--module ID] [--json]          what needs action, one finding a line with its rule id
  sync     --db PATH [--endpoint URL] [--ca FILE]   push the journal to the bureau, fetch notices

The passphrase is read from CAMPUSLEDGER_PASSPHRASE, else the key remembered on this computer
(the keychain) is used, else it is asked for without echo. COMMAND --help lists a command's options.
Exit codes: 0 done, 1 failed, 2 bad usage, 3 wrong passphrase.)";

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("campusledger-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CSL_VERSION));
    const QStringList args = app.arguments();
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
        {QStringLiteral("import"), runImportDevices},
        {QStringLiteral("export"), runExportDevices},
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
