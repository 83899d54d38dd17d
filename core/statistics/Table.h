// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace tsunagu::statistics {

// One table of counts: rows × columns, with optional margins. A margin entry is
// addressed with row == rowCount() (the totals row at the bottom) or
// column == columnCount() (the totals column at the right); the corner is the
// grand total. A value of nullopt is a suppressed count (disclosure control).
//
// A 1-D table has one column and a totals row. Rows and columns are "protected"
// when their cells add up to a total that is shown, or that a reader can learn
// elsewhere: the Anonymizer then makes sure no suppressed cell of such a line
// can be recovered from it.
class Table
{
public:
    struct Key {
        QString code;  // stable, machine-readable (an enum code, "total", "not_recorded")
        QString label; // for people, translated
    };

    Table() = default;
    Table(QString id, QString title, QString rowHeader, QList<Key> rows, QList<Key> columns);

    const QString &id() const { return m_id; }
    const QString &title() const { return m_title; }
    const QString &rowHeader() const { return m_rowHeader; }
    const QList<Key> &rows() const { return m_rows; }
    const QList<Key> &columns() const { return m_columns; }
    int rowCount() const { return int(m_rows.size()); }
    int columnCount() const { return int(m_columns.size()); }

    // What is counted, and who: printed with the table so anyone can re-check it.
    const QString &definition() const { return m_definition; }
    void setDefinition(const QString &text) { m_definition = text; }

    bool hasRowTotals() const { return m_rowTotals; }       // a totals column at the right
    bool hasColumnTotals() const { return m_columnTotals; } // a totals row at the bottom
    bool protectsRows() const { return m_protectRows; }
    bool protectsColumns() const { return m_protectColumns; }
    // Shows the margins and fills them from the cells (which must all be set).
    void setTotals(bool rowTotals, bool columnTotals);
    // Which lines are additive (see above). By default a line is protected when
    // its total is shown, and a 1-D table's single column always is.
    void setProtection(bool rows, bool columns);

    // Cells and margins. Out-of-range entries read as 0. Margins that are not
    // shown are never exported.
    std::optional<int> value(int row, int column) const;
    void setValue(int row, int column, std::optional<int> value);
    void add(int row, int column, int count);
    bool isShown(int row, int column) const;
    bool isMargin(int row, int column) const { return row == rowCount() || column == columnCount(); }
    int rowOf(const QString &code) const;    // -1 when absent
    int columnOf(const QString &code) const; // -1 when absent

    // An entry whose value appears elsewhere in the report under the same key
    // (e.g. this table's total is the overview's number of consultations): the
    // Anonymizer suppresses all of them together.
    struct Link {
        int row = 0;
        int column = 0;
        QString key;
    };
    const std::vector<Link> &links() const { return m_links; }
    void link(int row, int column, const QString &key) { m_links.push_back({row, column, key}); }

private:
    int index(int row, int column) const { return row * (columnCount() + 1) + column; }

    QString m_id;
    QString m_title;
    QString m_rowHeader;
    QString m_definition;
    QList<Key> m_rows;
    QList<Key> m_columns;
    std::vector<std::optional<int>> m_values; // (rows + 1) × (columns + 1), margins last
    std::vector<Link> m_links;
    bool m_rowTotals = false;
    bool m_columnTotals = false;
    bool m_protectRows = false;
    bool m_protectColumns = false;
};

} // namespace tsunagu::statistics
