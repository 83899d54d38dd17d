// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/MessageBoxes.h"

#include <QApplication>
#include <QPushButton>
#include <QTest>
#include <QTimer>

using namespace tsunagu;
using tsunagu::ui::MessageBoxes;

class TestMessageBoxes : public QObject
{
    Q_OBJECT

private slots:
    void nextAnswerIsUsedOnce();
    void showsCoreErrorMessage();
};

void TestMessageBoxes::nextAnswerIsUsedOnce()
{
    MessageBoxes::setNextAnswer(QMessageBox::No);
    QCOMPARE(MessageBoxes::question(nullptr, QStringLiteral("Discard the draft?")), QMessageBox::No);
    QCOMPARE(MessageBoxes::lastText(), QStringLiteral("Discard the draft?"));

    // The hook is spent: the next box is really shown, and answered here by a person.
    QString shownText;
    QTimer::singleShot(0, this, [&shownText] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        shownText = box->text();
        box->button(QMessageBox::Yes)->click();
    });
    QCOMPARE(MessageBoxes::question(nullptr, QStringLiteral("Really?")), QMessageBox::Yes);
    QCOMPARE(shownText, QStringLiteral("Really?"));
}

void TestMessageBoxes::showsCoreErrorMessage()
{
    const Error error { ErrorCode::NewerSchema, QStringLiteral("x.db was written by a newer version of Tsunagu."), {} };
    MessageBoxes::setNextAnswer(QMessageBox::Ok);
    QCOMPARE(MessageBoxes::showError(nullptr, QStringLiteral("Tsunagu could not open the database."), error),
        QMessageBox::Ok);
    QCOMPARE(MessageBoxes::lastText(),
        QStringLiteral("Tsunagu could not open the database.\nx.db was written by a newer version of Tsunagu."));

    // Shown for real, a message with markup characters is shown as written.
    QString informative;
    QTimer::singleShot(0, this, [&informative] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        informative = box->informativeText();
        box->button(QMessageBox::Ok)->click();
    });
    MessageBoxes::showError(
        nullptr, QStringLiteral("Failed."), Error { ErrorCode::Io, QStringLiteral("<b>a&b</b>"), {} });
    QCOMPARE(informative, QStringLiteral("<p>&lt;b&gt;a&amp;b&lt;/b&gt;</p>"));
}

QTEST_MAIN(TestMessageBoxes)
#include "tst_messageboxes.moc"
