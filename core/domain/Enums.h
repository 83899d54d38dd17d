// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The closed vocabularies of the domain (DOMAIN.md, PRIVACY.md). Each value has
// a stable code stored in the database and a label translated for the UI.

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace tsunagu {

struct EnumEntry {
    const char *code;
    const char *label; // English source text, translated in context "tsunagu::Labels"
};

template <typename E>
struct EnumTraits; // specialised below: static constexpr std::array<EnumEntry, N> entries

template <typename E>
constexpr std::size_t enumCount()
{
    return EnumTraits<E>::entries.size();
}

template <typename E>
QString toCode(E value)
{
    return QString::fromLatin1(EnumTraits<E>::entries[static_cast<std::size_t>(value)].code);
}

template <typename E>
QString label(E value)
{
    return QCoreApplication::translate("tsunagu::Labels", EnumTraits<E>::entries[static_cast<std::size_t>(value)].label);
}

template <typename E>
std::optional<E> fromCode(QStringView code)
{
    const auto &entries = EnumTraits<E>::entries;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (code == QLatin1String(entries[i].code))
            return static_cast<E>(i);
    }
    return std::nullopt;
}

template <typename E>
QStringList allCodes()
{
    QStringList codes;
    for (const auto &entry : EnumTraits<E>::entries)
        codes << QString::fromLatin1(entry.code);
    return codes;
}

// A set of enum values, stored as comma-separated codes.
template <typename E>
class EnumSet
{
public:
    constexpr EnumSet() = default;
    constexpr EnumSet(std::initializer_list<E> values)
    {
        for (E v : values)
            insert(v);
    }
    static constexpr EnumSet all()
    {
        EnumSet s;
        s.m_bits = (std::uint64_t{1} << enumCount<E>()) - 1;
        return s;
    }
    constexpr void insert(E v) { m_bits |= bit(v); }
    constexpr void remove(E v) { m_bits &= ~bit(v); }
    constexpr bool contains(E v) const { return m_bits & bit(v); }
    constexpr bool containsAll(EnumSet other) const { return (m_bits & other.m_bits) == other.m_bits; }
    constexpr bool isEmpty() const { return m_bits == 0; }
    constexpr EnumSet operator&(EnumSet o) const { return fromBits(m_bits & o.m_bits); }
    constexpr EnumSet operator|(EnumSet o) const { return fromBits(m_bits | o.m_bits); }
    constexpr EnumSet minus(EnumSet o) const { return fromBits(m_bits & ~o.m_bits); }
    constexpr bool operator==(const EnumSet &) const = default;
    constexpr std::uint64_t bits() const { return m_bits; }
    static constexpr EnumSet fromBits(std::uint64_t bits)
    {
        EnumSet s;
        s.m_bits = bits;
        return s;
    }

    int size() const { return __builtin_popcountll(m_bits); }
    template <typename F>
    void forEach(F &&f) const
    {
        for (std::size_t i = 0; i < enumCount<E>(); ++i) {
            if (m_bits & (std::uint64_t{1} << i))
                f(static_cast<E>(i));
        }
    }
    QString toCodes() const
    {
        QStringList codes;
        forEach([&](E v) { codes << toCode(v); });
        return codes.join(QLatin1Char(','));
    }
    QString toLabels(const QString &separator) const
    {
        QStringList labels;
        forEach([&](E v) { labels << label(v); });
        return labels.join(separator);
    }
    // Parses comma-separated codes; nullopt when any code is unknown.
    static std::optional<EnumSet> fromCodes(QStringView codes)
    {
        EnumSet s;
        for (QStringView part : codes.split(u',', Qt::SkipEmptyParts)) {
            const auto v = fromCode<E>(part.trimmed());
            if (!v)
                return std::nullopt;
            s.insert(*v);
        }
        return s;
    }

private:
    static constexpr std::uint64_t bit(E v) { return std::uint64_t{1} << static_cast<std::size_t>(v); }
    std::uint64_t m_bits = 0;
};

