// campusledger-cli registers / import / export / list / print / findings: one set of commands for every register.
#include "CliContext.h"
#include "Clock.h"
#include "RegisterExport.h"
#include "RegisterImport.h"
#include "RegisterRepository.h"
#include "RegisterTableModel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace csl::cli {

namespace {

/// Messages of the register commands, translated like the window's (--lang, or the system's language).
class RegisterCommands final
{
    Q_DECLARE_TR_FUNCTIONS(csl::cli)
};

QString tr(const char* text, int n = -1)
{
    return RegisterCommands::tr(text, nullptr, n);
}

/// The register named by the first positional argument, or null after printing why (and the ids there are).
const RegisterSchema* registerArgument(const QCommandLineParser& p, int positionals, const QString& usage)
{
    const QStringList pos = p.positionalArguments();
    if (pos.size() != positionals) {
        printErr(usage);
        return nullptr;
    }
    if (const RegisterSchema* s = findRegister(pos.first()))
        return s;
    QStringList ids;
    for (const RegisterSchema* s : allRegisters())
        ids << s->id();
    printErr(tr("error: there is no register %1 (registers: %2)").arg(pos.first(), ids.join(QStringLiteral(", "))));
    return nullptr;
}

/// The live records of @p schema, narrowed by --search as the page's search box narrows them.
QList<Record> searched(const Workspace& ws, const RegisterSchema& schema, const QString& search)
{
    RegisterTableModel model(schema);
    model.setRecords(RegisterReader(ws.store(), schema).all());
    model.setSearch(search);
    return model.shownRecords();
}

/// What export, list and print act on: the register named, its open workspace, the records --search finds.
struct Selection
{
    const RegisterSchema* schema = nullptr;
    std::unique_ptr<Workspace> ws;
    QList<Record> records;
};

/// Reads the register argument, opens the database and the records; a null schema after printing why,
/// with @p code set (2 for bad usage, 1 or 3 when the database did not open).
Selection select(const QCommandLineParser& p, int positionals, const QString& usage, int& code)
{
    Selection s;
    code = Usage;
    const RegisterSchema* schema = registerArgument(p, positionals, usage);
    if (!schema)
        return s;
    s.ws = openWorkspace(p, code);
    if (!s.ws)
        return s;
    s.schema = schema;
    s.records = searched(*s.ws, *schema, p.value(QStringLiteral("search")));
    return s;
}

} // namespace

int runRegisters(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("List the registers the other commands take."));
    if (!parseOrUsage(p, args, {}))
        return Usage;
    for (const RegisterSchema* s : allRegisters())
        printOut(QStringLiteral("%1\t%2").arg(s->id(), s->title()));
    return Ok;
}

int runImport(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Import a register from a .csv, .txt, .tsv or .xlsx file; columns are matched by "
                                   "their header (IP地址/IP, MAC地址/MAC, 姓名, 部门 …)."));
    addDbOption(p);
    p.addOption({QStringLiteral("skip-bad-rows"), tr("Import the good rows and skip the bad ones.")});
    p.addPositionalArgument(QStringLiteral("REGISTER"), tr("What to import into (see `registers`)."));
    p.addPositionalArgument(QStringLiteral("FILE"), tr("The .csv, .txt, .tsv or .xlsx file."));
    if (!parseOrUsage(p, args, {QStringLiteral("db")}))
        return Usage;
    const RegisterSchema* schema =
        registerArgument(p, 2, tr("usage: campusledger-cli import REGISTER --db PATH FILE [--skip-bad-rows]"));
    if (!schema)
        return Usage;
    const QString file = p.positionalArguments().at(1);
    auto table = RegisterImport::readFile(file);
    if (!table) {
        printErr(tr("error: %1").arg(table.error().message));
        return Failed;
    }
    int code = Ok;
    auto ws = openWorkspace(p, code);
    if (!ws)
        return code;
    RegisterImport import(ws->store(), *schema);
    const RegisterImport::Mapping mapping = import.guessMapping(table->header);
    if (const QStringList missing = import.missingRequired(mapping); !missing.isEmpty()) {
        printErr(tr("error: %1 has no column for %2 (found: %3)")
                     .arg(QFileInfo(file).fileName(), missing.join(tr(", ")), table->header.join(QStringLiteral(", "))));
        return Failed;
    }
    const RegisterImport::Plan plan = import.prepare(*table, mapping);
    for (const RegisterImport::RowError& e : plan.errors)
        printErr(e.format());
    const bool skip = p.isSet(QStringLiteral("skip-bad-rows"));
    if (plan.badRows > 0 && !skip) {
        printErr(tr("error: %n bad row(s); nothing was imported (use --skip-bad-rows to import the rest)",
                    plan.badRows));
        return Failed;
    }
    if (Status st = import.commit(plan, skip); !st)
        return fail(st.error());
    QString line = tr("imported %1 from %2 (%3)")
                       .arg(schema->count(int(plan.records.size())), QFileInfo(file).fileName(), table->encoding);
    if (plan.badRows)
        line += tr(", skipped %n bad row(s)", plan.badRows);
    printOut(line);
    return Ok;
}

