// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/consultations/ChannelBox.h"

#include <QKeyEvent>

namespace tsunagu::ui {

ChannelBox::ChannelBox(QWidget *parent)
    : QComboBox(parent)
{
    for (std::size_t i = 0; i < enumCount<Channel>(); ++i) {
        const auto channel = static_cast<Channel>(i);
        addItem(QStringLiteral("%1  %2").arg(i + 1).arg(label(channel)), toCode(channel));
    }
    setAccessibleName(tr("Channel"));
    setAccessibleDescription(tr("1 in person, 2 phone, 3 online, 4 e-mail, 5 home visit, 6 accompanied visit"));
}

Channel ChannelBox::channel() const
{
    return fromCode<Channel>(currentData().toString()).value_or(Channel::InPerson);
}

void ChannelBox::setChannel(Channel channel)
{
    setCurrentIndex(findData(toCode(channel)));
}

void ChannelBox::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    const int count = static_cast<int>(enumCount<Channel>());
    if ((event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier && key >= Qt::Key_1 && key < Qt::Key_1 + count) {
        const auto chosen = static_cast<Channel>(key - Qt::Key_1);
        setChannel(chosen);
        emit channelKeyPressed(chosen);
        event->accept();
        return;
    }
    QComboBox::keyPressEvent(event);
}

} // namespace tsunagu::ui
