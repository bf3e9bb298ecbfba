// The Windows neighbour table (GetIpNetTable2) as plain C++ rows: no Qt, no Windows headers here.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace csl {

/// @brief The NL_NEIGHBOR_STATE of a row, in Windows' own order.
enum class NeighbourState : int { Unreachable, Incomplete, Probe, Delay, Stale, Reachable, Permanent, Other };

/// @brief One entry of the Windows neighbour table: IPv4 or IPv6 text, the 6-byte MAC, the state.
struct NeighbourRow
{
    std::string ip;                       ///< "10.0.0.1" or "fe80::1" (scope left out)
    std::array<std::uint8_t, 6> mac{};    ///< the link-layer address
    NeighbourState state = NeighbourState::Other;
};

/**
 * @brief Reads the neighbour table of every interface, IPv4 and IPv6 (Windows only).
 *
 * Implemented in NeighbourTableWin.cpp, which includes only winsock2/ws2ipdef/
 * iphlpapi and builds with MSVC or MinGW (link iphlpapi, ws2_32). Rows whose
 * link-layer address is not 6 bytes are left out; every state is returned, the
 * caller decides. Returns the Win32 error code of GetIpNetTable2 (0 = NO_ERROR).
 */
unsigned long readWindowsNeighbourTable(std::vector<NeighbourRow>& rows);

} // namespace csl