#define TSUNAGU_ENUM_TRAITS(Enum, ...)                                                  \
    template <>                                                                         \
    struct EnumTraits<Enum> {                                                           \
        static constexpr auto entries = std::to_array<EnumEntry>({__VA_ARGS__});        \
    };

enum class StaffRole { Coordinator, Outreach, Supervisor, Admin };
TSUNAGU_ENUM_TRAITS(StaffRole,
    {"coordinator", QT_TRANSLATE_NOOP("tsunagu::Labels", "Coordinator")},
    {"outreach", QT_TRANSLATE_NOOP("tsunagu::Labels", "Outreach staff")},
    {"supervisor", QT_TRANSLATE_NOOP("tsunagu::Labels", "Supervisor")},
    {"admin", QT_TRANSLATE_NOOP("tsunagu::Labels", "Administrator")})

enum class Sex { Female, Male, Other };
TSUNAGU_ENUM_TRAITS(Sex,
    {"female", QT_TRANSLATE_NOOP("tsunagu::Labels", "Female")},
    {"male", QT_TRANSLATE_NOOP("tsunagu::Labels", "Male")},
    {"other", QT_TRANSLATE_NOOP("tsunagu::Labels", "Other")})

enum class CertificateKind { None, Physical, Mental, Intellectual };
TSUNAGU_ENUM_TRAITS(CertificateKind,
    {"none", QT_TRANSLATE_NOOP("tsunagu::Labels", "None")},
    {"physical", QT_TRANSLATE_NOOP("tsunagu::Labels", "Physical disability")},
    {"mental", QT_TRANSLATE_NOOP("tsunagu::Labels", "Mental disability")},
    {"intellectual", QT_TRANSLATE_NOOP("tsunagu::Labels", "Intellectual disability")})

enum class EmploymentStatus {
    Unemployed, OpenEmployment, DisabilityEmployment, ShelteredA, ShelteredB, SickLeave, SelfEmployed, Student, Other
};
TSUNAGU_ENUM_TRAITS(EmploymentStatus,
    {"unemployed", QT_TRANSLATE_NOOP("tsunagu::Labels", "Not working")},
    {"open_employment", QT_TRANSLATE_NOOP("tsunagu::Labels", "Open employment")},
    {"disability_employment", QT_TRANSLATE_NOOP("tsunagu::Labels", "Disability employment")},
    {"sheltered_a", QT_TRANSLATE_NOOP("tsunagu::Labels", "Sheltered work (type A)")},
    {"sheltered_b", QT_TRANSLATE_NOOP("tsunagu::Labels", "Sheltered work (type B)")},
    {"sick_leave", QT_TRANSLATE_NOOP("tsunagu::Labels", "On sick leave")},
    {"self_employed", QT_TRANSLATE_NOOP("tsunagu::Labels", "Self-employed")},
    {"student", QT_TRANSLATE_NOOP("tsunagu::Labels", "Student")},
    {"other", QT_TRANSLATE_NOOP("tsunagu::Labels", "Other")})

