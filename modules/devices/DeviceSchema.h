// The IP/MAC register and its subnets, declared for the register kit.
#pragma once

#include "RegisterSchema.h"

namespace csl {

/// @brief The device register (设备 IP/MAC 登记, R-DEV-1) and the subnets devices belong to.
class DeviceSchema final
{
public:
    static const RegisterSchema& devices();
    static const RegisterSchema& subnets();
};

} // namespace csl