int runExport(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Export a register to CSV or XLSX (not encrypted: keep the file safe)."));
    addDbOption(p);
    p.addOption({QStringLiteral("format"), tr("csv or xlsx (default: from OUT's suffix)."), QStringLiteral("FORMAT")});
    p.addOption({QStringLiteral("search"), tr("Only the records this search finds."), QStringLiteral("TEXT")});
    p.addPositionalArgument(QStringLiteral("REGISTER"), tr("What to export (see `registers`)."));
    p.addPositionalArgument(QStringLiteral("OUT"), tr("The file to write."));
    if (!parseOrUsage(p, args, {QStringLiteral("db")}))
        return Usage;
    const QString f = p.value(QStringLiteral("format")).toLower();
    if (p.isSet(QStringLiteral("format")) && f != u"csv" && f != u"xlsx") {
        printErr(tr("error: --format takes csv or xlsx"));
        return Usage;
    }
    int code = Ok;
    const Selection s =
        select(p, 2, tr("usage: campusledger-cli export REGISTER --db PATH --format csv|xlsx OUT"), code);
    if (!s.schema)
        return code;
    const QString out = p.positionalArguments().at(1);
    const RegisterExport::Format format = f.isEmpty()      ? RegisterExport::formatFor(out)
                                          : f == u"xlsx" ? RegisterExport::Format::Xlsx
                                                         : RegisterExport::Format::Csv;
    if (Status st = RegisterExport::write(out, format, *s.schema, s.records); !st)
        return fail(st.error());
    printOut(tr("exported %1 to %2").arg(s.schema->count(int(s.records.size())), out));
    if (RegisterExport::holdsPersonalData(*s.schema))
        printErr(tr("note: %1 is not encrypted and holds personal data; keep it safe and delete it when done.")
                     .arg(out));
    return Ok;
}

int runList(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("List a register's records, one a line (tab-separated), or as JSON."));
    addDbOption(p);
    p.addOption({QStringLiteral("search"), tr("Only the records this search finds."), QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("json"), tr("One JSON array of objects (stored values) instead of lines.")});
    p.addPositionalArgument(QStringLiteral("REGISTER"), tr("What to list (see `registers`)."));
    if (!parseOrUsage(p, args, {QStringLiteral("db")}))
        return Usage;
    int code = Ok;
    const Selection s =
        select(p, 1, tr("usage: campusledger-cli list REGISTER --db PATH [--search TEXT] [--json]"), code);
    if (!s.schema)
        return code;
    const RegisterSchema* schema = s.schema;
    const QList<Record>& records = s.records;
    const QList<ColumnRef> columns = schema->columns(Listed);
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray arr;
        for (const Record& r : records) {
            QJsonObject o{{QStringLiteral("id"), r.id}};
            for (int i = 0; i < schema->fields().size(); ++i)
                if (schema->fields().at(i).kind != FieldKind::SecretRef)
                    o.insert(schema->fields().at(i).key, r.values.value(i));
            for (int k : schema->personFields())
                o.insert(schema->fields().at(k).key + QStringLiteral("_name"), schema->personName(r, k));
            arr.append(o);
        }
        printOut(QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Indented)).trimmed());
        return Ok;
    }
    QStringList header;
    for (const ColumnRef& c : columns)
        header << schema->columnLabel(c);
    printOut(header.join(u'\t'));
    for (const Record& r : records) {
        QStringList cells;
        for (const ColumnRef& c : columns)
            cells << schema->columnText(c, r).replace(u'\t', u' ').replace(u'\n', u' ');
        printOut(cells.join(u'\t'));
    }
    return Ok;
}

