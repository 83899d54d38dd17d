// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Session.h"
#include "drafts/Draft.h"

#include <QCoreApplication>
#include <QList>

class QWidget;

namespace tsunagu::ui {

// At start-up: "未保存の下書きがあります". Lists the staff member's unsaved
// consultation drafts (whose, typed when) and asks once: 開く returns them to
// be opened, 破棄 deletes them, Cancel leaves them for later (they are also
// offered when the person's consultation dialog is opened again).
class DraftPrompt
{
    Q_DECLARE_TR_FUNCTIONS(tsunagu::ui::DraftPrompt)

public:
    static QList<drafts::Draft> ask(const Session &session, QWidget *parent);
};

} // namespace tsunagu::ui
