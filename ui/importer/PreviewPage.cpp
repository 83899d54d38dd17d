// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/importer/PreviewPage.h"

#include "importer/FieldCatalog.h"
#include "importer/TextDecoder.h"
#include "ui/importer/ImportWizard.h"
#include "ui/importer/PreviewModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace tsunagu::ui {

using importer::Field;
using importer::FieldCatalog;

PreviewPage::PreviewPage(QWidget *parent)
    : QWizardPage(parent)
    , m_model(new PreviewModel(this))
    , m_view(new QTableView(this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("importPreviewPage"));
    setTitle(tr("The first rows, as they will be read"));
    m_view->setObjectName(QStringLiteral("importPreview"));
    m_view->setAccessibleName(tr("The first rows of the file"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setDefaultSectionSize(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 9);
    m_note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_note);
}

void PreviewPage::initializePage()
{
    const auto *w = static_cast<const ImportWizard *>(wizard());
    if (!w->analysis())
        return;
    const FileAnalysis &analysis = *w->analysis();
    const importer::ImportKind kind = w->kind();
    const importer::MappingRules &rules = w->rules();

    // The fields in the catalog's order, each with its column.
    QStringList fields;
    QList<int> columns;
    for (const importer::FieldSpec &spec : FieldCatalog::fields(kind)) {
        if (spec.field == Field::Ignore || spec.field == Field::PreviousProblem)
            continue;
        for (int i = 0; i < analysis.header.size(); ++i) {
            if (rules.value(analysis.header.at(i).trimmed()) == FieldCatalog::id(spec.field)) {
                fields << FieldCatalog::label(kind, spec.field);
                columns << i;
                break;
            }
        }
    }
    QList<int> lines;
    QList<QStringList> rows;
    for (const importer::CsvRecord &record : analysis.rows) {
        QStringList values;
        for (int column : std::as_const(columns))
            values << record.fields.value(column).trimmed();
        lines << record.line;
        rows << values;
    }
    m_model->setContents(fields, lines, rows);
    m_view->resizeColumnsToContents();
    const int widest = fontMetrics().horizontalAdvance(QLatin1Char('M')) * 22; // long notes stay readable
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_view->setColumnWidth(c, std::min(m_view->columnWidth(c), widest));
    setSubTitle(tr("Read as %1. If the text looks garbled, go back and choose the other encoding.")
                    .arg(importer::TextDecoder::displayName(analysis.encoding)));
    m_note->setText(rows.isEmpty() ? tr("The file has a header but no rows.")
                                   : tr("The first %n row(s) of the file. Every row is checked in the next step; "
                                        "nothing is written yet.",
                                       "", int(rows.size())));
}

} // namespace tsunagu::ui
