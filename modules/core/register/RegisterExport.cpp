#include "RegisterExport.h"

#include "CsvWriter.h"
#include "XlsxWriter.h"

#include <QFileInfo>

namespace csl {

TableData RegisterExport::toTable(const RegisterSchema& schema, const QList<Record>& records)
{
    const QList<ColumnRef> columns = schema.columns(NotExported);
    TableData t;
    for (const ColumnRef& c : columns)
        t.header << schema.columnLabel(c);
    t.rows.reserve(records.size());
    for (const Record& r : records) {
        QStringList row;
        row.reserve(columns.size());
        for (const ColumnRef& c : columns)
            row << schema.columnText(c, r);
        t.rows << row;
    }
    return t;
}

RegisterExport::Format RegisterExport::formatFor(const QString& path)
{
    return QFileInfo(path).suffix().compare(u"xlsx", Qt::CaseInsensitive) == 0 ? Format::Xlsx : Format::Csv;
}

bool RegisterExport::holdsPersonalData(const RegisterSchema& schema)
{
    for (const ColumnRef& c : schema.columns(NotExported))
        if (c.field >= 0 && (schema.fields().at(c.field).has(Private) || schema.fields().at(c.field).kind == FieldKind::Person))
            return true;
    return false;
}

Status RegisterExport::write(const QString& path, Format format, const RegisterSchema& schema,
                             const QList<Record>& records)
{
    if (format == Format::Csv)
        return CsvWriter::writeFile(path, toTable(schema, records));
    const QList<ColumnRef> columns = schema.columns(NotExported);
    QStringList header;
    for (const ColumnRef& c : columns)
        header << schema.columnLabel(c);
    XlsxWriter w(path);
    if (Status st = w.addSheet(schema.title(), header); !st)
        return st;
    for (int c = 0; c < columns.size(); ++c) {
        const int px = columns.at(c).field >= 0 ? schema.fields().at(columns.at(c).field).width
                                                : schema.computed().at(columns.at(c).computed).width;
        w.setColumnWidth(c, px > 0 ? px / 7.0 : 14);
    }
    QVariantList cells;
    for (const Record& r : records) {
        cells.clear();
        for (const ColumnRef& c : columns) {
            // Dates stay dates for Excel; everything else is text (IPs and numbers with leading zeros too).
            const bool date = c.field >= 0 && schema.fields().at(c.field).kind == FieldKind::Date
                              && !r.values.value(c.field).isEmpty();
            cells << (date ? QVariant(QDate::fromString(r.values.value(c.field), Qt::ISODate))
                           : QVariant(schema.columnText(c, r)));
        }
        if (Status st = w.addRow(cells); !st)
            return st;
    }
    return w.close();
}

ReportDocument RegisterExport::form(const RegisterSchema& schema, const QString& schoolName,
                                    const QList<Record>& records)
{
    ReportDocument doc(schema.formTitle());
    doc.setSchoolName(schoolName);
    doc.setLandscape(schema.landscape());
    const QList<ColumnRef> columns = schema.columns(Printed);
    QString html = QStringLiteral("<p>%1</p>").arg(
        ReportDocument::escape(tr("School: %1    Records: %2").arg(schoolName).arg(records.size())));
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr><th>%1</th>")
                .arg(ReportDocument::escape(tr("No.")));
    for (const ColumnRef& c : columns)
        html += QStringLiteral("<th>%1</th>").arg(ReportDocument::escape(schema.columnLabel(c)));
    html += QStringLiteral("</tr>");
    int n = 0;
    for (const Record& r : records) {
        html += QStringLiteral("<tr><td>%1</td>").arg(++n);
        for (const ColumnRef& c : columns)
            html += QStringLiteral("<td>%1</td>").arg(ReportDocument::escape(schema.columnText(c, r)));
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    doc.setBodyHtml(html);
    doc.setSignatureLines(schema.signatureLines());
    return doc;
}

} // namespace csl
