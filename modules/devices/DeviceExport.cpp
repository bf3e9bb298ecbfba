#include "DeviceExport.h"

#include "CsvWriter.h"
#include "DeviceRules.h"
#include "OuiTable.h"
#include "XlsxWriter.h"

#include <QFileInfo>

namespace csl {

QString DeviceExport::vendorHeader()
{
    return tr("Vendor (from MAC)");
}

namespace {

/// One device as a row of the register sheet; the date stays a date for XLSX.
QVariantList cellsOf(const DeviceRecord& d)
{
    return {d.ip,
            d.mac,
            OuiTable::label(d.mac), // read-only: the importer maps no field to it
            d.hostname,
            DeviceTypes::label(d.type),
            d.userName,
            d.department,
            d.building,
            d.room,
            d.assetTag,
            d.registeredBy,
            d.registeredOn.isValid() ? QVariant(d.registeredOn) : QVariant(),
            DeviceStatuses::label(d.status),
            d.notes};
}

QStringList headerRow()
{
    QStringList header;
    for (const char* f : {"ip", "mac", "vendor", "hostname", "type", "user", "department", "building", "room",
                          "asset_tag", "registered_by", "registered_on", "status", "notes"})
        header << (qstrcmp(f, "vendor") == 0 ? DeviceExport::vendorHeader()
                                              : DeviceRules::fieldLabel(QString::fromLatin1(f)));
    return header;
}

} // namespace

TableData DeviceExport::toTable(const QList<DeviceRecord>& devices)
{
    TableData t;
    t.header = headerRow();
    t.rows.reserve(devices.size());
    for (const DeviceRecord& d : devices) {
        QStringList row;
        for (const QVariant& cell : cellsOf(d))
            row << (cell.typeId() == QMetaType::QDate ? cell.toDate().toString(Qt::ISODate) : cell.toString());
        t.rows << row;
    }
    return t;
}

DeviceExport::Format DeviceExport::formatFor(const QString& path)
{
    return QFileInfo(path).suffix().compare(u"xlsx", Qt::CaseInsensitive) == 0 ? Format::Xlsx : Format::Csv;
}

Status DeviceExport::write(const QString& path, Format format, const QList<DeviceRecord>& devices)
{
    if (format == Format::Csv)
        return CsvWriter::writeFile(path, toTable(devices));
    XlsxWriter w(path);
    if (Status st = w.addSheet(tr("IP-MAC register"), headerRow()); !st)
        return st;
    const QList<double> widths{16, 19, 28, 16, 10, 10, 14, 14, 8, 14, 10, 12, 8, 30};
    for (int c = 0; c < widths.size(); ++c)
        w.setColumnWidth(c, widths.at(c));
    for (const DeviceRecord& d : devices) {
        if (Status st = w.addRow(cellsOf(d)); !st)
            return st;
    }
    return w.close();
}

} // namespace csl
