// Word lists for realistic Chinese demo data.
#pragma once

#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace csl::demo {

const QStringList& surnames();
const QStringList& givenNameChars();
const QStringList& departments();
const QStringList& posts();
const QStringList& buildings();

/// A plausible Chinese personal name.
QString personName(QRandomGenerator& rng);
/// A phone number that cannot be anyone's: 0514 (Yangzhou), then a local number beginning with 0.
QString mobile(QRandomGenerator& rng);

template<typename List>
const auto& pick(QRandomGenerator& rng, const List& list)
{
    return list.at(int(rng.bounded(quint32(list.size()))));
}

} // namespace csl::demo
