// campusledger-cli init (a real school: one NewSchool routine with the welcome dialog) and demo.
#include "CliContext.h"
#include "DemoSchool.h"
#include "NewSchool.h"
#include "Passphrase.h"

#include <QFileInfo>

namespace csl::cli {

namespace {

QString actor()
{
    return qEnvironmentVariable("CAMPUSLEDGER_ACTOR", QStringLiteral("campusledger-cli"));
}

void addSchoolOptions(QCommandLineParser& p)
{
    p.addOption({QStringLiteral("db"), QStringLiteral("Database file to create."), QStringLiteral("PATH")});
    p.addOption({QStringLiteral("school"), QStringLiteral("School name."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("code"), QStringLiteral("School code."), QStringLiteral("CODE")});
    p.addOption({QStringLiteral("officer"),
                 QStringLiteral("The security officer's name (asked for at a terminal when not given; "
                                "none is recorded otherwise)."),
                 QStringLiteral("NAME")});
}

/// The key costs and the new passphrase of a new database (asked twice); Ok, or the exit code after saying why.
int newKey(KdfParams& kdf, QString& pass)
{
    auto params = newDatabaseKdf();
    if (!params)
        return fail(params.error());
    kdf = *params;
    pass = readPassphrase(QStringLiteral("New passphrase: "), true);
    if (pass.isEmpty()) {
        printErr(QStringLiteral("error: the passphrase is empty or the two entries differ"));
        return Usage;
    }
    return Ok;
}

} // namespace

int runInit(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Create a new encrypted database for a school. The passphrase comes from CAMPUSLEDGER_PASSPHRASE or is "
        "asked for twice without echo; it must be as strong as the application asks for a new database."));
    addSchoolOptions(p);
    if (!parseOrUsage(p, args, {QStringLiteral("db"), QStringLiteral("school"), QStringLiteral("code")}))
        return Usage;
    const QString path = p.value(QStringLiteral("db"));
    if (QFileInfo::exists(path)) {
        printErr(QStringLiteral("error: %1 already exists").arg(path));
        return Failed;
    }
    SchoolFacts facts{p.value(QStringLiteral("school")), p.value(QStringLiteral("code")),
                      p.value(QStringLiteral("officer"))};
    if (Status st = NewSchool::check(facts); !st)
        return fail(st.error());
    if (!p.isSet(QStringLiteral("officer")))
        facts.officer = askLine(QStringLiteral("Security officer's name (Enter for none): "));
    KdfParams kdfParams;
    QString pass;
    if (const int code = newKey(kdfParams, pass); code != Ok)
        return code;
    auto ws = NewSchool::create(path, pass, kdfParams, facts, actor());
    if (!ws)
        return fail(ws.error());
    const JournalVerdict v = (*ws)->store().journal().verify();
    printOut(QStringLiteral("created %1 (%2, %3): %4 journal entries")
                 .arg(path, (*ws)->schoolName(), (*ws)->schoolCode())
                 .arg(v.count));
    if (facts.officer.trimmed().isEmpty())
        printOut(QStringLiteral("no security officer is recorded (none was given); changes are recorded as made "
                                "by %1")
                     .arg(actor()));
    else
        printOut(QStringLiteral("security officer: %1").arg(facts.officer.trimmed()));
    return Ok;
}

int runDemo(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Create a database holding a made-up demo school (never for real "
                                               "data)."));
    addSchoolOptions(p);
    p.addOption({QStringLiteral("devices"), QStringLiteral("Devices to generate (default 300)."), QStringLiteral("N"),
                 QStringLiteral("300")});
    if (!parseOrUsage(p, args, {QStringLiteral("db")}))
        return Usage;
    const QString path = p.value(QStringLiteral("db"));
    if (QFileInfo::exists(path)) {
        printErr(QStringLiteral("error: %1 already exists").arg(path));
        return Failed;
    }
    DemoSchool::Options opt;
    opt.schoolName = p.value(QStringLiteral("school"));
    opt.schoolCode = p.value(QStringLiteral("code"));
    opt.officer = p.value(QStringLiteral("officer"));
    bool ok = false;
    opt.devices = p.value(QStringLiteral("devices")).toInt(&ok);
    if (!ok || opt.devices < 0) {
        printErr(QStringLiteral("error: --devices takes a number"));
        return Usage;
    }
    KdfParams kdfParams;
    QString pass;
    if (const int code = newKey(kdfParams, pass); code != Ok)
        return code;
    auto store = Store::create(path, pass, kdfParams);
    if (!store)
        return fail(store.error());
    (*store)->setActor(actor());
    Workspace ws(std::move(*store));
    if (Status st = ws.migrate(); !st)
        return fail(st.error());
    if (Status st = DemoSchool::build(ws, opt); !st)
        return fail(st.error());
    const JournalVerdict v = ws.store().journal().verify();
    printOut(QStringLiteral("created %1 (%2, %3): %4 journal entries")
                 .arg(path, ws.schoolName(), ws.schoolCode())
                 .arg(v.count));
    return Ok;
}

} // namespace csl::cli
