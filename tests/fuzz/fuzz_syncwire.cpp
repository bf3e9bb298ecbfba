// libFuzzer target: the sync wire decoder as the receiver runs it: gunzip with a cap, JSON, entries.
#include "SyncWire.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    constexpr qint64 cap = 4 * 1024 * 1024;
    QByteArray json = bytes;
    if (bytes.startsWith("\x1f\x8b")) {
        auto inflated = csl::sync::gunzip(bytes, cap);
        if (!inflated)
            return 0;
        if (inflated->size() > cap)
            std::abort(); // the cap holds
        json = *inflated;
    }
    const QJsonObject batch = QJsonDocument::fromJson(json).object();
    for (const QJsonValue& v : batch.value(QStringLiteral("entries")).toArray()) {
        auto e = csl::sync::entryFromJson(v.toObject());
        if (!e)
            continue;
        // An entry read from the wire goes back onto it unchanged.
        auto again = csl::sync::entryFromJson(csl::sync::entryToJson(*e));
        if (!again || again->hash != e->hash || again->fields != e->fields || again->seq != e->seq)
            std::abort();
    }
    return 0;
}
