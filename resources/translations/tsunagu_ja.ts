<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Run</name>
    <message>
        <source>Consultations</source>
        <translation>相談記録</translation>
    </message>
    <message>
        <source>Disclosures and history</source>
        <translation>第三者提供と履歴</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>相談者</translation>
    </message>
    <message>
        <source>The demo size is not valid.</source>
        <translation>デモの規模の指定が正しくありません。</translation>
    </message>
    <message>
        <source>Staff and agencies</source>
        <translation>職員と連携先</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>保存中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>紹介</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Staff</source>
        <translation>職員</translation>
    </message>
    <message>
        <source>Could not write the screenshot %1.</source>
        <translation>スクリーンショット %1 を書き込めませんでした。</translation>
    </message>
    <message>
        <source>Case management for employment support.</source>
        <translation>就労支援のためのケース管理。</translation>
    </message>
    <message>
        <source>The database file (default: %1).</source>
        <translation>データベースファイル (既定: %1)。</translation>
    </message>
    <message>
        <source>The language of the interface: ja or en (default: the system&apos;s).</source>
        <translation>画面の言語: ja または en (既定: システムの言語)。</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;: use ja or en.</source>
        <translation>「%1」は使えない言語です。ja または en を指定してください。</translation>
    </message>
    <message>
        <source>Tsunagu could not set up the staff member for this computer.</source>
        <translation>このコンピューターで使う職員を設定できませんでした。</translation>
    </message>
    <message>
        <source>Making demonstration data…</source>
        <translation>デモ用のデータを作成しています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Open a demonstration database of invented people (made on first use).</source>
        <translation>架空の人物によるデモ用データベースを開きます (初回に作成)。</translation>
    </message>
    <message>
        <source>The demonstration data could not be made.</source>
        <translation>デモ用のデータを作成できませんでした。</translation>
    </message>
</context>
<context>
    <name>tsunagu</name>
    <message>
        <source>The closing date is not a valid date.</source>
        <translation>終了日が正しい日付ではありません。</translation>
    </message>
    <message>
        <source>The case cannot close on %1, before it opened on %2.</source>
        <translation>開始日 (%2) より前の %1 にケースを終了することはできません。</translation>
    </message>
    <message>
        <source>Enter the date the case closed.</source>
        <translation>ケースの終了日を入力してください。</translation>
    </message>
    <message>
        <source>A case with a closing date is closed: set its stage to &quot;%1&quot;, or clear the date to reopen it.</source>
        <translation>終了日のあるケースは終了しています。段階を「%1」にするか、再開する場合は終了日を消してください。</translation>
    </message>
    <message>
        <source>The experience score is from %1 to %2.</source>
        <translation>本人体験スコアは %1〜%2 で入力してください。</translation>
    </message>
    <message>
        <source>The next follow-up is not a valid date.</source>
        <translation>次回フォローアップ日が正しい日付ではありません。</translation>
    </message>
    <message>
        <source>The next follow-up (%1) is before the case opened (%2).</source>
        <translation>次回フォローアップ (%1) がケースの開始日 (%2) より前です。</translation>
    </message>
    <message>
        <source>The due date is not a valid date.</source>
        <translation>予定日が正しい日付ではありません。</translation>
    </message>
    <message>
        <source>The date done is not a valid date.</source>
        <translation>実施日が正しい日付ではありません。</translation>
    </message>
    <message>
        <source>Enter the date it was done to record a result.</source>
        <translation>結果を記録するには実施日を入力してください。</translation>
    </message>
    <message>
        <source>%1 is not a designated intractable disease number (%2 to %3, or %4).</source>
        <translation>%1 は指定難病の告示番号ではありません (%2〜%3、または %4)。</translation>
    </message>
    <message>
        <source>Enter when the consultation took place.</source>
        <translation>相談の日時を入力してください。</translation>
    </message>
    <message>
        <source>The duration is from 0 to %1 minutes (one day).</source>
        <translation>所要時間は 0〜%1 分 (1日) の範囲で入力してください。</translation>
    </message>
    <message>
        <source>The follow-up date is not a valid date.</source>
        <translation>フォローアップ日が正しい日付ではありません。</translation>
    </message>
    <message>
        <source>The follow-up (%1) cannot be before the consultation (%2).</source>
        <translation>フォローアップ (%1) を相談日 (%2) より前にすることはできません。</translation>
    </message>
    <message>
        <source>Enter when this happened.</source>
        <translation>いつのことか、日時を入力してください。</translation>
    </message>
    <message>
        <source>A referral step cannot be recorded in advance (%1 is in the future).</source>
        <translation>紹介の経過は前もって記録できません (%1 は未来の日時です)。</translation>
    </message>
    <message>
        <source>This step (%1) cannot be dated before the previous one (%2).</source>
        <translation>この経過 (%1) を前の経過 (%2) より前の日時にすることはできません。</translation>
    </message>
</context>
<context>
    <name>tsunagu::AgencyRepository</name>
    <message>
        <source>No agency with number %1.</source>
        <translation>番号 %1 の連携先はありません。</translation>
    </message>
</context>
<context>
    <name>tsunagu::CaseRepository</name>
    <message>
        <source>No support case with number %1.</source>
        <translation>番号 %1 の伴走ケースはありません。</translation>
    </message>
    <message>
        <source>No milestone with number %1.</source>
        <translation>番号 %1 のマイルストーンはありません。</translation>
    </message>
    <message>
        <source>A milestone cannot be moved to another case.</source>
        <translation>マイルストーンを別のケースに移すことはできません。</translation>
    </message>
    <message>
        <source>This case already has a job start or retention checks that are not done yet. Record or correct them instead of scheduling new ones.</source>
        <translation>このケースには、まだ済んでいない就職または定着確認がすでにあります。新しく予定を入れずに、それらを記録するか修正してください。</translation>
    </message>
</context>
<context>
    <name>tsunagu::ClientRepository</name>
    <message>
        <source>No client with number %1.</source>
        <translation>番号 %1 の相談者はいません。</translation>
    </message>
    <message>
        <source>This client&apos;s data was erased; the record cannot be edited.</source>
        <translation>この相談者のデータは消去済みのため、記録を編集できません。</translation>
    </message>
    <message>
        <source>The disability certificate is health information: register the person first, record their consent to keep health information, then add the certificate.</source>
        <translation>障害者手帳は健康情報です。先に相談者を登録し、健康情報の取得についてのご本人の同意を記録してから、手帳を追加してください。</translation>
    </message>
</context>
<context>
    <name>tsunagu::ConditionRepository</name>
    <message>
        <source>No health condition with number %1.</source>
        <translation>番号 %1 の疾患情報はありません。</translation>
    </message>
</context>
<context>
    <name>tsunagu::ConsultationRepository</name>
    <message>
        <source>No consultation with number %1.</source>
        <translation>番号 %1 の相談記録はありません。</translation>
    </message>
</context>
<context>
    <name>tsunagu::ContactPersonRepository</name>
    <message>
        <source>No contact person with number %1.</source>
        <translation>番号 %1 の家族・関係者はいません。</translation>
    </message>
</context>
<context>
    <name>tsunagu::FieldLabels</name>
    <message>
        <source>Referral step</source>
        <translation>紹介の経過</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>訂正</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>下書き</translation>
    </message>
</context>
<context>
    <name>tsunagu::FieldValues</name>
    <message>
        <source>Giving information to others</source>
        <translation>第三者提供</translation>
    </message>
    <message>
        <source>Recording health information</source>
        <translation>健康情報の記録</translation>
    </message>
    <message>
        <source>Agency #%1</source>
        <translation>連携先 #%1</translation>
    </message>
    <message>
        <source>The person themselves</source>
        <translation>本人</translation>
    </message>
    <message>
        <source>A representative</source>
        <translation>代理人</translation>
    </message>
    <message>
        <source>With the person&apos;s consent</source>
        <translation>本人の同意による</translation>
    </message>
    <message>
        <source>Without consent, on a ground the law permits</source>
        <translation>同意なし (法令で認められる根拠による)</translation>
    </message>
    <message>
        <source>Under 20</source>
        <translation>20歳未満</translation>
    </message>
    <message>
        <source>70 and over</source>
        <translation>70歳以上</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>an age band</comment>
        <translation>%1〜%2歳</translation>
    </message>
</context>
<context>
    <name>tsunagu::Fields</name>
    <message>
        <source>Purpose (details)</source>
        <translation>目的 (詳細)</translation>
    </message>
    <message>
        <source>Representative&apos;s name</source>
        <translation>代理人の氏名</translation>
    </message>
    <message>
        <source>Representative&apos;s relationship</source>
        <translation>代理人の続柄</translation>
    </message>
    <message>
        <source>Consent form version</source>
        <translation>同意書の版</translation>
    </message>
    <message>
        <source>Consent text</source>
        <translation>同意の文面</translation>
    </message>
    <message>
        <source>Withdrawal note</source>
        <translation>撤回についての備考</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>根拠・理由</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Agency name</source>
        <translation>連携先の名称</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>市区町村</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Kind of agency</source>
        <translation>連携先の種別</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>マイルストーン</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Job start</source>
        <translation>就職日</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Reading (furigana)</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>緊急連絡先</translation>
    </message>
    <message>
        <source>Certificate grade</source>
        <translation>手帳の等級</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Disability certificate</source>
        <translation>障害者手帳</translation>
    </message>
    <message>
        <source>Employment status</source>
        <translation>就労状況</translation>
    </message>
    <message>
        <source>Designated disease name</source>
        <translation>指定難病名</translation>
    </message>
    <message>
        <source>Disease group</source>
        <translation>疾患群</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>相談内容</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>今後の対応</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>相談方法</translation>
    </message>
    <message>
        <source>Kind of consultation</source>
        <translation>相談の種類</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>参加者</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>相談のテーマ</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>続柄</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Data to share</source>
        <translation>提供する情報</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Staff name</source>
        <translation>職員名</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>変更の理由</translation>
    </message>
    <message>
        <source>ID in the sheet</source>
        <translation>表のID</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation>都道府県</translation>
    </message>
    <message>
        <source>Confidential address</source>
        <translation>住所秘匿</translation>
    </message>
    <message>
        <source>Use stopped</source>
        <translation>利用停止</translation>
    </message>
    <message>
        <source>Excluded from statistics</source>
        <translation>統計除外</translation>
    </message>
    <message>
        <source>Support case</source>
        <translation>伴走ケース</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>所要時間 (分)</translation>
    </message>
    <message>
        <source>Follow-up on</source>
        <translation>フォローアップ日</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>担当職員</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>終結日</translation>
    </message>
    <message>
        <source>Experience score</source>
        <translation>本人体験スコア</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>次回フォローアップ</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>予定日</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>実施日</translation>
    </message>
    <message>
        <source>Designated disease number</source>
        <translation>指定難病の告示番号</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Disclosure record</source>
        <translation>第三者提供記録</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>要確認</translation>
    </message>
    <message>
        <source>Why it needs attention</source>
        <translation>要確認の理由</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Client number</source>
        <translation>相談者番号</translation>
    </message>
    <message>
        <source>Kind of consent</source>
        <translation>同意の種類</translation>
    </message>
    <message>
        <source>How consent was given</source>
        <translation>同意の方法</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>有効期間の開始日</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有効期間の終了日</translation>
    </message>
    <message>
        <source>Information given</source>
        <translation>提供した情報</translation>
    </message>
    <message>
        <source>How it was given</source>
        <translation>提供の方法</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>紹介先</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>記録</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>変更した職員</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>Draft of</source>
        <translation>下書きの種類</translation>
    </message>
    <message>
        <source>Last typed on</source>
        <translation>最終入力日時</translation>
    </message>
    <message>
        <source>What was typed</source>
        <translation>入力内容</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>記録日時</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>記録した職員</translation>
    </message>
    <message>
        <source>Last changed on</source>
        <translation>最終変更日時</translation>
    </message>
    <message>
        <source>Last changed by</source>
        <translation>最後に変更した職員</translation>
    </message>
    <message>
        <source>Age band at registration</source>
        <translation>登録時の年代</translation>
    </message>
    <message>
        <source>Erased on</source>
        <translation>消去日</translation>
    </message>
    <message>
        <source>Partner agency</source>
        <translation>連携先</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>紹介</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>撤回日</translation>
    </message>
    <message>
        <source>Withdrawal recorded by</source>
        <translation>撤回を記録した職員</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>同意した人</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>提供先</translation>
    </message>
    <message>
        <source>You, as named in the record</source>
        <translation>あなた (記録上の表記)</translation>
    </message>
    <message>
        <source>Given to</source>
        <translation>提供先</translation>
    </message>
    <message>
        <source>Kind of recipient</source>
        <translation>提供先の種別</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>Legal ground</source>
        <translation>法令上の根拠</translation>
    </message>
    <message>
        <source>Record kept until</source>
        <translation>記録の保存期限</translation>
    </message>
</context>
<context>
    <name>tsunagu::Labels</name>
    <message>
        <source>Coordinator</source>
        <translation>コーディネーター</translation>
    </message>
    <message>
        <source>Outreach staff</source>
        <translation>アウトリーチ担当</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>管理者</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>システム管理者</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女性</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男性</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Physical disability</source>
        <translation>身体障害者手帳</translation>
    </message>
    <message>
        <source>Mental disability</source>
        <translation>精神障害者保健福祉手帳</translation>
    </message>
    <message>
        <source>Intellectual disability</source>
        <translation>療育手帳</translation>
    </message>
    <message>
        <source>Not working</source>
        <translation>未就労</translation>
    </message>
    <message>
        <source>Open employment</source>
        <translation>一般雇用</translation>
    </message>
    <message>
        <source>Disability employment</source>
        <translation>障害者雇用</translation>
    </message>
    <message>
        <source>Sheltered work (type A)</source>
        <translation>就労継続支援A型</translation>
    </message>
    <message>
        <source>Sheltered work (type B)</source>
        <translation>就労継続支援B型</translation>
    </message>
    <message>
        <source>On sick leave</source>
        <translation>休職中</translation>
    </message>
    <message>
        <source>Self-employed</source>
        <translation>自営業</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Neurological and muscular</source>
        <translation>神経・筋疾患</translation>
    </message>
    <message>
        <source>Metabolic</source>
        <translation>代謝系疾患</translation>
    </message>
    <message>
        <source>Skin and connective tissue</source>
        <translation>皮膚・結合組織疾患</translation>
    </message>
    <message>
        <source>Immune</source>
        <translation>免疫系疾患</translation>
    </message>
    <message>
        <source>Cardiovascular</source>
        <translation>循環器系疾患</translation>
    </message>
    <message>
        <source>Blood</source>
        <translation>血液系疾患</translation>
    </message>
    <message>
        <source>Renal and urinary</source>
        <translation>腎・泌尿器系疾患</translation>
    </message>
    <message>
        <source>Bone and joint</source>
        <translation>骨・関節系疾患</translation>
    </message>
    <message>
        <source>Endocrine</source>
        <translation>内分泌系疾患</translation>
    </message>
    <message>
        <source>Respiratory</source>
        <translation>呼吸器系疾患</translation>
    </message>
    <message>
        <source>Visual</source>
        <translation>視覚系疾患</translation>
    </message>
    <message>
        <source>Hearing and balance</source>
        <translation>聴覚・平衡機能系疾患</translation>
    </message>
    <message>
        <source>Digestive</source>
        <translation>消化器系疾患</translation>
    </message>
    <message>
        <source>Chromosomal or genetic</source>
        <translation>染色体・遺伝子異常</translation>
    </message>
    <message>
        <source>Cancer</source>
        <translation>がん</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>こころの健康・精神疾患</translation>
    </message>
    <message>
        <source>Developmental</source>
        <translation>発達障害</translation>
    </message>
    <message>
        <source>Other chronic illness</source>
        <translation>その他の慢性疾患</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>母</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>父</translation>
    </message>
    <message>
        <source>Spouse or partner</source>
        <translation>配偶者・パートナー</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>子</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>きょうだい</translation>
    </message>
    <message>
        <source>Other family</source>
        <translation>その他の家族</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>支援者</translation>
    </message>
    <message>
        <source>Hello Work</source>
        <translation>ハローワーク</translation>
    </message>
    <message>
        <source>Intractable disease support center</source>
        <translation>難病相談支援センター</translation>
    </message>
    <message>
        <source>Employment and life support center</source>
        <translation>障害者就業・生活支援センター</translation>
    </message>
    <message>
        <source>Regional vocational center</source>
        <translation>地域障害者職業センター</translation>
    </message>
    <message>
        <source>Transition support office</source>
        <translation>就労移行支援事業所</translation>
    </message>
    <message>
        <source>Livelihood support desk</source>
        <translation>生活困窮者自立相談支援窓口</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>医療機関</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>企業</translation>
    </message>
    <message>
        <source>Patient association</source>
        <translation>患者会</translation>
    </message>
    <message>
        <source>Social welfare council</source>
        <translation>社会福祉協議会</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>弁護士</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>警察</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>シェルター</translation>
    </message>
    <message>
        <source>Municipal office</source>
        <translation>自治体窓口</translation>
    </message>
    <message>
        <source>Other agency</source>
        <translation>その他の機関</translation>
    </message>
    <message>
        <source>Find a job</source>
        <translation>就職</translation>
    </message>
    <message>
        <source>Return to work</source>
        <translation>復職</translation>
    </message>
    <message>
        <source>Stay in work</source>
        <translation>就労継続</translation>
    </message>
    <message>
        <source>Parallel work</source>
        <translation>パラレルワーク</translation>
    </message>
    <message>
        <source>Telework</source>
        <translation>テレワーク</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>受付</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>アセスメント</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>準備</translation>
    </message>
    <message>
        <source>Job search</source>
        <translation>求職活動</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>就労中</translation>
    </message>
    <message>
        <source>Retention follow-up</source>
        <translation>定着支援</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>終結</translation>
    </message>
    <message>
        <source>Started a job</source>
        <translation>就職</translation>
    </message>
    <message>
        <source>Returned to work</source>
        <translation>復職</translation>
    </message>
    <message>
        <source>Stayed in work</source>
        <translation>就労継続</translation>
    </message>
    <message>
        <source>Ended by the person</source>
        <translation>本人の希望で終了</translation>
    </message>
    <message>
        <source>Transferred to another agency</source>
        <translation>他機関へ移行</translation>
    </message>
    <message>
        <source>Job start</source>
        <translation>就職</translation>
    </message>
    <message>
        <source>Retention check, 1 month</source>
        <translation>定着確認 (1か月)</translation>
    </message>
    <message>
        <source>Retention check, 3 months</source>
        <translation>定着確認 (3か月)</translation>
    </message>
    <message>
        <source>Retention check, 6 months</source>
        <translation>定着確認 (6か月)</translation>
    </message>
    <message>
        <source>Retention check, 12 months</source>
        <translation>定着確認 (12か月)</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>達成</translation>
    </message>
    <message>
        <source>Not achieved</source>
        <translation>未達成</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>来所</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>オンライン</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>訪問</translation>
    </message>
    <message>
        <source>Accompanied visit</source>
        <translation>同行</translation>
    </message>
    <message>
        <source>One-off consultation</source>
        <translation>スポット相談</translation>
    </message>
    <message>
        <source>Accompaniment</source>
        <translation>伴走支援</translation>
    </message>
    <message>
        <source>Career coaching</source>
        <translation>キャリアコーチング</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>本人</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>家族</translation>
    </message>
    <message>
        <source>Staying in work</source>
        <translation>職場定着</translation>
    </message>
    <message>
        <source>Balancing treatment and work</source>
        <translation>治療と仕事の両立</translation>
    </message>
    <message>
        <source>Reasonable accommodation</source>
        <translation>合理的配慮</translation>
    </message>
    <message>
        <source>Telling the employer</source>
        <translation>職場への開示</translation>
    </message>
    <message>
        <source>Benefits and schemes</source>
        <translation>制度・手当</translation>
    </message>
    <message>
        <source>Disability certificate</source>
        <translation>障害者手帳</translation>
    </message>
    <message>
        <source>Living costs</source>
        <translation>生活費</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>職業訓練</translation>
    </message>
    <message>
        <source>Medical care</source>
        <translation>医療・通院</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>提案</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>依頼済み</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>受入れ</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>受入れ不可</translation>
    </message>
    <message>
        <source>First contact made</source>
        <translation>初回連絡済み</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>取り下げ</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>基本情報</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康・医療情報</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>就労情報</translation>
    </message>
    <message>
        <source>Consultation records</source>
        <translation>相談記録</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>紹介</translation>
    </message>
    <message>
        <source>Case conference</source>
        <translation>ケース会議</translation>
    </message>
    <message>
        <source>Employer accommodation</source>
        <translation>職場での配慮</translation>
    </message>
    <message>
        <source>Medical coordination</source>
        <translation>医療との連携</translation>
    </message>
    <message>
        <source>Case presentation</source>
        <translation>事例発表</translation>
    </message>
    <message>
        <source>Other purpose</source>
        <translation>その他の目的</translation>
    </message>
    <message>
        <source>Printed letter</source>
        <translation>書面 (印刷)</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>PDFファイル</translation>
    </message>
    <message>
        <source>Spoken (conference or meeting)</source>
        <translation>口頭 (会議・打合せ)</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>書面</translation>
    </message>
    <message>
        <source>Verbal</source>
        <translation>口頭</translation>
    </message>
    <message>
        <source>Electronic</source>
        <translation>電子</translation>
    </message>
    <message>
        <source>Required by law</source>
        <translation>法令に基づく場合</translation>
    </message>
    <message>
        <source>Protection of life, body or property</source>
        <translation>人の生命・身体・財産の保護</translation>
    </message>
    <message>
        <source>Public health or children&apos;s welfare</source>
        <translation>公衆衛生・児童の健全育成</translation>
    </message>
    <message>
        <source>Cooperation with a government duty</source>
        <translation>国の機関等への協力</translation>
    </message>
    <message>
        <source>Other ground permitted by law</source>
        <translation>その他法令で認められる場合</translation>
    </message>
</context>
<context>
    <name>tsunagu::ReferralRepository</name>
    <message>
        <source>Choose the agency the person is referred to.</source>
        <translation>紹介先の連携先を選んでください。</translation>
    </message>
    <message>
        <source>This agency is marked as no longer active; choose another one.</source>
        <translation>この連携先は「現在は利用しない」とされています。別の連携先を選んでください。</translation>
    </message>
    <message>
        <source>No referral with number %1.</source>
        <translation>番号 %1 の紹介はありません。</translation>
    </message>
    <message>
        <source>A referral cannot be moved to another agency; withdraw it and refer the person again.</source>
        <translation>紹介先を別の連携先に変えることはできません。この紹介を取り下げて、あらためて紹介してください。</translation>
    </message>
    <message>
        <source>A referral that is &quot;%1&quot; cannot become &quot;%2&quot;.</source>
        <translation>「%1」の紹介を「%2」にすることはできません。</translation>
    </message>
    <message>
        <source>This referral is already &quot;%1&quot;; no further step can be recorded.</source>
        <translation>この紹介はすでに「%1」です。これ以上の経過は記録できません。</translation>
    </message>
    <message>
        <source>Referral progress: %1</source>
        <translation>紹介の経過: %1</translation>
    </message>
    <message>
        <source>The number of days cannot be negative.</source>
        <translation>日数にマイナスの値は指定できません。</translation>
    </message>
    <message>
        <source>No disclosure record with number %1.</source>
        <translation>番号 %1 の第三者提供記録はありません。</translation>
    </message>
    <message>
        <source>Disclosure record %1 is not about this person and this agency.</source>
        <translation>第三者提供記録 %1 は、この相談者とこの連携先についての記録ではありません。</translation>
    </message>
    <message>
        <source>Consent %1 is not the consent disclosure record %2 relied on.</source>
        <translation>同意 %1 は、第三者提供記録 %2 の根拠となった同意ではありません。</translation>
    </message>
    <message>
        <source>Information sent to the agency (disclosure record %1)</source>
        <translation>連携先に提供した情報 (第三者提供記録 %1)</translation>
    </message>
</context>
<context>
    <name>tsunagu::StaffRepository</name>
    <message>
        <source>A staff member called %1 already exists.</source>
        <translation>%1 という職員はすでに登録されています。</translation>
    </message>
    <message>
        <source>No staff member with number %1.</source>
        <translation>番号 %1 の職員はいません。</translation>
    </message>
</context>
<context>
    <name>tsunagu::audit::AuditLog</name>
    <message>
        <source>entries %1 to %2 are missing</source>
        <translation>記録 %1〜%2 が欠けています</translation>
    </message>
    <message>
        <source>the link to the previous entry does not match</source>
        <translation>直前の記録とのつながりが一致しません</translation>
    </message>
    <message>
        <source>the entry was altered after it was written</source>
        <translation>書き込まれた後に記録が書き換えられています</translation>
    </message>
</context>
<context>
    <name>tsunagu::cli</name>
    <message>
        <source>Give the backup file with --out FILE.</source>
        <translation>バックアップファイルを --out ファイル で指定してください。</translation>
    </message>
    <message>
        <source>Backup written to %1
</source>
        <translation>バックアップを %1 に書き出しました
</translation>
    </message>
    <message>
        <source>Name the backup file to restore: tsunagu-cli restore --db FILE BACKUP.</source>
        <translation>復元するバックアップファイルを指定してください: tsunagu-cli restore --db ファイル バックアップ</translation>
    </message>
    <message>
        <source>Restored from %1. The replaced data was kept in %2
</source>
        <translation>%1 から復元しました。置き換える前のデータは %2 に残してあります
