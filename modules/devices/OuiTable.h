// The vendor of a MAC address from the IEEE registries (MA-L, MA-M, MA-S, IAB) embedded at build time.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>

namespace csl {

/**
 * @brief Looks up the organisation the IEEE assigned a MAC address's prefix to.
 *
 * The table is Debian's ieee-data turned into ":/oui/oui.tsv" at build time
 * (cmake/OuiTable.cmake); it is read once, on the first lookup, from any
 * thread. The longest assignment wins: a 36-bit MA-S or IAB block over the
 * 28-bit MA-M block over the 24-bit MA-L block that contains it.
 *
 * A locally administered address (bit 0x02 of the first octet: the randomised
 * MAC of phones and laptops, R-DEV-2) and a multicast address name no vendor:
 * lookup() returns empty for them and identify() says which it is.
 */
class OuiTable final
{
    Q_DECLARE_TR_FUNCTIONS(csl::OuiTable)
public:
    /// What identify() found.
    enum class Kind {
        Invalid,             ///< not a MAC address, or fewer than 6 hex digits typed so far
        Registered,          ///< the prefix is assigned: organisation holds the name
        Unassigned,          ///< a universal address whose prefix the tables do not list
        LocallyAdministered, ///< bit 0x02 of the first octet: randomised or set by software
        Multicast,           ///< bit 0x01 of the first octet: a group, not a device
    };

    /// @brief The answer about one address or typed prefix.
    struct Vendor
    {
        Kind kind = Kind::Invalid;
        QString organisation; ///< the registered name (Kind::Registered only)
        QString assignment;   ///< the matched block as the IEEE writes it, e.g. "00-00-0C" or "74-1A-E0-9"
        int prefixBits = 0;   ///< 24, 28 or 36 (Kind::Registered only)
    };

    /// The 48-bit value of a MAC written aa:bb:cc:dd:ee:ff, AA-BB-CC-DD-EE-FF, aabb.ccdd.eeff or aabbccddeeff.
    static std::optional<quint64> parseMac(QStringView text);

    /// The organisation for @p mac (any spelling parseMac() reads); empty if unknown, invalid, local or multicast.
    static QString lookup(QStringView mac);
    /// The organisation for a 48-bit address; empty if unknown, locally administered or multicast.
    static QString lookup(quint64 mac);

    /// A full address or what the officer has typed so far (at least 6 hex digits, separators : - . or space).
    static Vendor identify(QStringView text);

    /// Short text for a table cell or an export column: the organisation (shown()), "Randomised MAC",
    /// "Multicast", or empty when unknown.
    static QString label(QStringView mac);
    /// One sentence for the device form, as the MAC is typed; empty while fewer than 6 hex digits are there.
    static QString describe(QStringView text);

    /// @p organisation as the officer reads it: "Private" (an owner the IEEE does not publish) translated.
    static QString shown(const QString& organisation);

    /// Assignments in the embedded table (loads it).
    static int size();
};

} // namespace csl
