#include "SecureBytes.h"

#include <sodium.h>

namespace csl {

SecureBytes::SecureBytes(qsizetype size) : m_bytes(size, '\0') {}

SecureBytes::SecureBytes(const char* data, qsizetype size) : m_bytes(data, size) {}

SecureBytes::~SecureBytes()
{
    clear();
}

SecureBytes::SecureBytes(const SecureBytes& other) : m_bytes(other.m_bytes.constData(), other.m_bytes.size()) {}

SecureBytes& SecureBytes::operator=(const SecureBytes& other)
{
    if (this != &other) {
        clear();
        m_bytes = QByteArray(other.m_bytes.constData(), other.m_bytes.size());
    }
    return *this;
}

SecureBytes::SecureBytes(SecureBytes&& other) noexcept : m_bytes(std::move(other.m_bytes)) {}

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept
{
    if (this != &other) {
        clear();
        m_bytes = std::move(other.m_bytes);
    }
    return *this;
}

void SecureBytes::clear()
{
    if (!m_bytes.isEmpty() && !m_bytes.isDetached()) {
        m_bytes = QByteArray();
        return;
    }
    if (!m_bytes.isEmpty())
        sodium_memzero(m_bytes.data(), size_t(m_bytes.size()));
    m_bytes = QByteArray();
}

QString SecureBytes::toHex() const
{
    return QString::fromLatin1(m_bytes.toHex());
}

SecureBytes SecureBytes::fromHex(const QByteArray& hex)
{
    const QByteArray raw = QByteArray::fromHex(hex);
    SecureBytes out(raw.constData(), raw.size());
    return out;
}

bool SecureBytes::operator==(const SecureBytes& other) const
{
    return m_bytes.size() == other.m_bytes.size()
           && sodium_memcmp(m_bytes.constData(), other.m_bytes.constData(), size_t(m_bytes.size())) == 0;
}

} // namespace csl
