// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Session.h"
#include "domain/Revision.h"

#include <QDialog>
#include <QList>

class QLabel;
class QTreeWidget;

namespace tsunagu::ui {

// 履歴: who changed what, when and why (APPI Art. 34, PRIVACY.md rule 11),
// newest first: one entry per correction, with each changed field's previous
// and new value. For one record, or for a client and every record about them.
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { FieldColumn, BeforeColumn, AfterColumn, ColumnCount };

    // `session` must outlive the dialog.
    static HistoryDialog *forRecord(const Session &session, const QString &table, qint64 id, QWidget *parent = nullptr);
    static HistoryDialog *forClient(const Session &session, qint64 clientId, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    const QList<Revision> &revisions() const { return m_revisions; }
    QLabel *messageLabel() const { return m_message; }

private:
    HistoryDialog(const Session &session, QWidget *parent);
    void present(const Result<QList<Revision>> &revisions, bool showRecord);

    Session m_session;
    QTreeWidget *m_tree;
    QLabel *m_message;
    QList<Revision> m_revisions;
};

} // namespace tsunagu::ui
