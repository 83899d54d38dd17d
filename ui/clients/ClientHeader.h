// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Client.h"
#include "ui/clients/Chip.h"

#include <QDate>
#include <QList>
#include <QWidget>

class QGridLayout;
class QHBoxLayout;
class QLabel;

namespace tsunagu::ui {

// The top of the client screen: the reading above the name, as furigana is
// written; the name, large; the age and birth date; the flags (住所秘匿,
// 利用停止, 統計除外) as coloured labels that cannot be missed; and, beside
// the name, the actions the page puts there.
class ClientHeader : public QWidget
{
    Q_OBJECT

public:
    explicit ClientHeader(QWidget *parent = nullptr);

    void setClient(const Client &client, QDate today);
    void clear(const QString &message);
    // Puts `actions` to the right of the name.
    void setActions(QWidget *actions);

    QLabel *readingLabel() const { return m_reading; }
    QLabel *nameLabel() const { return m_name; }
    QLabel *ageLabel() const { return m_age; }
    const QList<Chip *> &flags() const { return m_flags; }

private:
    void addFlag(const QString &objectName, const QString &text, const QString &explanation, Chip::Tone tone);
    void clearFlags();

    QLabel *m_reading;
    QLabel *m_name;
    QLabel *m_age;
    QHBoxLayout *m_flagLayout;
    QGridLayout *m_grid;
    QList<Chip *> m_flags;
};

} // namespace tsunagu::ui