enum class DiseaseGroup {
    NeuroMuscular, Metabolic, SkinConnective, Immune, Cardiovascular, Blood, RenalUrinary, BoneJoint,
    Endocrine, Respiratory, Visual, HearingBalance, Digestive, ChromosomalGenetic, Cancer, Mental,
    Developmental, OtherChronic
};
TSUNAGU_ENUM_TRAITS(DiseaseGroup,
    {"neuro_muscular", QT_TRANSLATE_NOOP("tsunagu::Labels", "Neurological and muscular")},
    {"metabolic", QT_TRANSLATE_NOOP("tsunagu::Labels", "Metabolic")},
    {"skin_connective", QT_TRANSLATE_NOOP("tsunagu::Labels", "Skin and connective tissue")},
    {"immune", QT_TRANSLATE_NOOP("tsunagu::Labels", "Immune")},
    {"cardiovascular", QT_TRANSLATE_NOOP("tsunagu::Labels", "Cardiovascular")},
    {"blood", QT_TRANSLATE_NOOP("tsunagu::Labels", "Blood")},
    {"renal_urinary", QT_TRANSLATE_NOOP("tsunagu::Labels", "Renal and urinary")},
    {"bone_joint", QT_TRANSLATE_NOOP("tsunagu::Labels", "Bone and joint")},
    {"endocrine", QT_TRANSLATE_NOOP("tsunagu::Labels", "Endocrine")},
    {"respiratory", QT_TRANSLATE_NOOP("tsunagu::Labels", "Respiratory")},
    {"visual", QT_TRANSLATE_NOOP("tsunagu::Labels", "Visual")},
    {"hearing_balance", QT_TRANSLATE_NOOP("tsunagu::Labels", "Hearing and balance")},
    {"digestive", QT_TRANSLATE_NOOP("tsunagu::Labels", "Digestive")},
    {"chromosomal_genetic", QT_TRANSLATE_NOOP("tsunagu::Labels", "Chromosomal or genetic")},
    {"cancer", QT_TRANSLATE_NOOP("tsunagu::Labels", "Cancer")},
    {"mental", QT_TRANSLATE_NOOP("tsunagu::Labels", "Mental health")},
    {"developmental", QT_TRANSLATE_NOOP("tsunagu::Labels", "Developmental")},
    {"other_chronic", QT_TRANSLATE_NOOP("tsunagu::Labels", "Other chronic illness")})

enum class Relationship { Mother, Father, Spouse, Child, Sibling, OtherFamily, Supporter, Other };
TSUNAGU_ENUM_TRAITS(Relationship,
    {"mother", QT_TRANSLATE_NOOP("tsunagu::Labels", "Mother")},
    {"father", QT_TRANSLATE_NOOP("tsunagu::Labels", "Father")},
    {"spouse", QT_TRANSLATE_NOOP("tsunagu::Labels", "Spouse or partner")},
    {"child", QT_TRANSLATE_NOOP("tsunagu::Labels", "Child")},
    {"sibling", QT_TRANSLATE_NOOP("tsunagu::Labels", "Sibling")},
    {"other_family", QT_TRANSLATE_NOOP("tsunagu::Labels", "Other family")},
    {"supporter", QT_TRANSLATE_NOOP("tsunagu::Labels", "Supporter")},
    {"other", QT_TRANSLATE_NOOP("tsunagu::Labels", "Other")})

enum class AgencyKind {
    HelloWork, IntractableDiseaseCenter, EmploymentLifeSupportCenter, VocationalCenter, TransitionSupport,
    LivelihoodSupport, Hospital, Employer, PatientAssociation, SocialWelfareCouncil, Lawyer, Police, Shelter,
    MunicipalOffice, Other
};
TSUNAGU_ENUM_TRAITS(AgencyKind,
    {"hello_work", QT_TRANSLATE_NOOP("tsunagu::Labels", "Hello Work")},
    {"intractable_disease_center", QT_TRANSLATE_NOOP("tsunagu::Labels", "Intractable disease support center")},
    {"employment_life_support_center", QT_TRANSLATE_NOOP("tsunagu::Labels", "Employment and life support center")},
    {"vocational_center", QT_TRANSLATE_NOOP("tsunagu::Labels", "Regional vocational center")},
    {"transition_support", QT_TRANSLATE_NOOP("tsunagu::Labels", "Transition support office")},
    {"livelihood_support", QT_TRANSLATE_NOOP("tsunagu::Labels", "Livelihood support desk")},
    {"hospital", QT_TRANSLATE_NOOP("tsunagu::Labels", "Hospital")},
    {"employer", QT_TRANSLATE_NOOP("tsunagu::Labels", "Employer")},
    {"patient_association", QT_TRANSLATE_NOOP("tsunagu::Labels", "Patient association")},
    {"social_welfare_council", QT_TRANSLATE_NOOP("tsunagu::Labels", "Social welfare council")},
    {"lawyer", QT_TRANSLATE_NOOP("tsunagu::Labels", "Lawyer")},
    {"police", QT_TRANSLATE_NOOP("tsunagu::Labels", "Police")},
    {"shelter", QT_TRANSLATE_NOOP("tsunagu::Labels", "Shelter")},
    {"municipal_office", QT_TRANSLATE_NOOP("tsunagu::Labels", "Municipal office")},
    {"other", QT_TRANSLATE_NOOP("tsunagu::Labels", "Other agency")})

