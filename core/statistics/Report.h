// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "statistics/Measure.h"
#include "statistics/Table.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <vector>

namespace tsunagu::statistics {

// The statistics of one period: named tables of counts, a few medians and rates,
// and what a third party needs to re-check them (DOMAIN.md: verifiability).
// Statistics produces a raw report; only what the Anonymizer returns may leave
// the organisation, and the exporters refuse anything else.
struct Report {
    struct Metadata {
        QString periodCode;  // "2026Q3"
        QString periodKind;  // "quarter"
        QString periodLabel; // for people
        QDate firstDay;
        QDate lastDay;
        QString population;  // who is counted, who is left out
        int k = 0;           // 0 until anonymized
        QString suppressionRule;
        QString legend;      // what the suppression marker means
        qint64 generatedAtMs = 0;
        QString applicationVersion;
        int schemaVersion = 0;
    };

    Metadata metadata;
    std::vector<Table> tables;
    std::vector<Measure> measures;

    bool isAnonymized() const { return metadata.k > 0; }
    const Table *table(const QString &id) const;
    Table *table(const QString &id);

    // How a suppressed count is written in CSV and XLSX (JSON uses null).
    static QString suppressedMarker() { return QStringLiteral("*"); }
};

} // namespace tsunagu::statistics
