// campusledger-cli import devices / export devices / findings.
#include "CliContext.h"
#include "DeviceExport.h"
#include "DeviceImport.h"
#include "DeviceRepository.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace csl::cli {

int runImportDevices(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Import devices from a .csv or .xlsx file; columns are matched by "
                                               "their header (IP地址/IP, MAC地址/MAC, 使用人, 部门, 位置 …)."));
    addDbOption(p);
    p.addOption({QStringLiteral("skip-bad-rows"), QStringLiteral("Import the good rows and skip the bad ones.")});
    p.addPositionalArgument(QStringLiteral("devices"), QStringLiteral("What to import: devices."));
    p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The .csv or .xlsx file."));
    if (!parseOrUsage(p, args, {QStringLiteral("db")}))
        return Usage;
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 2 || pos.at(0) != u"devices") {
        printErr(QStringLiteral("usage: campusledger-cli import devices --db PATH FILE [--skip-bad-rows]"));
        return Usage;
    }
    const QString file = pos.at(1);
    auto table = DeviceImport::readFile(file);
    if (!table) {
        printErr(QStringLiteral("error: %1").arg(table.error().message));
        return Failed;
    }
    const DeviceImport::Mapping mapping = DeviceImport::guessMapping(table->header);
    if (mapping.value(QStringLiteral("ip")) < 0 || mapping.value(QStringLiteral("mac")) < 0) {
        printErr(QStringLiteral("error: %1 has no IP and MAC columns (found: %2)")
                     .arg(QFileInfo(file).fileName(), table->header.join(QStringLiteral(", "))));
        return Failed;
    }
    int code = Ok;
    auto ws = openWorkspace(p, code);
    if (!ws)
        return code;
    DeviceImport import(ws->store());
    const DeviceImport::Plan plan = import.prepare(*table, mapping);
    for (const DeviceImport::RowError& e : plan.errors)
        printErr(e.format());
    const bool skip = p.isSet(QStringLiteral("skip-bad-rows"));
    if (plan.badRows > 0 && !skip) {
        printErr(QStringLiteral("error: %1 bad row(s); nothing was imported (use --skip-bad-rows to import the rest)")
                     .arg(plan.badRows));
        return Failed;
    }
    if (Status st = import.commit(plan, skip); !st)
        return fail(st.error());
    printOut(QStringLiteral("imported %1 device(s) from %2 (%3)%4")
                 .arg(plan.devices.size())
                 .arg(QFileInfo(file).fileName(), table->encoding,
                      plan.badRows ? QStringLiteral(", skipped %1 bad row(s)").arg(plan.badRows) : QString()));
    return Ok;
}

int runExportDevices(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Export the device register to CSV or XLSX."));
    addDbOption(p);
    p.addOption({QStringLiteral("format"), QStringLiteral("csv or xlsx (default: from OUT's suffix)."),
                 QStringLiteral("FORMAT")});
    p.addPositionalArgument(QStringLiteral("devices"), QStringLiteral("What to export: devices."));
    p.addPositionalArgument(QStringLiteral("OUT"), QStringLiteral("The file to write."));
    if (!parseOrUsage(p, args, {QStringLiteral("db")}))
        return Usage;
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 2 || pos.at(0) != u"devices") {
        printErr(QStringLiteral("usage: campusledger-cli export devices --db PATH --format csv|xlsx OUT"));
        return Usage;
    }
    const QString out = pos.at(1);
    DeviceExport::Format format = DeviceExport::formatFor(out);
    if (p.isSet(QStringLiteral("format"))) {
        const QString f = p.value(QStringLiteral("format")).toLower();
        if (f != u"csv" && f != u"xlsx") {
            printErr(QStringLiteral("error: --format takes csv or xlsx"));
            return Usage;
        }
        format = f == u"xlsx" ? DeviceExport::Format::Xlsx : DeviceExport::Format::Csv;
    }
    int code = Ok;
    auto ws = openWorkspace(p, code);
    if (!ws)
        return code;
    const QList<DeviceRecord> devices = DeviceRepository(ws->store()).all();
    if (Status st = DeviceExport::write(out, format, devices); !st)
        return fail(st.error());
    printOut(QStringLiteral("exported %1 device(s) to %2").arg(devices.size()).arg(out));
    return Ok;
}

int runFindings(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("List what needs action in every register (or one)."));
    addDbOption(p);
    p.addOption({QStringLiteral("module"), QStringLiteral("Only this module's findings."), QStringLiteral("ID")});
    p.addOption({QStringLiteral("json"), QStringLiteral("One JSON array instead of lines.")});
    if (!parseOrUsage(p, args, {QStringLiteral("db")}))
        return Usage;
    int code = Ok;
    auto ws = openWorkspace(p, code);
    if (!ws)
        return code;
    const QString module = p.value(QStringLiteral("module"));
    if (!module.isEmpty() && !ws->module(module)) {
        printErr(QStringLiteral("error: there is no module %1").arg(module));
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
                          f.deadline.isValid() ? f.deadline.toString(Qt::ISODate) : QStringLiteral("-"), f.title,
                          f.recordId.isEmpty() ? QString() : QStringLiteral("\t[%1]").arg(f.recordId)));
    }
    return Ok;
}

} // namespace csl::cli
