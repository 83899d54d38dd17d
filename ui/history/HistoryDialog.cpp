// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/history/HistoryDialog.h"

#include "common/Clock.h"
#include "repo/ClientRepository.h"
#include "repo/RevisionHistory.h"
#include "repo/StaffRepository.h"
#include "ui/common/DateFormat.h"
#include "ui/history/FieldLabels.h"
#include "ui/history/FieldValues.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tsunagu::ui {

namespace {

QString oneLine(const QString &text)
{
    QString line = text;
    return line.replace(QLatin1Char('\n'), QStringLiteral(" / "));
}

} // namespace

HistoryDialog::HistoryDialog(const Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_tree(new QTreeWidget(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("historyDialog"));
    m_tree->setObjectName(QStringLiteral("historyTree"));
    m_tree->setAccessibleName(tr("Changes, newest first"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({ tr("Field"), tr("Before"), tr("After") });
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setWordWrap(false);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const QFontMetrics metrics = m_tree->fontMetrics();
    m_tree->setColumnWidth(
        FieldColumn, metrics.horizontalAdvance(QStringLiteral("緊急連絡先緊急連絡先")) + metrics.height() * 3);
    m_tree->setColumnWidth(BeforeColumn, metrics.horizontalAdvance(QStringLiteral("福岡県糸島市前原東一丁目")));

    m_message->setObjectName(QStringLiteral("historyMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    const int em = metrics.height();
    resize(em * 48, em * 28);
}

HistoryDialog *HistoryDialog::forRecord(const Session &session, const QString &table, qint64 id, QWidget *parent)
{
    auto *dialog = new HistoryDialog(session, parent);
    dialog->setWindowTitle(tr("History: %1 #%2").arg(FieldLabels::record(table)).arg(id));
    dialog->present(RevisionHistory(dialog->m_session).forRecord(table, id), false);
    return dialog;
}

HistoryDialog *HistoryDialog::forClient(const Session &session, qint64 clientId, QWidget *parent)
{
    auto *dialog = new HistoryDialog(session, parent);
    const Result<Client> client = ClientRepository(dialog->m_session).get(clientId);
    dialog->setWindowTitle(client
            ? tr("History: %1").arg(client->name)
            : tr("History: %1 #%2").arg(FieldLabels::record(QStringLiteral("clients"))).arg(clientId));
    dialog->present(RevisionHistory(dialog->m_session).forClient(clientId), true);
    return dialog;
}

void HistoryDialog::present(const Result<QList<Revision>> &revisions, bool showRecord)
{
    m_tree->clear();
    if (!revisions) {
        m_message->setText(tr("The history could not be read: %1").arg(revisions.error().message));
        m_message->show();
        return;
    }
    m_revisions = *revisions;
    if (m_revisions.isEmpty()) {
        m_message->setText(tr("No changes: the record is as it was first saved."));
        m_message->show();
        return;
    }

    QHash<qint64, QString> staff;
    if (const Result<QList<Staff>> all = StaffRepository(m_session).list(false)) {
        for (const Staff &s : *all)
            staff.insert(s.id, s.name);
    }
    const FieldValues values(staff);
    for (const Revision &r : std::as_const(m_revisions)) {
        const QDateTime at = jst::toLocal(r.at);
        QString title = tr("%1 %2 · %3 · reason: %4", "date time · staff · reason")
                            .arg(DateFormat::display(at.date()), at.time().toString(QStringLiteral("HH:mm")),
                                r.staffName.isEmpty() ? tr("Staff #%1").arg(r.staffId) : r.staffName, r.reason);
        if (showRecord)
            title = tr("%1 — %2", "record · the rest of the title")
                        .arg(r.entity == QLatin1String("clients") ? FieldLabels::record(r.entity)
                                                                  : tr("%1 #%2", "record kind and number")
                                                                        .arg(FieldLabels::record(r.entity))
                                                                        .arg(r.entityId),
                            title);
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(FieldColumn, title);
        item->setToolTip(FieldColumn, title);
        item->setFirstColumnSpanned(true);
        QFont bold = item->font(FieldColumn);
        bold.setBold(true);
        item->setFont(FieldColumn, bold);

        QStringList columns = r.newValues.keys();
        for (const QString &column : r.oldValues.keys()) {
            if (!columns.contains(column))
                columns << column;
        }
        for (const QString &column : std::as_const(columns)) {
            const QString before = values.text(r.entity, column, r.oldValues.value(column));
            const QString after = values.text(r.entity, column, r.newValues.value(column));
            auto *change = new QTreeWidgetItem(item);
            change->setText(FieldColumn, FieldLabels::field(r.entity, column));
            change->setText(BeforeColumn, oneLine(before));
            change->setText(AfterColumn, oneLine(after));
            change->setToolTip(BeforeColumn, before);
            change->setToolTip(AfterColumn, after);
            change->setData(FieldColumn, Qt::UserRole, column);
            change->setData(FieldColumn, Qt::AccessibleDescriptionRole,
                tr("%1: %2 → %3").arg(change->text(FieldColumn), before, after));
        }
    }
    m_tree->expandAll();
    m_tree->setCurrentItem(m_tree->topLevelItem(0));
    m_message->hide();
}

} // namespace tsunagu::ui
