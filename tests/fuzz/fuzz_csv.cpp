// libFuzzer target: CsvReader on any bytes (encoding detection, delimiter detection, quoting).
#include "CsvReader.h"
#include "CsvWriter.h"

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
    // What was read writes out and reads back as the same cells.
    auto again = csl::CsvReader::parse(csl::CsvWriter::toBytes(*table));
    if (!again)
        std::abort();
    (void)csl::CsvReader::parse(bytes, u'\t');
    return 0;
}
