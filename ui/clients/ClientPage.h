// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Session.h"
#include "ui/clients/TimelineEntry.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;

namespace tsunagu::ui {

class CasePanel;
class ClientHeader;
class ClientInfoPane;
class ClientTimelineModel;
class ConsentsPane;
class RecordOpener;
class RightsMenu;
class TimelinePane;

// 相談者: one client, one screen. The header (reading above the name, age,
// flags, actions), the basic information and the consents as cards on the
// left, the timeline on the right (and the support cases on a tab beside it). Logging a consultation, referring and
// recording a consent are other dialogs: the page asks for them by signal.
// Enter on a timeline row opens that record (RecordOpener; a case on its tab).
class ClientPage : public QWidget
{
    Q_OBJECT

public:
    // `session` must outlive the page.
    explicit ClientPage(const Session &session, QWidget *parent = nullptr);

    // Shows a client: reads the record, the consents and the timeline.
    void setClientId(qint64 clientId);
    qint64 clientId() const { return m_clientId; }

    ClientHeader *header() const { return m_header; }
    ClientInfoPane *infoPane() const { return m_info; }
    ConsentsPane *consentsPane() const { return m_consents; }
    TimelinePane *timelinePane() const { return m_timeline; }
    // 伴走ケース of the client, on a tab beside the timeline (ui/cases).
    CasePanel *casePanel() const { return m_cases; }
    QTabWidget *tabs() const { return m_tabs; }
    // その他: the access report and the erasure of the person's data (ui/rights).
    RightsMenu *rightsMenu() const { return m_rights; }
    ClientTimelineModel *timelineModel() const;
    QPushButton *button(const QString &objectName) const;

public slots:
    // Reads everything again (after a consultation, a referral or a consent was saved).
    void reload();
    // Opens the edit dialog; the page reloads when it is saved.
    void editClient();
    // The history of the client's record and of every record about them.
    void showHistory();
    void showRecordHistory(tsunagu::ui::TimelineEntry::Kind kind, qint64 id);
    void focusTimeline();
    // Opens a record of the client: a consultation to edit, a referral's
    // progress, the consents, a disclosure record, or the case on its tab.
    void openRecord(tsunagu::ui::TimelineEntry::Kind kind, qint64 id);

signals:
    void logConsultationRequested(qint64 clientId);
    void referralRequested(qint64 clientId);
    void consentRequested(qint64 clientId);
    // Enter or a double click on a row of the timeline.
    void recordActivated(tsunagu::ui::TimelineEntry::Kind kind, qint64 id);
    // Back to the client list (一覧へ, Esc, Alt+Left).
    void backRequested();
    // The client's record was edited and saved, or the person's data erased.
    void clientChanged(qint64 clientId);
    // For the status bar: a record saved, or one that could not be opened.
    void statusMessage(const QString &text);

private:
    QWidget *createActions();
    QWidget *createLeftPane();
    QPushButton *addButton(QWidget *bar, const QString &objectName, const QString &text, const QKeySequence &keys,
        Qt::ShortcutContext context = Qt::WindowShortcut);
    void setActionsEnabled(bool enabled);
    void onRecordChanged(TimelineEntry::Kind kind, qint64 id);

    Session m_session;
    qint64 m_clientId = 0;
    ClientHeader *m_header;
    ClientInfoPane *m_info;
    ConsentsPane *m_consents;
    TimelinePane *m_timeline;
    CasePanel *m_cases;
    QTabWidget *m_tabs;
    QLabel *m_error;
    RecordOpener *m_opener;
    RightsMenu *m_rights = nullptr;
    QList<QPushButton *> m_buttons;
};

} // namespace tsunagu::ui
