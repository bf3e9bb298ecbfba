// A person in the school's directory.
#pragma once

#include <QString>

namespace csl {

/// @brief Someone devices, duty shifts and letters point at (R-DEV-5: real names).
struct PersonRecord
{
    QString id;
    QString name;
    QString staffNo;
    QString department;
    QString post;
    QString phone;
    bool deleted = false;
};

} // namespace csl
