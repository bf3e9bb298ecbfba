// A passphrase strength meter: an entropy estimate shown as a bar and a word.
#pragma once

#include "PassphraseStrength.h"

#include <QCoreApplication>
#include <QWidget>

class QLabel;
class QProgressBar;

namespace csl {

/**
 * @brief Shows how hard a passphrase is to guess (PassphraseStrength's estimate) as a bar and a word.
 */
class PassphraseMeter final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PassphraseMeter)
public:
    enum class Level { Empty, VeryWeak, Weak, Fair, Strong };

    explicit PassphraseMeter(QWidget* parent);

    /// Estimated bits of entropy of @p passphrase (PassphraseStrength::entropyBits).
    static double entropyBits(const QString& passphrase);
    static Level levelFor(double bits);
    /// The weakest passphrase the application accepts for a new database.
    static constexpr double minimumBits = PassphraseStrength::minimumBits;

    void setPassphrase(const QString& passphrase);
    Level level() const { return m_level; }
    double bits() const { return m_bits; }

private:
    QProgressBar* m_bar;
    QLabel* m_label;
    Level m_level = Level::Empty;
    double m_bits = 0;
};

} // namespace csl
