#include "DeviceSearch.h"

namespace csl {

QString DeviceSearch::keyOf(const DeviceRecord& d)
{
    QString bareMac = d.mac;
    bareMac.remove(u':');
    QString dashMac = d.mac;
    dashMac.replace(u':', u'-');
    // A separator no query contains keeps words from matching across fields.
    return QStringList{d.ip, d.mac, dashMac, bareMac, d.userName, d.hostname, d.building + d.room, d.department, d.assetTag}
        .join(u'\x1f')
        .toLower();
}

void DeviceSearch::rebuild(const QList<DeviceRecord>& devices)
{
    m_keys.clear();
    m_keys.reserve(devices.size());
    for (const DeviceRecord& d : devices)
        m_keys.push_back(keyOf(d));
    m_valid = false;
}

void DeviceSearch::update(int index, const DeviceRecord& device)
{
    if (index >= 0 && index < int(m_keys.size()))
        m_keys[size_t(index)] = keyOf(device);
    m_valid = false;
}

const std::vector<int>& DeviceSearch::filter(const QString& query)
{
    // MACs are typed with ':' or '-' or bare; the key holds all three forms.
    const QString q = query.trimmed().toLower();
    const QStringList words = q.split(u' ', Qt::SkipEmptyParts);
    const auto matches = [&words](const QString& key) {
        for (const QString& w : words)
            if (!key.contains(w))
                return false;
        return true;
    };
    // The hits of each prefix typed so far are kept: one more character narrows the last
    // hits, a backspace returns the cached ones, and only the first character scans all keys.
    if (!m_valid)
        m_chain.clear();
    while (!m_chain.empty() && !q.startsWith(m_chain.back().first))
        m_chain.pop_back();
    if (!m_chain.empty() && m_chain.back().first == q) {
        m_hits = m_chain.back().second;
    } else {
        std::vector<int> next;
        if (!m_chain.empty() && !q.contains(u' ')) {
            const std::vector<int>& from = m_chain.back().second;
            next.reserve(from.size());
            for (int i : from)
                if (matches(m_keys[size_t(i)]))
                    next.push_back(i);
        } else {
            next.reserve(m_keys.size());
            for (int i = 0; i < int(m_keys.size()); ++i)
                if (words.isEmpty() || matches(m_keys[size_t(i)]))
                    next.push_back(i);
        }
        m_hits = std::move(next);
        if (!q.isEmpty() && !q.contains(u' '))
            m_chain.emplace_back(q, m_hits);
    }
    m_valid = true;
    return m_hits;
}

} // namespace csl
