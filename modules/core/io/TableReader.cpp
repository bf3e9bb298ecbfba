#include "TableReader.h"

#include "CsvReader.h"
#include "XlsxReader.h"

#include <QFileInfo>

namespace csl {

Result<TableData> TableReader::readFile(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"xlsx")
        return XlsxReader::readFile(path);
    if (suffix == u"tsv")
        return CsvReader::readFile(path, u'\t');
    if (CsvReader::readsSuffix(suffix)) // .csv, and .txt: Excel's "Unicode text" is tab-separated UTF-16
        return CsvReader::readFile(path);
    return Error{Error::InvalidInput,
                 tr("%1: only .xlsx, .csv, .tsv and .txt files can be imported.").arg(QFileInfo(path).fileName())};
}

QString TableReader::fileFilter()
{
    return tr("Spreadsheets and text (*.xlsx *.csv *.tsv *.txt)");
}

} // namespace csl
