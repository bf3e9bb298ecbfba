#include "RegisterSearch.h"

namespace csl {

QString RegisterSearch::keyOf(const RegisterSchema& schema, const Record& r)
{
    QStringList parts;
    const QList<FieldDef>& fields = schema.fields();
    for (int i = 0; i < fields.size(); ++i) {
        const FieldDef& f = fields.at(i);
        if (!f.has(Searchable))
            continue;
        const QString text = schema.displayText(i, r);
        parts << text;
        if (f.kind == FieldKind::Mac && !text.isEmpty()) // typed with ':' or '-' or bare
            parts << QString(text).replace(u':', u'-') << QString(text).remove(u':');
        if (f.kind == FieldKind::Choice && !text.isEmpty())
            parts << r.values.value(i);
    }
    for (const ComputedColumn& c : schema.computed())
        if (c.has(Searchable) && c.text)
            parts << c.text(schema, r);
    // A separator no query contains keeps words from matching across fields.
    return parts.join(u'\x1f').toLower();
}

void RegisterSearch::rebuild(const RegisterSchema& schema, const QList<Record>& records)
{
    m_keys.clear();
    m_keys.reserve(size_t(records.size()));
    for (const Record& r : records)
        m_keys.push_back(keyOf(schema, r));
    m_valid = false;
}

void RegisterSearch::update(const RegisterSchema& schema, int index, const Record& record)
{
    if (index >= 0 && index < int(m_keys.size()))
        m_keys[size_t(index)] = keyOf(schema, record);
    else if (index == int(m_keys.size()))
        m_keys.push_back(keyOf(schema, record));
    m_valid = false;
}

const std::vector<int>& RegisterSearch::filter(const QString& query)
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