</translation>
    </message>
    <message>
        <source>Make a consistent copy of the database, even while the app is running.</source>
        <translation>アプリの使用中でも、データベースの整合したコピーを作ります。</translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation>書き出すバックアップファイル。</translation>
    </message>
    <message>
        <source>Check a backup and replace the database with it, keeping the replaced data beside it.</source>
        <translation>バックアップを検査してデータベースを置き換えます。置き換える前のデータは同じ場所に残します。</translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation>バックアップファイル。</translation>
    </message>
    <message>
        <source>Database ready: %1 (schema %2)
</source>
        <translation>データベースの準備ができました: %1 (スキーマ %2)
</translation>
    </message>
    <message>
        <source>File: %1
Schema version: %2 (this program: %3)
Integrity: %4
</source>
        <translation>ファイル: %1
スキーマのバージョン: %2 (このプログラム: %3)
整合性: %4
</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>The file is damaged: %1</source>
        <translation>ファイルが破損しています: %1</translation>
    </message>
    <message>
        <source>The audit log was tampered with: entry %1: %2.</source>
        <translation>監査ログが改ざんされています: 記録 %1: %2。</translation>
    </message>
    <message>
        <source>Integrity ok; audit log intact (%1 entries).
</source>
        <translation>整合性は正常です。監査ログも改ざんされていません (%1 件)。
</translation>
    </message>
    <message>
        <source>Create an empty database at the current schema.</source>
        <translation>現在のスキーマで空のデータベースを作ります。</translation>
    </message>
    <message>
        <source>Show schema version, row counts and integrity; refuses damaged or newer files.</source>
        <translation>スキーマのバージョン、件数、整合性を表示します。破損したファイルや新しい版のファイルは扱いません。</translation>
    </message>
    <message>
        <source>Check integrity and the audit log&apos;s hash chain; reports the first broken link.</source>
        <translation>整合性と監査ログのハッシュチェーンを検査し、最初に切れている箇所を報告します。</translation>
    </message>
    <message>
        <source>Give the client&apos;s number with --client ID.</source>
        <translation>相談者の番号を --client 番号 で指定してください。</translation>
    </message>
    <message>
        <source>Give the output file with --out FILE (.json or .html).</source>
        <translation>出力ファイルを --out ファイル (.json または .html) で指定してください。</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;: use json or html.</source>
        <translation>「%1」は使えない形式です。json または html を指定してください。</translation>
    </message>
    <message>
        <source>Access report for client %1 written to %2
</source>
        <translation>相談者 %1 の本人開示レポートを %2 に書き出しました
</translation>
    </message>
    <message>
        <source>%1 disclosure records of erased clients past their retention period were removed.
</source>
        <translation>保存期間を過ぎた、消去済み相談者の第三者提供記録 %1 件を削除しました。
</translation>
    </message>
    <message>
        <source>Everything held about one person, and their disclosure records (JSON or HTML).</source>
        <translation>一人の相談者について保有しているすべての情報と、その第三者提供記録 (JSON または HTML)。</translation>
    </message>
    <message>
        <source>The client&apos;s number.</source>
        <translation>相談者の番号。</translation>
    </message>
    <message>
        <source>The file to write (.json or .html).</source>
        <translation>書き出すファイル (.json または .html)。</translation>
    </message>
    <message>
        <source>json or html (default: from the file name).</source>
        <translation>json または html (既定: ファイル名から判断)。</translation>
    </message>
    <message>
        <source>Remove disclosure records of erased clients whose retention period has ended.</source>
        <translation>保存期間が終わった、消去済み相談者の第三者提供記録を削除します。</translation>
    </message>
    <message>
        <source>Give the period with --period: 2026Q3, 2026-07, 2026 or FY2025.</source>
        <translation>期間を --period で指定してください: 2026Q3、2026-07、2026、FY2025 など。</translation>
    </message>
    <message>
        <source>Give the output file with --out FILE (.csv, .xlsx or .json).</source>
        <translation>出力ファイルを --out ファイル (.csv、.xlsx または .json) で指定してください。</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;: use csv, xlsx or json.</source>
        <translation>「%1」は使えない形式です。csv、xlsx または json を指定してください。</translation>
    </message>
    <message>
        <source>PDF export is available from the statistics screen of the desktop application; here, use --format csv, xlsx or json.</source>
        <translation>PDF での出力は、デスクトップアプリの統計画面から行えます。ここでは --format csv、xlsx または json を指定してください。</translation>
    </message>
    <message>
        <source>--k takes a whole number of at least %1.</source>
        <translation>--k には %1 以上の整数を指定してください。</translation>
    </message>
    <message>
        <source>No database at %1. Give the file with --db FILE.</source>
        <translation>%1 にデータベースがありません。--db ファイル で指定してください。</translation>
    </message>
    <message>
        <source>Statistics for %1 written to %2 (%3, k = %4).
</source>
        <translation>%1 の統計を %2 に書き出しました (%3、k = %4)。
</translation>
    </message>
    <message>
        <source>Anonymized statistics of one period for supervisors (CSV, Excel or JSON).</source>
        <translation>管理者向けに、一つの期間の匿名化した統計を出力します (CSV、Excel または JSON)。</translation>
    </message>
    <message>
        <source>A calendar month (2026-07), quarter (2026Q3), year (2026) or fiscal year (FY2025).</source>
        <translation>暦の月 (2026-07)、四半期 (2026Q3)、年 (2026)、または年度 (FY2025)。</translation>
    </message>
    <message>
        <source>The file to write (.csv, .xlsx or .json).</source>
        <translation>書き出すファイル (.csv、.xlsx または .json)。</translation>
    </message>
    <message>
        <source>csv, xlsx or json (default: from the file name).</source>
        <translation>csv、xlsx または json (既定: ファイル名から判断)。</translation>
    </message>
    <message>
        <source>Name the database to create with --db FILE (demo data never goes into the default database).</source>
        <translation>作成するデータベースを --db ファイル で指定してください (デモデータは既定のデータベースには決して書き込みません)。</translation>
    </message>
    <message>
        <source>The seed is a whole number, e.g. --seed 42.</source>
        <translation>シードは整数で指定してください (例: --seed 42)。</translation>
    </message>
    <message>
        <source>--until takes a date as YYYY-MM-DD.</source>
        <translation>--until には YYYY-MM-DD の形で日付を指定してください。</translation>
    </message>
    <message>
        <source>Demo data written to %1 in %2 s (seed %3):
  %4 clients, %5 consultations, %6 referrals, %7 consents,
  %8 disclosures released through the disclosure gate, %9 agencies.
</source>
        <translation>デモデータを %1 に書き込みました (%2 秒、シード %3):
  相談者 %4 名、相談 %5 件、紹介 %6 件、同意 %7 件、
  提供判定を通った第三者提供 %8 件、連携先 %9 件。
</translation>
    </message>
    <message>
        <source>The note index of %1 was rebuilt.
</source>
        <translation>%1 のメモの索引を作り直しました。
</translation>
    </message>
    <message>
        <source>Fill a new database with a realistic synthetic case load (Japanese names, notes, agencies).</source>
        <translation>新しいデータベースに、実際に近い架空のケース (日本語の氏名・相談内容・連携先) を作成します。</translation>
    </message>
    <message>
        <source>office (20,000 clients), stress (100,000) or a number of clients.</source>
        <translation>office (相談者 20,000 名)、stress (100,000 名)、または相談者の人数。</translation>
    </message>
    <message>
        <source>The random seed; the same seed gives the same data (default 1).</source>
        <translation>乱数のシード。同じシードからは同じデータができます (既定 1)。</translation>
    </message>
    <message>
        <source>The last day of the ten years of history (default: today).</source>
        <translation>10年分の履歴の最終日 (既定: 今日)。</translation>
    </message>
    <message>
        <source>Rebuild the full-text index of consultation notes.</source>
        <translation>相談内容の全文検索用の索引を作り直します。</translation>
    </message>
    <message>
        <source> (mapping file)</source>
        <translation> (対応付けファイル)</translation>
    </message>
    <message>
        <source> (remembered mapping)</source>
        <translation> (前回の対応付け)</translation>
    </message>
    <message>
        <source>Encoding: %1
</source>
        <translation>文字コード: %1
</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(取り込まない)</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>%1 列目</translation>
    </message>
    <message>
        <source>Columns: %1
</source>
        <translation>列: %1
</translation>
    </message>
    <message>
        <source>Note: %1
</source>
        <translation>注意: %1
</translation>
    </message>
    <message>
        <source>line %1: %2
</source>
        <translation>%1 行目: %2
</translation>
    </message>
    <message>
        <source>… and %1 more rows already present.
</source>
        <translation>… ほかに登録済みの行が %1 行あります。
</translation>
    </message>
    <message>
        <source>, %1 blank rows skipped</source>
        <translation>、空行 %1 行は省略</translation>
    </message>
    <message>
        <source>Dry run: of %1 rows, %2 would be imported, %3 are already present and %4 would be rejected%5. Nothing was written.</source>
        <translation>試行: %1 行のうち、取り込み可能 %2 件、登録済み %3 件、取り込み不可 %4 件%5。何も書き込んでいません。</translation>
    </message>
    <message>
        <source>%1 of %2 rows were rejected, so nothing was imported (an import is all or nothing). Fix those rows (--report FILE writes them with their reasons) and import the file again.</source>
        <translation>%2 行のうち %1 行を取り込めないため、何も取り込んでいません (取り込みはすべてか、何もしないかのどちらかです)。それらの行を直して (--report ファイル で理由付きの一覧を書き出せます)、もう一度取り込んでください。</translation>
    </message>
    <message>
        <source>Imported %1 %2 from %3 rows; %4 already present%5.</source>
        <translation>%3 行から %2 を %1 件取り込みました (登録済み %4 件%5)。</translation>
    </message>
    <message>
        <source>Name one CSV file: tsunagu-cli import --db FILE --kind clients|agencies|consultations FILE.csv</source>
        <translation>CSV ファイルを一つ指定してください: tsunagu-cli import --db ファイル --kind clients|agencies|consultations ファイル.csv</translation>
    </message>
    <message>
        <source>Say what the file holds with --kind clients, --kind agencies or --kind consultations.</source>
        <translation>ファイルの内容を --kind clients、--kind agencies、--kind consultations のいずれかで指定してください。</translation>
    </message>
    <message>
        <source>Unknown encoding &apos;%1&apos;: use utf-8 or cp932 (Shift_JIS).</source>
        <translation>「%1」は使えない文字コードです。utf-8 または cp932 (Shift_JIS) を指定してください。</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>ファイル %1 がありません。</translation>
    </message>
    <message>
        <source>The database %1 does not exist yet: the rows are checked against an empty one.
</source>
        <translation>データベース %1 はまだありません。空のデータベースに対して各行を検査します。
</translation>
    </message>
    <message>
        <source>Upgrade it first with &apos;tsunagu-cli init --db FILE&apos;, then run the dry run again.</source>
        <translation>先に &apos;tsunagu-cli init --db ファイル&apos; で更新してから、もう一度試行してください。</translation>
    </message>
    <message>
        <source>The staff member &apos;%1&apos; is not in this database yet, so consultations cannot be checked as theirs. Name a registered one with --staff, or run &apos;tsunagu-cli init --db FILE --staff %1&apos; first.</source>
        <translation>職員「%1」はまだこのデータベースに登録されていないため、その職員の相談として検査できません。--staff で登録済みの職員を指定するか、先に &apos;tsunagu-cli init --db ファイル --staff %1&apos; を実行してください。</translation>
    </message>
    <message>
        <source>Report written to %1 (every row; rejected rows say why in the last column).
</source>
        <translation>結果を %1 に書き出しました (全行。取り込めない行は最後の列に理由があります)。
</translation>
    </message>
    <message>
        <source>%1 rows rejected; nothing was imported.</source>
        <translation>%1 行を取り込めないため、何も取り込んでいません。</translation>
    </message>
    <message>
        <source>Import clients, agencies or consultations from a CSV file (UTF-8 or Shift_JIS), all or nothing.</source>
        <translation>相談者・連携先・相談記録を CSV ファイル (UTF-8 または Shift_JIS) から取り込みます。すべてを取り込むか、何も取り込まないかのどちらかです。</translation>
    </message>
    <message>
        <source>The CSV file to import.</source>
        <translation>取り込む CSV ファイル。</translation>
    </message>
    <message>
        <source>What the file holds: clients, agencies or consultations.</source>
        <translation>ファイルの内容: clients (相談者)、agencies (連携先)、consultations (相談記録)。</translation>
    </message>
    <message>
        <source>A JSON file mapping column headers to fields, e.g. {&quot;連絡先&quot;: &quot;phone&quot;, &quot;備考&quot;: &quot;ignore&quot;}. The mapping of the last import of the same kind is remembered.</source>
        <translation>列見出しと項目の対応を書いた JSON ファイル (例: {&quot;連絡先&quot;: &quot;phone&quot;, &quot;備考&quot;: &quot;ignore&quot;})。同じ種類の前回の取り込みの対応付けは記憶されます。</translation>
    </message>
    <message>
        <source>Check every row and report; write nothing at all.</source>
        <translation>すべての行を検査して報告します。何も書き込みません。</translation>
    </message>
    <message>
        <source>utf-8 or cp932 (Shift_JIS); detected when not given.</source>
        <translation>utf-8 または cp932 (Shift_JIS)。指定しなければ自動で判別します。</translation>
    </message>
    <message>
        <source>Write every row with the reason it was rejected to this CSV file, to fix and import again.</source>
        <translation>取り込めなかった理由を付けて、すべての行をこの CSV ファイルに書き出します。直して再度取り込むのに使えます。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Usage: tsunagu-cli COMMAND --db FILE [options]

Commands:
</source>
        <translation>使い方: tsunagu-cli コマンド --db ファイル [オプション]

コマンド:
</translation>
    </message>
    <message>
        <source>
Run &apos;tsunagu-cli COMMAND --help&apos; for the options of one command.
Without --db, the database of the desktop application is used.
</source>
        <translation>
各コマンドのオプションは &apos;tsunagu-cli コマンド --help&apos; で表示します。
--db を省略すると、デスクトップアプリのデータベースを使います。
</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>例:</translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation>データベースファイル。</translation>
    </message>
    <message>
        <source>The acting staff member (default: $TSUNAGU_STAFF or cli).</source>
        <translation>操作する職員 (既定: $TSUNAGU_STAFF または cli)。</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;. Run &apos;tsunagu-cli --help&apos; for the list.</source>
        <translation>「%1」というコマンドはありません。一覧は &apos;tsunagu-cli --help&apos; で表示します。</translation>
    </message>
    <message>
        <source>A PDF is drawn only when the command line asks for it: give --format pdf.</source>
        <translation>PDF は、コマンドラインで明示した場合にのみ作成します。--format pdf を指定してください。</translation>
    </message>
    <message>
        <source>Give the output file with --out FILE (.csv, .xlsx, .json or .pdf).</source>
        <translation>出力ファイルを --out ファイル (.csv、.xlsx、.json または .pdf) で指定してください。</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;: use csv, xlsx, json or pdf.</source>
        <translation>「%1」は使えない形式です。csv、xlsx、json または pdf を指定してください。</translation>
    </message>
    <message>
        <source>Or give k for this run with --k N.</source>
        <translation>または、--k N でこの実行に使う k を指定してください。</translation>
    </message>
    <message>
        <source>Anonymized statistics of one period for supervisors (CSV, Excel, JSON or PDF).</source>
        <translation>管理者向けに、一つの期間の匿名化した統計を出力します (CSV、Excel、JSON または PDF)。</translation>
    </message>
    <message>
        <source>The file to write (.csv, .xlsx, .json or .pdf).</source>
        <translation>書き出すファイル (.csv、.xlsx、.json または .pdf)。</translation>
    </message>
    <message>
        <source>csv, xlsx, json or pdf (default: from the file name).</source>
        <translation>csv、xlsx、json または pdf (既定: ファイル名から判断)。</translation>
    </message>
    <message>
        <source>Counts below K are suppressed, for this run (default: the organisation&apos;s k, set on the statistics screen, else 5; at least 3).</source>
        <translation>K 未満の件数を秘匿します。この実行にのみ適用します (既定: 統計画面で設定した団体の k、未設定なら 5。最小 3)。</translation>
    </message>
</context>
<context>
    <name>tsunagu::demo::DemoOptions</name>
    <message>
        <source>The size is office, stress or a number of clients from 1 to 1,000,000 (not &quot;%1&quot;).</source>
        <translation>規模は office、stress、または 1〜1,000,000 の相談者数で指定してください (「%1」は使えません)。</translation>
    </message>
</context>
<context>
    <name>tsunagu::demo::detail::ClientKind</name>
    <message>
        <source>Generating the demo data was stopped; nothing was written.</source>
        <translation>デモデータの作成を中止しました。何も書き込んでいません。</translation>
    </message>
</context>
<context>
    <name>tsunagu::documents</name>
    <message>
        <source>%1/%2/%3</source>
        <translation>%1年%2月%3日</translation>
    </message>
    <message>
        <source>%1: name, reading, date of birth, sex</source>
        <translation>%1: 氏名、ふりがな、生年月日、性別</translation>
    </message>
    <message>
        <source>%1: address, phone, e-mail, emergency contact</source>
        <translation>%1: 住所、電話番号、メールアドレス、緊急連絡先</translation>
    </message>
    <message>
        <source>%1 (special-care personal information): conditions, disability certificate, treatment</source>
        <translation>%1 (要配慮個人情報): 疾患、障害者手帳、治療の状況</translation>
    </message>
    <message>
        <source>%1: work status, employer, accommodations</source>
        <translation>%1: 就労状況、勤務先、職場での配慮</translation>
    </message>
    <message>
        <source>%1: notes of consultations and support</source>
        <translation>%1: 相談・支援の記録</translation>
    </message>
    <message>
        <source>%1: family members and what they told us</source>
        <translation>%1: ご家族と、ご家族から伺った内容</translation>
    </message>
    <message>
        <source>Date signed</source>
        <translation>署名日</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>代理人</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Signature of the representative</source>
        <translation>代理人署名</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>ご本人署名</translation>
    </message>
    <message>
        <source>________ / ____ / ____</source>
        <translation>&#x3000;&#x3000;&#x3000;&#x3000;&#x3000;年&#x3000;&#x3000;&#x3000;月&#x3000;&#x3000;&#x3000;日</translation>
    </message>
</context>
<context>
    <name>tsunagu::documents::ConsentForm</name>
    <message>
        <source>There is no consent to print.</source>
        <translation>印刷する同意がありません。</translation>
    </message>
    <message>
        <source>A consent form is about one person only.</source>
        <translation>同意書は一人の方について作成します。</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>同意書</translation>
    </message>
    <message>
        <source>Any %1 (every office of this kind)</source>
        <translation>%1 (この種別のすべての機関)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Each recipient must be one agency, one kind of agency or one person.</source>
        <translation>提供先は、機関・機関の種別・個人のいずれか一つずつ指定してください。</translation>
    </message>
    <message>
        <source>This person&apos;s data was erased.</source>
        <translation>この方のデータは消去済みです。</translation>
    </message>
    <message>
        <source>Enter the consent period, with its last day, before printing the form.</source>
        <translation>同意書を印刷する前に、同意の期間 (最終日を含む) を入力してください。</translation>
    </message>
    <message>
        <source>our organisation</source>
        <translation>当法人</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>%1 御中</translation>
    </message>
    <message>
        <source>Choose the purposes, the recipients and the information before printing the form.</source>
        <translation>同意書を印刷する前に、目的・提供先・提供する情報を選んでください。</translation>
    </message>
    <message>
        <source>Consent to share personal information</source>
        <translation>個人情報の第三者提供に関する同意書</translation>
    </message>
    <message>
        <source>I agree that %1 gives the information described below about me to the recipients below, for the purposes below, during the period below, and for nothing else.</source>
        <translation>私は、%1が、私に関する下記の情報を、下記の提供先に、下記の目的のために、下記の期間に限って提供することに同意します。それ以外には提供しないものとします。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>提供先</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Information given</source>
        <translation>提供する情報</translation>
    </message>
    <message>
        <source>Not given: %1.</source>
        <translation>提供しない情報: %1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Consent to record health information</source>
        <translation>要配慮個人情報の取得に関する同意書</translation>
    </message>
    <message>
        <source>I agree that %1 records information about my health (conditions, disability certificate, treatment: special-care personal information) to support me in balancing treatment and work. This consent does not allow anyone to give that information to others; that needs a consent of its own.</source>
        <translation>私は、治療と仕事の両立の支援を受けるため、%1が私の健康に関する情報 (疾患、障害者手帳、治療の状況: 要配慮個人情報) を記録することに同意します。この同意は、その情報を第三者に提供することを認めるものではありません。提供には別の同意が必要です。</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>From %1 to %2 (both days included)</source>
        <translation>%1から%2まで (両日を含む)</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>ご本人</translation>
    </message>
    <message>
        <source>You may withdraw this consent at any time by telling us; nothing more is given from then on. What was given before stays recorded, and you may ask to see that record.</source>
        <translation>この同意は、お申し出によりいつでも撤回できます。撤回後は一切提供しません。撤回前の提供は記録として残り、その記録の開示を求めることができます。</translation>
    </message>
    <message>
        <source>Explained by: %1</source>
        <translation>説明者: %1</translation>
    </message>
    <message>
        <source>Form version: %1</source>
        <translation>様式の版: %1</translation>
    </message>
</context>
<context>
    <name>tsunagu::documents::ReferralLetter</name>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>緊急連絡先</translation>
    </message>
    <message>
        <source>Disability certificate</source>
        <translation>障害者手帳</translation>
    </message>
    <message>
        <source> (designated intractable disease no. %1)</source>
        <translation> (指定難病 告示番号 %1)</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>疾患</translation>
    </message>
    <message>
        <source>Employment status</source>
        <translation>就労状況</translation>
    </message>
    <message>
        <source>Support goals</source>
        <translation>支援の目標</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1
Next steps: %2</source>
        <translation>%1
今後の対応: %2</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>the person&apos;s consent (consent no. %1)</source>
        <translation>ご本人の同意 (同意番号 %1)</translation>
    </message>
    <message>
        <source>a legal exception (%1)</source>
        <translation>法令上の例外 (%1)</translation>
    </message>
    <message>
        <source>This letter contains only the following information, shared on the basis of %1: %2. Disclosure record no. %3.</source>
        <translation>この書面には、%1に基づいて提供する次の情報のみを記載しています: %2。第三者提供記録番号 %3。</translation>
    </message>
    <message>
        <source>Referral letter</source>
        <translation>紹介状</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>%1 御中</translation>
    </message>
    <message>
        <source>We would like to introduce the person below to you for %1.</source>
        <translation>%1のため、下記の方をご紹介いたします。</translation>
    </message>
</context>
<context>
    <name>tsunagu::drafts::DraftStore</name>
    <message>
        <source>A draft needs a kind.</source>
        <translation>下書きの種類がありません。</translation>
    </message>
    <message>
        <source>The draft is too long to keep (more than %1 MB).</source>
        <translation>下書きが大きすぎて保存できません (%1 MB 超)。</translation>
    </message>
    <message>
        <source>This draft belongs to another staff member.</source>
        <translation>この下書きは別の担当者のものです。</translation>
    </message>
    <message>
        <source>This client&apos;s data was erased: the draft is not kept.</source>
        <translation>この相談者のデータは消去されています。下書きは保存しません。</translation>
    </message>
    <message>
        <source>The draft is no longer there.</source>
        <translation>下書きはもうありません。</translation>
    </message>
</context>
<context>
    <name>tsunagu::importer</name>
    <message>
        <source>column %1 (no header)</source>
        <translation>%1 列目 (見出しなし)</translation>
    </message>
    <message>
        <source>column %1 &quot;%2&quot;</source>
        <translation>%1 列目「%2」</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: an era year starts at 1 (元年).</source>
        <translation>「%1」は日付ではありません。元号の年は 1 (元年) から始まります。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date that exists.</source>
        <translation>「%1」は存在しない日付です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: dates before 明治6年 (1873) were in the old lunisolar calendar; enter the date in the Western calendar.</source>
        <translation>「%1」: 明治6年 (1873年) より前の日付は旧暦のため、西暦で入力してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is before %2 began (%3).</source>
        <translation>「%1」は%2の始まり (%3) より前です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist: %2 ended on %3.</source>
        <translation>「%1」は存在しません。%2は %3 に終わっています。</translation>
    </message>
    <message>
        <source>line %1 (byte 0x%2)</source>
        <translation>%1 行目 (バイト 0x%2)</translation>
    </message>
</context>
<context>
    <name>tsunagu::importer::AgencyRows</name>
    <message>
        <source>The ID &quot;%1&quot; is also used on line %2.</source>
        <translation>ID「%1」は %2 行目でも使われています。</translation>
    </message>
    <message>
        <source>already present as agency %1 (same ID)</source>
        <translation>連携先 %1 として登録済み (同じID)</translation>
    </message>
    <message>
        <source>The same agency as line %1 (same name). Remove one of the rows, or give each a different ID.</source>
        <translation>%1 行目と同じ連携先です (同じ名称)。どちらかの行を削除するか、それぞれに別のIDを付けてください。</translation>
    </message>
    <message>
        <source>already present as agency %1 (same name)</source>
        <translation>連携先 %1 として登録済み (同じ名称)</translation>
    </message>
    <message numerus="yes">
        <source>%n agencies have no kind in the file and are imported as &quot;Other agency&quot;; set their kind later.</source>
        <translation>
            <numerusform>%n 件の連携先はファイルに種別がないため、「その他の機関」として取り込みます。後で種別を設定してください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tsunagu::importer::ClientRows</name>
    <message>
        <source>The ID &quot;%1&quot; is also used on line %2.</source>
        <translation>ID「%1」は %2 行目でも使われています。</translation>
    </message>
    <message>
        <source>client %1 had this ID and was erased at the person&apos;s request; not imported again</source>
        <translation>相談者 %1 がこのIDを持っていましたが、本人の求めで消去済みのため、再び取り込みません</translation>
    </message>
    <message>
        <source>already present as client %1 (same ID)</source>
        <translation>相談者 %1 として登録済み (同じID)</translation>
    </message>
    <message>
        <source>The same person as line %1 (same name or reading, and the same birth date or phone). Remove one of the rows; if they are different people, give each a different ID in an ID column.</source>
        <translation>%1 行目と同じ人です (氏名かふりがな、および生年月日か電話番号が同じ)。どちらかの行を削除してください。別の人であれば、ID列でそれぞれに別のIDを付けてください。</translation>
    </message>
    <message>
        <source>already present as client %1 (same name or reading, and the same birth date or phone)</source>
        <translation>相談者 %1 として登録済み (氏名かふりがな、および生年月日か電話番号が同じ)</translation>
    </message>
    <message>
        <source>a disability certificate is health information and cannot be recorded when a person is registered: record their consent in Tsunagu first, then add it. Map the column to &quot;ignore&quot; (--mapping) to import the rest.</source>
        <translation>障害者手帳は要配慮個人情報のため、登録時には記録できません。先につなぐで本人の同意を記録してから追加してください。残りを取り込むには、この列を「ignore」に割り当ててください (--mapping)。</translation>
    </message>