enum class CaseGoal { Job, ReturnToWork, StayInWork, ParallelWork, Telework };
TSUNAGU_ENUM_TRAITS(CaseGoal,
    {"job", QT_TRANSLATE_NOOP("tsunagu::Labels", "Find a job")},
    {"return_to_work", QT_TRANSLATE_NOOP("tsunagu::Labels", "Return to work")},
    {"stay_in_work", QT_TRANSLATE_NOOP("tsunagu::Labels", "Stay in work")},
    {"parallel_work", QT_TRANSLATE_NOOP("tsunagu::Labels", "Parallel work")},
    {"telework", QT_TRANSLATE_NOOP("tsunagu::Labels", "Telework")})

enum class CaseStage { Intake, Assessment, Preparation, JobSearch, Working, Retention, Closed };
TSUNAGU_ENUM_TRAITS(CaseStage,
    {"intake", QT_TRANSLATE_NOOP("tsunagu::Labels", "Intake")},
    {"assessment", QT_TRANSLATE_NOOP("tsunagu::Labels", "Assessment")},
    {"preparation", QT_TRANSLATE_NOOP("tsunagu::Labels", "Preparation")},
    {"job_search", QT_TRANSLATE_NOOP("tsunagu::Labels", "Job search")},
    {"working", QT_TRANSLATE_NOOP("tsunagu::Labels", "Working")},
    {"retention", QT_TRANSLATE_NOOP("tsunagu::Labels", "Retention follow-up")},
    {"closed", QT_TRANSLATE_NOOP("tsunagu::Labels", "Closed")})

enum class CaseOutcome { Employed, ReturnedToWork, Retained, Withdrew, Transferred, Other };
TSUNAGU_ENUM_TRAITS(CaseOutcome,
    {"employed", QT_TRANSLATE_NOOP("tsunagu::Labels", "Started a job")},
    {"returned_to_work", QT_TRANSLATE_NOOP("tsunagu::Labels", "Returned to work")},
    {"retained", QT_TRANSLATE_NOOP("tsunagu::Labels", "Stayed in work")},
    {"withdrew", QT_TRANSLATE_NOOP("tsunagu::Labels", "Ended by the person")},
    {"transferred", QT_TRANSLATE_NOOP("tsunagu::Labels", "Transferred to another agency")},
    {"other", QT_TRANSLATE_NOOP("tsunagu::Labels", "Other")})

enum class MilestoneKind { JobStart, ReturnToWork, Retention1m, Retention3m, Retention6m, Retention12m, Other };
TSUNAGU_ENUM_TRAITS(MilestoneKind,
    {"job_start", QT_TRANSLATE_NOOP("tsunagu::Labels", "Job start")},
    {"return_to_work", QT_TRANSLATE_NOOP("tsunagu::Labels", "Return to work")},
    {"retention_1m", QT_TRANSLATE_NOOP("tsunagu::Labels", "Retention check, 1 month")},
    {"retention_3m", QT_TRANSLATE_NOOP("tsunagu::Labels", "Retention check, 3 months")},
    {"retention_6m", QT_TRANSLATE_NOOP("tsunagu::Labels", "Retention check, 6 months")},
    {"retention_12m", QT_TRANSLATE_NOOP("tsunagu::Labels", "Retention check, 12 months")},
    {"other", QT_TRANSLATE_NOOP("tsunagu::Labels", "Other")})

enum class MilestoneResult { Achieved, NotAchieved };
TSUNAGU_ENUM_TRAITS(MilestoneResult,
    {"achieved", QT_TRANSLATE_NOOP("tsunagu::Labels", "Achieved")},
    {"not_achieved", QT_TRANSLATE_NOOP("tsunagu::Labels", "Not achieved")})

