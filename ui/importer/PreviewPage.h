// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QTableView;

namespace tsunagu::ui {

class PreviewModel;

// Step 3: the first rows of the file under the fields they will fill, decoded
// as chosen, so a wrong encoding or a wrong column shows before anything runs.
class PreviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit PreviewPage(QWidget *parent = nullptr);

    void initializePage() override;

    PreviewModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

private:
    PreviewModel *m_model;
    QTableView *m_view;
    QLabel *m_note;
};

} // namespace tsunagu::ui
