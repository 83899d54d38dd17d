// SPDX-License-Identifier: GPL-3.0-or-later
#include "FieldCatalog.h"

#include "text/Normalizer.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace tsunagu::importer {

namespace {

#define TSUNAGU_FIELD_LABEL(text) QT_TRANSLATE_NOOP("tsunagu::importer::Fields", text)

// Shared by every kind.
const FieldSpec ignoreSpec { Field::Ignore, "ignore", TSUNAGU_FIELD_LABEL("(not imported)"), {} };
const FieldSpec problemSpec { Field::PreviousProblem, "import_problem", TSUNAGU_FIELD_LABEL("Import problem"),
    { u"import problem", u"import error", u"取込エラー", u"取り込みエラー", u"取込の問題", u"エラー理由" } };

const FieldSpec prefectureSpec { Field::Prefecture, "prefecture", TSUNAGU_FIELD_LABEL("Prefecture"),
    { u"都道府県", u"prefecture", u"県" } };
const FieldSpec municipalitySpec { Field::Municipality, "municipality", TSUNAGU_FIELD_LABEL("Municipality"),
    { u"市区町村", u"市町村", u"市区町村名", u"municipality", u"city" } };
const FieldSpec addressSpec { Field::Address, "address", TSUNAGU_FIELD_LABEL("Address"),
    { u"住所", u"現住所", u"所在地", u"address" } };
const FieldSpec phoneSpec { Field::Phone, "phone", TSUNAGU_FIELD_LABEL("Phone"),
    { u"電話番号", u"電話", u"TEL", u"phone", u"telephone", u"携帯電話", u"携帯", u"携帯番号", u"電話番号(携帯)",
        u"連絡先電話番号" } };
const FieldSpec emailSpec { Field::Email, "email", TSUNAGU_FIELD_LABEL("E-mail"),
    { u"メール", u"メールアドレス", u"Eメール", u"e-mail", u"email", u"mail", u"mail address" } };

QList<FieldSpec> clientFields()
{
    return {
        ignoreSpec,
        problemSpec,
        { Field::ExternalId, "external_id", TSUNAGU_FIELD_LABEL("ID in the sheet"),
            { u"ID", u"管理番号", u"番号", u"No", u"No.", u"相談者ID", u"利用者ID", u"相談者番号", u"利用者番号",
                u"external id", u"ケース番号", u"登録番号", u"整理番号", u"受付番号" } },
        { Field::Name, "name", TSUNAGU_FIELD_LABEL("Name"),
            { u"氏名", u"名前", u"お名前", u"name", u"full name", u"相談者名", u"利用者名", u"本人氏名",
                u"氏名(漢字)" } },
        { Field::Reading, "reading", TSUNAGU_FIELD_LABEL("Reading (furigana)"),
            { u"ふりがな", u"フリガナ", u"よみがな", u"ヨミガナ", u"よみ", u"カナ", u"氏名カナ", u"カナ氏名",
                u"氏名(カナ)", u"氏名(ふりがな)", u"名前(カナ)", u"reading", u"kana", u"furigana" } },
        { Field::BirthDate, "birth_date", TSUNAGU_FIELD_LABEL("Birth date"),
            { u"生年月日", u"誕生日", u"birth date", u"birthday", u"date of birth", u"DOB" } },
        { Field::Sex, "sex", TSUNAGU_FIELD_LABEL("Sex"), { u"性別", u"sex", u"gender" } },
        phoneSpec,
        emailSpec,
        addressSpec,
        prefectureSpec,
        municipalitySpec,
        { Field::EmergencyContact, "emergency_contact", TSUNAGU_FIELD_LABEL("Emergency contact"),
            { u"緊急連絡先", u"emergency contact" } },
        { Field::CertificateKind, "certificate_kind", TSUNAGU_FIELD_LABEL("Disability certificate"),
            { u"障害者手帳", u"手帳", u"手帳種別", u"手帳の種類", u"障害者手帳の種類", u"certificate",
                u"disability certificate" } },
        { Field::CertificateGrade, "certificate_grade", TSUNAGU_FIELD_LABEL("Certificate grade"),
            { u"等級", u"手帳等級", u"障害等級", u"grade", u"certificate grade" } },
        { Field::EmploymentStatus, "employment_status", TSUNAGU_FIELD_LABEL("Employment status"),
            { u"就労状況", u"就労状態", u"就業状況", u"雇用形態", u"employment", u"employment status" } },
    };
}

QList<FieldSpec> agencyFields()
{
    return {
        ignoreSpec,
        problemSpec,
        { Field::ExternalId, "external_id", TSUNAGU_FIELD_LABEL("ID in the sheet"),
            { u"ID", u"機関ID", u"機関コード", u"事業所番号", u"管理番号", u"番号", u"No", u"No.", u"external id" } },
        { Field::Name, "name", TSUNAGU_FIELD_LABEL("Agency name"),
            { u"機関名", u"名称", u"事業所名", u"団体名", u"施設名", u"連携先", u"連携先名", u"関係機関", u"機関",
                u"会社名", u"企業名", u"name", u"agency", u"agency name" } },
        { Field::AgencyKind, "kind", TSUNAGU_FIELD_LABEL("Kind of agency"),
            { u"種別", u"機関種別", u"種類", u"区分", u"kind", u"type", u"category" } },
        prefectureSpec,
        municipalitySpec,
        addressSpec,
        phoneSpec,
        emailSpec,
        { Field::ContactName, "contact_name", TSUNAGU_FIELD_LABEL("Contact person"),
            { u"担当者", u"担当者名", u"担当", u"窓口担当", u"contact", u"contact name", u"contact person" } },
        { Field::Note, "note", TSUNAGU_FIELD_LABEL("Note"),
            { u"備考", u"メモ", u"特記事項", u"コメント", u"note", u"notes", u"memo" } },
    };
}

QList<FieldSpec> consultationFields()
{
    return {
        ignoreSpec,
        problemSpec,
        { Field::ClientExternalId, "client_external_id", TSUNAGU_FIELD_LABEL("Client's ID in the sheet"),
            { u"相談者ID", u"利用者ID", u"ID", u"管理番号", u"相談者番号", u"利用者番号", u"client id",
                u"external id" } },
        { Field::ClientName, "client_name", TSUNAGU_FIELD_LABEL("Client's name"),
            { u"氏名", u"名前", u"お名前", u"相談者", u"相談者名", u"利用者名", u"name", u"client", u"client name" } },
        { Field::ClientReading, "client_reading", TSUNAGU_FIELD_LABEL("Client's reading"),
            { u"ふりがな", u"フリガナ", u"よみがな", u"よみ", u"カナ", u"氏名カナ", u"reading", u"kana",
                u"furigana" } },
        { Field::ClientBirthDate, "client_birth_date", TSUNAGU_FIELD_LABEL("Client's birth date"),
            { u"生年月日", u"誕生日", u"birth date", u"birthday", u"date of birth" } },
        { Field::Date, "date", TSUNAGU_FIELD_LABEL("Date of the consultation"),
            { u"相談日", u"日付", u"日時", u"相談日時", u"実施日", u"面談日", u"対応日", u"date", u"datetime" } },
        { Field::Time, "time", TSUNAGU_FIELD_LABEL("Start time"),
            { u"時刻", u"開始時刻", u"開始時間", u"time", u"start time" } },
        { Field::Duration, "duration", TSUNAGU_FIELD_LABEL("Duration (minutes)"),
            { u"所要時間", u"時間(分)", u"相談時間", u"分", u"duration", u"minutes" } },
        { Field::Channel, "channel", TSUNAGU_FIELD_LABEL("Channel"),
            { u"方法", u"相談方法", u"チャネル", u"手段", u"形態", u"相談形態", u"channel", u"method" } },
        { Field::ConsultationKind, "kind", TSUNAGU_FIELD_LABEL("Kind of consultation"),
            { u"種別", u"相談種別", u"相談の種類", u"種類", u"kind", u"type" } },
        { Field::Topics, "topics", TSUNAGU_FIELD_LABEL("Topics"),
            { u"テーマ", u"相談テーマ", u"分類", u"トピック", u"topics", u"topic" } },
        { Field::Notes, "notes", TSUNAGU_FIELD_LABEL("Notes"),
            { u"内容", u"相談内容", u"メモ", u"記録", u"備考", u"経過", u"notes", u"note", u"memo" } },
        { Field::NextSteps, "next_steps", TSUNAGU_FIELD_LABEL("Next steps"),
            { u"今後の対応", u"次回", u"次のステップ", u"対応", u"next steps" } },
        { Field::FollowUpOn, "follow_up_on", TSUNAGU_FIELD_LABEL("Follow-up date"),
            { u"次回予定日", u"フォロー日", u"フォローアップ日", u"次回日", u"follow up", u"follow-up date" } },
        { Field::Staff, "staff", TSUNAGU_FIELD_LABEL("Staff member"),
            { u"担当者", u"担当", u"担当職員", u"対応者", u"staff" } },
    };
}

#undef TSUNAGU_FIELD_LABEL

struct KindTables {
    QList<FieldSpec> specs;
    QHash<QString, Field> byKey;
};

const KindTables &tables(ImportKind kind)
{
    static const auto build = [](QList<FieldSpec> specs) {
        KindTables t;
        t.specs = std::move(specs);
        for (const FieldSpec &spec : t.specs) {
            t.byKey.insert(FieldCatalog::headerKey(QString::fromLatin1(spec.id)), spec.field);
            for (const char16_t *alias : spec.aliases)
                t.byKey.insert(FieldCatalog::headerKey(QStringView(alias)), spec.field);
        }
        return t;
    };
    static const KindTables clients = build(clientFields());
    static const KindTables agencies = build(agencyFields());
    static const KindTables consultations = build(consultationFields());
    switch (kind) {
    case ImportKind::Clients:
        return clients;
    case ImportKind::Agencies:
        return agencies;
    case ImportKind::Consultations:
        return consultations;
    }
    return clients;
}

const FieldSpec *specOf(ImportKind kind, Field field)
{
    for (const FieldSpec &spec : tables(kind).specs) {
        if (spec.field == field)
            return &spec;
    }
    return nullptr;
}

const FieldSpec *specOf(Field field)
{
    for (ImportKind kind : { ImportKind::Clients, ImportKind::Agencies, ImportKind::Consultations }) {
        if (const FieldSpec *spec = specOf(kind, field))
            return spec;
    }
    return nullptr;
}

} // namespace

