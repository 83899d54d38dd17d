// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Enums.h"

#include <QDate>
#include <QString>

#include <optional>

namespace tsunagu {

// 相談者: the person being supported. Empty text means "not recorded".
struct Client {
    qint64 id = 0;
    QString name;
    QString nameKana;                 // ふりがな
    std::optional<QDate> birthDate;
    std::optional<Sex> sex;
    QString prefecture;
    QString municipality;
    QString phone;
    QString email;
    QString address;
    QString emergencyContact;
    std::optional<CertificateKind> certificateKind;
    QString certificateGrade;
    std::optional<EmploymentStatus> employmentStatus;
    bool confidentialAddress = false; // 住所秘匿: Contact is never disclosed
    bool stopUse = false;             // 利用停止: hidden from work lists, nothing disclosed
    bool excludeFromStatistics = false;
    std::optional<qint64> erasedAt;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    int version = 0;

    bool isErased() const { return erasedAt.has_value(); }
};

// What a list row or a search hit needs.
struct ClientSummary {
    qint64 id = 0;
    QString name;
    QString nameKana;
    std::optional<QDate> birthDate;
    bool confidentialAddress = false;
    bool stopUse = false;
};

} // namespace tsunagu