enum class Channel { InPerson, Phone, Online, Email, HomeVisit, Accompanied };
TSUNAGU_ENUM_TRAITS(Channel,
    {"in_person", QT_TRANSLATE_NOOP("tsunagu::Labels", "In person")},
    {"phone", QT_TRANSLATE_NOOP("tsunagu::Labels", "Phone")},
    {"online", QT_TRANSLATE_NOOP("tsunagu::Labels", "Online")},
    {"email", QT_TRANSLATE_NOOP("tsunagu::Labels", "E-mail")},
    {"home_visit", QT_TRANSLATE_NOOP("tsunagu::Labels", "Home visit")},
    {"accompanied", QT_TRANSLATE_NOOP("tsunagu::Labels", "Accompanied visit")})

enum class ConsultationKind { OneOff, Accompaniment, Coaching };
TSUNAGU_ENUM_TRAITS(ConsultationKind,
    {"one_off", QT_TRANSLATE_NOOP("tsunagu::Labels", "One-off consultation")},
    {"accompaniment", QT_TRANSLATE_NOOP("tsunagu::Labels", "Accompaniment")},
    {"coaching", QT_TRANSLATE_NOOP("tsunagu::Labels", "Career coaching")})

enum class Attendee { Self, Family, Supporter, Employer };
TSUNAGU_ENUM_TRAITS(Attendee,
    {"self", QT_TRANSLATE_NOOP("tsunagu::Labels", "The person")},
    {"family", QT_TRANSLATE_NOOP("tsunagu::Labels", "Family")},
    {"supporter", QT_TRANSLATE_NOOP("tsunagu::Labels", "Supporter")},
    {"employer", QT_TRANSLATE_NOOP("tsunagu::Labels", "Employer")})

enum class Topic {
    JobSearch, ReturnToWork, Retention, TreatmentWorkBalance, Accommodation, DisclosureAtWork, Benefits,
    DisabilityCertificate, Living, Family, MentalHealth, Training, Medical, Other
};
TSUNAGU_ENUM_TRAITS(Topic,
    {"job_search", QT_TRANSLATE_NOOP("tsunagu::Labels", "Job search")},
    {"return_to_work", QT_TRANSLATE_NOOP("tsunagu::Labels", "Return to work")},
    {"retention", QT_TRANSLATE_NOOP("tsunagu::Labels", "Staying in work")},
    {"treatment_work_balance", QT_TRANSLATE_NOOP("tsunagu::Labels", "Balancing treatment and work")},
    {"accommodation", QT_TRANSLATE_NOOP("tsunagu::Labels", "Reasonable accommodation")},
    {"disclosure_at_work", QT_TRANSLATE_NOOP("tsunagu::Labels", "Telling the employer")},
    {"benefits", QT_TRANSLATE_NOOP("tsunagu::Labels", "Benefits and schemes")},
    {"disability_certificate", QT_TRANSLATE_NOOP("tsunagu::Labels", "Disability certificate")},
    {"living", QT_TRANSLATE_NOOP("tsunagu::Labels", "Living costs")},
    {"family", QT_TRANSLATE_NOOP("tsunagu::Labels", "Family")},
    {"mental_health", QT_TRANSLATE_NOOP("tsunagu::Labels", "Mental health")},
    {"training", QT_TRANSLATE_NOOP("tsunagu::Labels", "Training")},
    {"medical", QT_TRANSLATE_NOOP("tsunagu::Labels", "Medical care")},
    {"other", QT_TRANSLATE_NOOP("tsunagu::Labels", "Other")})

enum class ReferralStatus { Proposed, Sent, Accepted, Declined, FirstContact, Completed, Withdrawn };
TSUNAGU_ENUM_TRAITS(ReferralStatus,
    {"proposed", QT_TRANSLATE_NOOP("tsunagu::Labels", "Proposed")},
    {"sent", QT_TRANSLATE_NOOP("tsunagu::Labels", "Sent")},
    {"accepted", QT_TRANSLATE_NOOP("tsunagu::Labels", "Accepted")},
    {"declined", QT_TRANSLATE_NOOP("tsunagu::Labels", "Declined")},
    {"first_contact", QT_TRANSLATE_NOOP("tsunagu::Labels", "First contact made")},
    {"completed", QT_TRANSLATE_NOOP("tsunagu::Labels", "Completed")},
    {"withdrawn", QT_TRANSLATE_NOOP("tsunagu::Labels", "Withdrawn")})

