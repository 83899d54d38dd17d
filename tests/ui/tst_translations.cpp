// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/ContextFallbackTranslator.h"
#include "ui/common/DateFormat.h"
#include "ui/common/Translations.h"

#include "domain/Enums.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QTest>

using namespace tsunagu;
using tsunagu::ui::Translations;

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Translations::install(Translations::Language::English); }
    void languageCodes();
    void japaneseCatalogueIsEmbedded();
    void coreMessagesFoundInEnclosingContext();
    void englishHasPluralForms();
    void everyMessageIsTranslated_data();
    void everyMessageIsTranslated();
};

void TestTranslations::languageCodes()
{
    QCOMPARE(Translations::fromCode(QStringLiteral("ja")), Translations::Language::Japanese);
    QCOMPARE(Translations::fromCode(QStringLiteral("en")), Translations::Language::English);
    QVERIFY(!Translations::fromCode(QStringLiteral("fr")));
    QCOMPARE(Translations::code(Translations::Language::Japanese), QStringLiteral("ja"));
}

void TestTranslations::japaneseCatalogueIsEmbedded()
{
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/tsunagu_ja.qm")));
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/tsunagu_en.qm")));
    QVERIFY(Translations::install(Translations::Language::Japanese));
    QCOMPARE(Translations::current(), Translations::Language::Japanese);
    QCOMPARE(QLocale().language(), QLocale::Japanese);
    QCOMPARE(ui::DateFormat::style(), ui::DateFormat::Style::Japanese);
    QCOMPARE(label(StaffRole::Coordinator), QStringLiteral("コーディネーター"));
    QCOMPARE(label(DataCategory::Health), QStringLiteral("健康・医療情報"));
    QCOMPARE(QCoreApplication::translate("tsunagu::ui::SectionList", "Clients"), QStringLiteral("相談者"));

    QVERIFY(Translations::install(Translations::Language::English));
    QCOMPARE(label(StaffRole::Coordinator), QStringLiteral("Coordinator"));
    QCOMPARE(ui::DateFormat::style(), ui::DateFormat::Style::Iso);
}

void TestTranslations::coreMessagesFoundInEnclosingContext()
{
    // storage::sqlError() is a free function of namespace tsunagu::storage, so
    // lupdate files its messages under "tsunagu::storage", while Database.cpp
    // translates them in "tsunagu::storage::Database".
    QVERIFY(Translations::install(Translations::Language::Japanese));
    const char *message = "The disk is full. Nothing was saved; free some space and try again.";
    const QString translated = QCoreApplication::translate("tsunagu::storage::Database", message);
    QVERIFY2(translated != QLatin1String(message), qPrintable(translated));
    QVERIFY(translated.contains(QStringLiteral("ディスク")));

    ContextFallbackTranslator plain;
    QVERIFY(plain.load(QStringLiteral(":/i18n/tsunagu_ja.qm")));
    QCOMPARE(plain.translate("no::such::Context", "Clients"), QString());
    QCOMPARE(plain.translate(nullptr, "Clients"), QString());
}

void TestTranslations::englishHasPluralForms()
{
    QVERIFY(Translations::install(Translations::Language::English));
    QCOMPARE(
        QCoreApplication::translate("tsunagu::ui::MainWindow", "%Ln client(s)", "", 1), QStringLiteral("1 client"));
    QCOMPARE(QCoreApplication::translate("tsunagu::ui::MainWindow", "%Ln client(s)", "", 20114),
        QStringLiteral("20,114 clients"));
    QVERIFY(Translations::install(Translations::Language::Japanese));
    QCOMPARE(QCoreApplication::translate("tsunagu::ui::MainWindow", "%Ln client(s)", "", 20114),
        QStringLiteral("20,114 名"));
}

void TestTranslations::everyMessageIsTranslated_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("ja") << QStringLiteral(TSUNAGU_TRANSLATIONS_DIR "/tsunagu_ja.ts");
    QTest::newRow("en") << QStringLiteral(TSUNAGU_TRANSLATIONS_DIR "/tsunagu_en.ts");
}

void TestTranslations::everyMessageIsTranslated()
{
    QFETCH(QString, file);
    QFile ts(file);
    QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(file));
    const QString xml = QString::fromUtf8(ts.readAll());
    QVERIFY(xml.count(QStringLiteral("<message")) > 100);
    QVERIFY2(!xml.contains(QStringLiteral("type=\"unfinished\"")), "unfinished translations; run the lupdate target");
    QVERIFY(!xml.contains(QStringLiteral("<translation></translation>")));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
