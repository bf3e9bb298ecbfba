// How hard a passphrase is to guess, and the weakest one a new database or a new passphrase may have.
#pragma once

#include <QCoreApplication>

#include "Result.h"

#include <QString>

namespace csl {

/**
 * @brief A conservative estimate of a passphrase's entropy in bits.
 *
 * Characters are counted by class (digits, letters, symbols, CJK), then runs,
 * repeats, keyboard and alphabet sequences and common passwords are
 * discounted, so "12345678" or "password1" score as weak as they are. The
 * welcome dialog's meter, the passphrase change and the CLI's init all use it.
 */
class PassphraseStrength final
{
    Q_DECLARE_TR_FUNCTIONS(csl::PassphraseStrength)
public:
    /// The weakest passphrase the application accepts for a new database or a new passphrase.
    static constexpr double minimumBits = 40.0;

    static double entropyBits(const QString& passphrase);
    /// Refuses, in words, a passphrase weaker than minimumBits.
    static Status check(const QString& passphrase);
};

} // namespace csl
