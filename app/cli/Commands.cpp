// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"

namespace tsunagu::cli {

std::vector<Command> databaseCommands();
std::vector<Command> privacyCommands();
std::vector<Command> backupCommands();

const std::vector<Command> &commands()
{
    static const std::vector<Command> all = [] {
        std::vector<Command> list;
        for (auto group : {databaseCommands, privacyCommands, backupCommands})
            for (Command &c : group())
                list.push_back(std::move(c));
        return list;
    }();
    return all;
}

} // namespace tsunagu::cli
