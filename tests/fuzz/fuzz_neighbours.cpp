// libFuzzer target: the neighbour-table and arp-scan parsers (/proc/net/arp, `ip neigh`, arp-scan output).
#include "NeighbourTable.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    for (const auto& list : {csl::NeighbourTable::parse(text), csl::NeighbourTable::parseProcArp(text),
                             csl::NeighbourTable::parseIpNeigh(text), csl::NeighbourTable::parseArpScan(text)}) {
        for (const csl::Sighting& s : list) {
            if (s.ip.isEmpty() || s.mac.size() != 17)
                std::abort(); // only valid, normalised pairs come out
        }
    }
    return 0;
}
