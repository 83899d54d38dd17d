// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace tsunagu::ui {

// 訪問前チェック: what must be known before a home visit (本人同意の見極め).
// Kept with the consultation as a headed block at the end of its notes, so
// that whoever reads the record later sees on what footing the visit was made.
struct PreVisitCheck {
    Q_DECLARE_TR_FUNCTIONS(tsunagu::ui::PreVisitCheck)

public:
    bool personAgreed = false; // 本人の同意: required before going
    QString othersPresent; // 同席者
    QString knownRisks; // 既知のリスク

    // The block appended to the notes, in the user's language.
    QString notesBlock() const;
    // One line for the dialog: 同意あり · 同席者: 母 · リスク: なし.
    QString summary() const;

    QJsonObject toJson() const;
    static std::optional<PreVisitCheck> fromJson(const QJsonObject &json);
};

} // namespace tsunagu::ui
