// Test support: writes minimal .xlsx archives by hand with minizip, for crafted and hostile workbooks.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#include <minizip/zip.h>

#include <functional>

namespace csl::test {

/// Writes one stored member of @p zip from @p produce, which is called until it returns an empty chunk.
inline bool addMember(zipFile zip, const char* name, const std::function<QByteArray()>& produce)
{
    zip_fileinfo info{};
    if (zipOpenNewFileInZip(zip, name, &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED, 9) != ZIP_OK)
        return false;
    for (QByteArray chunk = produce(); !chunk.isEmpty(); chunk = produce()) {
        if (zipWriteInFileInZip(zip, chunk.constData(), unsigned(chunk.size())) != ZIP_OK)
            return false;
    }
    return zipCloseFileInZip(zip) == ZIP_OK;
}

/// A workbook of one sheet whose XML comes from @p sheetXml (called until it returns an empty chunk).
inline bool writeWorkbook(const QString& path, const std::function<QByteArray()>& sheetXml)
{
    zipFile zip = zipOpen(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!zip)
        return false;
    const auto once = [](QByteArray bytes) { return [bytes]() mutable { return std::exchange(bytes, QByteArray()); }; };
    bool ok = addMember(zip, "xl/workbook.xml",
                        once("<?xml version=\"1.0\"?><workbook xmlns:r=\"r\"><sheets>"
                             "<sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"));
    ok = ok && addMember(zip, "xl/_rels/workbook.xml.rels",
                         once("<?xml version=\"1.0\"?><Relationships><Relationship Id=\"rId1\" "
                              "Target=\"worksheets/sheet1.xml\"/></Relationships>"));
    ok = ok && addMember(zip, "xl/worksheets/sheet1.xml", sheetXml);
    return zipClose(zip, nullptr) == ZIP_OK && ok;
}

/// A workbook whose sheet XML is @p xml.
inline bool writeWorkbook(const QString& path, const QByteArray& xml)
{
    QByteArray bytes = xml;
    return writeWorkbook(path, [bytes]() mutable { return std::exchange(bytes, QByteArray()); });
}

} // namespace csl::test
