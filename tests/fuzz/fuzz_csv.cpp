// libFuzzer target: CsvReader on any bytes (encoding detection, delimiter detection, quoting).
#include "CsvReader.h"
#include "CsvWriter.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    auto table = csl::CsvReader::parse(bytes);
    if (!table) {
        if (table.error().message.isEmpty())
            std::abort(); // a refusal always says why
        return 0;
    }
    // What was read writes out and reads back as the same cells (unless every cell is blank: nothing to read).
    const auto blank = [](const QStringList& r) {
        return std::all_of(r.cbegin(), r.cend(), [](const QString& c) { return c.trimmed().isEmpty(); });
    };
    const bool empty = blank(table->header) && std::all_of(table->rows.cbegin(), table->rows.cend(), blank);
    auto again = csl::CsvReader::parse(csl::CsvWriter::toBytes(*table));
    if (!empty && (!again || again->header != table->header || again->rows != table->rows))
        std::abort();
    (void)csl::CsvReader::parse(bytes, u'\t');
    return 0;
}
