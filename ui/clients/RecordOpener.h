// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Session.h"
#include "ui/clients/TimelineEntry.h"

#include <QObject>
#include <QPointer>
#include <QWidget>

namespace tsunagu::ui {

// Opens the record of a timeline row in its own window: a consultation in the
// consultation dialog (edit mode), a referral in its progress dialog, a consent
// in the consents dialog (to print or withdraw it), a disclosure record in a
// read-only view. (A support case is shown on the client screen's cases tab.)
// What cannot be opened is said through message(), never silently ignored.
class RecordOpener : public QObject
{
    Q_OBJECT

public:
    // Dialogs open over `window`; `session` must outlive the opener.
    RecordOpener(const Session &session, QWidget *window);

    // False, with message(), when the record cannot be opened.
    bool open(TimelineEntry::Kind kind, qint64 id, qint64 clientId);

signals:
    // The record was changed and saved (its screen should read it again).
    void recordChanged(tsunagu::ui::TimelineEntry::Kind kind, qint64 id);
    // For the status bar: what was done, or why nothing could be opened.
    void message(const QString &text);

private:
    bool openConsultation(qint64 id);
    bool openReferral(qint64 id);
    bool openConsent(qint64 id, qint64 clientId);
    bool openDisclosure(qint64 id, qint64 clientId);
    bool cannotOpen(const QString &what, const QString &why);

    Session m_session;
    QPointer<QWidget> m_window;
};

} // namespace tsunagu::ui
