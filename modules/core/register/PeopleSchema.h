// 人员名录: the people directory as a register schema; the Person field of every register points here.
#pragma once

#include "RegisterSchema.h"

namespace csl {

/// @brief The people register (R-DEV-5: real names), declared once for the kit.
class PeopleSchema final
{
public:
    static const RegisterSchema& schema();
};

} // namespace csl
