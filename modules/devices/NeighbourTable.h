// Devices seen on the network: the OS neighbour table (Linux /proc/net/arp, `ip neigh`; Windows GetIpNetTable2) and arp-scan output.
#pragma once

#include <QCoreApplication>

#include "DeviceRecord.h"
#include "NeighbourTableWin.h"
#include "Result.h"

#include <QList>

namespace csl {

/**
 * @brief Reads IP/MAC pairs seen on the network and matches them with the register (R-DEV-2).
 *
 * The parsers take text (a saved file or a command's output) so they run the
 * same on every platform; readSystem() asks the running OS: /proc/net/arp on
 * Linux, GetIpNetTable2 on Windows (NeighbourTableWin.cpp, Qt-free, converted by
 * fromWindowsRows()). Incomplete entries (no MAC yet) are left out.
 */
class NeighbourTable final
{
    Q_DECLARE_TR_FUNCTIONS(csl::NeighbourTable)
public:
    /// Lines of /proc/net/arp (header first).
    static QList<Sighting> parseProcArp(const QString& text);
    /// Output of `ip neigh` (`10.0.0.1 dev eth0 lladdr aa:bb:… REACHABLE`).
    static QList<Sighting> parseIpNeigh(const QString& text);
    /// Output of `arp-scan` (`10.0.0.1<TAB>aa:bb:…<TAB>vendor`), banners and summaries skipped.
    static QList<Sighting> parseArpScan(const QString& text);
    /// Any of the three formats, recognised from the text.
    static QList<Sighting> parse(const QString& text);
    /// Reads a saved file in any of the three formats.
    static Result<QList<Sighting>> readFile(const QString& path);
    /// Rows of the Windows table as sightings; unreachable and incomplete rows left out (compiled everywhere).
    static QList<Sighting> fromWindowsRows(const std::vector<NeighbourRow>& rows);
    /// The running system's neighbour table.
    static Result<QList<Sighting>> readSystem();

    /// What a scan says about the register.
    struct Match
    {
        int matched = 0;                     ///< pairs registered exactly so
        QList<Sighting> unregistered;        ///< neither IP nor MAC registered
        QList<std::pair<Sighting, DeviceRecord>> changedMac; ///< registered IP seen with another MAC
        QList<std::pair<Sighting, DeviceRecord>> movedIp;    ///< registered MAC seen on another IP
    };
    static Match match(const QList<Sighting>& seen, const QList<DeviceRecord>& devices);
};

} // namespace csl
