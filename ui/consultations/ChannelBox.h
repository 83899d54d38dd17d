// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Enums.h"

#include <QComboBox>

namespace tsunagu::ui {

// 方法: how the consultation was held. One key each: 1 来所, 2 電話,
// 3 オンライン, 4 メール, 5 訪問, 6 同行 (the items show their key).
class ChannelBox : public QComboBox
{
    Q_OBJECT

public:
    explicit ChannelBox(QWidget *parent = nullptr);

    Channel channel() const;
    void setChannel(Channel channel);

signals:
    // A digit chose `channel`, also when it was already the current one (so
    // that 5 on 訪問 opens the pre-visit checklist again).
    void channelKeyPressed(tsunagu::Channel channel);

protected:
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace tsunagu::ui