int runPrint(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Print a register's form (with signature lines) to a PDF."));
    addDbOption(p);
    p.addOption({QStringLiteral("out"), tr("The PDF to write."), QStringLiteral("FILE.pdf")});
    p.addOption({QStringLiteral("search"), tr("Only the records this search finds."), QStringLiteral("TEXT")});
    p.addPositionalArgument(QStringLiteral("REGISTER"), tr("What to print (see `registers`)."));
    if (!parseOrUsage(p, args, {QStringLiteral("db"), QStringLiteral("out")}))
        return Usage;
    int code = Ok;
    const Selection s = select(
        p, 1, tr("usage: campusledger-cli print REGISTER --db PATH --out FILE.pdf [--search TEXT]"), code);
    if (!s.schema)
        return code;
    const QString out = p.value(QStringLiteral("out"));
    if (Status st = RegisterExport::form(*s.schema, s.ws->schoolName(), s.records).writePdf(out); !st)
        return fail(st.error());
    printOut(tr("printed %1 to %2").arg(s.schema->count(int(s.records.size())), out));
    return Ok;
}

int runFindings(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("List what needs action in every register (or one), now or at a given moment."));
    addDbOption(p);
    p.addOption({QStringLiteral("module"), tr("Only this module's findings."), QStringLiteral("ID")});
    p.addOption({QStringLiteral("json"), tr("One JSON array instead of lines.")});
    p.addOption({QStringLiteral("at"), tr("The findings as they stand at this local time (the inspection day …)."),
                 QStringLiteral("YYYY-MM-DDTHH:MM")});
    if (!parseOrUsage(p, args, {QStringLiteral("db")}))
        return Usage;
    if (p.isSet(QStringLiteral("at"))) {
        const QDateTime at = QDateTime::fromString(p.value(QStringLiteral("at")), QStringLiteral("yyyy-MM-ddTHH:mm"));
        if (!at.isValid()) {
            printErr(tr("error: --at takes a local time as YYYY-MM-DDTHH:MM (2026-12-01T16:30)"));
            return Usage;
        }
        Clock::setFixed(at);
    }
    int code = Ok;
    auto ws = openWorkspace(p, code);
    if (!ws)
        return code;
    const QString module = p.value(QStringLiteral("module"));
    if (!module.isEmpty() && !ws->module(module)) {
        printErr(tr("error: there is no module %1").arg(module));
        return Usage;
    }
    const QList<Finding> list = ws->findings(module);
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray arr;
        for (const Finding& f : list)
            arr.append(f.toJson());
        printOut(QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Indented)).trimmed());
        return Ok;
    }
    for (const Finding& f : list) {
        printOut(QStringLiteral("%1\t%2\t%3\t%4\t%5%6")
                     .arg(f.ruleId, Finding::severityName(f.severity), f.moduleId,
                          f.deadline.isValid() ? f.deadline.toString(QStringLiteral("yyyy-MM-ddTHH:mm"))
                                               : QStringLiteral("-"),
                          f.title, f.recordId.isEmpty() ? QString() : QStringLiteral("\t[%1]").arg(f.recordId)));
    }
    return Ok;
}

} // namespace csl::cli
