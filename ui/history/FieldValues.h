// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
#include <QString>

namespace tsunagu::ui {

// A stored value as people read it in the history: codes as their labels
// (female → 女性), dates in the session's style, flags as yes/no, a staff
// member's number as their name, an empty value as "(empty)".
class FieldValues
{
    Q_DECLARE_TR_FUNCTIONS(tsunagu::ui::FieldValues)

public:
    explicit FieldValues(QHash<qint64, QString> staffNames = {});

    QString text(const QString &table, const QString &column, const QJsonValue &value) const;

private:
    QHash<qint64, QString> m_staff;
};

} // namespace tsunagu::ui
