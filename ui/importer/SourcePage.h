// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "importer/ImportKind.h"
#include "ui/importer/FileAnalysis.h"

#include <QList>
#include <QTimer>
#include <QWizardPage>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QThread;

namespace tsunagu::ui {

// Step 1: what the file holds, which file, and its encoding. The file is read
// on a worker thread as soon as it is named; the page shows the encoding it
// was read as (detected or chosen) and its columns, or why it cannot be read.
class SourcePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SourcePage(QWidget *parent = nullptr);
    ~SourcePage() override;

    importer::ImportKind kind() const;
    QString filePath() const;
    importer::Encoding encodingChoice() const;

    QLineEdit *fileEdit() const { return m_file; }
    QComboBox *encodingBox() const { return m_encoding; }
    QLabel *statusLabel() const { return m_status; }
    QRadioButton *kindButton(importer::ImportKind kind) const;
    // True while the file is being read.
    bool isReading() const { return m_reading; }

    bool isComplete() const override;
    bool validatePage() override;

public slots:
    // Reads the file again (after it was changed outside).
    void reread();

private:
    void browse();
    void scheduleRead();
    void startRead();
    void onRead(quint64 generation, const Result<FileAnalysis> &result);

    QButtonGroup *m_kinds;
    QLineEdit *m_file;
    QComboBox *m_encoding;
    QLabel *m_status;
    QTimer m_debounce;
    QList<QThread *> m_threads;
    quint64 m_generation = 0;
    bool m_reading = false;
    std::optional<FileAnalysis> m_analysis;
};

} // namespace tsunagu::ui
