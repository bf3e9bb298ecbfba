// A console probe of readWindowsNeighbourTable(): proves the Win32 part compiles and links without Qt
// (MinGW on Linux, see NeighbourTableWin.cpp) and prints this computer's table when run on Windows.
#include "NeighbourTableWin.h"

#include <cstdio>
#include <vector>

int main()
{
    static const char* const states[] = {"unreachable", "incomplete", "probe", "delay",
                                         "stale",       "reachable",  "permanent", "other"};
    std::vector<csl::NeighbourRow> rows;
    if (const unsigned long rc = csl::readWindowsNeighbourTable(rows); rc != 0) {
        std::fprintf(stderr, "GetIpNetTable2 failed: error %lu\n", rc);
        return 1;
    }
    for (const csl::NeighbourRow& r : rows)
        std::printf("%-40s %02x:%02x:%02x:%02x:%02x:%02x %s\n", r.ip.c_str(), r.mac[0], r.mac[1], r.mac[2], r.mac[3],
                    r.mac[4], r.mac[5], states[static_cast<int>(r.state)]);
    std::printf("%zu neighbour(s)\n", rows.size());
    return 0;
}
