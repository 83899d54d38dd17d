// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/backup/DatabaseBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace tsunagu::ui {

DatabaseBanner::DatabaseBanner(Kind kind, const QString &text, QWidget *parent)
    : QFrame(parent)
    , m_kind(kind)
    , m_text(new QLabel(text, this))
    , m_details(new QLabel(this))
{
    const bool damaged = kind == Kind::Damaged;
    setObjectName(damaged          ? QStringLiteral("damagedBanner")
            : kind == Kind::Notice ? QStringLiteral("noticeBanner")
                                   : QStringLiteral("readOnlyBanner"));
    setAccessibleName(text);
    setFrameShape(QFrame::NoFrame);
    setAutoFillBackground(true);
    // Fixed colours with enough contrast in any palette: dark on amber or pale blue, white on red.
    const QString background = damaged ? QStringLiteral("#b3261e")
        : kind == Kind::Notice         ? QStringLiteral("#d6e6ff")
                                       : QStringLiteral("#ffd666");
    const QString foreground = damaged ? QStringLiteral("#ffffff")
        : kind == Kind::Notice         ? QStringLiteral("#0b2545")
                                       : QStringLiteral("#2b2100");
    setStyleSheet(QStringLiteral("#%1 { background: %2; border-radius: 3px; } #%1 QLabel { color: %3; }")
                      .arg(objectName(), background, foreground));

    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    icon->setPixmap(style()
                        ->standardIcon(damaged         ? QStyle::SP_MessageBoxCritical
                                : kind == Kind::Notice ? QStyle::SP_MessageBoxInformation
                                                       : QStyle::SP_MessageBoxWarning,
                            nullptr, this)
                        .pixmap(size, size));

    QFont bold = m_text->font();
    bold.setBold(true);
    m_text->setFont(bold);
    m_text->setObjectName(QStringLiteral("bannerText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setObjectName(QStringLiteral("bannerDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->hide();

    auto *texts = new QVBoxLayout;
    texts->setSpacing(2);
    texts->addWidget(m_text);
    texts->addWidget(m_details);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addLayout(texts, 1);
}

QString DatabaseBanner::text() const
{
    return m_text->text();
}

void DatabaseBanner::setDetails(const QString &details)
{
    m_details->setText(details);
    m_details->setVisible(!details.isEmpty());
    setAccessibleDescription(details);
}

QPushButton *DatabaseBanner::setAction(const QString &text)
{
    if (!m_button) {
        m_button = new QPushButton(this);
        m_button->setObjectName(QStringLiteral("bannerAction"));
        layout()->addWidget(m_button);
        static_cast<QHBoxLayout *>(layout())->setAlignment(m_button, Qt::AlignVCenter);
    }
    m_button->setText(text);
    return m_button;
}

} // namespace tsunagu::ui