// PRIVACY.md: the kinds of personal data a disclosure can carry.
enum class DataCategory { Identity, Contact, Health, Employment, Records, Family };
TSUNAGU_ENUM_TRAITS(DataCategory,
    {"identity", QT_TRANSLATE_NOOP("tsunagu::Labels", "Identity")},
    {"contact", QT_TRANSLATE_NOOP("tsunagu::Labels", "Contact details")},
    {"health", QT_TRANSLATE_NOOP("tsunagu::Labels", "Health")},
    {"employment", QT_TRANSLATE_NOOP("tsunagu::Labels", "Employment")},
    {"records", QT_TRANSLATE_NOOP("tsunagu::Labels", "Consultation records")},
    {"family", QT_TRANSLATE_NOOP("tsunagu::Labels", "Family")})
using DataCategories = EnumSet<DataCategory>;

enum class Purpose { Referral, CaseConference, EmployerAccommodation, MedicalCoordination, CasePresentation, Other };
TSUNAGU_ENUM_TRAITS(Purpose,
    {"referral", QT_TRANSLATE_NOOP("tsunagu::Labels", "Referral")},
    {"case_conference", QT_TRANSLATE_NOOP("tsunagu::Labels", "Case conference")},
    {"employer_accommodation", QT_TRANSLATE_NOOP("tsunagu::Labels", "Employer accommodation")},
    {"medical_coordination", QT_TRANSLATE_NOOP("tsunagu::Labels", "Medical coordination")},
    {"case_presentation", QT_TRANSLATE_NOOP("tsunagu::Labels", "Case presentation")},
    {"other", QT_TRANSLATE_NOOP("tsunagu::Labels", "Other purpose")})
using Purposes = EnumSet<Purpose>;

enum class DisclosureMethod { Letter, PdfFile, Email, Spoken };
TSUNAGU_ENUM_TRAITS(DisclosureMethod,
    {"letter", QT_TRANSLATE_NOOP("tsunagu::Labels", "Printed letter")},
    {"pdf", QT_TRANSLATE_NOOP("tsunagu::Labels", "PDF file")},
    {"email", QT_TRANSLATE_NOOP("tsunagu::Labels", "E-mail")},
    {"spoken", QT_TRANSLATE_NOOP("tsunagu::Labels", "Spoken (conference or meeting)")})

enum class ConsentMethod { Written, Verbal, Electronic };
TSUNAGU_ENUM_TRAITS(ConsentMethod,
    {"written", QT_TRANSLATE_NOOP("tsunagu::Labels", "Written")},
    {"verbal", QT_TRANSLATE_NOOP("tsunagu::Labels", "Verbal")},
    {"electronic", QT_TRANSLATE_NOOP("tsunagu::Labels", "Electronic")})

// APPI Art. 27(1) and the privacy policy's four exceptions.
enum class StatutoryException { Law, LifeBodyProperty, PublicHealthOrChild, GovernmentDuty, OtherLaw };
TSUNAGU_ENUM_TRAITS(StatutoryException,
    {"law", QT_TRANSLATE_NOOP("tsunagu::Labels", "Required by law")},
    {"life_body_property", QT_TRANSLATE_NOOP("tsunagu::Labels", "Protection of life, body or property")},
    {"public_health_child", QT_TRANSLATE_NOOP("tsunagu::Labels", "Public health or children's welfare")},
    {"government_duty", QT_TRANSLATE_NOOP("tsunagu::Labels", "Cooperation with a government duty")},
    {"other_law", QT_TRANSLATE_NOOP("tsunagu::Labels", "Other ground permitted by law")})

#undef TSUNAGU_ENUM_TRAITS

} // namespace tsunagu