</context>
<context>
    <name>tsunagu::importer::ColumnMapping</name>
    <message>
        <source>%1 and %2 would both be read as &quot;%3&quot;. Give a mapping file (--mapping) that maps one of them to &quot;ignore&quot; or to another field.</source>
        <translation>%1 と %2 がどちらも「%3」として読み込まれます。対応付けファイル (--mapping) で、どちらかを &quot;ignore&quot; か別の項目に対応付けてください。</translation>
    </message>
    <message>
        <source>No column holds &quot;%1&quot;. Name a column after it (e.g. %2), or give a mapping file (--mapping) that says which column holds it.</source>
        <translation>「%1」の列がありません。列見出しをその名前にするか (例: %2)、どの列がそれに当たるかを対応付けファイル (--mapping) で指定してください。</translation>
    </message>
    <message>
        <source>The file does not say whose consultations these are: it needs a client ID column (相談者ID), or the client&apos;s name (氏名) and birth date (生年月日).</source>
        <translation>ファイルから、誰の相談記録かがわかりません。相談者IDの列、または相談者の氏名と生年月日の列が必要です。</translation>
    </message>
    <message>
        <source>The mapping file is not a JSON object of the form {&quot;column header&quot;: &quot;field&quot;}: %1</source>
        <translation>対応付けファイルが {&quot;列見出し&quot;: &quot;項目&quot;} の形の JSON オブジェクトではありません: %1</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>オブジェクトではありません</translation>
    </message>
    <message>
        <source>In the mapping file, &quot;%1&quot; must map to a field name.</source>
        <translation>対応付けファイルで、&quot;%1&quot; には項目名を対応付けてください。</translation>
    </message>
    <message>
        <source>In the mapping file, &quot;%1&quot; maps to &quot;%2&quot;, which is not a field of %3. The fields are: %4.</source>
        <translation>対応付けファイルで &quot;%1&quot; に対応付けた &quot;%2&quot; は、%3 の項目ではありません。項目は次のとおりです: %4。</translation>
    </message>
    <message>
        <source>The mapping file %1 cannot be read: %2</source>
        <translation>対応付けファイル %1 を読み込めません: %2</translation>
    </message>
</context>
<context>
    <name>tsunagu::importer::ConsultationRows</name>
    <message>
        <source>no client has the ID &quot;%1&quot;. Import the client list first.</source>
        <translation>ID「%1」の相談者がいません。先に相談者の一覧を取り込んでください。</translation>
    </message>
    <message>
        <source>client %1 was erased at the person&apos;s request; nothing more is recorded about them.</source>
        <translation>相談者 %1 は本人の求めで消去済みのため、これ以上記録しません。</translation>
    </message>
    <message>
        <source>Whose consultation is this? Give the client&apos;s ID, or their name and birth date.</source>
        <translation>誰の相談記録かがわかりません。相談者のID、または氏名と生年月日を入れてください。</translation>
    </message>
    <message>
        <source>No client is called &quot;%1&quot; with the birth date %2. Import the client list first.</source>
        <translation>氏名「%1」、生年月日 %2 の相談者がいません。先に相談者の一覧を取り込んでください。</translation>
    </message>
    <message>
        <source>%1 clients have this name and birth date; use a client ID column to say which one.</source>
        <translation>この氏名と生年月日の相談者が %1 名います。相談者IDの列で、どの人かを指定してください。</translation>
    </message>
    <message>
        <source>the date is empty.</source>
        <translation>日付が空です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration (write 60, 60分 or 1時間).</source>
        <translation>「%1」は所要時間として読めません (60、60分、1時間 のように書いてください)。</translation>
    </message>
    <message>
        <source>the channel is empty (来所, 電話, オンライン, メール, 訪問 or 同行).</source>
        <translation>相談方法が空です (来所・電話・オンライン・メール・訪問・同行 のいずれか)。</translation>
    </message>
    <message>
        <source>no staff member is called &quot;%1&quot;. Add them as staff first.</source>
        <translation>「%1」という職員はいません。先に職員として登録してください。</translation>
    </message>
    <message>
        <source>The same consultation as line %1 (same client, time, channel and notes). Remove one of the rows.</source>
        <translation>%1 行目と同じ相談記録です (相談者・日時・相談方法・相談内容が同じ)。どちらかの行を削除してください。</translation>
    </message>
    <message>
        <source>already present as consultation %1 (same client, time, channel and notes)</source>
        <translation>相談記録 %1 として登録済み (相談者・日時・相談方法・相談内容が同じ)</translation>
    </message>
    <message numerus="yes">
        <source>%n consultations have no kind in the file and are imported as one-off consultations.</source>
        <translation>
            <numerusform>%n 件の相談記録はファイルに種類がないため、スポット相談として取り込みます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tsunagu::importer::CsvReader</name>
    <message>
        <source>Out of memory while reading the file.</source>
        <translation>ファイルの読み込み中にメモリーが足りなくなりました。</translation>
    </message>
    <message>
        <source>The quotes of this line are broken: a field that contains a quote must be enclosed in quotes, with each quote inside it doubled (&quot;&quot;).</source>
        <translation>この行の引用符が崩れています。引用符を含む値は全体を引用符で囲み、中の引用符は二つ重ねて (&quot;&quot;) 書く必要があります。</translation>
    </message>
    <message>
        <source>A quote (&quot;) opened on this line is never closed.</source>
        <translation>この行で始まった引用符 (&quot;) が閉じられていません。</translation>
    </message>
    <message>
        <source>The file does not look like a CSV file: more than %1 lines have broken quotes.</source>
        <translation>CSV ファイルではないようです。引用符が崩れた行が %1 行を超えています。</translation>
    </message>
    <message>
        <source>The file does not look like a CSV file: quotes are opened and never closed on more than %1 lines.</source>
        <translation>CSV ファイルではないようです: %1 行を超えて引用符が閉じられていません。</translation>
    </message>
</context>
<context>
    <name>tsunagu::importer::Importer</name>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>ファイル %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>The file %1 is too large to import (over %2 MB).</source>
        <translation>ファイル %1 は大きすぎて取り込めません (%2 MB を超えています)。</translation>
    </message>
    <message>
        <source>The file is too large to import.</source>
        <translation>ファイルが大きすぎて取り込めません。</translation>
    </message>
    <message>
        <source>The file holds no rows: the first line must name the columns.</source>
        <translation>ファイルに行がありません。1行目には列見出しが必要です。</translation>
    </message>
    <message>
        <source>The header (line %1) cannot be read: %2</source>
        <translation>見出し (%1 行目) を読み込めません: %2</translation>
    </message>
    <message>
        <source>Column %1 &quot;%2&quot; matches no field: it is not imported. Give a mapping file (--mapping) to import it, or to mark it &quot;ignore&quot;.</source>
        <translation>%1 列目「%2」はどの項目にも当たらないため、取り込みません。取り込む場合、または &quot;ignore&quot; とする場合は、対応付けファイル (--mapping) を指定してください。</translation>
    </message>
    <message>
        <source>Column %1 has no header but holds values (e.g. on line %2): it is not imported. Give it a header, or a mapping file (--mapping).</source>
        <translation>%1 列目は見出しがないのに値があるため (例: %2 行目)、取り込みません。見出しを付けるか、対応付けファイル (--mapping) を指定してください。</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported.</source>
        <translation>取り込みを中止しました。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>The line was: %1</source>
        <translation>元の行: %1</translation>
    </message>
    <message>
        <source>%1 values, but the header names %2 columns (a comma in a value that is not in quotes?). Extra values: %3</source>
        <translation>値が %1 個ありますが、見出しは %2 列です (引用符で囲まれていない値にカンマがありませんか?)。余分な値: %3</translation>
    </message>
    <message>
        <source>%1 values, but the header names %2 columns (a line break in a value that is not in quotes?).</source>
        <translation>値が %1 個ありますが、見出しは %2 列です (引用符で囲まれていない値に改行がありませんか?)。</translation>
    </message>
    <message>
        <source>This row could not be read in an earlier import; enter its values in the columns (the original line is in the &quot;%1&quot; column).</source>
        <translation>この行は前回の取り込みで読み取れませんでした。各列に値を入れてください (元の行は「%1」列にあります)。</translation>
    </message>
    <message>
        <source>The header (line %1) names %2 columns; a file to import may have at most %3.</source>
        <translation>見出し行 (%1 行目) に %2 列あります。取り込めるのは %3 列までです。</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
</context>
<context>
    <name>tsunagu::importer::JapaneseDate</name>
    <message>
        <source>The date is empty.</source>
        <translation>日付が空です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a date without a time is expected here.</source>
        <translation>「%1」: ここには時刻のない日付を入れてください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: write the year with four digits (1980/4/1) or with an era (S55.4.1).</source>
        <translation>「%1」: 年は4桁 (1980/4/1) か元号付き (S55.4.1) で書いてください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like an Excel date serial number: format the column as a date in Excel (e.g. yyyy/m/d) and save the CSV again.</source>
        <translation>「%1」は Excel の日付のシリアル値のようです。Excel でその列を日付の書式 (例: yyyy/m/d) にして、CSV を保存し直してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write it as 1980/4/1, 1980-04-01, 19800401, 昭和55年4月1日 or S55.4.1.</source>
        <translation>「%1」は日付ではありません。1980/4/1、1980-04-01、19800401、昭和55年4月1日、S55.4.1 のように書いてください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time. Write it as 14:30 or 14時30分.</source>
        <translation>「%1」は時刻ではありません。14:30 や 14時30分 のように書いてください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time: with 午前/午後 (AM/PM) the hour is 1 to 12.</source>
        <translation>「%1」は時刻ではありません。午前・午後を付ける場合、時は 1〜12 です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time that exists.</source>
        <translation>「%1」は存在しない時刻です。</translation>
    </message>
</context>
<context>
    <name>tsunagu::importer::RejectReport</name>
    <message>
        <source>The report %1 cannot be written: %2</source>
        <translation>結果ファイル %1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>tsunagu::importer::RowImporter</name>
    <message>
        <source>&quot;%1&quot; is not one of: %2.</source>
        <translation>「%1」は次のいずれでもありません: %2。</translation>
    </message>
</context>
<context>
    <name>tsunagu::importer::TextDecoder</name>
    <message>
        <source>detected automatically</source>
        <translation>自動判別</translation>
    </message>
    <message>
        <source>The file is in UTF-16 (Excel&apos;s &quot;Unicode text&quot;), which is not a CSV file. In Excel, save it as &quot;CSV UTF-8 (comma delimited)&quot; and import that file.</source>
        <translation>ファイルが UTF-16 (Excel の「Unicode テキスト」) で、CSV ファイルではありません。Excel で「CSV UTF-8 (コンマ区切り)」として保存し、そのファイルを取り込んでください。</translation>
    </message>
    <message>
        <source>The file starts with a UTF-8 byte-order mark, but Shift_JIS (CP932) was chosen. Import it as UTF-8, or let the encoding be detected.</source>
        <translation>ファイルは UTF-8 の BOM で始まっていますが、Shift_JIS (CP932) が指定されています。UTF-8 として取り込むか、文字コードを自動判別にしてください。</translation>
    </message>
    <message>
        <source>The file cannot be read as %1: undecodable bytes on %2. Check the encoding, or save the file again from Excel as &quot;CSV UTF-8&quot;.</source>
        <translation>ファイルを %1 として読み込めません (%2 に読めないバイトがあります)。文字コードを確認するか、Excel で「CSV UTF-8」として保存し直してください。</translation>
    </message>
    <message>
        <source>This system cannot convert UTF-8 text (iconv is missing it).</source>
        <translation>このシステムでは UTF-8 のテキストを変換できません (iconv が対応していません)。</translation>
    </message>
    <message>
        <source>This system cannot convert Shift_JIS (CP932) text (iconv is missing it).</source>
        <translation>このシステムでは Shift_JIS (CP932) のテキストを変換できません (iconv が対応していません)。</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 (first undecodable byte on %1) nor Shift_JIS/CP932 (undecodable bytes on %2); it may mix both. Save it again from Excel as &quot;CSV UTF-8&quot; and import that file.</source>
        <translation>ファイルは UTF-8 (最初の読めないバイト: %1) でも Shift_JIS/CP932 (読めないバイト: %2) でもありません。両方が混ざっている可能性があります。Excel で「CSV UTF-8」として保存し直し、そのファイルを取り込んでください。</translation>
    </message>
    <message>
        <source>The file mixes encodings: line %1 is UTF-8, but %2 is not. It was probably put together from two files; save it again from Excel as &quot;CSV UTF-8&quot; and import that file.</source>
        <translation>ファイル内で文字コードが混在しています: %1 行目は UTF-8 ですが、%2 行目は違います。2 つのファイルをつなぎ合わせた可能性があります。Excel で「CSV UTF-8」として保存し直してから取り込んでください。</translation>
    </message>
</context>
<context>
    <name>tsunagu::privacy</name>
    <message>
        <source>the consent of %1 to %2</source>
        <translation>%1〜%2 の同意</translation>
    </message>
    <message>
        <source>Any %1</source>
        <comment>a consent&apos;s recipient: any agency of a kind</comment>
        <translation>%1 (すべて)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a field and its value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Before a home visit: the person agreed to it</source>
        <translation>訪問前チェック: 本人の同意</translation>
    </message>
    <message>
        <source>Before a home visit: others present</source>
        <translation>訪問前チェック: 同席者</translation>
    </message>
    <message>
        <source>Before a home visit: known risks</source>
        <translation>訪問前チェック: 既知のリスク</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <comment>a kind of record and its number</comment>
        <translation>%1 #%2</translation>
    </message>
</context>
<context>
    <name>tsunagu::privacy::AccessReport</name>
    <message>
        <source>Personal details</source>
        <translation>基本情報</translation>
    </message>
    <message>
        <source>Health conditions</source>
        <translation>疾患・健康の情報</translation>
    </message>
    <message>
        <source>Family and other contacts</source>
        <translation>家族・関係者</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>相談記録</translation>
    </message>
    <message>
        <source>Accompaniment cases</source>
        <translation>伴走支援ケース</translation>
    </message>
    <message>
        <source>Case milestones</source>
        <translation>ケースのマイルストーン</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>紹介</translation>
    </message>
    <message>
        <source>Referral progress</source>
        <translation>紹介の経過</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>History of corrections</source>
        <translation>訂正の履歴</translation>
    </message>
    <message>
        <source>Information given to third parties</source>
        <translation>第三者への提供</translation>
    </message>
    <message>
        <source>No client with number %1.</source>
        <translation>番号 %1 の相談者はいません。</translation>
    </message>
    <message>
        <source>Personal information held about you</source>
        <translation>あなたについて保有している個人情報</translation>
    </message>
    <message>
        <source>Client no. %1 · produced %2. This report lists every item of information we hold about you and every time it was given to someone outside our organisation.</source>
        <translation>相談者番号 %1 · 作成日 %2。この報告書には、当団体があなたについて保有しているすべての情報と、それを団体の外の人や機関に提供したすべての記録を載せています。</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>なし。</translation>
    </message>
    <message>
        <source>Drafts not yet saved</source>
        <translation>未保存の下書き</translation>
    </message>
    <message>
        <source>Dates and times are Japan time. “%1” means that nothing is recorded for that item.</source>
        <translation>日時はすべて日本時間です。「%1」は、その項目に記録がないことを示します。</translation>
    </message>
    <message>
        <source>What our staff typed about you and have not saved as a record yet. It is kept so that nothing typed is lost, and deleted once the record is saved or the draft is thrown away.</source>
        <translation>当団体の職員があなたについて入力し、まだ記録として保存していない内容です。入力した内容が失われないように保存しているもので、記録が保存されるか下書きが破棄されると削除されます。</translation>
    </message>
</context>
<context>
    <name>tsunagu::privacy::ConsentRegistry</name>
    <message>
        <source>The client does not exist or was erased.</source>
        <translation>この相談者は登録されていないか、消去されています。</translation>
    </message>
    <message>
        <source>Enter the first day of the consent period.</source>
        <translation>同意期間の開始日を入力してください。</translation>
    </message>
    <message>
        <source>Enter the last day of the consent period: every consent must have an end date.</source>
        <translation>同意期間の終了日を入力してください。同意には必ず期限が必要です。</translation>
    </message>
    <message>
        <source>The consent period ends before it starts.</source>
        <translation>同意期間の終了日が開始日より前です。</translation>
    </message>
    <message>
        <source>A consent may run for at most %1 years; ask the person again after that.</source>
        <translation>同意の期間は最長 %1 年です。その後は、あらためてご本人に確認してください。</translation>
    </message>
    <message>
        <source>Choose at least one purpose.</source>
        <translation>目的を一つ以上選んでください。</translation>
    </message>
    <message>
        <source>Choose at least one recipient or kind of recipient.</source>
        <translation>提供先または提供先の種別を一つ以上選んでください。</translation>
    </message>
    <message>
        <source>Choose at least one kind of information.</source>
        <translation>情報の種類を一つ以上選んでください。</translation>
    </message>
    <message>
        <source>Describe the other purpose.</source>
        <translation>その他の目的の内容を入力してください。</translation>
    </message>
    <message>
        <source>Enter the name of the representative who gave the consent.</source>
        <translation>同意した代理人の氏名を入力してください。</translation>
    </message>
    <message>
        <source>Each recipient must be one agency, one kind of agency or one person.</source>
        <translation>提供先は、一つの機関、一つの機関種別、または一人の人物として指定してください。</translation>
    </message>
    <message>
        <source>The chosen agency does not exist.</source>
        <translation>選んだ連携先は登録されていません。</translation>
    </message>
    <message>
        <source>The chosen person is not one of this client&apos;s contacts.</source>
        <translation>選んだ人物は、この相談者の家族・関係者ではありません。</translation>
    </message>
    <message>
        <source>No consent with number %1.</source>
        <translation>番号 %1 の同意はありません。</translation>
    </message>
    <message>
        <source>A withdrawal cannot be dated in the future.</source>
        <translation>撤回日を未来の日付にすることはできません。</translation>
    </message>
    <message>
        <source>This consent was already withdrawn.</source>
        <translation>この同意はすでに撤回されています。</translation>
    </message>
    <message>
        <source>The consent this referral relied on was withdrawn.</source>
        <translation>この紹介の根拠となった同意は撤回されました。</translation>
    </message>
    <message>
        <source>Health information cannot be saved yet: record the person&apos;s consent to keep health information (要配慮個人情報) first.</source>
        <translation>健康情報はまだ保存できません。先に、健康情報 (要配慮個人情報) の取得についてのご本人の同意を記録してください。</translation>
    </message>
</context>
<context>
    <name>tsunagu::privacy::DisclosureGate</name>
    <message>
        <source>The client does not exist.</source>
        <translation>この相談者は登録されていません。</translation>
    </message>
    <message>
        <source>This person&apos;s data was erased; nothing can be shared.</source>
        <translation>この方のデータは消去済みのため、提供できる情報はありません。</translation>
    </message>
    <message>
        <source>The person asked us to stop using their data (stop-use): nothing can be shared.</source>
        <translation>ご本人から利用停止の申し出があるため、情報は提供できません。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The recipient is not in the directory (or not one of this person&apos;s contacts).</source>
        <translation>提供先が連携先名簿にありません (または、この方の家族・関係者ではありません)。</translation>
    </message>
    <message>
        <source>%1 is marked as no longer active in the directory.</source>
        <translation>%1 は連携先名簿で「現在は利用しない」とされています。</translation>
    </message>
    <message>
        <source>Choose the information to share.</source>
        <translation>提供する情報を選んでください。</translation>
    </message>
    <message>
        <source>Describe the purpose.</source>
        <translation>目的を入力してください。</translation>
    </message>
    <message>
        <source>A legal exception needs a written justification: cite the law, or say why the person&apos;s consent cannot be obtained.</source>
        <translation>法令上の例外による提供には、理由の記載が必要です。根拠となる法令か、ご本人の同意を得られない理由を書いてください。</translation>
    </message>
    <message>
        <source>Allowed under a legal exception (%1). The disclosure goes to the supervisors&apos; review.</source>
        <translation>法令上の例外 (%1) により提供できます。この提供は管理者の確認待ちに入ります。</translation>
    </message>
    <message>
        <source>The person&apos;s address is confidential: contact details cannot be shared with anyone, even with consent.</source>
        <translation>住所秘匿が設定されています。同意があっても、連絡先は誰にも提供できません。</translation>
    </message>
    <message>
        <source>this recipient</source>
        <translation>この提供先</translation>
    </message>
    <message>
        <source>%1 has not started yet.</source>
        <translation>%1 はまだ始まっていません。</translation>
    </message>
    <message>
        <source>%1 was withdrawn on %2.</source>
        <translation>%1 は %2 に撤回されています。</translation>
    </message>
    <message>
        <source>%1 has expired.</source>
        <translation>%1 は期限が切れています。</translation>
    </message>
    <message>
        <source>%1 does not cover the purpose &quot;%2&quot;.</source>
        <translation>%1 は目的「%2」を含んでいません。</translation>
    </message>
    <message>
        <source>No consent covers %1 for %2 (%3 covers %4 only).</source>
        <translation>%2 への%1の提供を認める同意はありません (%3 の範囲は%4のみです)。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>No consent names %1 as a recipient.</source>
        <translation>%1 を提供先とする同意はありません。</translation>
    </message>
    <message>
        <source>The information asked for is covered only by several consents together; one consent must cover the whole request.</source>
        <translation>求められた情報は、複数の同意を合わせないと範囲に入りません。一つの同意で全体を満たす必要があります。</translation>
    </message>
    <message>
        <source>Allowed by %1.</source>
        <translation>%1により提供できます。</translation>
    </message>
    <message>
        <source>Not allowed.</source>
        <translation>提供できません。</translation>
    </message>
    <message>
        <source>%1 (%2), born %3, client no. %4</source>
        <translation>%1 (%2)、%3 生まれ、相談者番号 %4</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>No consent from this person to share information with %1 is on file.</source>
        <translation>%1 への情報提供について、本人の同意が記録されていません。</translation>
    </message>
</context>
<context>
    <name>tsunagu::privacy::DisclosureLog</name>
    <message>
        <source>Only a supervisor can do this.</source>
        <translation>この操作は管理者のみ行えます。</translation>
    </message>
    <message>
        <source>No disclosure record with number %1.</source>
        <translation>番号 %1 の第三者提供記録はありません。</translation>
    </message>
    <message>
        <source>Only disclosures made under a legal exception are reviewed.</source>
        <translation>確認の対象は、法令上の例外による提供だけです。</translation>
    </message>
    <message>
        <source>This disclosure was already reviewed.</source>
        <translation>この提供はすでに確認済みです。</translation>
    </message>
</context>
<context>
    <name>tsunagu::privacy::Erasure</name>
    <message>
        <source>No client with number %1.</source>
        <translation>番号 %1 の相談者はいません。</translation>
    </message>
    <message>
        <source>This client&apos;s data was already erased.</source>
        <translation>この相談者のデータはすでに消去されています。</translation>
    </message>
</context>
<context>
    <name>tsunagu::repo</name>
    <message>
        <source>%1: choose one of the listed values.</source>
        <translation>%1: 一覧にある値から選んでください。</translation>
    </message>
    <message>
        <source>The reading must be written in kana (hiragana or katakana).</source>
        <translation>ふりがなは、ひらがなかカタカナで入力してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a prefecture of Japan.</source>
        <translation>「%1」は都道府県名ではありません。</translation>
    </message>
    <message>
        <source>The phone number has too few digits.</source>
        <translation>電話番号の桁数が足りません。</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1を入力してください。</translation>
    </message>
    <message>
        <source>No client with number %1.</source>
        <translation>番号 %1 の相談者はいません。</translation>
    </message>
    <message>
        <source>This client&apos;s data was erased; nothing more can be recorded about them.</source>
        <translation>この相談者のデータは消去済みのため、これ以上記録できません。</translation>
    </message>
    <message>
        <source>No staff member with number %1.</source>
        <translation>番号 %1 の職員はいません。</translation>
    </message>
    <message>
        <source>No support case with number %1.</source>
        <translation>番号 %1 の伴走ケースはありません。</translation>
    </message>
    <message>
        <source>Support case %1 belongs to another client.</source>
        <translation>伴走ケース %1 は別の相談者のケースです。</translation>
    </message>
    <message>
        <source>A record cannot be moved to another client.</source>
        <translation>記録を別の相談者に移すことはできません。</translation>
    </message>
</context>
<context>
    <name>tsunagu::search::NoteIndex</name>
    <message>
        <source>Rebuilding the note index was stopped; nothing was changed.</source>
        <translation>メモの索引の作り直しを中止しました。何も変更していません。</translation>
    </message>
