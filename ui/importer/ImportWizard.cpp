// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/importer/ImportWizard.h"

#include "ui/importer/CheckPage.h"
#include "ui/importer/ImportPage.h"
#include "ui/importer/MappingPage.h"
#include "ui/importer/PreviewPage.h"
#include "ui/importer/SourcePage.h"

namespace tsunagu::ui {

ImportWizard::ImportWizard(const Session &session, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
    , m_source(new SourcePage(this))
    , m_mapping(new MappingPage(this))
    , m_preview(new PreviewPage(this))
    , m_check(new CheckPage(this))
    , m_import(new ImportPage(this))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import from a CSV file"));
    setWizardStyle(QWizard::ClassicStyle);
    setOptions(QWizard::NoBackButtonOnLastPage | QWizard::NoCancelButtonOnLastPage);
    setPage(SourcePageId, m_source);
    setPage(MappingPageId, m_mapping);
    setPage(PreviewPageId, m_preview);
    setPage(CheckPageId, m_check);
    setPage(ImportPageId, m_import);
    setStartId(SourcePageId);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    resize(em * 60, em * 42);
}

ImportWizard::~ImportWizard() = default;

importer::ImportKind ImportWizard::kind() const
{
    return m_source->kind();
}

QString ImportWizard::filePath() const
{
    return m_analysis ? m_analysis->path : m_source->filePath();
}

importer::ImportOptions ImportWizard::options(bool dryRun) const
{
    importer::ImportOptions options;
    options.kind = kind();
    // The encoding shown on the first page, detected or chosen.
    options.encoding = m_analysis ? m_analysis->encoding : m_source->encodingChoice();
    options.mapping = m_rules;
    options.useRememberedMapping = false; // the mapping page started from it already
    options.dryRun = dryRun;
    return options;
}

QString ImportWizard::kindName(importer::ImportKind kind)
{
    switch (kind) {
    case importer::ImportKind::Clients:
        return tr("Clients");
    case importer::ImportKind::Agencies:
        return tr("Agencies");
    case importer::ImportKind::Consultations:
        return tr("Consultations");
    }
    return {};
}

void ImportWizard::reject()
{
    // A running check or import stops first (an import rolls back: nothing is written).
    m_check->stop();
    m_import->stop();
    QWizard::reject();
}

} // namespace tsunagu::ui
