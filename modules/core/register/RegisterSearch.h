// Search-as-you-type over a register: one precomputed lower-case key per record, filtered in memory (R-DEV-3).
#pragma once

#include "RegisterSchema.h"

#include <QList>
#include <QString>

#include <utility>
#include <vector>

namespace csl {

/**
 * @brief An index of one search key per record (its Searchable fields and computed columns; a MAC in its
 * three spellings), lower-cased once.
 *
 * filter() scans the keys with a plain substring match; when the query extends a prefix typed before (one
 * more character) only that prefix's hits are scanned, and deleting back returns the cached hits.
 */
class RegisterSearch final
{
public:
    /// Builds the keys of @p records (indexes into that list are what filter() returns).
    void rebuild(const RegisterSchema& schema, const QList<Record>& records);
    /// Updates the key of one record after an edit.
    void update(const RegisterSchema& schema, int index, const Record& record);
    /// Rows whose key contains every whitespace-separated word of @p query, in index order.
    const std::vector<int>& filter(const QString& query);
    int size() const { return int(m_keys.size()); }

    /// The key of one record.
    static QString keyOf(const RegisterSchema& schema, const Record& r);

private:
    std::vector<QString> m_keys;
    std::vector<int> m_hits;
    std::vector<std::pair<QString, std::vector<int>>> m_chain; ///< hits per typed prefix
    bool m_valid = false;
};

} // namespace csl
