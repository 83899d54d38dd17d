// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/referrals/VerdictPanel.h"

#include <QLabel>
#include <QVBoxLayout>

namespace tsunagu::ui {

VerdictPanel::VerdictPanel(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_details(new QLabel(this))
{
    setObjectName(QStringLiteral("verdictPanel"));
    setAccessibleName(tr("Can this be shared?"));
    setFrameShape(QFrame::StyledPanel);
    m_title->setObjectName(QStringLiteral("verdictTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    font.setBold(true);
    m_title->setFont(font);
    m_details->setObjectName(QStringLiteral("verdictDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_details);
    setState(State::Undecided);
}

void VerdictPanel::showUndecided(const QString &text)
{
    m_reasons.clear();
    m_detailsText.clear();
    m_title->setText(text);
    m_details->clear();
    m_details->hide();
    setState(State::Undecided);
}

void VerdictPanel::showAllowed(const QString &title, const QString &details)
{
    m_reasons.clear();
    m_detailsText = details;
    m_title->setText(title);
    m_details->setText(details.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    m_details->setVisible(!details.isEmpty());
    setState(State::Allowed);
}

void VerdictPanel::showRefused(const QString &title, const QStringList &reasons)
{
    m_reasons = reasons;
    m_detailsText = reasons.join(QLatin1Char('\n'));
    m_title->setText(title);
    QString html = QStringLiteral("<ul style=\"margin-left: 0; -qt-list-indent: 1;\">");
    for (const QString &reason : reasons)
        html += QStringLiteral("<li>") + reason.toHtmlEscaped() + QStringLiteral("</li>");
    html += QStringLiteral("</ul>");
    m_details->setText(html);
    m_details->setVisible(!reasons.isEmpty());
    setState(State::Refused);
}

QString VerdictPanel::title() const
{
    return m_title->text();
}

QString VerdictPanel::text() const
{
    if (m_detailsText.isEmpty())
        return m_title->text();
    return m_title->text() + QLatin1Char('\n') + m_detailsText;
}

void VerdictPanel::setState(State state)
{
    m_state = state;
    // Fixed colours on both text and background, so that the verdict reads
    // the same in a light and a dark palette.
    switch (state) {
    case State::Allowed:
        setStyleSheet(QStringLiteral("#verdictPanel { background: #e6f4ea; border: 2px solid #1e7e34; "
                                     "border-radius: 4px; } #verdictPanel QLabel { color: #14532d; }"));
        break;
    case State::Refused:
        setStyleSheet(QStringLiteral("#verdictPanel { background: #fdecea; border: 2px solid #b3261e; "
                                     "border-radius: 4px; } #verdictPanel QLabel { color: #7f1d1d; }"));
        break;
    case State::Undecided:
        setStyleSheet(QString());
        break;
    }
    setAccessibleDescription(text());
}

} // namespace tsunagu::ui
