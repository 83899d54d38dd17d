// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/MessageBoxes.h"

#include <QWidget>

namespace tsunagu::ui {

namespace {
MessageBoxes::Button s_nextAnswer = QMessageBox::NoButton;
QString s_lastText;
} // namespace

MessageBoxes::Button MessageBoxes::critical(
    QWidget *parent, const QString &text, const QString &details, Buttons buttons, Button defaultButton)
{
    return show(parent, QMessageBox::Critical, text, details, buttons, defaultButton);
}

MessageBoxes::Button MessageBoxes::warning(
    QWidget *parent, const QString &text, const QString &details, Buttons buttons, Button defaultButton)
{
    return show(parent, QMessageBox::Warning, text, details, buttons, defaultButton);
}

MessageBoxes::Button MessageBoxes::question(
    QWidget *parent, const QString &text, const QString &details, Buttons buttons, Button defaultButton)
{
    return show(parent, QMessageBox::Question, text, details, buttons, defaultButton);
}

MessageBoxes::Button MessageBoxes::showError(QWidget *parent, const QString &what, const Error &error)
{
    return critical(parent, what, error.message);
}

void MessageBoxes::setNextAnswer(Button answer)
{
    s_nextAnswer = answer;
}

QString MessageBoxes::lastText()
{
    return s_lastText;
}

MessageBoxes::Button MessageBoxes::show(QWidget *parent, QMessageBox::Icon icon, const QString &text,
    const QString &details, Buttons buttons, Button defaultButton)
{
    s_lastText = details.isEmpty() ? text : text + QLatin1Char('\n') + details;
    if (s_nextAnswer != QMessageBox::NoButton) {
        const Button answer = s_nextAnswer;
        s_nextAnswer = QMessageBox::NoButton;
        return answer;
    }
    QMessageBox box(icon, QStringLiteral("つなぐ Tsunagu"), text, buttons, parent);
    box.setTextFormat(Qt::PlainText);
    // The informative text follows no text format: escape it, so that a path or a
    // message containing '<' is shown as written.
    if (!details.isEmpty())
        box.setInformativeText(QStringLiteral("<p>%1</p>")
                                   .arg(details.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"))));
    if (defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(defaultButton);
    box.setAccessibleName(text);
    box.setAccessibleDescription(details);
    return static_cast<Button>(box.exec());
}

} // namespace tsunagu::ui