</context>
<context>
    <name>tsunagu::statistics</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Under 20</source>
        <translation>20歳未満</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1〜%2歳</translation>
    </message>
    <message>
        <source>70 and over</source>
        <translation>70歳以上</translation>
    </message>
    <message>
        <source>About this report</source>
        <translation>この報告について</translation>
    </message>
    <message>
        <source>Medians and rates</source>
        <translation>中央値と率</translation>
    </message>
</context>
<context>
    <name>tsunagu::statistics::Anonymizer</name>
    <message>
        <source>The smallest published count k must be at least %1 (asked: %2).</source>
        <translation>公表する最小件数 k は %1 以上にしてください (指定: %2)。</translation>
    </message>
    <message>
        <source>The statistics were not exported: they did not pass disclosure control (%1).</source>
        <translation>統計は出力されませんでした。秘匿処理の検査を通りませんでした (%1)。</translation>
    </message>
    <message>
        <source>not anonymized</source>
        <translation>匿名化されていません</translation>
    </message>
    <message>
        <source>a count below %1 in table %2</source>
        <translation>表 %2 に %1 未満の件数</translation>
    </message>
    <message>
        <source>a suppressed count recoverable from its row in table %1</source>
        <translation>表 %1 に行の合計から復元できる秘匿セル</translation>
    </message>
    <message>
        <source>a suppressed count recoverable from its column in table %1</source>
        <translation>表 %1 に列の合計から復元できる秘匿セル</translation>
    </message>
    <message>
        <source>measure %1 over fewer than %2 people</source>
        <translation>%2 人未満で算出した指標 %1</translation>
    </message>
    <message>
        <source>Counts from 1 to %1 are suppressed (k = %2). In every row and column that adds up to a total, a suppressed count never stands alone: further counts (the next smallest) are suppressed so that none can be recovered from the totals, and the table is checked as a whole. Medians and rates are shown only over at least %2 people. Periods are fixed calendar months, quarters, years or fiscal years.</source>
        <translation>1〜%1 の件数は秘匿しています (k = %2)。合計を持つ行と列では、秘匿したセルが一つだけにならないよう、次に小さい件数もあわせて秘匿し、どのセルも合計から復元できないことを表全体で確認しています。中央値と率は %2 人以上の場合にのみ表示します。期間は暦の月・四半期・年、または年度に固定しています。</translation>
    </message>
    <message>
        <source>%1 = suppressed: a count from 1 to %2, or a count hidden so that such a count cannot be derived from the totals.</source>
        <translation>%1 = 秘匿: 1〜%2 の件数、またはそれを合計から導けないように隠した件数。</translation>
    </message>
</context>
<context>
    <name>tsunagu::statistics::CsvExport</name>
    <message>
        <source>Medians and rates</source>
        <translation>中央値と率</translation>
    </message>
</context>
<context>
    <name>tsunagu::statistics::KSetting</name>
    <message>
        <source>The organisation&apos;s k for statistics (setting %1) is &quot;%2&quot;, but it must be a whole number of at least %3. Set k on the statistics screen to replace it.</source>
        <translation>統計に使う団体の k (設定 %1) が「%2」になっていますが、k は %3 以上の整数である必要があります。統計画面で k を設定し直してください。</translation>
    </message>
</context>
<context>
    <name>tsunagu::statistics::Period</name>
    <message>
        <source>&apos;%1&apos; is not a reporting period: use a month (2026-07), a quarter (2026Q3), a year (2026) or a fiscal year (FY2025).</source>
        <translation>「%1」は集計期間として使えません。月 (2026-07)、四半期 (2026Q3)、年 (2026)、年度 (FY2025) のいずれかで指定してください。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A calendar month: %1 month name, %2 year</extracomment>
        <translation>%2年%1</translation>
    </message>
    <message>
        <source>Q%1 %2 (%3 to %4)</source>
        <extracomment>A calendar quarter: %1 quarter number, %2 year, %3 first month, %4 last month</extracomment>
        <translation>%2年 第%1四半期 (%3〜%4)</translation>
    </message>
    <message>
        <source>Calendar year %1</source>
        <extracomment>A calendar year</extracomment>
        <translation>%1年</translation>
    </message>
    <message>
        <source>Fiscal year %1 (April %1 to March %2)</source>
        <extracomment>A Japanese fiscal year (年度): %1 its first year, %2 the year it ends in</extracomment>
        <translation>%1年度 (%1年4月〜%2年3月)</translation>
    </message>
</context>
<context>
    <name>tsunagu::statistics::ReportExporter</name>
    <message>
        <source>PDF export is available from the statistics screen of the desktop application; here, use csv, xlsx or json.</source>
        <translation>PDF での出力は、デスクトップアプリの統計画面から行えます。ここでは csv、xlsx または json を使ってください。</translation>
    </message>
</context>
<context>
    <name>tsunagu::statistics::ReportLabels</name>
    <message>
        <source>Tsunagu: anonymized statistics</source>
        <translation>つなぐ: 匿名化した統計</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>初日</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>最終日</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Disclosure control</source>
        <translation>秘匿処理</translation>
    </message>
    <message>
        <source>Smallest published count (k)</source>
        <translation>公表する最小件数 (k)</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>凡例</translation>
    </message>
    <message>
        <source>Generated at</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Application version</source>
        <translation>アプリのバージョン</translation>
    </message>
    <message>
        <source>Database schema version</source>
        <translation>データベースのスキーマのバージョン</translation>
    </message>
    <message>
        <source>days</source>
        <translation>日</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>points (1 to 5)</source>
        <translation>点 (1〜5)</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <source>Over (n)</source>
        <translation>対象数 (n)</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>定義</translation>
    </message>
</context>
<context>
    <name>tsunagu::statistics::Statistics</name>
    <message>
        <source>The statistics were cancelled.</source>
        <translation>統計の作成を中止しました。</translation>
    </message>
    <message>
        <source>New clients registered</source>
        <translation>新規登録の相談者</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>相談件数</translation>
    </message>
    <message>
        <source>People with at least one consultation</source>
        <translation>相談が1回以上あった人</translation>
    </message>
    <message>
        <source>Referrals proposed</source>
        <translation>紹介の提案</translation>
    </message>
    <message>
        <source>Referrals with a first contact by the agency</source>
        <translation>連携先から初回連絡があった紹介</translation>
    </message>
    <message>
        <source>Job starts</source>
        <translation>就職</translation>
    </message>
    <message>
        <source>Returns to work</source>
        <translation>復職</translation>
    </message>
    <message>
        <source>Support cases closed</source>
        <translation>終結した伴走ケース</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Headline figures of the period. Each is defined with the table that details it.</source>
        <translation>この期間の主な数値です。それぞれの定義は、詳細を示す表に記載しています。</translation>
    </message>
    <message>
        <source>Consultations by channel</source>
        <translation>相談方法別の相談件数</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>相談方法</translation>
    </message>
    <message>
        <source>Consultations by kind</source>
        <translation>種類別の相談件数</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Consultations that started in the period.</source>
        <translation>この期間に行われた相談。</translation>
    </message>
    <message>
        <source>Consultations by topic</source>
        <translation>テーマ別の相談件数</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>Consultations that started in the period, by topic discussed. A consultation may have several topics, so the lines do not add up to the number of consultations.</source>
        <translation>この期間に行われた相談を、話し合ったテーマ別に数えたもの。一つの相談に複数のテーマがあることがあるため、各行の合計は相談件数と一致しません。</translation>
    </message>
    <message>
        <source>People by disease group</source>
        <translation>疾患群別の人数</translation>
    </message>
    <message>
        <source>Disease group</source>
        <translation>疾患群</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>People by age band at registration</source>
        <translation>登録時の年代別の人数</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>年代</translation>
    </message>
    <message>
        <source>People by sex</source>
        <translation>性別の人数</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>People by employment status</source>
        <translation>就労状況別の人数</translation>
    </message>
    <message>
        <source>Employment status</source>
        <translation>就労状況</translation>
    </message>
    <message>
        <source>People with at least one consultation in the period, each counted once, under the disease group of their first recorded condition.</source>
        <translation>この期間に相談が1回以上あった人を一人1回、最初に記録された疾患の疾患群で数えたもの。</translation>
    </message>
    <message>
        <source>People with at least one consultation in the period, by their 10-year age band when they registered.</source>
        <translation>この期間に相談が1回以上あった人を、登録時の10歳刻みの年代別に数えたもの。</translation>
    </message>
    <message>
        <source>People with at least one consultation in the period, by the employment status currently recorded.</source>
        <translation>この期間に相談が1回以上あった人を、現在記録されている就労状況別に数えたもの。</translation>
    </message>
    <message>
        <source>Referrals by kind of agency and status at the end of the period</source>
        <translation>連携先の種別と期末時点の状況別の紹介件数</translation>
    </message>
    <message>
        <source>Kind of agency</source>
        <translation>連携先の種別</translation>
    </message>
    <message>
        <source>Referrals proposed in the period, by the kind of agency and by their status at the end of the period (the last step recorded before it ended).</source>
        <translation>この期間に提案した紹介を、連携先の種別と期末時点の状況 (期間の終わりまでに記録された最後の経過) 別に数えたもの。</translation>
    </message>
    <message>
        <source>Referral lead time (median days from proposal to first contact)</source>
        <translation>紹介のリードタイム (提案から初回連絡までの日数の中央値)</translation>
    </message>
    <message>
        <source>Referrals whose first contact by the agency happened in the period: whole days in the Japanese calendar from the day the referral was proposed to the day of first contact.</source>
        <translation>この期間に連携先からの初回連絡があった紹介。紹介を提案した日から初回連絡の日までの日数 (日本の暦日で数えます)。</translation>
    </message>
    <message>
        <source>Retention after a job start</source>
        <translation>就職後の定着</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Still in the job</source>
        <translation>就労継続中</translation>
    </message>
    <message>
        <source>No longer in the job</source>
        <translation>離職</translation>
    </message>
    <message>
        <source>Retention checks that fell due in the period (1, 3, 6 or 12 months after a job start) and whose result is recorded. The total is the number of checks; checks without a result are not counted.</source>
        <translation>この期間に予定日を迎え (就職の1・3・6・12か月後)、結果が記録された定着確認。合計は確認の件数で、結果のない確認は数えません。</translation>
    </message>
    <message>
        <source>Share of the recorded retention checks of the period where the person was still in the job.</source>
        <translation>この期間に記録された定着確認のうち、本人が就労を続けていた割合。</translation>
    </message>
    <message>
        <source>Support cases closed, by outcome</source>
        <translation>結果別の終結した伴走ケース</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>ケース数</translation>
    </message>
    <message>
        <source>Support cases closed in the period, by their recorded outcome.</source>
        <translation>この期間に終結した伴走ケースを、記録された結果別に数えたもの。</translation>
    </message>
    <message>
        <source>Experience scores</source>
        <translation>本人体験スコア</translation>
    </message>
    <message>
        <source>Score (1 to 5)</source>
        <translation>スコア (1〜5)</translation>
    </message>
    <message>
        <source>The person&apos;s own rating of the support received (1 to 5), for support cases closed in the period with a rating.</source>
        <translation>この期間に終結し、評価が記録された伴走ケースについての、受けた支援に対する本人の評価 (1〜5)。</translation>
    </message>
    <message>
        <source>Experience score (median, 1 to 5)</source>
        <translation>本人体験スコア (中央値、1〜5)</translation>
    </message>
    <message>
        <source>1 month after the job start</source>
        <translation>就職から1か月</translation>
    </message>
    <message>
        <source>3 months after the job start</source>
        <translation>就職から3か月</translation>
    </message>
    <message>
        <source>6 months after the job start</source>
        <translation>就職から6か月</translation>
    </message>
    <message>
        <source>12 months after the job start</source>
        <translation>就職から12か月</translation>
    </message>
    <message>
        <source>Retention rate at 1 month (%)</source>
        <translation>1か月定着率 (%)</translation>
    </message>
    <message>
        <source>Retention rate at 3 months (%)</source>
        <translation>3か月定着率 (%)</translation>
    </message>
    <message>
        <source>Retention rate at 6 months (%)</source>
        <translation>6か月定着率 (%)</translation>
    </message>
    <message>
        <source>Retention rate at 12 months (%)</source>
        <translation>12か月定着率 (%)</translation>
    </message>
    <message>
        <source>Everyone registered as a client, including people whose data was erased at their request (counted through the de-identified record the erasure keeps, and on a line of their own by sex, disease group and employment status), and excluding people who asked to be left out of statistics. Dates and months are those of Japan (UTC+9). No names, identifiers, free text, exact dates or places are included.</source>
        <translation>相談者として登録されたすべての人。本人の求めによりデータを消去した人を含み (消去時に残す匿名化した記録によって数え、性別・疾患群・就労状況別の表では独立した行に数えます)、統計からの除外を申し出た人を除きます。日付と月は日本時間 (UTC+9) によります。氏名、識別子、自由記述、正確な日付や場所は含みません。</translation>
    </message>
    <message>
        <source>Erasure at a person&apos;s request removes this detail: the person is then counted on the line of the erased, so that the total does not change.</source>
        <extracomment>Added to the definitions of the tables of people by sex, disease group and employment status</extracomment>
        <translation>本人の求めによる消去で、この情報は削除されます。その人は消去の行に数えるため、合計は変わりません。</translation>
    </message>
    <message>
        <source>People with at least one consultation in the period, by sex.</source>
        <translation>この期間に相談が1回以上あった人を、性別に数えたもの。</translation>
    </message>
</context>
<context>
    <name>tsunagu::statistics::Table</name>
    <message>
        <source>Not recorded</source>
        <translation>未記録</translation>
    </message>
    <message>
        <source>Erased at the person&apos;s request</source>
        <translation>本人の求めにより消去</translation>
    </message>
</context>
<context>
    <name>tsunagu::statistics::Workbook</name>
    <message>
        <source>Sheet %1</source>
        <translation>シート %1</translation>
    </message>
    <message>
        <source>The Excel file could not be produced: %1.</source>
        <translation>Excel ファイルを作成できませんでした: %1。</translation>
    </message>
</context>
<context>
    <name>tsunagu::statistics::XlsxExport</name>
    <message>
        <source>No temporary folder is available to build the Excel file.</source>
        <translation>Excel ファイルを作成するための一時フォルダーがありません。</translation>
    </message>
    <message>
        <source>The Excel file could not be started in %1.</source>
        <translation>%1 に Excel ファイルを作り始めることができませんでした。</translation>
    </message>
    <message>
        <source>The Excel file could not be read back: %1</source>
        <translation>作成した Excel ファイルを読み込めませんでした: %1</translation>
    </message>
</context>
<context>
    <name>tsunagu::storage</name>
    <message>
        <source>%1: the disk is full.</source>
        <translation>%1: ディスクがいっぱいです。</translation>
    </message>
    <message>
        <source>%1: the database is busy; try again.</source>
        <translation>%1: データベースが使用中です。もう一度お試しください。</translation>
    </message>
    <message>
        <source>%1: the file cannot be written.</source>
        <translation>%1: ファイルに書き込めません。</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1に失敗しました: %2</translation>
    </message>
    <message>
        <source>%1 was cancelled.</source>
        <translation>%1を中止しました。</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation>ディスクがいっぱいです。何も保存されていません。空き容量を確保してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The database is in use by another Tsunagu window or program. Try again in a moment.</source>
        <translation>データベースは、つなぐの別のウィンドウか別のプログラムが使用中です。少し待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The database file cannot be written (read-only file or folder).</source>
        <translation>データベースファイルに書き込めません (ファイルまたはフォルダーが読み取り専用です)。</translation>
    </message>
    <message>
        <source>The database file is damaged. Restore it from a backup.</source>
        <translation>データベースファイルが破損しています。バックアップから復元してください。</translation>
    </message>
    <message>
        <source>The file is not a Tsunagu database.</source>
        <translation>このファイルは、つなぐのデータベースではありません。</translation>
    </message>
    <message>
        <source>The change conflicts with existing records and was not saved.</source>
        <translation>変更が既存の記録と矛盾するため、保存されませんでした。</translation>
    </message>
    <message>
        <source>The database file could not be read or written: %1</source>
        <translation>データベースファイルを読み書きできませんでした: %1</translation>
    </message>
    <message>
        <source>A database error occurred: %1</source>
        <translation>データベースでエラーが発生しました: %1</translation>
    </message>
    <message>
        <source>The integrity check was stopped.</source>
        <translation>整合性チェックを中止しました。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read (check its permissions).</source>
        <translation>ファイル %1 を読み込めません (アクセス権を確認してください)。</translation>
    </message>
    <message>
        <source>the file is shorter than its header says (%1 of %2 bytes): it was cut off</source>
        <translation>ファイルがヘッダーに記された長さより短く (%2 バイト中 %1 バイト)、途中で切れています</translation>
    </message>
    <message>
        <source>table %1 cannot be read: %2</source>
        <translation>テーブル %1 を読み込めません: %2</translation>
    </message>
</context>
<context>
    <name>tsunagu::storage::Backup</name>
    <message>
        <source>The backup</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>The database connection is not available.</source>
        <translation>データベースに接続できません。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 に書き込めません。</translation>
    </message>
    <message>
        <source>The backup could not be moved to %1.</source>
        <translation>バックアップを %1 に移動できませんでした。</translation>
    </message>
    <message>
        <source>The database is open read-only; it cannot be restored into.</source>
        <translation>データベースが読み取り専用で開かれているため、復元できません。</translation>
    </message>
    <message>
        <source>The backup cannot be restored: %1</source>
        <translation>バックアップを復元できません: %1</translation>
    </message>
    <message>
        <source>The current database could not be saved before restoring (%1). Nothing was changed.</source>
        <translation>復元の前に現在のデータベースを保存できませんでした (%1)。何も変更していません。</translation>
    </message>
    <message>
        <source>The restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>バックアップ用のフォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>The backup and the file to replace are the same file.</source>
        <translation>バックアップと置き換え先のファイルが同じファイルです。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 はファイルではありません。</translation>
    </message>
    <message>
        <source>The backup could not be copied beside %1 (%2). Nothing was changed.</source>
        <translation>%1 と同じ場所にバックアップをコピーできませんでした (%2)。何も変更していません。</translation>
    </message>
    <message>
        <source>%1 could not be renamed to %2, so the backup was not put in its place. Nothing was changed.</source>
        <translation>%1 の名前を %2 に変更できなかったため、バックアップで置き換えていません。何も変更していません。</translation>
    </message>
    <message>
        <source>%1 could not be renamed, so the backup was not put in place of %2. Nothing was changed.</source>
        <translation>%1 の名前を変更できなかったため、%2 をバックアップで置き換えていません。何も変更していません。</translation>
    </message>
    <message>
        <source>The backup could not be moved to %1. Nothing was changed.</source>
        <translation>バックアップを %1 に移動できませんでした。何も変更していません。</translation>
    </message>
</context>
<context>
    <name>tsunagu::storage::Database</name>
    <message>
        <source>No database file was given.</source>
        <translation>データベースファイルが指定されていません。</translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>データベースファイル %1 がありません。</translation>
    </message>
    <message>
        <source>The folder for %1 cannot be created.</source>
        <translation>%1 を置くフォルダーを作成できません。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read (check its permissions).</source>
        <translation>ファイル %1 を読み込めません (アクセス権を確認してください)。</translation>
    </message>
    <message>
        <source>%1 is not a Tsunagu database (it is not an SQLite file). It was left unchanged.</source>
        <translation>%1 は、つなぐのデータベースではありません (SQLite のファイルではありません)。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>%1 or its folder is read-only. Open it read-only, or copy it to a folder you can write to.</source>
        <translation>%1 またはそのフォルダーは読み取り専用です。読み取り専用で開くか、書き込めるフォルダーにコピーしてください。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Tsunagu database. It was left unchanged.</source>
        <translation>%1 は別のプログラムの SQLite データベースで、つなぐのデータベースではありません。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Tsunagu (schema %2; this version knows up to %3). Install the newer version. The file was left unchanged.</source>
        <translation>%1 は新しい版のつなぐで作成されています (スキーマ %2。この版が扱えるのは %3 までです)。新しい版をインストールしてください。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>%1 is damaged (integrity check failed: %2). It was left unchanged; restore it from a backup.</source>
        <translation>%1 は破損しています (整合性チェックの結果: %2)。ファイルは変更していません。バックアップから復元してください。</translation>
    </message>
    <message>
        <source>%1 is damaged or not a database (%2). It was left unchanged; restore it from a backup.</source>
        <translation>%1 は破損しているか、データベースではありません (%2)。ファイルは変更していません。バックアップから復元してください。</translation>
    </message>
    <message>
        <source>%1 uses an older schema (%2) and must be upgraded, which a read-only opening cannot do.</source>
        <translation>%1 は古いスキーマ (%2) のため更新が必要ですが、読み取り専用で開いているため更新できません。</translation>
    </message>
    <message>
        <source>Before upgrading %1, a copy could not be made (%2). Nothing was changed.</source>
        <translation>%1 を更新する前のコピーを作成できませんでした (%2)。何も変更していません。</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed: %2</source>
        <translation>データベースをスキーマ %1 に更新できませんでした: %2</translation>
    </message>
    <message>
        <source>Rewriting the file was stopped; nothing was changed.</source>
        <translation>ファイルの書き直しを中止しました。何も変更していません。</translation>
    </message>
</context>
<context>
    <name>tsunagu::storage::RecordStore</name>
    <message>
        <source>The record no longer exists (it may have been erased).</source>
        <translation>この記録はもうありません (消去された可能性があります)。</translation>
    </message>
    <message>
        <source>Someone else changed this record while you were editing it. Reload it and try again.</source>
        <translation>編集している間に、他の人がこの記録を変更しました。読み込み直してから、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>tsunagu::storage::Transaction</name>
    <message>
        <source>No transaction is open.</source>
        <translation>トランザクションが開始されていません。</translation>
    </message>
