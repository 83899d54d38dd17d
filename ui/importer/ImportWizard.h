// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Session.h"
#include "importer/ColumnMapping.h"
#include "importer/ImportKind.h"
#include "importer/Importer.h"
#include "ui/importer/FileAnalysis.h"

#include <QWizard>

#include <optional>

namespace tsunagu::ui {

class CheckPage;
class ImportPage;
class MappingPage;
class PreviewPage;
class SourcePage;

// File → 取り込み…: brings clients, agencies or consultations in from a CSV
// file as Japanese Excel writes it, through core's Importer:
//   1. the kind and the file, its encoding (detected, or chosen);
//   2. which column holds which field (pre-filled from the headers and the
//      mapping remembered from the last import);
//   3. the first rows as they will be read;
//   4. a dry run on a worker thread: accepted / already present / rejected,
//      every rejected row with its line and reasons, and the CSV to fix them;
//   5. the import itself, all or nothing, on a worker thread.
// Nothing is written before step 5, and nothing at all while a row is rejected.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { SourcePageId, MappingPageId, PreviewPageId, CheckPageId, ImportPageId };

    // `session` must outlive the wizard.
    explicit ImportWizard(const Session &session, QWidget *parent = nullptr);
    ~ImportWizard() override;

    const Session &session() const { return m_session; }

    importer::ImportKind kind() const;
    QString filePath() const;
    // The file as read on the first page (its encoding, header and first rows).
    const std::optional<FileAnalysis> &analysis() const { return m_analysis; }
    void setAnalysis(std::optional<FileAnalysis> analysis) { m_analysis = std::move(analysis); }
    // Header → field id for every column, as chosen on the mapping page.
    const importer::MappingRules &rules() const { return m_rules; }
    void setRules(const importer::MappingRules &rules) { m_rules = rules; }
    // What the Importer is asked to do.
    importer::ImportOptions options(bool dryRun) const;

    SourcePage *sourcePage() const { return m_source; }
    MappingPage *mappingPage() const { return m_mapping; }
    PreviewPage *previewPage() const { return m_preview; }
    CheckPage *checkPage() const { return m_check; }
    ImportPage *importPage() const { return m_import; }

    // "Clients", "Agencies", "Consultations", as the person chose them.
    static QString kindName(importer::ImportKind kind);

signals:
    // The import was written: `count` new records of `kind`.
    void imported(tsunagu::importer::ImportKind kind, int count);

public slots:
    void reject() override;

private:
    Session m_session;
    std::optional<FileAnalysis> m_analysis;
    importer::MappingRules m_rules;
    SourcePage *m_source;
    MappingPage *m_mapping;
    PreviewPage *m_preview;
    CheckPage *m_check;
    ImportPage *m_import;
};

} // namespace tsunagu::ui
