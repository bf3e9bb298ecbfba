// Key material that is wiped from memory when it goes away.
#pragma once

#include <QByteArray>
#include <QString>

namespace csl {

/// @brief A byte buffer for secrets: zeroed on destruction and never implicitly shared.
class SecureBytes final
{
public:
    SecureBytes() = default;
    explicit SecureBytes(qsizetype size);
    SecureBytes(const char* data, qsizetype size);
    ~SecureBytes();
    SecureBytes(const SecureBytes& other);
    SecureBytes& operator=(const SecureBytes& other);
    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(SecureBytes&& other) noexcept;

    unsigned char* data() { return reinterpret_cast<unsigned char*>(m_bytes.data()); }
    const unsigned char* data() const { return reinterpret_cast<const unsigned char*>(m_bytes.constData()); }
    qsizetype size() const { return m_bytes.size(); }
    bool isEmpty() const { return m_bytes.isEmpty(); }
    void clear();

    /// Lower-case hex; the caller owns wiping the copy.
    QString toHex() const;
    static SecureBytes fromHex(const QByteArray& hex);
    bool operator==(const SecureBytes& other) const;

private:
    QByteArray m_bytes;
};

} // namespace csl