</context>
<context>
    <name>tsunagu::text</name>
    <message>
        <source>%1 contains a broken character.</source>
        <translation>%1に壊れた文字が含まれています。</translation>
    </message>
    <message>
        <source>%1 must be on one line.</source>
        <translation>%1は1行で入力してください。</translation>
    </message>
    <message>
        <source>%1 contains an invisible control character (U+%2). Remove it and try again.</source>
        <translation>%1に目に見えない制御文字 (U+%2) が含まれています。取り除いてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1を入力してください。</translation>
    </message>
    <message>
        <source>%1 is too long (%2 characters; at most %3).</source>
        <translation>%1が長すぎます (%2 文字。最大 %3 文字)。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a valid date (use YYYY-MM-DD).</source>
        <translation>%1: 「%2」は正しい日付ではありません (YYYY-MM-DD の形で入力してください)。</translation>
    </message>
    <message>
        <source>The birth date is not a valid date.</source>
        <translation>生年月日が正しい日付ではありません。</translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation>生年月日が未来の日付です。</translation>
    </message>
    <message>
        <source>The birth date is before 1900.</source>
        <translation>生年月日が1900年より前です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>「%1」はメールアドレスではありません。</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui</name>
    <message>
        <source>Medians and rates</source>
        <translation>中央値と率</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::AccessReportDialog</name>
    <message>
        <source>%1 cannot be written: %2. Choose another folder.</source>
        <translation>%1に書き込めません: %2。別のフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2. Nothing was left behind; try again or choose another folder.</source>
        <translation>%1を保存できませんでした: %2。途中のファイルは残っていません。もう一度試すか、別のフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>PDFで保存(&amp;D)…</translation>
    </message>
    <message>
        <source>Save as &amp;HTML…</source>
        <translation>HTMLで保存(&amp;H)…</translation>
    </message>
    <message>
        <source>Save as &amp;JSON…</source>
        <translation>JSONで保存(&amp;J)…</translation>
    </message>
    <message>
        <source>Access report</source>
        <translation>本人開示レポート</translation>
    </message>
    <message>
        <source>Access report for %1 (client no. %2)</source>
        <translation>%1 さんの本人開示レポート (相談者番号 %2)</translation>
    </message>
    <message>
        <source>Access report for client no. %1</source>
        <translation>相談者番号 %1 の本人開示レポート</translation>
    </message>
    <message>
        <source>Everything we hold about the person — personal details, health, family, consultations, cases, referrals, consents, unsaved drafts and the history of corrections — and every record of information given to someone outside the organisation, except records a supervisor withheld because showing them could endanger someone (APPI Art. 33). It is for the person themself: check who is asking before you hand it over; each copy you make is recorded in the audit log.</source>
        <translation>当団体がご本人について保有しているすべての情報 (基本情報、健康・医療情報、家族・関係者、相談記録、伴走ケース、紹介、同意、未保存の下書き、訂正の履歴) と、団体の外の人や機関に情報を提供したすべての記録です。ただし、開示すると誰かに危険が及ぶおそれがあるとして管理者が開示対象外とした記録は除きます (個人情報保護法第33条)。ご本人にお渡しするためのものです。お渡しする前に、求めているのがご本人であることを確認してください。作成した写しはすべて監査ログに記録されます。</translation>
    </message>
    <message numerus="yes">
        <source>%n disclosure record(s) withheld by a supervisor will not be in the report.</source>
        <translation>
            <numerusform>管理者が開示対象外とした第三者提供記録 %n 件は、このレポートに含まれません。</numerusform>
        </translation>
    </message>
    <message>
        <source>On A4 paper, on a printer you choose.</source>
        <translation>選んだプリンターで A4 用紙に印刷します。</translation>
    </message>
    <message>
        <source>An A4 PDF file, to hand over or send to the person.</source>
        <translation>A4 の PDF ファイルとして保存します。ご本人に手渡すか、送付できます。</translation>
    </message>
    <message>
        <source>The same document as a web page, readable in any browser.</source>
        <translation>同じ文書をウェブページとして保存します。どのブラウザーでも読めます。</translation>
    </message>
    <message>
        <source>Machine-readable (JSON): the same data for another program or service the person uses.</source>
        <translation>機械可読形式 (JSON): 同じデータを、ご本人が使う別のプログラムやサービスで利用できます。</translation>
    </message>
    <message>
        <source>The client could not be read: %1</source>
        <translation>相談者を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>The access report could not be printed.</source>
        <translation>本人開示レポートを印刷できませんでした。</translation>
    </message>
    <message>
        <source>Check the printer, then print again, or save the report as PDF.</source>
        <translation>プリンターを確認してもう一度印刷するか、レポートをPDFで保存してください。</translation>
    </message>
    <message>
        <source>The access report was sent to the printer.</source>
        <translation>本人開示レポートをプリンターに送りました。</translation>
    </message>
    <message>
        <source>Save the access report as PDF</source>
        <translation>本人開示レポートをPDFで保存</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDFファイル (*.pdf)</translation>
    </message>
    <message>
        <source>Save the access report as HTML</source>
        <translation>本人開示レポートをHTMLで保存</translation>
    </message>
    <message>
        <source>HTML files (*.html *.htm)</source>
        <translation>HTMLファイル (*.html *.htm)</translation>
    </message>
    <message>
        <source>Save the access report as JSON (machine-readable)</source>
        <translation>本人開示レポートをJSONで保存 (機械可読形式)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSONファイル (*.json)</translation>
    </message>
    <message>
        <source>The access report was not saved.</source>
        <translation>本人開示レポートは保存されませんでした。</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>%1 に保存しました</translation>
    </message>
    <message>
        <source>The access report could not be made.</source>
        <translation>本人開示レポートを作成できませんでした。</translation>
    </message>
    <message>
        <source>access-report</source>
        <translation>本人開示レポート</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::AgencyEditDialog</name>
    <message>
        <source>Active (offered when referring)</source>
        <translation>利用中 (紹介先の候補に表示)</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(未登録)</translation>
    </message>
    <message>
        <source>Agency name</source>
        <translation>機関名</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation>都道府県</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>市区町村</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>変更の理由</translation>
    </message>
    <message>
        <source>e.g. new phone number announced by the agency</source>
        <translation>例: 機関から電話番号変更の連絡があった</translation>
    </message>
    <message>
        <source>New partner agency</source>
        <translation>連携先の追加</translation>
    </message>
    <message>
        <source>Edit partner agency</source>
        <translation>連携先の編集</translation>
    </message>
    <message>
        <source>Say why you change this agency: the reason is kept with the previous values.</source>
        <translation>変更の理由を入力してください。理由は変更前の値とともに記録されます。</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::AgencyListModel</name>
    <message>
        <source>%1 (no longer active)</source>
        <translation>%1 (利用終了)</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>機関名</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>担当者</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::AgencyPage</name>
    <message>
        <source>Show inactive agencies</source>
        <translation>利用終了の機関も表示</translation>
    </message>
    <message>
        <source>&amp;New agency…</source>
        <translation>連携先を追加(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Partner agencies</source>
        <translation>連携先</translation>
    </message>
    <message>
        <source>Filter by name, region, phone or contact</source>
        <translation>名称・地域・電話番号・担当者で絞り込み</translation>
    </message>
    <message>
        <source>Filter agencies</source>
        <translation>連携先の絞り込み</translation>
    </message>
    <message>
        <source>Kind of agency</source>
        <translation>機関の種別</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>すべての種別</translation>
    </message>
    <message>
        <source>New agency</source>
        <translation>連携先を追加</translation>
    </message>
    <message>
        <source>Edit agency</source>
        <translation>連携先を編集</translation>
    </message>
    <message>
        <source>Press Enter to edit the selected agency.</source>
        <translation>Enter で選んだ連携先を編集します。</translation>
    </message>
    <message>
        <source>Referrals to this agency</source>
        <translation>この連携先への紹介</translation>
    </message>
    <message>
        <source>Press Enter to open the referral.</source>
        <translation>Enter で紹介を開きます。</translation>
    </message>
    <message>
        <source>The directory could not be read: %1</source>
        <translation>連携先名簿を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>No partner agencies yet. Add the first one with “New agency…”.</source>
        <translation>連携先はまだ登録されていません。「連携先を追加…」で最初の機関を登録してください。</translation>
    </message>
    <message>
        <source>No agency matches this filter.</source>
        <translation>この条件に合う連携先はありません。</translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation>(消去済み)</translation>
    </message>
    <message>
        <source>Referrals to %1 (%2)</source>
        <translation>%1への紹介 (%2)</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>紹介</translation>
    </message>
    <message>
        <source>The referrals could not be read: %1</source>
        <translation>紹介を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Choose an agency to see who was referred to it.</source>
        <translation>連携先を選ぶと、その機関に紹介した方が表示されます。</translation>
    </message>
    <message>
        <source>Nobody has been referred to this agency yet.</source>
        <translation>この連携先への紹介はまだありません。</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::AgencyPicker</name>
    <message>
        <source>Agency name</source>
        <translation>機関名</translation>
    </message>
    <message>
        <source>Search agencies by name</source>
        <translation>連携先を名称で検索</translation>
    </message>
    <message>
        <source>Kind of agency</source>
        <translation>機関の種別</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>すべての種別</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>連携先</translation>
    </message>
    <message>
        <source>The directory could not be read: %1</source>
        <translation>連携先名簿を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>No active agency matches. Agencies are added in the Partner agencies section.</source>
        <translation>該当する連携先はありません。連携先は「連携先」画面で追加できます。</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::AgencyReferralsModel</name>
    <message>
        <source>%1 (needs attention)</source>
        <translation>%1 (要確認)</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>相談者</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>紹介日</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::BackupJob</name>
    <message>
        <source>Not started.</source>
        <translation>開始していません。</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::BackupListModel</name>
    <message>
        <source>Taken</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::BackupSettingsPage</name>
    <message>
        <source>&amp;Make a backup automatically when Tsunagu starts (at most one a day)</source>
        <translation>つなぐの起動時に自動でバックアップを作成する (1日1回まで)(&amp;M)</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> 件</translation>
    </message>
    <message>
        <source>Number of backups to keep</source>
        <translation>保存するバックアップの数</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>バックアップ用のフォルダー</translation>
    </message>
    <message>
        <source>A &quot;backups&quot; folder beside the database file</source>
        <translation>データベースファイルと同じ場所の「backups」フォルダー</translation>
    </message>
    <message>
        <source> (default)</source>
        <translation> (既定)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>選択(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>新しい順に残す数(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>フォルダー(&amp;F):</translation>
    </message>
    <message>
        <source>The backups hold everything in the database, personal data included: keep the folder on this computer or on a drive only your organisation uses. Older backups beyond the number kept are deleted.</source>
        <translation>バックアップには、個人情報を含むデータベースの内容がすべて入っています。フォルダーは、このコンピューターか、自団体だけが使うドライブに置いてください。保存する数を超えた古いバックアップは削除されます。</translation>
    </message>
    <message>
        <source>The backup folder</source>
        <translation>バックアップ用のフォルダー</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::BackupStatus</name>
    <message>
        <source>Backup progress</source>
        <translation>バックアップの進み具合</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel the backup</source>
        <translation>バックアップをキャンセル</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::BirthDateEdit</name>
    <message>
        <source>e.g. 1980/4/1 or S55.4.1</source>
        <translation>例: 1980/4/1、S55.4.1</translation>
    </message>
    <message>
        <source>“%1” is not a date I can read. Type it like 1980/4/1 or 昭和55年4月1日.</source>
        <translation>「%1」は日付として読み取れません。1980/4/1 や 昭和55年4月1日 のように入力してください。</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::CaseDialog</name>
    <message>
        <source>New support case</source>
        <translation>新しい伴走ケース</translation>
    </message>
    <message>
        <source>Change the support case</source>
        <translation>伴走ケースを変更</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>Next follow-up (optional)</source>
        <translation>次回フォロー (任意)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>終結日</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(未記録)</translation>
    </message>
    <message>
        <source>The person&apos;s experience score, 1 to 5</source>
        <translation>本人体験スコア (1〜5)</translation>
    </message>
    <message>
        <source>(not asked)</source>
        <translation>(未回答)</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>変更の理由</translation>
    </message>
    <message>
        <source>e.g. started work on 12/1; the person asked to pause</source>
        <translation>例: 12/1 から勤務開始、本人の希望で一時休止</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>目標(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>段階(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Opened on:</source>
        <translation>開始日(&amp;O):</translation>
    </message>
    <message>
        <source>Next &amp;follow-up:</source>
        <translation>次回フォロー(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>メモ(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Closed on:</source>
        <translation>終結日(&amp;C):</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>結果(&amp;U):</translation>
    </message>
    <message>
        <source>E&amp;xperience score:</source>
        <translation>本人体験スコア(&amp;X):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>変更の理由(&amp;R):</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>保存 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>This is not a date. Write it as 2026-12-01, 12/1 or +7 (days from now).</source>
        <translation>日付として読めません。2026-12-01、12/1、+7 (7日後) のように入力してください。</translation>
    </message>
    <message>
        <source>The support case was not saved.</source>
        <translation>伴走ケースは保存されませんでした。</translation>
    </message>
    <message>
        <source>Throw away your changes to the support case?</source>
        <translation>伴走ケースへの変更を破棄しますか?</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::CaseListModel</name>
    <message>
        <source>%1 (%2)</source>
        <comment>stage (closing date)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>まだなし</translation>
    </message>
    <message>
        <source>The follow-up date has passed.</source>
        <translation>フォローアップ日を過ぎています。</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n日前</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>name (reading)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>相談者</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最終連絡日</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>次回フォローアップ</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::CaseListPage</name>
    <message>
        <source>Support cases</source>
        <translation>伴走ケース</translation>
    </message>
    <message>
        <source>Which cases</source>
        <translation>表示するケース</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>進行中のケース</translation>
    </message>
    <message>
        <source>Closed cases</source>
        <translation>終結したケース</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>すべてのケース</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>表示(&amp;H):</translation>
    </message>
    <message>
        <source>Soonest follow-up first; overdue ones in bold.</source>
        <translation>フォローアップの近い順。期日を過ぎたものは太字で表示します。</translation>
    </message>
    <message>
        <source>Press Enter to open the client of the selected case.</source>
        <translation>Enter で、選んだケースの相談者を開きます。</translation>
    </message>
    <message>
        <source>The support cases could not be read: %1</source>
        <translation>伴走ケースを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>No open support cases. A case is opened from a client&apos;s screen (Support cases tab).</source>
        <translation>進行中の伴走ケースはありません。ケースは相談者の画面 (「伴走ケース」タブ) で開始します。</translation>
    </message>
    <message>
        <source>No support cases to show.</source>
        <translation>表示する伴走ケースはありません。</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::CasePanel</name>
    <message>
        <source>&amp;New case</source>
        <translation>新しいケース(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Change case…</source>
        <translation>ケースを変更(&amp;C)…</translation>
    </message>
    <message>
        <source>Record a &amp;job start…</source>
        <translation>就職日を記録(&amp;J)…</translation>
    </message>
    <message>
        <source>Record as &amp;done…</source>
        <translation>実施を記録(&amp;D)…</translation>
    </message>
    <message>
        <source>Support cases</source>
        <translation>伴走ケース</translation>
    </message>
    <message>
        <source>Support cases and milestones</source>
        <translation>伴走ケースと節目</translation>
    </message>
    <message>
        <source>Enter on a milestone records it as done; Enter on a case changes it.</source>
        <translation>節目で Enter を押すと実施を記録し、ケースで Enter を押すと変更します。</translation>
    </message>
    <message>
        <source>No support case yet. &quot;New case&quot; opens one.</source>
        <translation>伴走ケースはまだありません。「新しいケース」で始められます。</translation>
    </message>
    <message>
        <source>The support cases could not be read.</source>
        <translation>伴走ケースを読み込めませんでした。</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::CaseTreeModel</name>
    <message>
        <source>%1 (since %2)</source>
        <translation>%1 (%2〜)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Next follow-up: %1</source>
        <translation>次回フォロー: %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>実施済み</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>予定</translation>
    </message>
    <message>
        <source>Case or milestone</source>
        <translation>ケース・節目</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>予定日</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>実施日</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ChannelBox</name>
    <message>
        <source>Channel</source>
        <translation>相談方法</translation>
    </message>
    <message>
        <source>1 in person, 2 phone, 3 online, 4 e-mail, 5 home visit, 6 accompanied visit</source>
        <translation>1 来所、2 電話、3 オンライン、4 メール、5 訪問、6 同行</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::CheckPage</name>
    <message>
        <source>&amp;Stop</source>
        <translation>中止(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Save the rejected rows as CSV…</source>
        <translation>取り込めなかった行を CSV で保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>もう一度検査(&amp;A)</translation>
    </message>
    <message>
        <source>Checking every row</source>
        <translation>全行の検査</translation>
    </message>
    <message>
        <source>A dry run: every row is checked as the import will check it. Nothing is written.</source>
        <translation>試行: 取り込みと同じ方法で、すべての行を検査します。何も書き込みません。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>取り込む(&amp;I)</translation>
    </message>
    <message>
        <source>Progress of the check</source>
        <translation>検査の進み具合</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>取り込めなかった行</translation>
    </message>
    <message>
        <source>Saves every row of the file with one more column saying why each rejected row was rejected. Fix those rows in it and import that file.</source>
        <translation>ファイルのすべての行に、取り込めなかった理由の列を1列加えて保存します。そのファイルで該当する行を直し、取り込んでください。</translation>
    </message>
    <message>
        <source>Reads the file again (after you fixed it) and checks every row.</source>
        <translation>(修正した) ファイルを読み込み直し、すべての行を検査します。</translation>
    </message>
    <message>
        <source>Checking every row of %1…</source>
        <translation>%1 のすべての行を検査しています…</translation>
    </message>
    <message>
        <source>The check was stopped. Nothing was written. Check again to start it over.</source>
        <translation>検査を中止しました。何も書き込んでいません。「もう一度検査」で最初からやり直せます。</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>このファイルは取り込めません: %1</translation>
    </message>
    <message>
        <source>To import: %1</source>
        <translation>取り込み可能: %1 件</translation>
    </message>
    <message>
        <source>Already present: %1</source>
        <translation>登録済み: %1 件</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>取り込み不可: %1 件</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported, so nothing will be (an import is all or nothing). Save the rejected rows as CSV, fix them there, and import that file; or fix this file and check again.</source>
        <translation>
            <numerusform>%n 行を取り込めないため、どの行も取り込みません (取り込みはすべてか、何もしないかのどちらかです)。取り込めなかった行を CSV で保存してそこで直し、そのファイルを取り込むか、このファイルを直してもう一度検査してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import: every row is already present.</source>
        <translation>取り込むものはありません。すべての行が登録済みです。</translation>
    </message>
    <message>
        <source>Every row can be imported. Press Import to write them, all at once.</source>
        <translation>すべての行を取り込めます。「取り込む」を押すと、一度にすべて書き込みます。</translation>
    </message>
    <message>
        <source>-to-fix</source>
        <translation>-要修正</translation>
    </message>
    <message>
        <source>Save the rejected rows</source>
        <translation>取り込めなかった行の保存</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV・UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>The rejected rows were not saved.</source>
        <translation>取り込めなかった行は保存されませんでした。</translation>
    </message>
    <message>
        <source>Saved to %1: every row of the file, each rejected row saying why in its last column. Fix those rows there, then go back, choose that file and import it.</source>
        <translation>%1 に保存しました。ファイルのすべての行を含み、取り込めなかった行には最後の列に理由があります。そこで該当する行を直してから前の画面に戻り、そのファイルを選んで取り込んでください。</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ClientEditDialog</name>
    <message>
        <source>Register a client</source>
        <translation>相談者の新規登録</translation>
    </message>
    <message>
        <source>The disability certificate is health information (要配慮個人情報). Register the person first, record their consent to keep health information, then add it.</source>
        <translation>障害者手帳は要配慮個人情報です。先に相談者を登録し、健康情報の記録への同意を登録してから入力してください。</translation>
    </message>
    <message>
        <source>e.g. moved house, new phone number, typo corrected</source>
        <translation>例: 転居、電話番号の変更、入力誤りの訂正</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>変更の理由</translation>
    </message>
    <message>
        <source>Edit a client</source>
        <translation>相談者の編集</translation>
    </message>
    <message>
        <source>The client could not be opened: %1</source>
        <translation>相談者を開けませんでした: %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 の編集</translation>
    </message>
    <message>
        <source>This client&apos;s data was erased; the record cannot be edited.</source>
        <translation>この相談者のデータは消去されているため、編集できません。</translation>
    </message>
    <message>
        <source>The disability certificate is health information (要配慮個人情報): record the person&apos;s consent to keep health information first.</source>
        <translation>障害者手帳は要配慮個人情報です。先に本人の健康情報の記録への同意を登録してください。</translation>
    </message>
    <message>
        <source>Whether health information may be recorded could not be checked: %1</source>
        <translation>健康情報を記録できるか確認できませんでした: %1</translation>
    </message>
    <message>
        <source>Throw away what you typed?</source>
        <translation>入力した内容を破棄しますか?</translation>
    </message>
    <message>
        <source>The client is not saved. Choose No to go back to the form.</source>
        <translation>相談者はまだ保存されていません。「いいえ」で入力に戻ります。</translation>
    </message>
    <message>
        <source>Reason for &amp;the change</source>
        <translation>変更の理由(&amp;T)</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ClientForm</name>
    <message>
        <source>&amp;Name</source>
        <translation>氏名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Reading (furigana)</source>
        <translation>ふりがな(&amp;R)</translation>
    </message>
    <message>
        <source>in hiragana or katakana, e.g. やまだ たろう</source>
        <translation>ひらがなかカタカナで。例: やまだ たろう</translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation>生年月日(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>性別(&amp;S)</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未記入</translation>
    </message>
    <message>
        <source>&amp;Prefecture</source>
        <translation>都道府県(&amp;P)</translation>
    </message>
    <message>
        <source>Type or choose, e.g. 福岡県</source>
        <translation>入力または選択 (例: 福岡県)</translation>
    </message>
    <message>
        <source>&amp;Municipality</source>
        <translation>市区町村(&amp;M)</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>電話番号(&amp;H)</translation>
    </message>
    <message>
        <source>Emer&amp;gency contact</source>
        <translation>緊急連絡先(&amp;G)</translation>
    </message>
    <message>
        <source>name and phone, e.g. 山田 和子 (母) 090-1111-2222</source>
        <translation>氏名と電話番号。例: 山田 和子 (母) 090-1111-2222</translation>
    </message>
    <message>
        <source>&amp;Work</source>
        <translation>就労状況(&amp;W)</translation>
    </message>
    <message>
        <source>Disability &amp;certificate</source>
        <translation>障害者手帳(&amp;C)</translation>
    </message>
    <message>
        <source>e.g. 3級</source>
        <translation>例: 3級</translation>
    </message>
    <message>
        <source>Con&amp;fidential address (住所秘匿)</source>
        <translation>住所秘匿(&amp;F)</translation>
    </message>
    <message>
        <source>For a person who must not be found, e.g. after fleeing violence: contact details are never disclosed, even with consent.</source>
        <translation>DV 被害などで居所を知られてはならない方のために。同意があっても連絡先は第三者に提供されません。</translation>
    </message>
    <message>
        <source>&amp;Use stopped (利用停止)</source>
        <translation>利用停止(&amp;U)</translation>
    </message>
    <message>
        <source>The person asked to stop the use of their data: hidden from work lists, nothing is disclosed.</source>
        <translation>本人から利用停止の申出がありました。業務一覧に表示されず、第三者提供もされません。</translation>
    </message>
    <message>
        <source>E&amp;xclude from statistics (統計除外)</source>
        <translation>統計から除外(&amp;X)</translation>
    </message>
    <message>
        <source>The person asked to be left out of statistics.</source>
        <translation>本人から統計に含めないよう申出がありました。</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>注意事項</translation>
    </message>
    <message>
        <source>%1, %2 years old</source>
        <comment>era date, age</comment>
        <translation>%1、%2歳</translation>
    </message>
    <message>
        <source>Addr&amp;ess</source>
        <translation>住所(&amp;E)</translation>
    </message>
    <message>
        <source>E-ma&amp;il</source>
        <translation>メールアドレス(&amp;I)</translation>
    </message>
    <message>
        <source>Certificate gr&amp;ade</source>
        <translation>手帳の等級(&amp;A)</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ClientHeader</name>
    <message>
        <source>This client&apos;s data was erased.</source>
        <translation>この相談者のデータは消去されています。</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>消去済み</translation>
    </message>
    <message>
        <source>Identity, contact, health and family data and all notes were erased at the person&apos;s request.</source>
        <translation>本人の請求により、本人確認情報・連絡先・健康情報・家族の情報とすべての記述が消去されました。</translation>
    </message>
    <message>
        <source>%1 years (%2)</source>
        <comment>age (birth date)</comment>
        <translation>%1歳 (%2)</translation>
    </message>
    <message>
        <source>birth date not recorded</source>
        <translation>生年月日 未記入</translation>
    </message>
    <message>
        <source>Confidential address</source>
        <translation>住所秘匿</translation>
    </message>
    <message>
        <source>Contact details are never disclosed, even with consent, unless a legal exception is invoked.</source>
        <translation>法令に基づく例外を除き、同意があっても連絡先は第三者に提供されません。</translation>
    </message>
    <message>
        <source>Use stopped</source>
        <translation>利用停止</translation>
    </message>
    <message>
        <source>Hidden from work lists; nothing about this person is disclosed.</source>
        <translation>業務一覧に表示されず、この方の情報は一切第三者に提供されません。</translation>
    </message>
    <message>
        <source>Excluded from statistics</source>
        <translation>統計除外</translation>
    </message>
    <message>
        <source>The person asked to be left out of statistics.</source>
        <translation>本人から統計に含めないよう申出がありました。</translation>
    </message>
    <message>
        <source> · %1</source>
        <comment>sex after the age</comment>
        <translation> · %1</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ClientInfoPane</name>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>緊急連絡先</translation>
    </message>
    <message>
        <source>Disease groups</source>
        <translation>疾患群</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>手帳</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>就労</translation>
    </message>
    <message>
        <source>Family and contacts</source>
        <translation>家族・関係者</translation>
    </message>
    <message>
        <source> (designated intractable disease %1 %2)</source>
        <comment>disease group (指定難病 number name)</comment>
        <translation> (指定難病 %1 %2)</translation>
    </message>
    <message>
        <source>Not recorded: no consent to keep health information yet.</source>
        <translation>未記録 (健康情報の記録への同意がまだありません)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>certificate kind and grade</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>relationship: name</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Phone, e-mail</source>
        <translation>電話・メール</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ClientListModel</name>
    <message>
        <source>%1</source>
        <comment>age in years</comment>
        <translation>%1歳</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年齢</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>注意</translation>
    </message>
    <message>
        <source>Confidential address</source>
        <translation>住所秘匿</translation>
    </message>
    <message>
        <source>Use stopped</source>
        <translation>利用停止</translation>
    </message>
    <message>
        <source>Confidential address: contact details are never disclosed, even with consent.</source>
        <translation>住所秘匿: 同意があっても連絡先は提供しません。</translation>
    </message>
    <message>
        <source>Use stopped: hidden from work lists; nothing is disclosed.</source>
        <translation>利用停止: 業務の一覧に表示せず、情報も提供しません。</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ClientListPage</name>
    <message>
        <source>Clients</source>
        <translation>相談者</translation>
    </message>
    <message>
        <source>Press Enter to open the selected client.</source>
        <translation>Enter キーで、選んだ相談者を開きます。</translation>
    </message>
    <message>
        <source>The search could not run: %1</source>
        <translation>検索できませんでした: %1</translation>
    </message>
    <message>
        <source>No clients yet.</source>
        <translation>相談者はまだ登録されていません。</translation>
    </message>
    <message>
        <source>No client matches “%1”. Try the reading in kana, or fewer letters.</source>
        <translation>「%1」に当てはまる相談者はいません。ふりがなで入力するか、文字を減らしてみてください。</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ClientPage</name>
    <message>
        <source>Client</source>
        <translation>相談者</translation>
    </message>
    <message>
        <source>&amp;Log consultation</source>
        <translation>相談を記録(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Refer</source>
        <translation>紹介(&amp;R)</translation>
    </message>
    <message>
        <source>C&amp;onsent</source>
        <translation>同意(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>履歴(&amp;H)</translation>
    </message>
    <message>
        <source>← &amp;List</source>
        <translation>← 一覧へ(&amp;B)</translation>
    </message>
    <message>
        <source>Basic information</source>
        <translation>基本情報</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Client not found</source>
        <translation>相談者が見つかりません</translation>
    </message>
    <message>
        <source>The client could not be opened: %1</source>
        <translation>相談者を開けませんでした: %1</translation>
    </message>
    <message>
        <source>Part of the record could not be read: %1</source>
        <translation>記録の一部を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation>相談者: %1</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>経過(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Support cases</source>
        <translation>伴走ケース(&amp;S)</translation>
    </message>
    <message>
        <source>The support case could not be opened: it is not among this client&apos;s cases.</source>
        <translation>伴走ケースを開けませんでした。この相談者のケースではありません。</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>その他(&amp;M)</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ClientTimelineModel</name>
    <message>
        <source>Consultation</source>
        <translation>相談</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>ケース</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>紹介</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>提供</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>職員</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ConsentCard</name>
    <message>
        <source>Recording health information</source>
        <translation>健康情報の記録</translation>
    </message>
    <message>
        <source>Consent to keep health information (要配慮個人情報) in the record</source>
        <translation>要配慮個人情報 (健康情報) を記録することへの同意</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between purposes</comment>
        <translation>・</translation>
    </message>
    <message>
        <source> (%1)</source>
        <comment>the detail of an other purpose</comment>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>consent period</comment>
        <translation>%1〜%2</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ConsentDialog</name>
    <message>
        <source>The person</source>
        <translation>本人</translation>
    </message>
    <message>
        <source>A representative</source>
        <translation>代理人</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>同意を記録</translation>
    </message>
    <message>
        <source>Record the consent of %1</source>
        <translation>同意を記録 — %1</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Other purpose</source>
        <translation>その他の目的</translation>
    </message>
    <message>
        <source>Describe the other purpose</source>
        <translation>その他の目的の内容</translation>
    </message>
    <message>
        <source>Filter recipients</source>
        <translation>提供先の絞り込み</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>絞り込み</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>提供先</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>提供する情報</translation>
    </message>
    <message>
        <source>Health (special-care information): conditions, disability certificate, treatment</source>
        <translation>健康・医療情報 (要配慮個人情報): 疾患、障害者手帳、治療</translation>
    </message>
    <message>
        <source>Covered only when ticked here: no other choice implies it.</source>
        <translation>ここにチェックした場合のみ含まれます。他の項目に含まれることはありません。</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>How it was given</source>
        <translation>同意の方法</translation>
    </message>
    <message>
        <source>Representative&apos;s name</source>
        <translation>代理人の氏名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Representative&apos;s relationship</source>
        <translation>代理人の続柄</translation>
    </message>
    <message>
        <source>Relationship (e.g. guardian)</source>
        <translation>続柄 (例: 成年後見人)</translation>
    </message>
    <message>
        <source>Words of a verbal consent</source>
        <translation>口頭の同意の内容</translation>
    </message>
    <message>
        <source>For a verbal consent: what the person said</source>
        <translation>口頭の同意の場合: ご本人の言葉</translation>
    </message>
    <message>
        <source>Also record the consent to record health information (要配慮個人情報の取得), for the same period</source>
        <translation>要配慮個人情報の取得 (健康情報の記録) への同意も、同じ期間で記録する</translation>
    </message>
    <message>
        <source>Consent to record health information</source>
        <translation>要配慮個人情報の取得への同意</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>同意した人</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>&amp;Print the consent form…</source>
        <translation>同意書を印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>記録(&amp;R)</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>機関</translation>
    </message>
    <message>
        <source>Every office of a kind</source>
        <translation>種別 (その種別のすべての機関)</translation>
    </message>
    <message>
        <source>Any %1</source>
        <translation>%1 (すべて)</translation>
    </message>
    <message>
        <source>The person&apos;s family and contacts</source>
        <translation>ご家族・関係者</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The consent to share was recorded, but not the consent to record health information: %1</source>
        <translation>第三者提供への同意は記録しましたが、要配慮個人情報の取得への同意は記録できませんでした: %1</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>同意書</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ConsentListModel</name>
    <message>
        <source>Withdrawn on %1</source>
        <translation>%1に撤回</translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation>開始前</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message numerus="yes">
        <source>In force, ends in %n day(s)</source>
        <translation>
            <numerusform>有効 (あと%n日で終了)</numerusform>
        </translation>
    </message>
    <message>
        <source>In force</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Recording health information</source>
        <translation>健康情報の記録</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1〜%2</translation>
    </message>
    <message>
        <source>Given by %1</source>
        <translation>%1 による同意</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>提供先</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>提供する情報</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ConsentStatus</name>
    <message>
        <source>In force</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Expires today</source>
        <translation>本日で期限切れ</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>あと%n日で期限切れ</numerusform>
        </translation>
    </message>
    <message>
        <source>Starts on %1</source>
        <translation>%1から有効</translation>
    </message>
    <message>
        <source>Withdrawn on %1</source>
        <translation>%1に撤回</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ConsentsDialog</name>
    <message>
        <source>&amp;Record consent…</source>
        <translation>同意を記録(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Print the form…</source>
        <translation>同意書を印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>撤回(&amp;W)…</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Consents of %1</source>
        <translation>同意 — %1</translation>
    </message>
    <message>
        <source>No consent is on file for this person. Nothing about them can be shared until one is.</source>
        <translation>この方の同意は記録されていません。同意が記録されるまで、この方の情報は提供できません。</translation>
    </message>
    <message>
        <source>Withdraw the selected consent</source>
        <translation>選んだ同意を撤回</translation>
    </message>
    <message>
        <source>Print the form of the selected consent</source>
        <translation>選んだ同意の同意書を印刷</translation>
    </message>
    <message>
        <source>The consents could not be read: %1</source>
        <translation>同意を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>The consent form could not be made.</source>
        <translation>同意書を作成できませんでした。</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>同意書</translation>
    </message>
    <message>
        <source>The consent was not withdrawn.</source>
        <translation>同意は撤回されていません。</translation>
    </message>
    <message>
        <source>Withdrawn. No open referral relied on this consent.</source>
        <translation>撤回しました。この同意に基づく進行中の紹介はありません。</translation>
    </message>
    <message>
        <source>%1, referred on %2 (%3)</source>
        <translation>%1 (%2に紹介、%3)</translation>
    </message>
    <message numerus="yes">
        <source>Withdrawn. %n open referral(s) relied on this consent and are flagged for you:</source>
        <translation>
            <numerusform>撤回しました。この同意に基づく進行中の紹介が%n件あり、要確認の印を付けました:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ConsentsPane</name>
    <message>
        <source>Consents</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>No consent recorded. Nothing about this person may be given to anyone outside.</source>
        <translation>同意の記録はありません。この方の情報は第三者に提供できません。</translation>
    </message>
    <message>
        <source>The consents could not be read: %1</source>
        <translation>同意を読み込めませんでした: %1</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ConsultationDialog</name>
    <message>
        <source>Log a consultation — %1</source>
        <translation>相談を記録 — %1</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>保存 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>There is an unsaved draft for %1.</source>
        <translation>%1 さんの未保存の下書きがあります。</translation>
    </message>
    <message>
        <source>The draft could not be discarded.</source>
        <translation>下書きを破棄できませんでした。</translation>
    </message>
    <message>
        <source>The draft could not be kept: %1</source>
        <translation>下書きを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Draft kept at %1.</source>
        <translation>%1 に下書きを保存しました。</translation>
    </message>
    <message>
        <source>This is not a date. Write it as 2026-12-01, 12/1 or +7 (days from now).</source>
        <translation>日付として読めません。2026-12-01、12/1、+7 (7日後) のように入力してください。</translation>
    </message>
    <message>
        <source>Throw away what you typed?</source>
        <translation>入力した内容を破棄しますか?</translation>
    </message>
    <message>
        <source>The consultation is not saved. &quot;No&quot; goes back to it; Ctrl+Enter saves it.</source>
        <translation>この相談はまだ保存されていません。「いいえ」で入力に戻ります。Ctrl+Enter で保存できます。</translation>
    </message>
    <message>
        <source>The consultation was not saved.</source>
        <translation>相談は保存されませんでした。</translation>
    </message>
    <message>
        <source>The consultation cannot be logged.</source>
        <translation>相談を記録できません。</translation>
    </message>
    <message>
        <source>Typed %1. Open it to go on where you stopped, or discard it.</source>
        <translation>%1 に入力した下書きです。開いて続きから入力するか、破棄してください。</translation>
    </message>
    <message>
        <source>Draft of %1 restored.</source>
        <translation>%1 の下書きを開きました。</translation>
    </message>
    <message>
        <source>Edit a consultation — %1</source>
        <translation>相談を編集 — %1</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>変更の理由</translation>
    </message>
    <message>
        <source>e.g. typo corrected, date entered wrongly, details added</source>
        <translation>例: 誤字の訂正、日付の入力誤り、内容の追記</translation>
    </message>
    <message>
        <source>&amp;Reason for the change (kept in the history):</source>
        <translation>変更の理由 (履歴に残ります)(&amp;R):</translation>
    </message>
    <message>
        <source>The changes were not saved.</source>
        <translation>変更は保存されませんでした。</translation>
    </message>
    <message>
        <source>Throw away your changes?</source>
        <translation>変更を破棄しますか?</translation>
    </message>
    <message>
        <source>The consultation keeps what it had. &quot;No&quot; goes back to your changes; Ctrl+Enter saves them.</source>
        <translation>相談記録は変更前のままになります。「いいえ」で変更に戻ります。Ctrl+Enter で保存できます。</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ConsultationForm</name>
    <message>
        <source>Date and time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>所要時間 (分)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Kind of consultation</source>
        <translation>相談の種別</translation>
    </message>
    <message>
        <source>Who attended</source>
        <translation>参加者</translation>
    </message>
    <message>
        <source>Left and Right to move, Space to tick or untick.</source>
        <translation>左右キーで移動、スペースでチェックを切り替えます。</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>次の対応</translation>
    </message>
    <message>
        <source>Follow-up date (optional)</source>
        <translation>フォローアップ日 (任意)</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>所要時間(&amp;D):</translation>
    </message>
    <message>
        <source>Date and &amp;time:</source>
        <translation>日時(&amp;T):</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>方法(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種別(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Attended:</source>
        <translation>参加者(&amp;A):</translation>
    </message>
    <message>
        <source>T&amp;opics:</source>
        <translation>相談内容(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>メモ(&amp;N):</translation>
    </message>
    <message>
        <source>Next &amp;steps:</source>
        <translation>次の対応(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation>フォローアップ(&amp;F):</translation>
    </message>
    <message>
        <source>Recorded in the support case &quot;%1&quot; (since %2).</source>
        <translation>伴走ケース「%1」(%2〜) に記録します。</translation>
    </message>
    <message>
        <source>Pre-visit checklist: %1</source>
        <translation>訪問前チェック: %1</translation>
    </message>
    <message>
        <source>Pre-visit checklist: not answered yet (asked before saving).</source>
        <translation>訪問前チェック: 未回答 (保存の前に確認します)。</translation>
    </message>
    <message>
        <source>Pre-visit checklist: answered when the visit was recorded (see the notes).</source>
        <translation>訪問前チェック: 訪問の記録時に回答済み (メモを参照)。</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::DataSafety</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>今すぐバックアップ(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>バックアップから復元(&amp;R)…</translation>
    </message>
    <message>
        <source>Opened read-only — changes cannot be saved.</source>
        <translation>読み取り専用で開いています — 変更は保存できません。</translation>
    </message>
    <message>
        <source>You can look at everything, but nothing can be added or changed. To work in this file, open it from a folder you can write to.</source>
        <translation>すべて閲覧できますが、追加や変更はできません。このファイルで作業するには、書き込みのできるフォルダーから開いてください。</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>最終バックアップ: %1</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>バックアップはまだありません</translation>
    </message>
    <message>
        <source>The backup was made but could not be recorded in the audit log.</source>
        <translation>バックアップは作成しましたが、監査ログに記録できませんでした。</translation>
    </message>
    <message>
        <source>Checking the database file…</source>
        <translation>データベースファイルを検査しています…</translation>
    </message>
    <message>
        <source>The database file could not be checked.</source>
        <translation>データベースファイルを検査できませんでした。</translation>
    </message>
    <message>
        <source>No automatic backup: the file is damaged.</source>
        <translation>自動バックアップなし: ファイルが破損しています。</translation>
    </message>
    <message>
        <source>The automatic backup is not made while the file is damaged, so that the backups made before the damage are kept. Restore from one of them.</source>
        <translation>ファイルが破損している間は、自動バックアップを作成しません。破損の前に作成したバックアップを残すためです。そのいずれかから復元してください。</translation>
    </message>
    <message>
        <source>This file is damaged.</source>
        <translation>このファイルは破損しています。</translation>
    </message>
    <message>
        <source>Restore from a &amp;backup…</source>
        <translation>バックアップから復元(&amp;B)…</translation>
    </message>
    <message numerus="yes">
        <source>The full check of %1 found %n problem(s): what is read from it may be wrong or incomplete, and what is saved may be lost. Restore it from a backup.</source>
        <translation>
            <numerusform>%1 の整合性チェックで %n 件の問題が見つかりました。読み込んだ内容が誤っていたり欠けていたりするおそれがあり、保存した内容が失われるおそれもあります。バックアップから復元してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is damaged. The damaged file is not deleted: it is renamed and kept beside the restored one.</source>
        <translation>ファイルが破損しています。破損したファイルは削除せず、名前を変えて、復元したファイルと同じ場所に残します。</translation>
    </message>
    <message>
        <source>Put the backup of %1 in place of the damaged file?</source>
        <translation>破損したファイルを %1 のバックアップで置き換えますか?</translation>
    </message>
    <message>
        <source>Tsunagu closes the file, renames it (it is kept, not deleted), puts the backup in its place and opens it again. Whatever was entered after the backup was made is not in it.</source>
        <translation>つなぐはファイルを閉じて名前を変え (削除せずに残します)、その場所にバックアップを置いて開き直します。バックアップの作成後に入力した内容は含まれません。</translation>
    </message>
    <message>
        <source>Automatic backups are off</source>
        <translation>自動バックアップはオフです</translation>
    </message>
    <message>
        <source>Read-only: no automatic backup</source>
        <translation>読み取り専用: 自動バックアップなし</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>バックアップ中…</translation>
    </message>
    <message>
        <source>The automatic backup was cancelled</source>
        <translation>自動バックアップをキャンセルしました</translation>
    </message>
    <message>
        <source>The automatic backup failed.</source>
        <translation>自動バックアップに失敗しました。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Backing up %1…</source>
        <translation>%1 をバックアップしています…</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>バックアップを %1 に書き出しました</translation>
    </message>
    <message>
        <source>The backup was cancelled; no file was left</source>
        <translation>バックアップをキャンセルしました。ファイルは残っていません</translation>
    </message>
    <message>
        <source>The backup failed.</source>
        <translation>バックアップに失敗しました。</translation>
    </message>
    <message>
        <source>The backup was not made.</source>
        <translation>バックアップは作成されませんでした。</translation>
    </message>
    <message>
        <source>The file is open read-only.</source>
        <translation>ファイルは読み取り専用で開いています。</translation>
    </message>
    <message>
        <source>A backup cannot be restored into it. Open it from a folder you can write to.</source>
        <translation>このファイルにはバックアップを復元できません。書き込みのできるフォルダーから開いてください。</translation>
    </message>
    <message>
        <source>Restore the backup of %1?</source>
        <translation>%1 のバックアップを復元しますか?</translation>
    </message>
    <message>
        <source>Everything in the database is replaced by the backup %1; whatever was entered after it was made is no longer shown. A copy of the present data is kept beside the database file first.</source>
        <translation>データベースの内容はすべてバックアップ %1 に置き換わり、その作成後に入力した内容は表示されなくなります。置き換える前に、現在のデータのコピーをデータベースファイルと同じ場所に残します。</translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation>%1 を復元しています…</translation>
    </message>
    <message>
        <source>The restore was cancelled; nothing was changed</source>
        <translation>復元をキャンセルしました。何も変更していません</translation>
    </message>
    <message>
        <source>The backup was not restored.</source>
        <translation>バックアップは復元されませんでした。</translation>
    </message>
    <message>
        <source>Restored the backup of %1 (%2). The data it replaced was kept in %3.</source>
        <translation>%1 のバックアップ (%2) を復元しました。置き換える前のデータは %3 に残してあります。</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>復元中…</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::DatabaseOpener</name>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 に書き込めません。</translation>
    </message>
    <message>
        <source>Open it read-only? You can look at everything, but nothing can be added or changed.</source>
        <translation>読み取り専用で開きますか? すべて閲覧できますが、追加や変更はできません。</translation>
    </message>
    <message>
        <source>Copy the file to a folder you can write to, and open the copy.</source>
        <translation>書き込みのできるフォルダーにファイルをコピーし、そのコピーを開いてください。</translation>
    </message>
    <message>
        <source>Tsunagu cannot open %1, not even read-only.</source>
        <translation>%1 は、読み取り専用でも開けません。</translation>
    </message>
    <message>
        <source>Tsunagu could not open the database.</source>
        <translation>データベースを開けませんでした。</translation>
    </message>
    <message>
        <source>Open a Tsunagu database</source>
        <translation>つなぐのデータベースを開く</translation>
    </message>
    <message>
        <source>Tsunagu databases (*.db);;All files (*)</source>
        <translation>つなぐのデータベース (*.db);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Put the backup of %1 in place of %2?</source>
        <translation>%2 を %1 のバックアップで置き換えますか?</translation>
    </message>
    <message>
        <source>The damaged file is not deleted: it is renamed and kept beside the restored one. Whatever was entered after the backup was made is not in it.</source>
        <translation>破損したファイルは削除せず、名前を変えて、復元したファイルと同じ場所に残します。バックアップの作成後に入力した内容は含まれません。</translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation>%1 を復元しています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>The backup was not restored.</source>
        <translation>バックアップは復元されませんでした。</translation>
    </message>
    <message>
        <source>Restored the backup of %1 (%2).</source>
        <translation>%1 のバックアップ (%2) を復元しました。</translation>
    </message>
    <message>
        <source>Restored the backup of %1 (%2). The damaged file was kept as %3.</source>
        <translation>%1 のバックアップ (%2) を復元しました。破損したファイルは %3 として残してあります。</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::DateInput</name>
    <message>
        <source>e.g. 2026-12-01, 12/1 or +7</source>
        <translation>例: 2026-12-01、12/1、+7</translation>
    </message>
    <message>
        <source>not a date yet</source>
        <translation>日付として読めません</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::DateSettingsPage</name>
    <message>
        <source>Show dates in the &amp;Japanese era (%1)</source>
        <translation>日付を和暦 (%1) で表示する(&amp;J)</translation>
    </message>
    <message>
        <source>Every date shown from now on follows this choice.</source>
        <translation>今後表示されるすべての日付に、この設定が適用されます。</translation>
    </message>
    <message>
        <source>Today is written: %1</source>
        <translation>今日の日付の表示: %1</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::DisclosureDialog</name>
    <message>
        <source>Disclosure record no. %1</source>
        <translation>第三者提供記録 番号 %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between data categories</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>purpose: detail</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>日時:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>提供先:</translation>
    </message>
    <message>
        <source>Information given:</source>
        <translation>提供した情報:</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>目的:</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>方法:</translation>
    </message>
    <message>
        <source>Basis:</source>
        <translation>根拠:</translation>
    </message>
    <message>
        <source>Justification:</source>
        <translation>理由:</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>管理者の確認:</translation>
    </message>
    <message>
        <source>Approved by a supervisor</source>
        <translation>管理者が承認</translation>
    </message>
    <message>
        <source>Questioned by a supervisor</source>
        <translation>管理者から疑義あり</translation>
    </message>
    <message>
        <source>Access reports:</source>
        <translation>本人開示:</translation>
    </message>
    <message>
        <source>Withheld: %1</source>
        <translation>対象外 (理由: %1)</translation>
    </message>
    <message>
        <source>Sent by:</source>
        <translation>担当者:</translation>
    </message>
    <message>
        <source>Record kept until:</source>
        <translation>記録の保存期限:</translation>
    </message>
    <message>
        <source>Disclosure records cannot be changed or deleted (APPI Art. 29).</source>
        <translation>第三者提供記録は変更も削除もできません (個人情報保護法第29条)。</translation>
    </message>
    <message>
        <source>A legal exception: %1</source>
        <translation>法令上の例外: %1</translation>
    </message>
    <message>
        <source>A legal exception</source>
        <translation>法令上の例外</translation>
    </message>
    <message>
        <source>Consent no. %1 (%2)</source>
        <translation>同意 番号 %1 (%2)</translation>
    </message>
    <message>
        <source>Consent no. %1, %2 to %3, for %4, covering %5 (now: %6)</source>
        <translation>同意 番号 %1 (%2〜%3、目的: %4、情報: %5、現在の状況: %6)</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::DocumentOutput</name>
    <message>
        <source>%1 cannot be written: %2. Choose another folder.</source>
        <translation>%1に書き込めません: %2。別のフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2. Nothing was left behind; try again or choose another folder.</source>
        <translation>%1を保存できませんでした: %2。途中のファイルは残っていません。もう一度試すか、別のフォルダーを選んでください。</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::DraftPrompt</name>
    <message>
        <source>The unsaved drafts could not be read.</source>
        <translation>未保存の下書きを読み込めませんでした。</translation>
    </message>
    <message>
        <source>%1: consultation, typed %2 %3</source>
        <translation>%1 さん: 相談の記録 (%2 %3 に入力)</translation>
    </message>
    <message>
        <source>client %1</source>
        <translation>相談者 %1</translation>
    </message>
    <message>
        <source>There are unsaved drafts.</source>
        <translation>未保存の下書きがあります</translation>
    </message>
    <message>
        <source>Open them to go on where you stopped, or discard them. Cancel keeps them for later.</source>
        <translation>開いて続きから入力するか、破棄してください。「キャンセル」では下書きを残し、あとで開けます。</translation>
    </message>
    <message>
        <source>A draft could not be discarded.</source>
        <translation>下書きを破棄できませんでした。</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::DuplicateWarning</name>
    <message>
        <source>%1 (%2)</source>
        <comment>name (reading, birth date)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>A client with the same reading and birth date, or the same phone number, is already registered: %1</source>
        <translation>同じよみと生年月日、または同じ電話番号の相談者がいます: %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Open: show the existing client (%1) instead.
Save: this is another person; register them anyway.
Cancel: back to the form; nothing typed is lost.</source>
        <translation>開く: 登録済みの相談者 (%1) を表示します。
保存: 別の方なので、このまま新規登録します。
キャンセル: 入力に戻ります (入力した内容はそのままです)。</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ErasureDialog</name>
    <message>
        <source>Erase this person&apos;s data</source>
        <translation>この方のデータを消去</translation>
    </message>
    <message>
        <source>Erase this person&apos;s data? This cannot be undone.</source>
        <translation>この方のデータを消去しますか? この操作は取り消せません。</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(未記録)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>Client no.</source>
        <translation>相談者番号</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>消去するもの</translation>
    </message>
    <message>
        <source>Identity: name, reading, birth date and sex</source>
        <translation>基本情報: 氏名、ふりがな、生年月日、性別</translation>
    </message>
    <message>
        <source>Contact details: address, phone, e-mail and emergency contact</source>
        <translation>連絡先: 住所、電話番号、メールアドレス、緊急連絡先</translation>
    </message>
    <message>
        <source>Health: conditions, disease groups and the disability certificate</source>
        <translation>健康・医療情報: 疾患、疾患群、障害者手帳</translation>
    </message>
    <message>
        <source>Family and other contacts, and the consents</source>
        <translation>家族・関係者、および同意</translation>
    </message>
    <message>
        <source>Employment status</source>
        <translation>就労状況</translation>
    </message>
    <message>
        <source>Every free text: consultation notes and next steps, notes on cases, milestones and referrals</source>
        <translation>すべての自由記述: 相談の記録と次の対応、ケース・節目・紹介のメモ</translation>
    </message>
    <message>
        <source>Drafts not yet saved</source>
        <translation>未保存の下書き</translation>
    </message>
    <message>
        <source>The history of corrections</source>
        <translation>訂正の履歴</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>残るもの</translation>
    </message>
    <message>
        <source>A skeleton that identifies no one, so that published statistics stay the same: months of consultations, channels, topics, age band, case stages and outcomes, referral agencies and statuses</source>
        <translation>公表した統計が変わらないように残す、誰も特定できない匿名化した記録: 相談の月、相談方法、相談内容、年代、ケースの段階と結果、紹介先と紹介の状況</translation>
    </message>
    <message>
        <source>Records of what was given to third parties, still naming the person, until their retention period ends (at least 3 years); then they are deleted</source>
        <translation>第三者提供記録 (ご本人の氏名を含む)。保存期間 (最低3年) が終わるまで残り、その後削除されます</translation>
    </message>
    <message>
        <source>Backups taken before now still hold all of the data until they rotate out; copies kept anywhere else must be deleted by hand</source>
        <translation>これまでに作成したバックアップには、保存する数を超えて削除されるまで、すべてのデータが残ります。ほかの場所に保管した写しは手作業で削除してください</translation>
    </message>
    <message>
        <source>The audit log: that the data was erased, when and by whom (nothing about the person)</source>
        <translation>監査ログ: データを消去したこと、その日時と実施した職員 (ご本人についての情報は含みません)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>e.g. written request from the person, received today</source>
        <translation>例: 本日受け付けた、ご本人からの書面による請求</translation>
    </message>
    <message>
        <source>Required. It is checked but not stored: it could name the person.</source>
        <translation>必須です。入力内容は確認しますが、保存はしません (ご本人の名前が含まれることがあるため)。</translation>
    </message>
    <message>
        <source>The person&apos;s name, to confirm</source>
        <translation>確認のためのご本人の氏名</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>理由(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Type the name</source>
        <translation>氏名を入力(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>消去(&amp;E)</translation>
    </message>
    <message>
        <source>The client could not be read: %1</source>
        <translation>相談者を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>This client&apos;s data was already erased.</source>
        <translation>この相談者のデータはすでに消去されています。</translation>
    </message>
    <message>
        <source>No name is recorded: type the client&apos;s number, %1, to confirm.</source>
        <translation>氏名が記録されていません。確認のため、相談者番号 %1 を入力してください。</translation>
    </message>
    <message>
        <source>Type the person&apos;s name as shown above (spaces do not matter) to enable Erase.</source>
        <translation>上に表示されているご本人の氏名を入力すると (空白の有無は問いません)、「消去」を押せるようになります。</translation>
    </message>
    <message>
        <source>The name does not match yet.</source>
        <translation>氏名がまだ一致しません。</translation>
    </message>
    <message>
        <source>The name matches. Give the reason to enable Erase.</source>
        <translation>氏名が一致しました。理由を入力すると「消去」を押せるようになります。</translation>
    </message>
    <message>
        <source>The name matches.</source>
        <translation>氏名が一致しました。</translation>
    </message>
    <message>
        <source>The data was not erased.</source>
        <translation>データは消去されませんでした。</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ExceptionDialog</name>
    <message>
        <source>Share under a legal exception</source>
        <translation>法令に基づく提供</translation>
    </message>
    <message>
        <source>Use this only when the law allows sharing without the person&apos;s consent (Act on the Protection of Personal Information, Art. 27(1)). The disclosure is recorded with your justification and goes to the supervisors&apos; review.</source>
        <translation>ご本人の同意なしの提供が法令で認められる場合 (個人情報保護法第27条第1項) に限って使います。提供は理由とともに記録され、管理者の確認待ちに入ります。</translation>
    </message>
    <message>
        <source>Legal ground</source>
        <translation>法令上の根拠</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>I confirm that this information goes to %1 without the person&apos;s consent, on the ground above.</source>
        <translation>上記の根拠により、ご本人の同意なしにこの情報を%1に提供することを確認しました。</translation>
    </message>
    <message>
        <source>Confirm sharing without consent</source>
        <translation>同意なしの提供を確認</translation>
    </message>
    <message>
        <source>Use this ground</source>
        <translation>この根拠で提供する</translation>
    </message>
    <message>
        <source>Cite the law and the article that requires it.</source>
        <translation>根拠となる法令と条文を書いてください。</translation>
    </message>
    <message>
        <source>Say what danger there is to life, body or property, and why the person&apos;s consent cannot be obtained.</source>
        <translation>生命・身体・財産にどのような危険があるか、なぜご本人の同意を得られないかを書いてください。</translation>
    </message>
    <message>
        <source>Say what public-health or child-welfare need there is, and why the person&apos;s consent cannot be obtained.</source>
        <translation>公衆衛生・児童の健全育成のためにどのような必要があるか、なぜご本人の同意を得られないかを書いてください。</translation>
    </message>
    <message>
        <source>Name the body and its duty, and say why asking the person would impede it.</source>
        <translation>機関名とその事務を書き、ご本人に同意を求めると支障がある理由を書いてください。</translation>
    </message>
    <message>
        <source>Cite the law that permits it.</source>
        <translation>提供を認める法令を書いてください。</translation>
    </message>
    <message>
        <source>Write the justification: a legal exception without one is refused.</source>
        <translation>理由を書いてください。理由のない例外による提供はできません。</translation>
    </message>
    <message>
        <source>Confirm that you share this information without the person&apos;s consent.</source>
        <translation>ご本人の同意なしに提供することを確認してください。</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::FieldLabels</name>
    <message>
        <source>Client</source>
        <translation>相談者</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>相談</translation>
    </message>
    <message>
        <source>Support case</source>
        <translation>伴走ケース</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>マイルストーン</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>紹介</translation>
    </message>
    <message>
        <source>Family or contact</source>
        <translation>家族・関係者</translation>
    </message>
    <message>
        <source>Health condition</source>
        <translation>疾患</translation>
    </message>
    <message>
        <source>Partner agency</source>
        <translation>連携先</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Disclosure record</source>
        <translation>第三者提供記録</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::FieldValues</name>
    <message>
        <source>(empty)</source>
        <translation>(空欄)</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between values</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Staff #%1</source>
        <translation>職員 #%1</translation>
    </message>
    <message>
        <source>#%1</source>
        <comment>a record number</comment>
        <translation>#%1</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::FileAnalysis</name>
    <message>
        <source>There is no file %1.</source>
        <translation>ファイル %1 がありません。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 はファイルではありません。</translation>
    </message>
    <message>
        <source>%1 is too large to import (over %2 MB).</source>
        <translation>%1 は大きすぎて取り込めません (%2 MB を超えています)。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>The file holds no rows: its first line must name the columns.</source>
        <translation>ファイルに行がありません。1行目には列見出しが必要です。</translation>
    </message>
    <message>
        <source>The header (line %1) cannot be read: %2</source>
        <translation>見出し (%1 行目) を読み込めません: %2</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::GeneralSettingsPage</name>
    <message>
        <source>Language of the interface</source>
        <translation>画面の言語</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>システムの既定 (%1)</translation>
    </message>
    <message>
        <source>The new language is used once Tsunagu starts again.</source>
        <translation>新しい言語は、つなぐを再起動すると使われます。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::HistoryDialog</name>
    <message>
        <source>Changes, newest first</source>
        <translation>変更履歴 (新しい順)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>History: %1 #%2</source>
        <translation>履歴: %1 #%2</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>履歴: %1</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>履歴を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>No changes: the record is as it was first saved.</source>
        <translation>変更はありません。最初に保存されたときのままです。</translation>
    </message>
    <message>
        <source>%1 %2 · %3 · reason: %4</source>
        <comment>date time · staff · reason</comment>
        <translation>%1 %2 · %3 · 理由: %4</translation>
    </message>
    <message>
        <source>Staff #%1</source>
        <translation>職員 #%1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>record · the rest of the title</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <comment>record kind and number</comment>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ImportJob</name>
    <message>
        <source>Not started.</source>
        <translation>開始していません。</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ImportPage</name>
    <message>
        <source>&amp;Stop</source>
        <translation>中止(&amp;S)</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>取り込み中</translation>
    </message>
    <message>
        <source>Progress of the import</source>
        <translation>取り込みの進み具合</translation>
    </message>
    <message>
        <source>Stops the import. Nothing is written: it is all or nothing.</source>
        <translation>取り込みを中止します。取り込みはすべてか何もしないかのどちらかなので、何も書き込みません。</translation>
    </message>
    <message>
        <source>%1 from %2, in one go: if anything goes wrong or you stop it, nothing is written.</source>
        <translation>%2 から%1を一度に取り込みます。途中で問題が起きたり中止したりした場合は、何も書き込みません。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>取り込んでいます…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>中止しています…</translation>
    </message>
    <message>
        <source>The import was stopped. Nothing was imported.</source>
        <translation>取り込みを中止しました。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>The import failed; nothing was imported. %1</source>
        <translation>取り込みに失敗しました。何も取り込んでいません。%1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were rejected this time, so nothing was imported. Go back and check the file again.</source>
        <translation>
            <numerusform>今回は %n 行を取り込めなかったため、何も取り込んでいません。前の画面に戻り、もう一度ファイルを検査してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 of %2 rows (%3). %4 were already present and left as they were.</source>
        <translation>%2 行のうち %1 行 (%3) を取り込みました。%4 行は登録済みのため、そのままにしました。</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ImportWizard</name>
    <message>
        <source>Import from a CSV file</source>
        <translation>CSV ファイルからの取り込み</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>相談者</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>連携先</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>相談記録</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::JobStartDialog</name>
    <message>
        <source>Record a job start</source>
        <translation>就職日を記録</translation>
    </message>
    <message>
        <source>First day at work</source>
        <translation>初出勤日</translation>
    </message>
    <message>
        <source>&amp;First day at work:</source>
        <translation>初出勤日(&amp;F):</translation>
    </message>
    <message>
        <source>Record (Ctrl+Enter)</source>
        <translation>記録 (Ctrl+Enter)</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s): %1</source>
        <translation>
            <numerusform>%nか月後: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Retention checks will be planned for:</source>
        <translation>定着確認を次の日に予定します:</translation>
    </message>
    <message>
        <source>Job start recorded</source>
        <translation>就職日を記録</translation>
    </message>
    <message>
        <source>The job start was not recorded.</source>
        <translation>就職日は記録されませんでした。</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::LetterSettingsPage</name>
    <message>
        <source>Organisation</source>
        <translation>団体名</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>例: %1</translation>
    </message>
    <message>
        <source>The sender line of referral letters, and the organisation that asks for consent on consent forms.</source>
        <translation>紹介状の差出人欄と、同意書で同意を求める団体として使います。</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>団体名(&amp;O):</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::MainWindow</name>
    <message numerus="yes">
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln 名</numerusform>
        </translation>
    </message>
    <message>
        <source>client count unavailable: %1</source>
        <translation>相談者数を取得できません: %1</translation>
    </message>
    <message>
        <source>Staff: %1</source>
        <translation>担当: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>検索(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>新規登録(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Log a consultation…</source>
        <translation>相談を記録(&amp;L)…</translation>
    </message>
    <message>
        <source>The consultation was saved.</source>
        <translation>相談を保存しました。</translation>
    </message>
    <message>
        <source>Whose consultation? Find the client and press Enter (Esc cancels).</source>
        <translation>どの相談者の記録ですか? 検索して Enter を押してください (Esc で取り消し)。</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>取り込み(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>バックアップ(&amp;B)</translation>
    </message>
    <message>
        <source>The file is open read-only.</source>
        <translation>ファイルは読み取り専用で開いています。</translation>
    </message>
    <message>
        <source>Nothing can be added or changed in it. To work in it, open it from a folder you can write to.</source>
        <translation>このファイルには追加も変更もできません。作業するには、書き込みのできるフォルダーから開いてください。</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::MappingPage</name>
    <message>
        <source>Which column holds what</source>
        <translation>列と項目の対応</translation>
    </message>
    <message>
        <source>%1 from %2. Each field shows the column it will be read from; change any that is wrong.</source>
        <translation>%2 から%1を取り込みます。各項目に、読み込む列が表示されています。違っているものは変更してください。</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(取り込まない)</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>%1 列目: %2</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (必須):</translation>
    </message>
    <message>
        <source>Whose consultation each row is: a client ID column, or the client&apos;s name (or reading) and birth date. Fields left &quot;not imported&quot; stay empty.</source>
        <translation>各行が誰の相談記録かは、相談者IDの列、または相談者の氏名 (かふりがな) と生年月日の列で判断します。「取り込まない」のままの項目は空欄になります。</translation>
    </message>
    <message>
        <source>Fields left &quot;not imported&quot; stay empty. Columns chosen for no field are not imported.</source>
        <translation>「取り込まない」のままの項目は空欄になります。どの項目にも選ばれていない列は取り込みません。</translation>
    </message>
    <message>
        <source>Column %1 is chosen for both &quot;%2&quot; and &quot;%3&quot;; a column can hold one field only.</source>
        <translation>%1 列目が「%2」と「%3」の両方に選ばれています。一つの列に対応できる項目は一つだけです。</translation>
    </message>
    <message>
        <source>Columns %1 and %2 have the same header &quot;%3&quot;, so they cannot be told apart. Rename one of them in the file.</source>
        <translation>%1 列目と %2 列目の見出しが同じ「%3」のため、区別できません。ファイルでどちらかの見出しを変えてください。</translation>
    </message>
    <message>
        <source>Choose the column that holds &quot;%1&quot;.</source>
        <translation>「%1」の列を選んでください。</translation>
    </message>
    <message>
        <source>Say whose consultations these are: choose the column of the client&apos;s ID, or those of the client&apos;s name (or reading) and birth date.</source>
        <translation>誰の相談記録かを指定してください。相談者IDの列、または相談者の氏名 (かふりがな) と生年月日の列を選んでください。</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::MilestoneDoneDialog</name>
    <message>
        <source>Record as done: %1</source>
        <translation>実施を記録: %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>予定日 %1</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>実施日</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>e.g. still working, hours reduced to 30 a week</source>
        <translation>例: 就労継続中、週30時間に短縮</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>変更の理由</translation>
    </message>
    <message>
        <source>&amp;Done on:</source>
        <translation>実施日(&amp;D):</translation>
    </message>
    <message>
        <source>R&amp;esult:</source>
        <translation>結果(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>メモ(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>変更の理由(&amp;R):</translation>
    </message>
    <message>
        <source>Record (Ctrl+Enter)</source>
        <translation>記録 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Recorded as done</source>
        <translation>実施を記録</translation>
    </message>
    <message>
        <source>The milestone was not saved.</source>
        <translation>節目は保存されませんでした。</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::NoteHitsModel</name>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>相談者</translation>
    </message>
    <message>
        <source>Where the words appear</source>
        <translation>該当箇所</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::NoteHitsPane</name>
    <message>
        <source>&amp;Rebuild the note index…</source>
        <translation>メモの索引を作り直す(&amp;R)…</translation>
    </message>
    <message>
        <source>Consultations whose notes hold the search words</source>
        <translation>検索語を含むメモのある相談</translation>
    </message>
    <message>
        <source>Type two or more characters to search the consultation notes as well.</source>
        <translation>2文字以上入力すると、相談のメモも検索します。</translation>
    </message>
    <message>
        <source>The notes could not be searched: %1</source>
        <translation>メモを検索できませんでした: %1</translation>
    </message>
    <message>
        <source>No consultation notes hold “%1”.</source>
        <translation>「%1」を含む相談のメモはありません。</translation>
    </message>
    <message>
        <source>Consultation notes holding “%1”: the newest %2</source>
        <translation>「%1」を含む相談のメモ: 新しい順に %2 件</translation>
    </message>
    <message numerus="yes">
        <source>Consultation notes holding “%1”: %Ln</source>
        <translation>
            <numerusform>「%1」を含む相談のメモ: %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source>The note index of this file is not up to date, so older notes may be missing from these results. Rebuilding it takes a few minutes on a large file.</source>
        <translation>このファイルのメモの索引が最新ではないため、古いメモが検索結果に含まれていない可能性があります。大きなファイルでは、索引の作り直しに数分かかります。</translation>
    </message>
    <message>
        <source>Only the newest notes were searched: add words to narrow the search.</source>
        <translation>新しいメモだけを検索しました。語を追加して絞り込んでください。</translation>
    </message>
    <message>
        <source>Rebuilding the note index…</source>
        <translation>メモの索引を作り直しています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Note index</source>
        <translation>メモの索引</translation>
    </message>
    <message>
        <source>The note index could not be rebuilt.</source>
        <translation>メモの索引を作り直せませんでした。</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::PdfReport</name>
    <message numerus="yes">
        <source>%n row(s) with a suppressed count are left out of the chart.</source>
        <translation>
            <numerusform>秘匿した件数を含む %n 行はグラフから省いています。</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>PDF を作り始められませんでした。</translation>
    </message>
    <message>
        <source>The PDF could not be produced.</source>
        <translation>PDF を作成できませんでした。</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::PlaceholderPage</name>
    <message>
        <source>This section is coming in a later version of Tsunagu.</source>
        <translation>この画面は、つなぐの今後の版で追加される予定です。</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::PreVisitCheck</name>
    <message>
        <source>none stated</source>
        <translation>特になし</translation>
    </message>
    <message>
        <source>[Pre-visit checklist]</source>
        <translation>【訪問前チェック】</translation>
    </message>
    <message>
        <source>The person agreed to the visit: %1</source>
        <translation>本人の同意: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>あり</translation>
    </message>
    <message>
        <source>no</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Others present: %1</source>
        <translation>同席者: %1</translation>
    </message>
    <message>
        <source>Known risks: %1</source>
        <translation>既知のリスク: %1</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>本人同意あり</translation>
    </message>
    <message>
        <source>Not agreed</source>
        <translation>本人同意なし</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::PreVisitChecklistDialog</name>
    <message>
        <source>The person has agreed to this visit</source>
        <translation>本人がこの訪問に同意している</translation>
    </message>
    <message>
        <source>Before the home visit</source>
        <translation>訪問前チェック</translation>
    </message>
    <message>
        <source>A home visit needs the person&apos;s own agreement. Check it before you go.</source>
        <translation>訪問には本人の同意が必要です。伺う前に確認してください。</translation>
    </message>
    <message>
        <source>Who else will be there</source>
        <translation>同席者</translation>
    </message>
    <message>
        <source>e.g. mother, support worker</source>
        <translation>例: 母、支援員</translation>
    </message>
    <message>
        <source>Known risks</source>
        <translation>既知のリスク</translation>
    </message>
    <message>
        <source>e.g. infection risk, a dog in the house, a family member against support</source>
        <translation>例: 感染症のリスク、室内に犬がいる、支援に反対の家族がいる</translation>
    </message>
    <message>
        <source>Continue (Ctrl+Enter)</source>
        <translation>続ける (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>本人の同意:</translation>
    </message>
    <message>
        <source>Others present:</source>
        <translation>同席者:</translation>
    </message>
    <message>
        <source>Known risks:</source>
        <translation>既知のリスク:</translation>
    </message>
    <message>
        <source>Without the person&apos;s agreement there is no home visit. Ask them first, or go back and choose another channel.</source>
        <translation>本人の同意がなければ訪問はできません。先に本人に確認するか、戻って別の方法を選んでください。</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::PreviewModel</name>
    <message>
        <source>Line %1</source>
        <translation>%1 行目</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::PreviewPage</name>
    <message>
        <source>The first rows, as they will be read</source>
        <translation>最初の数行の読み込み結果</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>ファイルの最初の数行</translation>
    </message>
    <message>
        <source>Read as %1. If the text looks garbled, go back and choose the other encoding.</source>
        <translation>%1 として読み込みました。文字化けしている場合は、前の画面に戻って別の文字コードを選んでください。</translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation>ファイルに見出しはありますが、行がありません。</translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s) of the file. Every row is checked in the next step; nothing is written yet.</source>
        <translation>
            <numerusform>ファイルの最初の %n 行です。次の手順ですべての行を検査します。まだ何も書き込んでいません。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::RecipientNames</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>agency no. %1</source>
        <translation>機関番号 %1</translation>
    </message>
    <message>
        <source>every %1</source>
        <translation>%1 (すべて)</translation>
    </message>
    <message>
        <source>contact no. %1</source>
        <translation>関係者番号 %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::RecordNames</name>
    <message>
        <source>%1 (%2)</source>
        <comment>contact person: name (relationship)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Agency #%1</source>
        <translation>連携先 #%1</translation>
    </message>
    <message>
        <source>Contact person #%1</source>
        <translation>関係者 #%1</translation>
    </message>
    <message>
        <source>Staff #%1</source>
        <translation>職員 #%1</translation>
    </message>
    <message>
        <source>any %1</source>
        <comment>a consent naming a kind of agency, e.g. any Hello Work office</comment>
        <translation>%1 (すべて)</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between recipients</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::RecordOpener</name>
    <message>
        <source>This record</source>
        <translation>この記録</translation>
    </message>
    <message>
        <source>there is no window for it.</source>
        <translation>表示する画面がありません。</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1を開けませんでした: %2</translation>
    </message>
    <message>
        <source>The consultation</source>
        <translation>相談記録</translation>
    </message>
    <message>
        <source>The changes to the consultation were saved.</source>
        <translation>相談記録の変更を保存しました。</translation>
    </message>
    <message>
        <source>The referral</source>
        <translation>紹介</translation>
    </message>
    <message>
        <source>The referral&apos;s step was recorded.</source>
        <translation>紹介の経過を記録しました。</translation>
    </message>
    <message>
        <source>The consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>The disclosure record</source>
        <translation>第三者提供記録</translation>
    </message>
    <message>
        <source>no record with number %1.</source>
        <translation>番号 %1 の記録はありません。</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ReferralDialog</name>
    <message>
        <source>Refer to a partner agency</source>
        <translation>連携先への紹介</translation>
    </message>
    <message>
        <source>Refer %1 to a partner agency</source>
        <translation>紹介 — %1</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Purpose (details)</source>
        <translation>目的 (内容)</translation>
    </message>
    <message>
        <source>Describe the purpose</source>
        <translation>目的の内容</translation>
    </message>
    <message>
        <source>Information to share</source>
        <translation>提供する情報</translation>
    </message>
    <message>
        <source>Special-care information (要配慮個人情報)</source>
        <translation>要配慮個人情報</translation>
    </message>
    <message>
        <source>Health: conditions, disability certificate, treatment</source>
        <translation>健康・医療情報: 疾患、障害者手帳、治療</translation>
    </message>
    <message>
        <source>Shared only when a consent names it.</source>
        <translation>同意で明示されている場合のみ提供できます。</translation>
    </message>
    <message>
        <source>Covering note</source>
        <translation>添え書き</translation>
    </message>
    <message>
        <source>A short note to the agency. Write nothing about the person beyond the information chosen above.</source>
        <translation>連携先への短い添え書き。上で選んだ情報以外、ご本人について書かないでください。</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>添え書き</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>紹介先</translation>
    </message>
    <message>
        <source>Do not use the exception</source>
        <translation>例外を使わない</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>紹介状</translation>
    </message>
    <message>
        <source>Letter preview</source>
        <translation>紹介状のプレビュー</translation>
    </message>
    <message>
        <source>Legal exception…</source>
        <translation>法令に基づく提供…</translation>
    </message>
    <message>
        <source>Share under a legal exception</source>
        <translation>法令に基づく提供</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the referral letter</source>
        <translation>紹介状を印刷</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>PDFで保存(&amp;D)…</translation>
    </message>
    <message>
        <source>Save the referral letter as PDF</source>
        <translation>紹介状をPDFで保存</translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation>同意を記録(&amp;C)…</translation>
    </message>
    <message>
        <source>Record the person&apos;s consent</source>
        <translation>ご本人の同意を記録</translation>
    </message>
    <message>
        <source>Choose the agency: whether the information can be shared is shown here.</source>
        <translation>紹介先を選ぶと、提供できるかどうかがここに表示されます。</translation>
    </message>
    <message>
        <source>Cannot be shared</source>
        <translation>提供できません</translation>
    </message>
    <message>
        <source>The check could not run: %1</source>
        <translation>確認できませんでした: %1</translation>
    </message>
    <message>
        <source>Allowed by the consent (%1 to %2)</source>
        <translation>同意 (%1〜%2) により提供できます</translation>
    </message>
    <message>
        <source>Allowed under a legal exception (%1)</source>
        <translation>法令上の例外 (%1) により提供できます</translation>
    </message>
    <message>
        <source>To %1: %2.</source>
        <translation>%1へ: %2。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>This disclosure goes to the supervisors&apos; review.</source>
        <translation>この提供は管理者の確認待ちに入ります。</translation>
    </message>
    <message>
        <source>The disclosure is recorded when you print or save the letter.</source>
        <translation>印刷または保存した時点で、第三者提供の記録が作成されます。</translation>
    </message>
    <message>
        <source>The letter to %1 will hold: %2.</source>
        <translation>%1への紹介状に記載する情報: %2。</translation>
    </message>
    <message>
        <source>The person&apos;s information is filled in when you print or save the letter, at the moment the disclosure is recorded.</source>
        <translation>ご本人の情報は、印刷または保存の時点 (提供の記録を作成する時点) で差し込まれます。</translation>
    </message>
    <message>
        <source>No letter can be made while sharing is refused.</source>
        <translation>提供できない間は紹介状を作成できません。</translation>
    </message>
    <message>
        <source>Choose the agency and the information to share.</source>
        <translation>紹介先と提供する情報を選んでください。</translation>
    </message>
    <message>
        <source>Legal exception: %1. Justification: %2</source>
        <translation>法令上の例外: %1。理由: %2</translation>
    </message>
    <message>
        <source>Referral letter</source>
        <translation>紹介状</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDFファイル (*.pdf)</translation>
    </message>
    <message>
        <source>The letter was not saved. The disclosure is recorded (no. %1); save the same letter again with the PDF button.</source>
        <translation>紹介状は保存されませんでした。提供の記録 (番号 %1) は作成済みです。PDFボタンで同じ紹介状をもう一度保存してください。</translation>
    </message>
    <message>
        <source>Nothing was shared.</source>
        <translation>何も提供していません。</translation>
    </message>
    <message>
        <source>The disclosure is recorded (no. %1), but the referral could not be saved completely.</source>
        <translation>提供の記録 (番号 %1) は作成しましたが、紹介を完全には保存できませんでした。</translation>
    </message>
    <message>
        <source>Shared and recorded: disclosure record no. %1, referral no. %2.</source>
        <translation>提供し、記録しました: 第三者提供記録 番号 %1、紹介 番号 %2。</translation>
    </message>
    <message>
        <source>&amp;Print again…</source>
        <translation>もう一度印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Save the P&amp;DF again…</source>
        <translation>PDFをもう一度保存(&amp;D)…</translation>
    </message>
    <message>
        <source>referral-letter</source>
        <translation>紹介状</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ReferralListModel</name>
    <message>
        <source>%1 · needs attention</source>
        <comment>referral status</comment>
        <translation>%1 · 要確認</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) since the last step</source>
        <translation>
            <numerusform>最後の経過から%n日</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>name (reading)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Needs attention.</source>
        <translation>要確認です。</translation>
    </message>
    <message>
        <source>Needs attention: %1</source>
        <translation>要確認: %1</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>相談者</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>紹介先</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>提案日</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>最新の経過</translation>
    </message>
    <message>
        <source>Days waiting</source>
        <translation>経過日数</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ReferralListPage</name>
    <message>
        <source>&amp;Record a step…</source>
        <translation>経過を記録(&amp;R)…</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>紹介</translation>
    </message>
    <message>
        <source>Which referrals</source>
        <translation>表示する紹介</translation>
    </message>
    <message>
        <source>All referrals</source>
        <translation>すべての紹介</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>Awaiting an answer</source>
        <translation>回答待ち</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>対応中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>終結</translation>
    </message>
    <message>
        <source>Proposed, sent, accepted or first contact made</source>
        <translation>提案・依頼済み・受入れ・初回連絡済み</translation>
    </message>
    <message>
        <source>Sent, with no answer from the agency yet</source>
        <translation>依頼済みで、連携先からまだ回答がないもの</translation>
    </message>
    <message>
        <source>Proposed, accepted or first contact made</source>
        <translation>提案・受入れ・初回連絡済み</translation>
    </message>
    <message>
        <source>Completed, declined or withdrawn</source>
        <translation>完了・受入れ不可・取り下げ</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>表示(&amp;H):</translation>
    </message>
    <message>
        <source>Newest first.</source>
        <translation>新しい順。</translation>
    </message>
    <message>
        <source>Press Enter to open the client of the selected referral, Ctrl+R to record its next step.</source>
        <translation>Enter で選んだ紹介の相談者を開き、Ctrl+R で次の経過を記録します。</translation>
    </message>
    <message>
        <source>The referrals could not be read: %1</source>
        <translation>紹介を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>No referrals yet. Refer a client from their screen (Refer).</source>
        <translation>紹介はまだありません。相談者の画面の「紹介」から紹介してください。</translation>
    </message>
    <message>
        <source>No referrals to show.</source>
        <translation>表示する紹介はありません。</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ReferralStatusDialog</name>
    <message>
        <source>Referral</source>
        <translation>紹介</translation>
    </message>
    <message>
        <source>Steps so far</source>
        <translation>これまでの経過</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>次の段階</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Record the step</source>
        <translation>記録する</translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation>(消去済み)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation>目的: %1</translation>
    </message>
    <message>
        <source>Information: %1</source>
        <translation>提供した情報: %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>まだありません</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状況: %1</translation>
    </message>
    <message>
        <source>Disclosure record no. %1</source>
        <translation>第三者提供記録 番号 %1</translation>
    </message>
    <message>
        <source>Needs attention: %1</source>
        <translation>要確認: %1</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::RejectedRowsModel</name>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Why it was rejected</source>
        <translation>取り込めなかった理由</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::RestoreDialog</name>
    <message>
        <source>The database cannot be opened</source>
        <translation>データベースを開けません</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <source>Tsunagu cannot open %1. The file will not be changed. Restore it from a backup (the damaged file is kept beside it, renamed), open another database file, or quit.</source>
        <translation>%1 を開けません。このファイルは変更しません。バックアップから復元する (破損したファイルは名前を変えて同じ場所に残します)、別のデータベースファイルを開く、または終了する、のいずれかを選んでください。</translation>
    </message>
    <message>
        <source>Choose the backup to restore into %1. Everything now in it is replaced by the backup; a copy of the present data is kept beside the file first.</source>
        <translation>%1 に復元するバックアップを選んでください。現在の内容はすべてバックアップに置き換わります。置き換える前に、現在のデータのコピーを同じ場所に残します。</translation>
    </message>
    <message>
        <source>Backups in %1:</source>
        <translation>%1 にあるバックアップ:</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>バックアップ (新しい順)</translation>
    </message>
    <message>
        <source>There are no backups in this folder. Choose a backup file instead.</source>
        <translation>このフォルダーにはバックアップがありません。代わりにバックアップファイルを選んでください。</translation>
    </message>
    <message>
        <source>&amp;Restore the selected backup</source>
        <translation>選んだバックアップを復元(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>復元(&amp;R)</translation>
    </message>
    <message>
        <source>Choose a &amp;file…</source>
        <translation>ファイルを選択(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Open another database…</source>
        <translation>別のデータベースを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation>復元するバックアップの選択</translation>
    </message>
    <message>
        <source>Tsunagu databases (*.db);;All files (*)</source>
        <translation>つなぐのデータベース (*.db);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>This is the database file itself.</source>
        <translation>これはデータベースファイルそのものです。</translation>
    </message>
    <message>
        <source>Choose a backup of it instead.</source>
        <translation>代わりに、そのバックアップを選んでください。</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ReviewPage</name>
    <message>
        <source>&amp;Approve</source>
        <translation>承認(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>疑義あり(&amp;Q)</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>確認待ち</translation>
    </message>
    <message>
        <source>This page is for supervisors: they review every disclosure made under a legal exception, without the person&apos;s consent. Ask a supervisor if one of yours needs their attention.</source>
        <translation>この画面は管理者用です。ご本人の同意なしに法令上の例外として行った提供を、管理者が一件ずつ確認します。ご自分の提供について確認が必要な場合は、管理者に相談してください。</translation>
    </message>
    <message>
        <source>Disclosures awaiting review</source>
        <translation>確認待ちの提供</translation>
    </message>
    <message>
        <source>Nothing awaits review: no disclosure under a legal exception is waiting for you.</source>
        <translation>確認待ちの提供はありません。</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>確認のメモ</translation>
    </message>
    <message>
        <source>Your note (required to question a disclosure)</source>
        <translation>メモ (疑義ありの場合は必須)</translation>
    </message>
    <message>
        <source>Approve the selected disclosure</source>
        <translation>選んだ提供を承認</translation>
    </message>
    <message>
        <source>Question the selected disclosure</source>
        <translation>選んだ提供に疑義あり</translation>
    </message>
    <message>
        <source>The review queue could not be read: %1</source>
        <translation>確認待ちを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Disclosure record no. %1: %2 → %3
Information: %4
Ground: %5
Justification: %6</source>
        <translation>第三者提供記録 番号 %1: %2 → %3
提供した情報: %4
根拠: %5
理由: %6</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Write what you question in the note: the staff member reads it.</source>
        <translation>疑義の内容をメモに書いてください。担当者が読みます。</translation>
    </message>
    <message>
        <source>Disclosure record no. %1 approved.</source>
        <translation>第三者提供記録 番号 %1 を承認しました。</translation>
    </message>
    <message>
        <source>Disclosure record no. %1 questioned; your note is kept with it.</source>
        <translation>第三者提供記録 番号 %1 に疑義ありとしました。メモは記録とともに保存されます。</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ReviewQueueModel</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>相談者</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>提供先</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>提供した情報</translation>
    </message>
    <message>
        <source>Legal ground</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>担当者</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::RightsMenu</name>
    <message>
        <source>&amp;Access report for the person…</source>
        <translation>本人開示レポート(&amp;A)…</translation>
    </message>
    <message>
        <source>E&amp;rase this person&apos;s data…</source>
        <translation>この方のデータを消去(&amp;R)…</translation>
    </message>
    <message>
        <source>Everything held about the person, and what was given to whom (APPI Art. 33).</source>
        <translation>ご本人について保有しているすべての情報と、誰に何を提供したか (個人情報保護法第33条)。</translation>
    </message>
    <message>
        <source>At the person&apos;s request: removes who they are and everything they said (APPI Art. 35).</source>
        <translation>ご本人の求めに応じて、本人を特定できる情報と、ご本人が話した内容をすべて消去します (個人情報保護法第35条)。</translation>
    </message>
    <message>
        <source>The file is open read-only. Every access report is recorded in the audit log, which cannot be written to this file.</source>
        <translation>ファイルは読み取り専用で開いています。本人開示レポートの作成はすべて監査ログに記録しますが、このファイルには監査ログを書き込めません。</translation>
    </message>
    <message>
        <source>The file is open read-only: nothing can be erased.</source>
        <translation>ファイルは読み取り専用で開いているため、何も消去できません。</translation>
    </message>
    <message>
        <source>The person&apos;s data was erased.</source>
        <translation>この方のデータを消去しました。</translation>
    </message>
    <message>
        <source>Rewriting the database file so that nothing of the erased data is left in it. On a large file this takes a few minutes.</source>
        <translation>消去したデータが残らないように、データベースファイルを書き直しています。大きなファイルでは数分かかります。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>中止しています…</translation>
    </message>
    <message>
        <source>The data of client no. %1 was erased and the file rewritten; nothing of it is left in the file.</source>
        <translation>相談者番号 %1 のデータを消去し、ファイルを書き直しました。ファイルにはそのデータは何も残っていません。</translation>
    </message>
    <message>
        <source>The data is erased; only the rewrite of the file was stopped.</source>
        <translation>データは消去済みです。中止したのはファイルの書き直しだけです。</translation>
    </message>
    <message>
        <source>What was erased has already been overwritten with zeros in the file (secure delete). The file itself is rewritten again the next time a person&apos;s data is erased.</source>
        <translation>消去した内容は、ファイル内ですでにゼロで上書きされています (セキュア削除)。ファイル自体は、次に誰かのデータを消去するときにあらためて書き直します。</translation>
    </message>
    <message>
        <source>The data is erased, but the file could not be rewritten. What was erased has already been overwritten with zeros in the file (secure delete); the rewrite is tried again the next time a person&apos;s data is erased.</source>
        <translation>データは消去しましたが、ファイルを書き直せませんでした。消去した内容は、ファイル内ですでにゼロで上書きされています (セキュア削除)。書き直しは、次に誰かのデータを消去するときにもう一度行います。</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::SearchField</name>
    <message>
        <source>Search names, readings and notes (Ctrl+F)</source>
        <translation>名前・よみ・メモを検索 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search clients and consultation notes</source>
        <translation>相談者と相談のメモを検索</translation>
    </message>
    <message>
        <source>Type a name or a reading in any kana, or words of a consultation note. Enter opens the top hit; Down goes to the list.</source>
        <translation>名前かふりがな (ひらがな・カタカナどちらでも)、または相談のメモの言葉を入力します。Enter で先頭の結果を開き、↓ で一覧に移ります。</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::SectionList</name>
    <message>
        <source>Sections</source>
        <translation>画面</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>相談者</translation>
    </message>
    <message>
        <source>Support cases</source>
        <translation>伴走ケース</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>紹介</translation>
    </message>
    <message>
        <source>Partner agencies</source>
        <translation>連携先</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>統計</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>確認待ち</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::SettingsDialog</name>
    <message>
        <source>Tsunagu could not start again.</source>
        <translation>つなぐを再起動できませんでした。</translation>
    </message>
    <message>
        <source>Quit and start it yourself; the new language is used then.</source>
        <translation>いったん終了してから起動し直してください。そのときに新しい言語が使われます。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>全般(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>日付(&amp;D)</translation>
    </message>
    <message>
        <source>L&amp;etters</source>
        <translation>書面(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>今日(&amp;T)</translation>
    </message>
    <message>
        <source>Restart Tsunagu now in the new language?</source>
        <translation>つなぐを新しい言語で今すぐ再起動しますか?</translation>
    </message>
    <message>
        <source>Yes: Tsunagu closes (typed text is kept as a draft) and starts again. No: keep working; the new language is used from the next start.</source>
        <translation>はい: つなぐを閉じて (入力中の内容は下書きとして残ります) 再起動します。いいえ: このまま作業を続け、次回の起動から新しい言語を使います。</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::SourcePage</name>
    <message>
        <source>The file to import</source>
        <translation>取り込むファイル</translation>
    </message>
    <message>
        <source>A CSV file as Excel saves it (UTF-8 or Shift_JIS). Nothing is written until the last step.</source>
        <translation>Excel で保存した CSV ファイル (UTF-8 または Shift_JIS)。最後の手順まで何も書き込みません。</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>相談者(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Agencies</source>
        <translation>連携先(&amp;A)</translation>
    </message>
    <message>
        <source>C&amp;onsultations</source>
        <translation>相談記録(&amp;O)</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV ファイル</translation>
    </message>
    <message>
        <source>Type the path, or choose the file</source>
        <translation>パスを入力するか、ファイルを選んでください</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>選択(&amp;H)…</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>文字コード</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自動判別</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Shift_JIS (CP932, as Japanese Excel saves CSV)</source>
        <translation>Shift_JIS (CP932、日本語版 Excel が CSV の保存に使う形式)</translation>
    </message>
    <message>
        <source>The file holds:</source>
        <translation>ファイルの内容:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>文字コード(&amp;E):</translation>
    </message>
    <message>
        <source>Choose the CSV file to import</source>
        <translation>取り込む CSV ファイルの選択</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV ファイル (*.csv *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>ファイルを読み込んでいます…</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>このファイルは取り込めません: %1</translation>
    </message>
    <message>
        <source>Detected encoding: %1</source>
        <translation>判別した文字コード: %1</translation>
    </message>
    <message>
        <source>Read as %1 (your choice)</source>
        <translation>%1 として読み込み (指定どおり)</translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation>(見出しなし)</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s): %1</source>
        <translation>
            <numerusform>%n 列: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::StatisticsCharts</name>
    <message>
        <source>Consultations per quarter</source>
        <translation>四半期ごとの相談件数</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>The quarters of the trend chart, e.g. &quot;2024Q4 to 2026Q3&quot;</extracomment>
        <translation>%1〜%2</translation>
    </message>
    <message>
        <source>%1: suppressed, not drawn.</source>
        <translation>%1: 秘匿のため描いていません。</translation>
    </message>
    <message>
        <source>Referrals by status at the end of the period</source>
        <translation>期間末の状況別の紹介件数</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>紹介</translation>
    </message>
    <message numerus="yes">
        <source>%n status(es) with a suppressed count are left out.</source>
        <translation>
            <numerusform>秘匿した件数のある %n 件の状況は省いています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Retention after a job start (%)</source>
        <translation>就職後の定着率 (%)</translation>
    </message>
    <message>
        <source>Months after the job start</source>
        <translation>就職後の月数</translation>
    </message>
    <message numerus="yes">
        <source>%n check point(s) not shown: fewer than k people, or a suppressed count.</source>
        <translation>
            <numerusform>%n 時点は表示していません (k 人未満か、秘匿した件数)。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::StatisticsJob</name>
    <message>
        <source>The statistics have not been computed.</source>
        <translation>統計はまだ集計していません。</translation>
    </message>
    <message>
        <source>The statistics were cancelled.</source>
        <translation>統計の集計を取り消しました。</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::StatisticsPage</name>
    <message>
        <source>Statistics</source>
        <translation>統計</translation>
    </message>
    <message>
        <source>Kind of period</source>
        <translation>期間の種類</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>四半期</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Fiscal year (April to March)</source>
        <translation>年度 (4月〜3月)</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期間(&amp;P):</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Smallest published count (k)</source>
        <translation>公表する最小の件数 (k)</translation>
    </message>
    <message>
        <source>&amp;k:</source>
        <translation>k(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Recompute</source>
        <translation>再集計(&amp;R)</translation>
    </message>
    <message>
        <source>Progress of the statistics</source>
        <translation>集計の進み具合</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;SV</source>
        <translation>CSV(&amp;S)</translation>
    </message>
    <message>
        <source>UTF-8 with BOM: Excel opens it in Japanese without garbling.</source>
        <translation>BOM 付き UTF-8 です。Excel で開いても日本語が文字化けしません。</translation>
    </message>
    <message>
        <source>&amp;Excel</source>
        <translation>Excel(&amp;E)</translation>
    </message>
    <message>
        <source>P&amp;DF</source>
        <translation>PDF(&amp;D)</translation>
    </message>
    <message>
        <source>A report with charts and a page that states the period, the population and the rule.</source>
        <translation>グラフ付きの報告書です。期間・対象・秘匿の規則を記したページが付きます。</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>書き出し:</translation>
    </message>
    <message>
        <source>Choose a period: its figures appear here once they are computed.</source>
        <translation>期間を選んでください。集計が終わると、ここに数値を表示します。</translation>
    </message>
    <message>
        <source>Medians and rates</source>
        <translation>中央値と率</translation>
    </message>
    <message>
        <source>%1 (not over yet)</source>
        <extracomment>A period that has not ended yet</extracomment>
        <translation>%1 (期間中)</translation>
    </message>
    <message>
        <source>Counts under %1 are suppressed (k=%1); %2 marks a suppressed count.</source>
        <extracomment>Under every table: %1 is k, %2 the mark of a suppressed count</extracomment>
        <translation>%1 未満は秘匿（k=%1）。%2 は秘匿した件数です。</translation>
    </message>
    <message>
        <source>Computing the statistics of %1…</source>
        <translation>%1 を集計しています…</translation>
    </message>
    <message>
        <source>Cancelled. The figures on screen are still those of %1.</source>
        <translation>集計を取り消しました。表示中の数値は %1 のままです。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>集計を取り消しました。</translation>
    </message>
    <message>
        <source>The statistics could not be computed: %1</source>
        <translation>統計を集計できませんでした: %1</translation>
    </message>
    <message>
        <source>Computed at %1.</source>
        <translation>%1 に集計しました。</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2〜%3)</translation>
    </message>
    <message>
        <source>Population: %1</source>
        <translation>対象: %1</translation>
    </message>
    <message>
        <source>Medians and rates are shown only over at least %1 people; %2 marks one that is not shown.</source>
        <translation>中央値と率は %1 人以上の場合にのみ表示します。%2 は表示しない値です。</translation>
    </message>
    <message>
        <source>Not shown: over fewer than %1 people, or computed from a suppressed count.</source>
        <translation>非表示: %1 人未満か、秘匿した件数から求める値です。</translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV・UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel ブック (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>PDF 報告書 (*.pdf)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export the statistics</source>
        <translation>統計の書き出し</translation>
    </message>
    <message>
        <source>The statistics could not be exported.</source>
        <translation>統計を書き出せませんでした。</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>%1 に書き出しました。</translation>
    </message>
    <message>
        <source>Counts from 1 to k − 1 are suppressed. k is never below %1. It is the organisation&apos;s k: a change made here is saved for every export, and recorded.</source>
        <translation>1〜k − 1 の件数は秘匿します。k は %1 未満にはできません。これは団体共通の k で、ここで変更するとすべての出力に使われ、変更は記録されます。</translation>
    </message>
    <message>
        <source>k could not be saved as the organisation&apos;s k.</source>
        <translation>k を団体の k として保存できませんでした。</translation>
    </message>
    <message>
        <source>k = %1 is now the organisation&apos;s k for statistics.</source>
        <translation>k = %1 を、統計に使う団体の k にしました。</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::StatisticsTableModel</name>
    <message>
        <source>suppressed</source>
        <translation>秘匿</translation>
    </message>
    <message>
        <source>Suppressed: a small count, or one hidden so that a small count cannot be worked out from the totals.</source>
        <translation>秘匿: 小さな件数か、小さな件数を合計から割り出せないように隠した件数です。</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::TimelineLoader</name>
    <message>
        <source>, </source>
        <comment>separator between topics</comment>
        <translation>・</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>channel · first line of the notes</comment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2, %3, %n minute(s)</source>
        <comment>date time, kind of consultation, duration</comment>
        <translation>
            <numerusform>%1 %2、%3、%n分</numerusform>
        </translation>
    </message>
    <message>
        <source>Topics: %1</source>
        <translation>テーマ: %1</translation>
    </message>
    <message>
        <source>Next steps: %1</source>
        <translation>今後の対応: %1</translation>
    </message>
    <message>
        <source>Goal: %1 · %2</source>
        <comment>case goal · stage</comment>
        <translation>目標: %1 · %2</translation>
    </message>
    <message>
        <source> · %1</source>
        <comment>case outcome appended to the summary</comment>
        <translation> · %1</translation>
    </message>
    <message>
        <source>Next follow-up: %1</source>
        <translation>次回フォローアップ: %1</translation>
    </message>
    <message>
        <source>Closed on %1</source>
        <translation>%1に終結</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>agency · referral status</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source> · needs attention</source>
        <translation> · 要確認</translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation>目的: %1</translation>
    </message>
    <message>
        <source>Data to share: %1</source>
        <translation>提供する情報: %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between data categories</comment>
        <translation>・</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>〜%1</translation>
    </message>
    <message>
        <source>Recording health information · %1</source>
        <translation>健康情報の記録 · %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <comment>recipients · purposes · data categories · until</comment>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between purposes</comment>
        <translation>・</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>期間: %1〜%2</translation>
    </message>
    <message>
        <source>Method: %1</source>
        <translation>方法: %1</translation>
    </message>
    <message>
        <source>Given by %1 (%2)</source>
        <translation>代理人: %1 (%2)</translation>
    </message>
    <message>
        <source>Withdrawal: %1</source>
        <translation>撤回: %1</translation>
    </message>
    <message>
        <source>consent #%1</source>
        <translation>同意 #%1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <comment>recipient · data categories · method</comment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source> · withheld from access reports</source>
        <translation> · 本人開示の対象外</translation>
    </message>
    <message>
        <source>Basis: %1</source>
        <translation>根拠: %1</translation>
    </message>
    <message>
        <source>Justification: %1</source>
        <translation>理由: %1</translation>
    </message>
    <message>
        <source>Withheld because: %1</source>
        <translation>開示対象外の理由: %1</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::TimelinePane</name>
    <message>
        <source>Timeline</source>
        <translation>経過</translation>
    </message>
    <message>
        <source>Newest first. Press Enter to open the selected record.</source>
        <translation>新しい順。Enter で選択した記録を開きます。</translation>
    </message>
    <message>
        <source>History of this record</source>
        <translation>この記録の履歴</translation>
    </message>
    <message>
        <source>Show: %1</source>
        <translation>表示: %1</translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>The timeline could not be read: %1</source>
        <translation>経過を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Nothing of this kind yet.</source>
        <translation>この種類の記録はまだありません。</translation>
    </message>
    <message>
        <source>Nothing recorded yet. Log the first consultation with Ctrl+N.</source>
        <translation>まだ記録がありません。Ctrl+N で最初の相談を記録できます。</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::TodayPage</name>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Days without an answer</source>
        <translation>回答待ちの日数</translation>
    </message>
    <message>
        <source>Days without contact</source>
        <translation>連絡のない日数</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>No answer after</source>
        <translation>回答待ち</translation>
    </message>
    <message>
        <source>days</source>
        <translation>日以上</translation>
    </message>
    <message>
        <source>No contact for</source>
        <translation>連絡なし</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::TodaySettingsPage</name>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>Days without an answer</source>
        <translation>回答待ちの日数</translation>
    </message>
    <message>
        <source>Days without contact</source>
        <translation>連絡のない日数</translation>
    </message>
    <message>
        <source>Referrals sent with no &amp;answer after:</source>
        <translation>依頼後、回答がない紹介(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Support cases with no contact for:</source>
        <translation>連絡のない伴走ケース(&amp;S):</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::TopicPicker</name>
    <message>
        <source>Type to filter, Space to tick</source>
        <translation>入力で絞り込み、スペースでチェック</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>相談内容</translation>
    </message>
    <message>
        <source>Type to filter the topics, Up and Down to move, Space to tick or untick the highlighted topic.</source>
        <translation>入力すると相談内容を絞り込みます。上下キーで移動し、スペースで選択中の項目のチェックを切り替えます。</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::VerdictPanel</name>
    <message>
        <source>Can this be shared?</source>
        <translation>提供できるか</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::WithdrawConsentDialog</name>
    <message>
        <source>Withdraw a consent</source>
        <translation>同意の撤回</translation>
    </message>
    <message>
        <source>From that day on, nothing more is shared on the basis of this consent. What was shared before stays recorded. Open referrals that relied on it are flagged for you.</source>
        <translation>その日以降、この同意に基づく提供は行いません。それまでの提供は記録として残ります。この同意に基づく進行中の紹介には要確認の印が付きます。</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>撤回日</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>e.g. told us by phone</source>
        <translation>例: 電話で申し出があった</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>撤回する</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::WorkListModel</name>
    <message>
        <source>consent to record health information</source>
        <translation>健康情報の記録への同意</translation>
    </message>
    <message>
        <source>consent to share with %1</source>
        <translation>%1への提供の同意</translation>
    </message>
    <message>
        <source>ends today</source>
        <translation>今日まで</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>あと%n日</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 — until %3 (%4)</source>
        <translation>%1 — %2 — %3まで (%4)</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2 — sent %3, no answer for %n day(s)</source>
        <translation>
            <numerusform>%1 → %2 — %3に依頼、%n日回答なし</numerusform>
        </translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>節目</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>今日が期日</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n日超過</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>あと%n日</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 — %3 (%4)</source>
        <translation>%1 — %2 — %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 — no consultation since the case opened on %3 (%n day(s))</source>
        <translation>
            <numerusform>%1 — %2 — %3の開始以来、相談の記録なし (%n日)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 — last consultation %3 (%n day(s) ago)</source>
        <translation>
            <numerusform>%1 — %2 — 最後の相談 %3 (%n日前)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — follow-up planned for today</source>
        <translation>%1 — 今日フォローアップの予定</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::WorkListSection</name>
    <message>
        <source>Press Enter to open the record.</source>
        <translation>Enter で記録を開きます。</translation>
    </message>
    <message>
        <source>Consents ending within 30 days</source>
        <translation>30日以内に期限が切れる同意</translation>
    </message>
    <message>
        <source>Referrals without an answer</source>
        <translation>回答待ちの紹介</translation>
    </message>
    <message>
        <source>Retention checks and milestones due</source>
        <translation>定着確認・節目</translation>
    </message>
    <message>
        <source>Cases without contact</source>
        <translation>連絡が途絶えているケース</translation>
    </message>
    <message>
        <source>Follow-ups for today</source>
        <translation>今日のフォローアップ</translation>
    </message>
    <message>
        <source>No consent ends in the next 30 days.</source>
        <translation>30日以内に期限が切れる同意はありません。</translation>
    </message>
    <message>
        <source>Every referral sent has had an answer. Nothing to chase.</source>
        <translation>依頼した紹介にはすべて回答がありました。追いかけるものはありません。</translation>
    </message>
    <message>
        <source>No retention check or milestone is due this week.</source>
        <translation>今週期日の定着確認・節目はありません。</translation>
    </message>
    <message>
        <source>Every open case has been in touch recently.</source>
        <translation>進行中のケースとは、どれも最近連絡が取れています。</translation>
    </message>
    <message>
        <source>No follow-up is planned for today.</source>
        <translation>今日予定のフォローアップはありません。</translation>
    </message>
    <message>
        <source>This list could not be read: %1</source>
        <translation>この一覧を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>tsunagu::worklist</name>
    <message>
        <source>The number of days cannot be negative.</source>
        <translation>日数に負の値は指定できません。</translation>
    </message>
    <message>
        <source>any %1</source>
        <translation>%1 (すべて)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>tsunagu::worklist::TodayList</name>
    <message>
        <source>Unknown work list.</source>
        <translation>不明な一覧です。</translation>
    </message>
</context>
</TS>
