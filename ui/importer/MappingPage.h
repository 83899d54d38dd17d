// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer/ColumnMapping.h"
#include "importer/FieldCatalog.h"
#include "importer/ImportKind.h"

#include <QHash>
#include <QWizardPage>

class QComboBox;
class QFormLayout;
class QLabel;

namespace tsunagu::ui {

// Step 2: which column of the file holds each field. Every field has a combo
// of the file's columns, pre-filled as the import would match them: the
// mapping remembered from the last import of this kind, then the headers
// themselves (氏名, ふりがな, 生年月日…). Fields the import needs are marked.
class MappingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit MappingPage(QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // The combo of a field (null when the kind has no such field).
    QComboBox *comboFor(importer::Field field) const { return m_combos.value(int(field)); }
    // The column chosen for a field, or -1.
    int columnOf(importer::Field field) const;
    // Header → field id for every column with a header; "ignore" for the rest.
    importer::MappingRules rules() const;
    QLabel *problemLabel() const { return m_problem; }

private:
    void rebuild();
    void check();
    // The field of each column as the import would match it without a choice.
    QHash<int, importer::Field> automaticFields(importer::ImportKind kind) const;

    QWidget *m_fields;
    QFormLayout *m_form;
    QLabel *m_intro;
    QLabel *m_problem;
    QHash<int, QComboBox *> m_combos; // Field → combo
    importer::ImportKind m_kind = importer::ImportKind::Clients;
    QStringList m_header;
    QString m_builtFor; // kind + path + header the combos were made for
    bool m_valid = false;
};

} // namespace tsunagu::ui
