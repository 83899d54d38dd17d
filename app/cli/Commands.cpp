// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"

namespace tsunagu::cli {

std::vector<Command> databaseCommands();
std::vector<Command> privacyCommands();
std::vector<Command> statsCommands();
std::vector<Command> backupCommands();
std::vector<Command> demoCommands();
std::vector<Command> importCommands();

const std::vector<Command> &commands()
{
    static const std::vector<Command> all = [] {
        std::vector<Command> list;
        for (auto group :
             {databaseCommands, privacyCommands, backupCommands, statsCommands, demoCommands, importCommands})
            for (Command &c : group())
                list.push_back(std::move(c));
        return list;
    }();
    return all;
}

} // namespace tsunagu::cli
