// Search-as-you-type over the device register: precomputed lower-case keys, filtered in memory (R-DEV-3).
#pragma once

#include "DeviceRecord.h"

#include <QList>
#include <QString>

#include <utility>
#include <vector>

namespace csl {

/**
 * @brief An index of one search key per device (IP, MAC in two forms, user,
 * hostname, building, room, department, asset tag), lower-cased once.
 *
 * filter() scans the keys with a plain substring match; when the query
 * extends a prefix typed before (one more character) only that prefix's hits
 * are scanned, and deleting back returns the cached hits.
 */
class DeviceSearch final
{
public:
    /// Builds the keys of @p devices (indexes into that list are what filter() returns).
    void rebuild(const QList<DeviceRecord>& devices);
    /// Updates the key of one device after an edit.
    void update(int index, const DeviceRecord& device);
    /// Rows whose key contains every whitespace-separated word of @p query, in index order.
    const std::vector<int>& filter(const QString& query);
    int size() const { return int(m_keys.size()); }

    /// The key of one device (exposed for tests).
    static QString keyOf(const DeviceRecord& d);

private:
    std::vector<QString> m_keys;
    std::vector<int> m_hits;
    std::vector<std::pair<QString, std::vector<int>>> m_chain; ///< hits per typed prefix
    bool m_valid = false;
};

} // namespace csl
