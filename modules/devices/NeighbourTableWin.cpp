// GetIpNetTable2 without Qt, so that this part is compiled and linked with MinGW on Linux too:
//   x86_64-w64-mingw32-g++ -std=c++20 -Wall -Wextra -Wpedantic -Werror -O2 -static
//       NeighbourTableWin.cpp NeighbourTableWinProbe.cpp -liphlpapi -lws2_32 -o neighbours.exe
// (run in modules/devices; the package is g++-mingw-w64-x86-64). On Windows CMake adds it to csl_core.
#ifndef _WIN32_WINNT
#define _WIN32_WINNT 0x0601 // GetIpNetTable2 and inet_ntop: Windows Vista and later; we support 7 and later
#endif
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <winsock2.h>
#include <ws2ipdef.h>
#include <ws2tcpip.h>
#include <iphlpapi.h>
#include <netioapi.h>

#include "NeighbourTableWin.h"

namespace csl {

namespace {

NeighbourState stateOf(NL_NEIGHBOR_STATE s)
{
    switch (s) {
    case NlnsUnreachable: return NeighbourState::Unreachable;
    case NlnsIncomplete: return NeighbourState::Incomplete;
    case NlnsProbe: return NeighbourState::Probe;
    case NlnsDelay: return NeighbourState::Delay;
    case NlnsStale: return NeighbourState::Stale;
    case NlnsReachable: return NeighbourState::Reachable;
    case NlnsPermanent: return NeighbourState::Permanent;
    default: return NeighbourState::Other;
    }
}

std::string addressText(const SOCKADDR_INET& a)
{
    char text[INET6_ADDRSTRLEN] = {};
    const void* bytes = nullptr;
    if (a.si_family == AF_INET)
        bytes = &a.Ipv4.sin_addr;
    else if (a.si_family == AF_INET6)
        bytes = &a.Ipv6.sin6_addr;
    if (!bytes || !inet_ntop(a.si_family, bytes, text, sizeof text))
        return {};
    return text;
}

} // namespace

unsigned long readWindowsNeighbourTable(std::vector<NeighbourRow>& rows)
{
    PMIB_IPNET_TABLE2 table = nullptr;
    const DWORD rc = GetIpNetTable2(AF_UNSPEC, &table);
    if (rc != NO_ERROR)
        return rc;
    rows.reserve(rows.size() + table->NumEntries);
    for (ULONG i = 0; i < table->NumEntries; ++i) {
        const MIB_IPNET_ROW2& r = table->Table[i];
        if (r.PhysicalAddressLength != 6)
            continue; // loopback, tunnels
        NeighbourRow row;
        row.ip = addressText(r.Address);
        if (row.ip.empty())
            continue;
        for (int b = 0; b < 6; ++b)
            row.mac[size_t(b)] = r.PhysicalAddress[b];
        row.state = stateOf(r.State);
        rows.push_back(std::move(row));
    }
    FreeMibTable(table);
    return NO_ERROR;
}

} // namespace csl
