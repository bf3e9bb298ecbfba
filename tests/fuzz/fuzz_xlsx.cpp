// libFuzzer target: XlsxReader on any bytes, written to a file in memory (/dev/shm) as the reader reads paths.
#include "XlsxReader.h"

#include <QFile>

#include <cstdint>
#include <cstdlib>
#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const QString path = QStringLiteral("/dev/shm/campusledger-fuzz-xlsx-%1.xlsx").arg(getpid());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        std::abort();
    f.write(reinterpret_cast<const char*>(data), qint64(size));
    f.close();
    auto names = csl::XlsxReader::sheetNames(path);
    auto table = csl::XlsxReader::readFile(path);
    if (!table && table.error().message.isEmpty())
        std::abort();
    if (names && names->size() > 1)
        (void)csl::XlsxReader::readFile(path, names->last());
    return 0;
}
