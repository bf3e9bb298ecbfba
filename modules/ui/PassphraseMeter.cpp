#include "PassphraseMeter.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

#include <algorithm>

namespace csl {

double PassphraseMeter::entropyBits(const QString& passphrase)
{
    return PassphraseStrength::entropyBits(passphrase);
}

PassphraseMeter::Level PassphraseMeter::levelFor(double bits)
{
    if (bits <= 0)
        return Level::Empty;
    if (bits < 28)
        return Level::VeryWeak;
    if (bits < minimumBits)
        return Level::Weak;
    if (bits < 60)
        return Level::Fair;
    return Level::Strong;
}

PassphraseMeter::PassphraseMeter(QWidget* parent)
    : QWidget(parent), m_bar(new QProgressBar(this)), m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("passphraseMeter"));
    m_bar->setObjectName(QStringLiteral("passphraseMeterBar"));
    m_bar->setRange(0, 80);
    m_bar->setTextVisible(false);
    m_bar->setFixedHeight(8);
    m_label->setObjectName(QStringLiteral("passphraseMeterLabel"));
    m_label->setMinimumWidth(m_label->fontMetrics().horizontalAdvance(QStringLiteral("很强 Very weak")));
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_bar, 1);
    row->addWidget(m_label);
    setPassphrase({});
}

void PassphraseMeter::setPassphrase(const QString& passphrase)
{
    m_bits = entropyBits(passphrase);
    m_level = levelFor(m_bits);
    QString text;
    QString colour;
    switch (m_level) {
    case Level::Empty: text = tr("Enter a passphrase"); colour = QStringLiteral("#9e9e9e"); break;
    case Level::VeryWeak: text = tr("Very weak"); colour = QStringLiteral("#c62828"); break;
    case Level::Weak: text = tr("Weak"); colour = QStringLiteral("#ef6c00"); break;
    case Level::Fair: text = tr("Fair"); colour = QStringLiteral("#9e9d24"); break;
    case Level::Strong: text = tr("Strong"); colour = QStringLiteral("#2e7d32"); break;
    }
    m_bar->setValue(int(std::min(m_bits, 80.0)));
    m_bar->setStyleSheet(QStringLiteral("QProgressBar { border: none; background: #e0e0e0; border-radius: 4px; }"
                                        "QProgressBar::chunk { background: %1; border-radius: 4px; }")
                             .arg(colour));
    m_label->setText(text);
    m_bar->setToolTip(tr("About %1 bits").arg(int(m_bits)));
}

} // namespace csl