const QList<FieldSpec> &FieldCatalog::fields(ImportKind kind)
{
    return tables(kind).specs;
}

QString FieldCatalog::headerKey(QStringView header)
{
    QString key = text::searchKey(header);
    // Marks around a header: 氏名※, *氏名, 【氏名】, 「氏名」
    static const QRegularExpression marks(QStringLiteral("[*※★☆:【】「」\"']"));
    key.remove(marks);
    return key;
}

std::optional<Field> FieldCatalog::byHeader(ImportKind kind, QStringView header)
{
    const KindTables &t = tables(kind);
    const QString key = headerKey(header);
    if (key.isEmpty())
        return std::nullopt;
    if (auto it = t.byKey.constFind(key); it != t.byKey.constEnd())
        return *it;
    // 生年月日(西暦), 氏名(必須), 電話番号[携帯]: the header without its note.
    static const QRegularExpression note(QStringLiteral("\\(.*?\\)|\\[.*?\\]|<.*?>"));
    QString bare = key;
    bare.remove(note);
    if (bare != key && !bare.isEmpty()) {
        if (auto it = t.byKey.constFind(bare); it != t.byKey.constEnd())
            return *it;
    }
    return std::nullopt;
}

std::optional<Field> FieldCatalog::byId(ImportKind kind, QStringView id)
{
    for (const FieldSpec &spec : tables(kind).specs) {
        if (id.trimmed() == QLatin1String(spec.id))
            return spec.field;
    }
    return std::nullopt;
}

QString FieldCatalog::id(Field field)
{
    const FieldSpec *spec = specOf(field);
    return spec ? QString::fromLatin1(spec->id) : QString();
}

QString FieldCatalog::label(ImportKind kind, Field field)
{
    const FieldSpec *spec = specOf(kind, field);
    return spec ? QCoreApplication::translate("tsunagu::importer::Fields", spec->label) : QString();
}

QStringList FieldCatalog::ids(ImportKind kind)
{
    QStringList all;
    for (const FieldSpec &spec : tables(kind).specs) {
        if (spec.field != Field::PreviousProblem)
            all << QString::fromLatin1(spec.id);
    }
    return all;
}

} // namespace tsunagu::importer
