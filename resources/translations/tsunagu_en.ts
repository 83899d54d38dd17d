<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Run</name>
    <message>
        <source>Consultations</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <source>Disclosures and history</source>
        <translation>Disclosures and history</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>The demo size is not valid.</source>
        <translation>The demo size is not valid.</translation>
    </message>
    <message>
        <source>Staff and agencies</source>
        <translation>Staff and agencies</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Saving</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Could not write the screenshot %1.</source>
        <translation>Could not write the screenshot %1.</translation>
    </message>
    <message>
        <source>Case management for employment support.</source>
        <translation>Case management for employment support.</translation>
    </message>
    <message>
        <source>The database file (default: %1).</source>
        <translation>The database file (default: %1).</translation>
    </message>
    <message>
        <source>The language of the interface: ja or en (default: the system&apos;s).</source>
        <translation>The language of the interface: ja or en (default: the system&apos;s).</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;: use ja or en.</source>
        <translation>Unknown language &apos;%1&apos;: use ja or en.</translation>
    </message>
    <message>
        <source>Tsunagu could not set up the staff member for this computer.</source>
        <translation>Tsunagu could not set up the staff member for this computer.</translation>
    </message>
    <message>
        <source>Making demonstration data…</source>
        <translation>Making demonstration data…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Open a demonstration database of invented people (made on first use).</source>
        <translation>Open a demonstration database of invented people (made on first use).</translation>
    </message>
    <message>
        <source>The demonstration data could not be made.</source>
        <translation>The demonstration data could not be made.</translation>
    </message>
</context>
<context>
    <name>tsunagu</name>
    <message>
        <source>The closing date is not a valid date.</source>
        <translation>The closing date is not a valid date.</translation>
    </message>
    <message>
        <source>The case cannot close on %1, before it opened on %2.</source>
        <translation>The case cannot close on %1, before it opened on %2.</translation>
    </message>
    <message>
        <source>Enter the date the case closed.</source>
        <translation>Enter the date the case closed.</translation>
    </message>
    <message>
        <source>A case with a closing date is closed: set its stage to &quot;%1&quot;, or clear the date to reopen it.</source>
        <translation>A case with a closing date is closed: set its stage to &quot;%1&quot;, or clear the date to reopen it.</translation>
    </message>
    <message>
        <source>The experience score is from %1 to %2.</source>
        <translation>The experience score is from %1 to %2.</translation>
    </message>
    <message>
        <source>The next follow-up is not a valid date.</source>
        <translation>The next follow-up is not a valid date.</translation>
    </message>
    <message>
        <source>The next follow-up (%1) is before the case opened (%2).</source>
        <translation>The next follow-up (%1) is before the case opened (%2).</translation>
    </message>
    <message>
        <source>The due date is not a valid date.</source>
        <translation>The due date is not a valid date.</translation>
    </message>
    <message>
        <source>The date done is not a valid date.</source>
        <translation>The date done is not a valid date.</translation>
    </message>
    <message>
        <source>Enter the date it was done to record a result.</source>
        <translation>Enter the date it was done to record a result.</translation>
    </message>
    <message>
        <source>%1 is not a designated intractable disease number (%2 to %3, or %4).</source>
        <translation>%1 is not a designated intractable disease number (%2 to %3, or %4).</translation>
    </message>
    <message>
        <source>Enter when the consultation took place.</source>
        <translation>Enter when the consultation took place.</translation>
    </message>
    <message>
        <source>The duration is from 0 to %1 minutes (one day).</source>
        <translation>The duration is from 0 to %1 minutes (one day).</translation>
    </message>
    <message>
        <source>The follow-up date is not a valid date.</source>
        <translation>The follow-up date is not a valid date.</translation>
    </message>
    <message>
        <source>The follow-up (%1) cannot be before the consultation (%2).</source>
        <translation>The follow-up (%1) cannot be before the consultation (%2).</translation>
    </message>
    <message>
        <source>Enter when this happened.</source>
        <translation>Enter when this happened.</translation>
    </message>
    <message>
        <source>A referral step cannot be recorded in advance (%1 is in the future).</source>
        <translation>A referral step cannot be recorded in advance (%1 is in the future).</translation>
    </message>
    <message>
        <source>This step (%1) cannot be dated before the previous one (%2).</source>
        <translation>This step (%1) cannot be dated before the previous one (%2).</translation>
    </message>
</context>
<context>
    <name>tsunagu::AgencyRepository</name>
    <message>
        <source>No agency with number %1.</source>
        <translation>No agency with number %1.</translation>
    </message>
</context>
<context>
    <name>tsunagu::CaseRepository</name>
    <message>
        <source>No support case with number %1.</source>
        <translation>No support case with number %1.</translation>
    </message>
    <message>
        <source>No milestone with number %1.</source>
        <translation>No milestone with number %1.</translation>
    </message>
    <message>
        <source>A milestone cannot be moved to another case.</source>
        <translation>A milestone cannot be moved to another case.</translation>
    </message>
    <message>
        <source>This case already has a job start or retention checks that are not done yet. Record or correct them instead of scheduling new ones.</source>
        <translation>This case already has a job start or retention checks that are not done yet. Record or correct them instead of scheduling new ones.</translation>
    </message>
</context>
<context>
    <name>tsunagu::ClientRepository</name>
    <message>
        <source>No client with number %1.</source>
        <translation>No client with number %1.</translation>
    </message>
    <message>
        <source>This client&apos;s data was erased; the record cannot be edited.</source>
        <translation>This client&apos;s data was erased; the record cannot be edited.</translation>
    </message>
    <message>
        <source>The disability certificate is health information: register the person first, record their consent to keep health information, then add the certificate.</source>
        <translation>The disability certificate is health information: register the person first, record their consent to keep health information, then add the certificate.</translation>
    </message>
</context>
<context>
    <name>tsunagu::ConditionRepository</name>
    <message>
        <source>No health condition with number %1.</source>
        <translation>No health condition with number %1.</translation>
    </message>
</context>
<context>
    <name>tsunagu::ConsultationRepository</name>
    <message>
        <source>No consultation with number %1.</source>
        <translation>No consultation with number %1.</translation>
    </message>
</context>
<context>
    <name>tsunagu::ContactPersonRepository</name>
    <message>
        <source>No contact person with number %1.</source>
        <translation>No contact person with number %1.</translation>
    </message>
</context>
<context>
    <name>tsunagu::FieldLabels</name>
    <message>
        <source>Referral step</source>
        <translation>Referral step</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
</context>
<context>
    <name>tsunagu::FieldValues</name>
    <message>
        <source>Giving information to others</source>
        <translation>Giving information to others</translation>
    </message>
    <message>
        <source>Recording health information</source>
        <translation>Recording health information</translation>
    </message>
    <message>
        <source>Agency #%1</source>
        <translation>Agency #%1</translation>
    </message>
    <message>
        <source>The person themselves</source>
        <translation>The person themselves</translation>
    </message>
    <message>
        <source>A representative</source>
        <translation>A representative</translation>
    </message>
    <message>
        <source>With the person&apos;s consent</source>
        <translation>With the person&apos;s consent</translation>
    </message>
    <message>
        <source>Without consent, on a ground the law permits</source>
        <translation>Without consent, on a ground the law permits</translation>
    </message>
    <message>
        <source>Under 20</source>
        <translation>Under 20</translation>
    </message>
    <message>
        <source>70 and over</source>
        <translation>70 and over</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>an age band</comment>
        <translation>%1 to %2</translation>
    </message>
</context>
<context>
    <name>tsunagu::Fields</name>
    <message>
        <source>Purpose (details)</source>
        <translation>Purpose (details)</translation>
    </message>
    <message>
        <source>Representative&apos;s name</source>
        <translation>Representative&apos;s name</translation>
    </message>
    <message>
        <source>Representative&apos;s relationship</source>
        <translation>Representative&apos;s relationship</translation>
    </message>
    <message>
        <source>Consent form version</source>
        <translation>Consent form version</translation>
    </message>
    <message>
        <source>Consent text</source>
        <translation>Consent text</translation>
    </message>
    <message>
        <source>Withdrawal note</source>
        <translation>Withdrawal note</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Agency name</source>
        <translation>Agency name</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Kind of agency</source>
        <translation>Kind of agency</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Opened on</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Job start</source>
        <translation>Job start</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Reading (furigana)</source>
        <translation>Reading (furigana)</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Emergency contact</translation>
    </message>
    <message>
        <source>Certificate grade</source>
        <translation>Certificate grade</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Disability certificate</source>
        <translation>Disability certificate</translation>
    </message>
    <message>
        <source>Employment status</source>
        <translation>Employment status</translation>
    </message>
    <message>
        <source>Designated disease name</source>
        <translation>Designated disease name</translation>
    </message>
    <message>
        <source>Disease group</source>
        <translation>Disease group</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Kind of consultation</source>
        <translation>Kind of consultation</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Data to share</source>
        <translation>Data to share</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Staff name</source>
        <translation>Staff name</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Reason for the change</translation>
    </message>
    <message>
        <source>ID in the sheet</source>
        <translation>ID in the sheet</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation>Prefecture</translation>
    </message>
    <message>
        <source>Confidential address</source>
        <translation>Confidential address</translation>
    </message>
    <message>
        <source>Use stopped</source>
        <translation>Use stopped</translation>
    </message>
    <message>
        <source>Excluded from statistics</source>
        <translation>Excluded from statistics</translation>
    </message>
    <message>
        <source>Support case</source>
        <translation>Support case</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Duration (minutes)</translation>
    </message>
    <message>
        <source>Follow-up on</source>
        <translation>Follow-up on</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>Experience score</source>
        <translation>Experience score</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Due on</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>Designated disease number</source>
        <translation>Designated disease number</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Disclosure record</source>
        <translation>Disclosure record</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>Why it needs attention</source>
        <translation>Why it needs attention</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Client number</source>
        <translation>Client number</translation>
    </message>
    <message>
        <source>Kind of consent</source>
        <translation>Kind of consent</translation>
    </message>
    <message>
        <source>How consent was given</source>
        <translation>How consent was given</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Information given</source>
        <translation>Information given</translation>
    </message>
    <message>
        <source>How it was given</source>
        <translation>How it was given</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Draft of</source>
        <translation>Draft of</translation>
    </message>
    <message>
        <source>Last typed on</source>
        <translation>Last typed on</translation>
    </message>
    <message>
        <source>What was typed</source>
        <translation>What was typed</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>Recorded on</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Last changed on</source>
        <translation>Last changed on</translation>
    </message>
    <message>
        <source>Last changed by</source>
        <translation>Last changed by</translation>
    </message>
    <message>
        <source>Age band at registration</source>
        <translation>Age band at registration</translation>
    </message>
    <message>
        <source>Erased on</source>
        <translation>Erased on</translation>
    </message>
    <message>
        <source>Partner agency</source>
        <translation>Partner agency</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Purposes</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Withdrawn on</translation>
    </message>
    <message>
        <source>Withdrawal recorded by</source>
        <translation>Withdrawal recorded by</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Given by</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>You, as named in the record</source>
        <translation>You, as named in the record</translation>
    </message>
    <message>
        <source>Given to</source>
        <translation>Given to</translation>
    </message>
    <message>
        <source>Kind of recipient</source>
        <translation>Kind of recipient</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Legal ground</source>
        <translation>Legal ground</translation>
    </message>
    <message>
        <source>Record kept until</source>
        <translation>Record kept until</translation>
    </message>
</context>
<context>
    <name>tsunagu::Labels</name>
    <message>
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Outreach staff</source>
        <translation>Outreach staff</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Physical disability</source>
        <translation>Physical disability</translation>
    </message>
    <message>
        <source>Mental disability</source>
        <translation>Mental disability</translation>
    </message>
    <message>
        <source>Intellectual disability</source>
        <translation>Intellectual disability</translation>
    </message>
    <message>
        <source>Not working</source>
        <translation>Not working</translation>
    </message>
    <message>
        <source>Open employment</source>
        <translation>Open employment</translation>
    </message>
    <message>
        <source>Disability employment</source>
        <translation>Disability employment</translation>
    </message>
    <message>
        <source>Sheltered work (type A)</source>
        <translation>Sheltered work (type A)</translation>
    </message>
    <message>
        <source>Sheltered work (type B)</source>
        <translation>Sheltered work (type B)</translation>
    </message>
    <message>
        <source>On sick leave</source>
        <translation>On sick leave</translation>
    </message>
    <message>
        <source>Self-employed</source>
        <translation>Self-employed</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Neurological and muscular</source>
        <translation>Neurological and muscular</translation>
    </message>
    <message>
        <source>Metabolic</source>
        <translation>Metabolic</translation>
    </message>
    <message>
        <source>Skin and connective tissue</source>
        <translation>Skin and connective tissue</translation>
    </message>
    <message>
        <source>Immune</source>
        <translation>Immune</translation>
    </message>
    <message>
        <source>Cardiovascular</source>
        <translation>Cardiovascular</translation>
    </message>
    <message>
        <source>Blood</source>
        <translation>Blood</translation>
    </message>
    <message>
        <source>Renal and urinary</source>
        <translation>Renal and urinary</translation>
    </message>
    <message>
        <source>Bone and joint</source>
        <translation>Bone and joint</translation>
    </message>
    <message>
        <source>Endocrine</source>
        <translation>Endocrine</translation>
    </message>
    <message>
        <source>Respiratory</source>
        <translation>Respiratory</translation>
    </message>
    <message>
        <source>Visual</source>
        <translation>Visual</translation>
    </message>
    <message>
        <source>Hearing and balance</source>
        <translation>Hearing and balance</translation>
    </message>
    <message>
        <source>Digestive</source>
        <translation>Digestive</translation>
    </message>
    <message>
        <source>Chromosomal or genetic</source>
        <translation>Chromosomal or genetic</translation>
    </message>
    <message>
        <source>Cancer</source>
        <translation>Cancer</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Mental health</translation>
    </message>
    <message>
        <source>Developmental</source>
        <translation>Developmental</translation>
    </message>
    <message>
        <source>Other chronic illness</source>
        <translation>Other chronic illness</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>Mother</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>Father</translation>
    </message>
    <message>
        <source>Spouse or partner</source>
        <translation>Spouse or partner</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>Sibling</translation>
    </message>
    <message>
        <source>Other family</source>
        <translation>Other family</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>Supporter</translation>
    </message>
    <message>
        <source>Hello Work</source>
        <translation>Hello Work</translation>
    </message>
    <message>
        <source>Intractable disease support center</source>
        <translation>Intractable disease support center</translation>
    </message>
    <message>
        <source>Employment and life support center</source>
        <translation>Employment and life support center</translation>
    </message>
    <message>
        <source>Regional vocational center</source>
        <translation>Regional vocational center</translation>
    </message>
    <message>
        <source>Transition support office</source>
        <translation>Transition support office</translation>
    </message>
    <message>
        <source>Livelihood support desk</source>
        <translation>Livelihood support desk</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Hospital</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>Patient association</source>
        <translation>Patient association</translation>
    </message>
    <message>
        <source>Social welfare council</source>
        <translation>Social welfare council</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Lawyer</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Shelter</translation>
    </message>
    <message>
        <source>Municipal office</source>
        <translation>Municipal office</translation>
    </message>
    <message>
        <source>Other agency</source>
        <translation>Other agency</translation>
    </message>
    <message>
        <source>Find a job</source>
        <translation>Find a job</translation>
    </message>
    <message>
        <source>Return to work</source>
        <translation>Return to work</translation>
    </message>
    <message>
        <source>Stay in work</source>
        <translation>Stay in work</translation>
    </message>
    <message>
        <source>Parallel work</source>
        <translation>Parallel work</translation>
    </message>
    <message>
        <source>Telework</source>
        <translation>Telework</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Preparation</translation>
    </message>
    <message>
        <source>Job search</source>
        <translation>Job search</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Working</translation>
    </message>
    <message>
        <source>Retention follow-up</source>
        <translation>Retention follow-up</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Started a job</source>
        <translation>Started a job</translation>
    </message>
    <message>
        <source>Returned to work</source>
        <translation>Returned to work</translation>
    </message>
    <message>
        <source>Stayed in work</source>
        <translation>Stayed in work</translation>
    </message>
    <message>
        <source>Ended by the person</source>
        <translation>Ended by the person</translation>
    </message>
    <message>
        <source>Transferred to another agency</source>
        <translation>Transferred to another agency</translation>
    </message>
    <message>
        <source>Job start</source>
        <translation>Job start</translation>
    </message>
    <message>
        <source>Retention check, 1 month</source>
        <translation>Retention check, 1 month</translation>
    </message>
    <message>
        <source>Retention check, 3 months</source>
        <translation>Retention check, 3 months</translation>
    </message>
    <message>
        <source>Retention check, 6 months</source>
        <translation>Retention check, 6 months</translation>
    </message>
    <message>
        <source>Retention check, 12 months</source>
        <translation>Retention check, 12 months</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <source>Not achieved</source>
        <translation>Not achieved</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <source>Accompanied visit</source>
        <translation>Accompanied visit</translation>
    </message>
    <message>
        <source>One-off consultation</source>
        <translation>One-off consultation</translation>
    </message>
    <message>
        <source>Accompaniment</source>
        <translation>Accompaniment</translation>
    </message>
    <message>
        <source>Career coaching</source>
        <translation>Career coaching</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>The person</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Staying in work</source>
        <translation>Staying in work</translation>
    </message>
    <message>
        <source>Balancing treatment and work</source>
        <translation>Balancing treatment and work</translation>
    </message>
    <message>
        <source>Reasonable accommodation</source>
        <translation>Reasonable accommodation</translation>
    </message>
    <message>
        <source>Telling the employer</source>
        <translation>Telling the employer</translation>
    </message>
    <message>
        <source>Benefits and schemes</source>
        <translation>Benefits and schemes</translation>
    </message>
    <message>
        <source>Disability certificate</source>
        <translation>Disability certificate</translation>
    </message>
    <message>
        <source>Living costs</source>
        <translation>Living costs</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Medical care</source>
        <translation>Medical care</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>First contact made</source>
        <translation>First contact made</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Employment</translation>
    </message>
    <message>
        <source>Consultation records</source>
        <translation>Consultation records</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Case conference</source>
        <translation>Case conference</translation>
    </message>
    <message>
        <source>Employer accommodation</source>
        <translation>Employer accommodation</translation>
    </message>
    <message>
        <source>Medical coordination</source>
        <translation>Medical coordination</translation>
    </message>
    <message>
        <source>Case presentation</source>
        <translation>Case presentation</translation>
    </message>
    <message>
        <source>Other purpose</source>
        <translation>Other purpose</translation>
    </message>
    <message>
        <source>Printed letter</source>
        <translation>Printed letter</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>PDF file</translation>
    </message>
    <message>
        <source>Spoken (conference or meeting)</source>
        <translation>Spoken (conference or meeting)</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Written</translation>
    </message>
    <message>
        <source>Verbal</source>
        <translation>Verbal</translation>
    </message>
    <message>
        <source>Electronic</source>
        <translation>Electronic</translation>
    </message>
    <message>
        <source>Required by law</source>
        <translation>Required by law</translation>
    </message>
    <message>
        <source>Protection of life, body or property</source>
        <translation>Protection of life, body or property</translation>
    </message>
    <message>
        <source>Public health or children&apos;s welfare</source>
        <translation>Public health or children&apos;s welfare</translation>
    </message>
    <message>
        <source>Cooperation with a government duty</source>
        <translation>Cooperation with a government duty</translation>
    </message>
    <message>
        <source>Other ground permitted by law</source>
        <translation>Other ground permitted by law</translation>
    </message>
</context>
<context>
    <name>tsunagu::ReferralRepository</name>
    <message>
        <source>Choose the agency the person is referred to.</source>
        <translation>Choose the agency the person is referred to.</translation>
    </message>
    <message>
        <source>This agency is marked as no longer active; choose another one.</source>
        <translation>This agency is marked as no longer active; choose another one.</translation>
    </message>
    <message>
        <source>No referral with number %1.</source>
        <translation>No referral with number %1.</translation>
    </message>
    <message>
        <source>A referral cannot be moved to another agency; withdraw it and refer the person again.</source>
        <translation>A referral cannot be moved to another agency; withdraw it and refer the person again.</translation>
    </message>
    <message>
        <source>A referral that is &quot;%1&quot; cannot become &quot;%2&quot;.</source>
        <translation>A referral that is &quot;%1&quot; cannot become &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>This referral is already &quot;%1&quot;; no further step can be recorded.</source>
        <translation>This referral is already &quot;%1&quot;; no further step can be recorded.</translation>
    </message>
    <message>
        <source>Referral progress: %1</source>
        <translation>Referral progress: %1</translation>
    </message>
    <message>
        <source>The number of days cannot be negative.</source>
        <translation>The number of days cannot be negative.</translation>
    </message>
    <message>
        <source>No disclosure record with number %1.</source>
        <translation>No disclosure record with number %1.</translation>
    </message>
    <message>
        <source>Disclosure record %1 is not about this person and this agency.</source>
        <translation>Disclosure record %1 is not about this person and this agency.</translation>
    </message>
    <message>
        <source>Consent %1 is not the consent disclosure record %2 relied on.</source>
        <translation>Consent %1 is not the consent disclosure record %2 relied on.</translation>
    </message>
    <message>
        <source>Information sent to the agency (disclosure record %1)</source>
        <translation>Information sent to the agency (disclosure record %1)</translation>
    </message>
</context>
<context>
    <name>tsunagu::StaffRepository</name>
    <message>
        <source>A staff member called %1 already exists.</source>
        <translation>A staff member called %1 already exists.</translation>
    </message>
    <message>
        <source>No staff member with number %1.</source>
        <translation>No staff member with number %1.</translation>
    </message>
</context>
<context>
    <name>tsunagu::audit::AuditLog</name>
    <message>
        <source>entries %1 to %2 are missing</source>
        <translation>entries %1 to %2 are missing</translation>
    </message>
    <message>
        <source>the link to the previous entry does not match</source>
        <translation>the link to the previous entry does not match</translation>
    </message>
    <message>
        <source>the entry was altered after it was written</source>
        <translation>the entry was altered after it was written</translation>
    </message>
</context>
<context>
    <name>tsunagu::cli</name>
    <message>
        <source>Give the backup file with --out FILE.</source>
        <translation>Give the backup file with --out FILE.</translation>
    </message>
    <message>
        <source>Backup written to %1
</source>
        <translation>Backup written to %1
</translation>
    </message>
    <message>
        <source>Name the backup file to restore: tsunagu-cli restore --db FILE BACKUP.</source>
        <translation>Name the backup file to restore: tsunagu-cli restore --db FILE BACKUP.</translation>
    </message>
    <message>
        <source>Restored from %1. The replaced data was kept in %2
</source>
        <translation>Restored from %1. The replaced data was kept in %2
</translation>
    </message>
    <message>
        <source>Make a consistent copy of the database, even while the app is running.</source>
        <translation>Make a consistent copy of the database, even while the app is running.</translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation>The backup file to write.</translation>
    </message>
    <message>
        <source>Check a backup and replace the database with it, keeping the replaced data beside it.</source>
        <translation>Check a backup and replace the database with it, keeping the replaced data beside it.</translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation>The backup file.</translation>
    </message>
    <message>
        <source>Database ready: %1 (schema %2)
</source>
        <translation>Database ready: %1 (schema %2)
</translation>
    </message>
    <message>
        <source>File: %1
Schema version: %2 (this program: %3)
Integrity: %4
</source>
        <translation>File: %1
Schema version: %2 (this program: %3)
Integrity: %4
</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>The file is damaged: %1</source>
        <translation>The file is damaged: %1</translation>
    </message>
    <message>
        <source>The audit log was tampered with: entry %1: %2.</source>
        <translation>The audit log was tampered with: entry %1: %2.</translation>
    </message>
    <message>
        <source>Integrity ok; audit log intact (%1 entries).
</source>
        <translation>Integrity ok; audit log intact (%1 entries).
</translation>
    </message>
    <message>
        <source>Create an empty database at the current schema.</source>
        <translation>Create an empty database at the current schema.</translation>
    </message>
    <message>
        <source>Show schema version, row counts and integrity; refuses damaged or newer files.</source>
        <translation>Show schema version, row counts and integrity; refuses damaged or newer files.</translation>
    </message>
    <message>
        <source>Check integrity and the audit log&apos;s hash chain; reports the first broken link.</source>
        <translation>Check integrity and the audit log&apos;s hash chain; reports the first broken link.</translation>
    </message>
    <message>
        <source>Give the client&apos;s number with --client ID.</source>
        <translation>Give the client&apos;s number with --client ID.</translation>
    </message>
    <message>
        <source>Give the output file with --out FILE (.json or .html).</source>
        <translation>Give the output file with --out FILE (.json or .html).</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;: use json or html.</source>
        <translation>Unknown format &apos;%1&apos;: use json or html.</translation>
    </message>
    <message>
        <source>Access report for client %1 written to %2
</source>
        <translation>Access report for client %1 written to %2
</translation>
    </message>
    <message>
        <source>%1 disclosure records of erased clients past their retention period were removed.
</source>
        <translation>%1 disclosure records of erased clients past their retention period were removed.
</translation>
    </message>
    <message>
        <source>Everything held about one person, and their disclosure records (JSON or HTML).</source>
        <translation>Everything held about one person, and their disclosure records (JSON or HTML).</translation>
    </message>
    <message>
        <source>The client&apos;s number.</source>
        <translation>The client&apos;s number.</translation>
    </message>
    <message>
        <source>The file to write (.json or .html).</source>
        <translation>The file to write (.json or .html).</translation>
    </message>
    <message>
        <source>json or html (default: from the file name).</source>
        <translation>json or html (default: from the file name).</translation>
    </message>
    <message>
        <source>Remove disclosure records of erased clients whose retention period has ended.</source>
        <translation>Remove disclosure records of erased clients whose retention period has ended.</translation>
    </message>
    <message>
        <source>Give the period with --period: 2026Q3, 2026-07, 2026 or FY2025.</source>
        <translation>Give the period with --period: 2026Q3, 2026-07, 2026 or FY2025.</translation>
    </message>
    <message>
        <source>Give the output file with --out FILE (.csv, .xlsx or .json).</source>
        <translation>Give the output file with --out FILE (.csv, .xlsx or .json).</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;: use csv, xlsx or json.</source>
        <translation>Unknown format &apos;%1&apos;: use csv, xlsx or json.</translation>
    </message>
    <message>
        <source>PDF export is available from the statistics screen of the desktop application; here, use --format csv, xlsx or json.</source>
        <translation>PDF export is available from the statistics screen of the desktop application; here, use --format csv, xlsx or json.</translation>
    </message>
    <message>
        <source>--k takes a whole number of at least %1.</source>
        <translation>--k takes a whole number of at least %1.</translation>
    </message>
    <message>
        <source>No database at %1. Give the file with --db FILE.</source>
        <translation>No database at %1. Give the file with --db FILE.</translation>
    </message>
    <message>
        <source>Statistics for %1 written to %2 (%3, k = %4).
</source>
        <translation>Statistics for %1 written to %2 (%3, k = %4).
</translation>
    </message>
    <message>
        <source>Anonymized statistics of one period for supervisors (CSV, Excel or JSON).</source>
        <translation>Anonymized statistics of one period for supervisors (CSV, Excel or JSON).</translation>
    </message>
    <message>
        <source>A calendar month (2026-07), quarter (2026Q3), year (2026) or fiscal year (FY2025).</source>
        <translation>A calendar month (2026-07), quarter (2026Q3), year (2026) or fiscal year (FY2025).</translation>
    </message>
    <message>
        <source>The file to write (.csv, .xlsx or .json).</source>
        <translation>The file to write (.csv, .xlsx or .json).</translation>
    </message>
    <message>
        <source>csv, xlsx or json (default: from the file name).</source>
        <translation>csv, xlsx or json (default: from the file name).</translation>
    </message>
    <message>
        <source>Name the database to create with --db FILE (demo data never goes into the default database).</source>
        <translation>Name the database to create with --db FILE (demo data never goes into the default database).</translation>
    </message>
    <message>
        <source>The seed is a whole number, e.g. --seed 42.</source>
        <translation>The seed is a whole number, e.g. --seed 42.</translation>
    </message>
    <message>
        <source>--until takes a date as YYYY-MM-DD.</source>
        <translation>--until takes a date as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Demo data written to %1 in %2 s (seed %3):
  %4 clients, %5 consultations, %6 referrals, %7 consents,
  %8 disclosures released through the disclosure gate, %9 agencies.
</source>
        <translation>Demo data written to %1 in %2 s (seed %3):
  %4 clients, %5 consultations, %6 referrals, %7 consents,
  %8 disclosures released through the disclosure gate, %9 agencies.
</translation>
    </message>
    <message>
        <source>The note index of %1 was rebuilt.
</source>
        <translation>The note index of %1 was rebuilt.
</translation>
    </message>
    <message>
        <source>Fill a new database with a realistic synthetic case load (Japanese names, notes, agencies).</source>
        <translation>Fill a new database with a realistic synthetic case load (Japanese names, notes, agencies).</translation>
    </message>
    <message>
        <source>office (20,000 clients), stress (100,000) or a number of clients.</source>
        <translation>office (20,000 clients), stress (100,000) or a number of clients.</translation>
    </message>
    <message>
        <source>The random seed; the same seed gives the same data (default 1).</source>
        <translation>The random seed; the same seed gives the same data (default 1).</translation>
    </message>
    <message>
        <source>The last day of the ten years of history (default: today).</source>
        <translation>The last day of the ten years of history (default: today).</translation>
    </message>
    <message>
        <source>Rebuild the full-text index of consultation notes.</source>
        <translation>Rebuild the full-text index of consultation notes.</translation>
    </message>
    <message>
        <source> (mapping file)</source>
        <translation> (mapping file)</translation>
    </message>
    <message>
        <source> (remembered mapping)</source>
        <translation> (remembered mapping)</translation>
    </message>
    <message>
        <source>Encoding: %1
</source>
        <translation>Encoding: %1
</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>column %1</translation>
    </message>
    <message>
        <source>Columns: %1
</source>
        <translation>Columns: %1
</translation>
    </message>
    <message>
        <source>Note: %1
</source>
        <translation>Note: %1
</translation>
    </message>
    <message>
        <source>line %1: %2
</source>
        <translation>line %1: %2
</translation>
    </message>
    <message>
        <source>… and %1 more rows already present.
</source>
        <translation>… and %1 more rows already present.
</translation>
    </message>
    <message>
        <source>, %1 blank rows skipped</source>
        <translation>, %1 blank rows skipped</translation>
    </message>
    <message>
        <source>Dry run: of %1 rows, %2 would be imported, %3 are already present and %4 would be rejected%5. Nothing was written.</source>
        <translation>Dry run: of %1 rows, %2 would be imported, %3 are already present and %4 would be rejected%5. Nothing was written.</translation>
    </message>
    <message>
        <source>%1 of %2 rows were rejected, so nothing was imported (an import is all or nothing). Fix those rows (--report FILE writes them with their reasons) and import the file again.</source>
        <translation>%1 of %2 rows were rejected, so nothing was imported (an import is all or nothing). Fix those rows (--report FILE writes them with their reasons) and import the file again.</translation>
    </message>
    <message>
        <source>Imported %1 %2 from %3 rows; %4 already present%5.</source>
        <translation>Imported %1 %2 from %3 rows; %4 already present%5.</translation>
    </message>
    <message>
        <source>Name one CSV file: tsunagu-cli import --db FILE --kind clients|agencies|consultations FILE.csv</source>
        <translation>Name one CSV file: tsunagu-cli import --db FILE --kind clients|agencies|consultations FILE.csv</translation>
    </message>
    <message>
        <source>Say what the file holds with --kind clients, --kind agencies or --kind consultations.</source>
        <translation>Say what the file holds with --kind clients, --kind agencies or --kind consultations.</translation>
    </message>
    <message>
        <source>Unknown encoding &apos;%1&apos;: use utf-8 or cp932 (Shift_JIS).</source>
        <translation>Unknown encoding &apos;%1&apos;: use utf-8 or cp932 (Shift_JIS).</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <source>The database %1 does not exist yet: the rows are checked against an empty one.
</source>
        <translation>The database %1 does not exist yet: the rows are checked against an empty one.
</translation>
    </message>
    <message>
        <source>Upgrade it first with &apos;tsunagu-cli init --db FILE&apos;, then run the dry run again.</source>
        <translation>Upgrade it first with &apos;tsunagu-cli init --db FILE&apos;, then run the dry run again.</translation>
    </message>
    <message>
        <source>The staff member &apos;%1&apos; is not in this database yet, so consultations cannot be checked as theirs. Name a registered one with --staff, or run &apos;tsunagu-cli init --db FILE --staff %1&apos; first.</source>
        <translation>The staff member &apos;%1&apos; is not in this database yet, so consultations cannot be checked as theirs. Name a registered one with --staff, or run &apos;tsunagu-cli init --db FILE --staff %1&apos; first.</translation>
    </message>
    <message>
        <source>Report written to %1 (every row; rejected rows say why in the last column).
</source>
        <translation>Report written to %1 (every row; rejected rows say why in the last column).
</translation>
    </message>
    <message>
        <source>%1 rows rejected; nothing was imported.</source>
        <translation>%1 rows rejected; nothing was imported.</translation>
    </message>
    <message>
        <source>Import clients, agencies or consultations from a CSV file (UTF-8 or Shift_JIS), all or nothing.</source>
        <translation>Import clients, agencies or consultations from a CSV file (UTF-8 or Shift_JIS), all or nothing.</translation>
    </message>
    <message>
        <source>The CSV file to import.</source>
        <translation>The CSV file to import.</translation>
    </message>
    <message>
        <source>What the file holds: clients, agencies or consultations.</source>
        <translation>What the file holds: clients, agencies or consultations.</translation>
    </message>
    <message>
        <source>A JSON file mapping column headers to fields, e.g. {&quot;連絡先&quot;: &quot;phone&quot;, &quot;備考&quot;: &quot;ignore&quot;}. The mapping of the last import of the same kind is remembered.</source>
        <translation>A JSON file mapping column headers to fields, e.g. {&quot;連絡先&quot;: &quot;phone&quot;, &quot;備考&quot;: &quot;ignore&quot;}. The mapping of the last import of the same kind is remembered.</translation>
    </message>
    <message>
        <source>Check every row and report; write nothing at all.</source>
        <translation>Check every row and report; write nothing at all.</translation>
    </message>
    <message>
        <source>utf-8 or cp932 (Shift_JIS); detected when not given.</source>
        <translation>utf-8 or cp932 (Shift_JIS); detected when not given.</translation>
    </message>
    <message>
        <source>Write every row with the reason it was rejected to this CSV file, to fix and import again.</source>
        <translation>Write every row with the reason it was rejected to this CSV file, to fix and import again.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Usage: tsunagu-cli COMMAND --db FILE [options]

Commands:
</source>
        <translation>Usage: tsunagu-cli COMMAND --db FILE [options]

Commands:
</translation>
    </message>
    <message>
        <source>
Run &apos;tsunagu-cli COMMAND --help&apos; for the options of one command.
Without --db, the database of the desktop application is used.
</source>
        <translation>
Run &apos;tsunagu-cli COMMAND --help&apos; for the options of one command.
Without --db, the database of the desktop application is used.
</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Example:</translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation>The database file.</translation>
    </message>
    <message>
        <source>The acting staff member (default: $TSUNAGU_STAFF or cli).</source>
        <translation>The acting staff member (default: $TSUNAGU_STAFF or cli).</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;. Run &apos;tsunagu-cli --help&apos; for the list.</source>
        <translation>Unknown command &apos;%1&apos;. Run &apos;tsunagu-cli --help&apos; for the list.</translation>
    </message>
    <message>
        <source>A PDF is drawn only when the command line asks for it: give --format pdf.</source>
        <translation>A PDF is drawn only when the command line asks for it: give --format pdf.</translation>
    </message>
    <message>
        <source>Give the output file with --out FILE (.csv, .xlsx, .json or .pdf).</source>
        <translation>Give the output file with --out FILE (.csv, .xlsx, .json or .pdf).</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;: use csv, xlsx, json or pdf.</source>
        <translation>Unknown format &apos;%1&apos;: use csv, xlsx, json or pdf.</translation>
    </message>
    <message>
        <source>Or give k for this run with --k N.</source>
        <translation>Or give k for this run with --k N.</translation>
    </message>
    <message>
        <source>Anonymized statistics of one period for supervisors (CSV, Excel, JSON or PDF).</source>
        <translation>Anonymized statistics of one period for supervisors (CSV, Excel, JSON or PDF).</translation>
    </message>
    <message>
        <source>The file to write (.csv, .xlsx, .json or .pdf).</source>
        <translation>The file to write (.csv, .xlsx, .json or .pdf).</translation>
    </message>
    <message>
        <source>csv, xlsx, json or pdf (default: from the file name).</source>
        <translation>csv, xlsx, json or pdf (default: from the file name).</translation>
    </message>
    <message>
        <source>Counts below K are suppressed, for this run (default: the organisation&apos;s k, set on the statistics screen, else 5; at least 3).</source>
        <translation>Counts below K are suppressed, for this run (default: the organisation&apos;s k, set on the statistics screen, else 5; at least 3).</translation>
    </message>
</context>
<context>
    <name>tsunagu::demo::DemoOptions</name>
    <message>
        <source>The size is office, stress or a number of clients from 1 to 1,000,000 (not &quot;%1&quot;).</source>
        <translation>The size is office, stress or a number of clients from 1 to 1,000,000 (not &quot;%1&quot;).</translation>
    </message>
</context>
<context>
    <name>tsunagu::demo::detail::ClientKind</name>
    <message>
        <source>Generating the demo data was stopped; nothing was written.</source>
        <translation>Generating the demo data was stopped; nothing was written.</translation>
    </message>
</context>
<context>
    <name>tsunagu::documents</name>
    <message>
        <source>%1/%2/%3</source>
        <translation>%1/%2/%3</translation>
    </message>
    <message>
        <source>%1: name, reading, date of birth, sex</source>
        <translation>%1: name, reading, date of birth, sex</translation>
    </message>
    <message>
        <source>%1: address, phone, e-mail, emergency contact</source>
        <translation>%1: address, phone, e-mail, emergency contact</translation>
    </message>
    <message>
        <source>%1 (special-care personal information): conditions, disability certificate, treatment</source>
        <translation>%1 (special-care personal information): conditions, disability certificate, treatment</translation>
    </message>
    <message>
        <source>%1: work status, employer, accommodations</source>
        <translation>%1: work status, employer, accommodations</translation>
    </message>
    <message>
        <source>%1: notes of consultations and support</source>
        <translation>%1: notes of consultations and support</translation>
    </message>
    <message>
        <source>%1: family members and what they told us</source>
        <translation>%1: family members and what they told us</translation>
    </message>
    <message>
        <source>Date signed</source>
        <translation>Date signed</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Representative</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Signature of the representative</source>
        <translation>Signature of the representative</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>________ / ____ / ____</source>
        <translation>________ / ____ / ____</translation>
    </message>
</context>
<context>
    <name>tsunagu::documents::ConsentForm</name>
    <message>
        <source>There is no consent to print.</source>
        <translation>There is no consent to print.</translation>
    </message>
    <message>
        <source>A consent form is about one person only.</source>
        <translation>A consent form is about one person only.</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>Consent form</translation>
    </message>
    <message>
        <source>Any %1 (every office of this kind)</source>
        <translation>Any %1 (every office of this kind)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Each recipient must be one agency, one kind of agency or one person.</source>
        <translation>Each recipient must be one agency, one kind of agency or one person.</translation>
    </message>
    <message>
        <source>This person&apos;s data was erased.</source>
        <translation>This person&apos;s data was erased.</translation>
    </message>
    <message>
        <source>Enter the consent period, with its last day, before printing the form.</source>
        <translation>Enter the consent period, with its last day, before printing the form.</translation>
    </message>
    <message>
        <source>our organisation</source>
        <translation>our organisation</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Reading</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>To: %1</translation>
    </message>
    <message>
        <source>Choose the purposes, the recipients and the information before printing the form.</source>
        <translation>Choose the purposes, the recipients and the information before printing the form.</translation>
    </message>
    <message>
        <source>Consent to share personal information</source>
        <translation>Consent to share personal information</translation>
    </message>
    <message>
        <source>I agree that %1 gives the information described below about me to the recipients below, for the purposes below, during the period below, and for nothing else.</source>
        <translation>I agree that %1 gives the information described below about me to the recipients below, for the purposes below, during the period below, and for nothing else.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Purposes</translation>
    </message>
    <message>
        <source>Information given</source>
        <translation>Information given</translation>
    </message>
    <message>
        <source>Not given: %1.</source>
        <translation>Not given: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Consent to record health information</source>
        <translation>Consent to record health information</translation>
    </message>
    <message>
        <source>I agree that %1 records information about my health (conditions, disability certificate, treatment: special-care personal information) to support me in balancing treatment and work. This consent does not allow anyone to give that information to others; that needs a consent of its own.</source>
        <translation>I agree that %1 records information about my health (conditions, disability certificate, treatment: special-care personal information) to support me in balancing treatment and work. This consent does not allow anyone to give that information to others; that needs a consent of its own.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>From %1 to %2 (both days included)</source>
        <translation>From %1 to %2 (both days included)</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>The person</translation>
    </message>
    <message>
        <source>You may withdraw this consent at any time by telling us; nothing more is given from then on. What was given before stays recorded, and you may ask to see that record.</source>
        <translation>You may withdraw this consent at any time by telling us; nothing more is given from then on. What was given before stays recorded, and you may ask to see that record.</translation>
    </message>
    <message>
        <source>Explained by: %1</source>
        <translation>Explained by: %1</translation>
    </message>
    <message>
        <source>Form version: %1</source>
        <translation>Form version: %1</translation>
    </message>
</context>
<context>
    <name>tsunagu::documents::ReferralLetter</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Reading</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Emergency contact</translation>
    </message>
    <message>
        <source>Disability certificate</source>
        <translation>Disability certificate</translation>
    </message>
    <message>
        <source> (designated intractable disease no. %1)</source>
        <translation> (designated intractable disease no. %1)</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Employment status</source>
        <translation>Employment status</translation>
    </message>
    <message>
        <source>Support goals</source>
        <translation>Support goals</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1
Next steps: %2</source>
        <translation>%1
Next steps: %2</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>the person&apos;s consent (consent no. %1)</source>
        <translation>the person&apos;s consent (consent no. %1)</translation>
    </message>
    <message>
        <source>a legal exception (%1)</source>
        <translation>a legal exception (%1)</translation>
    </message>
    <message>
        <source>This letter contains only the following information, shared on the basis of %1: %2. Disclosure record no. %3.</source>
        <translation>This letter contains only the following information, shared on the basis of %1: %2. Disclosure record no. %3.</translation>
    </message>
    <message>
        <source>Referral letter</source>
        <translation>Referral letter</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>To: %1</translation>
    </message>
    <message>
        <source>We would like to introduce the person below to you for %1.</source>
        <translation>We would like to introduce the person below to you for %1.</translation>
    </message>
</context>
<context>
    <name>tsunagu::drafts::DraftStore</name>
    <message>
        <source>A draft needs a kind.</source>
        <translation>A draft needs a kind.</translation>
    </message>
    <message>
        <source>The draft is too long to keep (more than %1 MB).</source>
        <translation>The draft is too long to keep (more than %1 MB).</translation>
    </message>
    <message>
        <source>This draft belongs to another staff member.</source>
        <translation>This draft belongs to another staff member.</translation>
    </message>
    <message>
        <source>This client&apos;s data was erased: the draft is not kept.</source>
        <translation>This client&apos;s data was erased: the draft is not kept.</translation>
    </message>
    <message>
        <source>The draft is no longer there.</source>
        <translation>The draft is no longer there.</translation>
    </message>
</context>
<context>
    <name>tsunagu::importer</name>
    <message>
        <source>column %1 (no header)</source>
        <translation>column %1 (no header)</translation>
    </message>
    <message>
        <source>column %1 &quot;%2&quot;</source>
        <translation>column %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: an era year starts at 1 (元年).</source>
        <translation>&quot;%1&quot; is not a date: an era year starts at 1 (元年).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date that exists.</source>
        <translation>&quot;%1&quot; is not a date that exists.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: dates before 明治6年 (1873) were in the old lunisolar calendar; enter the date in the Western calendar.</source>
        <translation>&quot;%1&quot;: dates before 明治6年 (1873) were in the old lunisolar calendar; enter the date in the Western calendar.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is before %2 began (%3).</source>
        <translation>&quot;%1&quot; is before %2 began (%3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist: %2 ended on %3.</source>
        <translation>&quot;%1&quot; does not exist: %2 ended on %3.</translation>
    </message>
    <message>
        <source>line %1 (byte 0x%2)</source>
        <translation>line %1 (byte 0x%2)</translation>
    </message>
</context>
<context>
    <name>tsunagu::importer::AgencyRows</name>
    <message>
        <source>The ID &quot;%1&quot; is also used on line %2.</source>
        <translation>The ID &quot;%1&quot; is also used on line %2.</translation>
    </message>
    <message>
        <source>already present as agency %1 (same ID)</source>
        <translation>already present as agency %1 (same ID)</translation>
    </message>
    <message>
        <source>The same agency as line %1 (same name). Remove one of the rows, or give each a different ID.</source>
        <translation>The same agency as line %1 (same name). Remove one of the rows, or give each a different ID.</translation>
    </message>
    <message>
        <source>already present as agency %1 (same name)</source>
        <translation>already present as agency %1 (same name)</translation>
    </message>
    <message numerus="yes">
        <source>%n agencies have no kind in the file and are imported as &quot;Other agency&quot;; set their kind later.</source>
        <translation>
            <numerusform>%n agency has no kind in the file and is imported as &quot;Other agency&quot;; set its kind later.</numerusform>
            <numerusform>%n agencies have no kind in the file and are imported as &quot;Other agency&quot;; set their kind later.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tsunagu::importer::ClientRows</name>
    <message>
        <source>The ID &quot;%1&quot; is also used on line %2.</source>
        <translation>The ID &quot;%1&quot; is also used on line %2.</translation>
    </message>
    <message>
        <source>client %1 had this ID and was erased at the person&apos;s request; not imported again</source>
        <translation>client %1 had this ID and was erased at the person&apos;s request; not imported again</translation>
    </message>
    <message>
        <source>already present as client %1 (same ID)</source>
        <translation>already present as client %1 (same ID)</translation>
    </message>
    <message>
        <source>The same person as line %1 (same name or reading, and the same birth date or phone). Remove one of the rows; if they are different people, give each a different ID in an ID column.</source>
        <translation>The same person as line %1 (same name or reading, and the same birth date or phone). Remove one of the rows; if they are different people, give each a different ID in an ID column.</translation>
    </message>
    <message>
        <source>already present as client %1 (same name or reading, and the same birth date or phone)</source>
        <translation>already present as client %1 (same name or reading, and the same birth date or phone)</translation>
    </message>
    <message>
        <source>a disability certificate is health information and cannot be recorded when a person is registered: record their consent in Tsunagu first, then add it. Map the column to &quot;ignore&quot; (--mapping) to import the rest.</source>
        <translation>a disability certificate is health information and cannot be recorded when a person is registered: record their consent in Tsunagu first, then add it. Map the column to &quot;ignore&quot; (--mapping) to import the rest.</translation>
    </message>
</context>
<context>
    <name>tsunagu::importer::ColumnMapping</name>
    <message>
        <source>%1 and %2 would both be read as &quot;%3&quot;. Give a mapping file (--mapping) that maps one of them to &quot;ignore&quot; or to another field.</source>
        <translation>%1 and %2 would both be read as &quot;%3&quot;. Give a mapping file (--mapping) that maps one of them to &quot;ignore&quot; or to another field.</translation>
    </message>
    <message>
        <source>No column holds &quot;%1&quot;. Name a column after it (e.g. %2), or give a mapping file (--mapping) that says which column holds it.</source>
        <translation>No column holds &quot;%1&quot;. Name a column after it (e.g. %2), or give a mapping file (--mapping) that says which column holds it.</translation>
    </message>
    <message>
        <source>The file does not say whose consultations these are: it needs a client ID column (相談者ID), or the client&apos;s name (氏名) and birth date (生年月日).</source>
        <translation>The file does not say whose consultations these are: it needs a client ID column (相談者ID), or the client&apos;s name (氏名) and birth date (生年月日).</translation>
    </message>
    <message>
        <source>The mapping file is not a JSON object of the form {&quot;column header&quot;: &quot;field&quot;}: %1</source>
        <translation>The mapping file is not a JSON object of the form {&quot;column header&quot;: &quot;field&quot;}: %1</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>not an object</translation>
    </message>
    <message>
        <source>In the mapping file, &quot;%1&quot; must map to a field name.</source>
        <translation>In the mapping file, &quot;%1&quot; must map to a field name.</translation>
    </message>
    <message>
        <source>In the mapping file, &quot;%1&quot; maps to &quot;%2&quot;, which is not a field of %3. The fields are: %4.</source>
        <translation>In the mapping file, &quot;%1&quot; maps to &quot;%2&quot;, which is not a field of %3. The fields are: %4.</translation>
    </message>
    <message>
        <source>The mapping file %1 cannot be read: %2</source>
        <translation>The mapping file %1 cannot be read: %2</translation>
    </message>
</context>
<context>
    <name>tsunagu::importer::ConsultationRows</name>
    <message>
        <source>no client has the ID &quot;%1&quot;. Import the client list first.</source>
        <translation>no client has the ID &quot;%1&quot;. Import the client list first.</translation>
    </message>
    <message>
        <source>client %1 was erased at the person&apos;s request; nothing more is recorded about them.</source>
        <translation>client %1 was erased at the person&apos;s request; nothing more is recorded about them.</translation>
    </message>
    <message>
        <source>Whose consultation is this? Give the client&apos;s ID, or their name and birth date.</source>
        <translation>Whose consultation is this? Give the client&apos;s ID, or their name and birth date.</translation>
    </message>
    <message>
        <source>No client is called &quot;%1&quot; with the birth date %2. Import the client list first.</source>
        <translation>No client is called &quot;%1&quot; with the birth date %2. Import the client list first.</translation>
    </message>
    <message>
        <source>%1 clients have this name and birth date; use a client ID column to say which one.</source>
        <translation>%1 clients have this name and birth date; use a client ID column to say which one.</translation>
    </message>
    <message>
        <source>the date is empty.</source>
        <translation>the date is empty.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration (write 60, 60分 or 1時間).</source>
        <translation>&quot;%1&quot; is not a duration (write 60, 60分 or 1時間).</translation>
    </message>
    <message>
        <source>the channel is empty (来所, 電話, オンライン, メール, 訪問 or 同行).</source>
        <translation>the channel is empty (来所, 電話, オンライン, メール, 訪問 or 同行).</translation>
    </message>
    <message>
        <source>no staff member is called &quot;%1&quot;. Add them as staff first.</source>
        <translation>no staff member is called &quot;%1&quot;. Add them as staff first.</translation>
    </message>
    <message>
        <source>The same consultation as line %1 (same client, time, channel and notes). Remove one of the rows.</source>
        <translation>The same consultation as line %1 (same client, time, channel and notes). Remove one of the rows.</translation>
    </message>
    <message>
        <source>already present as consultation %1 (same client, time, channel and notes)</source>
        <translation>already present as consultation %1 (same client, time, channel and notes)</translation>
    </message>
    <message numerus="yes">
        <source>%n consultations have no kind in the file and are imported as one-off consultations.</source>
        <translation>
            <numerusform>%n consultation has no kind in the file and is imported as a one-off consultation.</numerusform>
            <numerusform>%n consultations have no kind in the file and are imported as one-off consultations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tsunagu::importer::CsvReader</name>
    <message>
        <source>Out of memory while reading the file.</source>
        <translation>Out of memory while reading the file.</translation>
    </message>
    <message>
        <source>The quotes of this line are broken: a field that contains a quote must be enclosed in quotes, with each quote inside it doubled (&quot;&quot;).</source>
        <translation>The quotes of this line are broken: a field that contains a quote must be enclosed in quotes, with each quote inside it doubled (&quot;&quot;).</translation>
    </message>
    <message>
        <source>A quote (&quot;) opened on this line is never closed.</source>
        <translation>A quote (&quot;) opened on this line is never closed.</translation>
    </message>
    <message>
        <source>The file does not look like a CSV file: more than %1 lines have broken quotes.</source>
        <translation>The file does not look like a CSV file: more than %1 lines have broken quotes.</translation>
    </message>
    <message>
        <source>The file does not look like a CSV file: quotes are opened and never closed on more than %1 lines.</source>
        <translation>The file does not look like a CSV file: quotes are opened and never closed on more than %1 lines.</translation>
    </message>
</context>
<context>
    <name>tsunagu::importer::Importer</name>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>The file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The file %1 is too large to import (over %2 MB).</source>
        <translation>The file %1 is too large to import (over %2 MB).</translation>
    </message>
    <message>
        <source>The file is too large to import.</source>
        <translation>The file is too large to import.</translation>
    </message>
    <message>
        <source>The file holds no rows: the first line must name the columns.</source>
        <translation>The file holds no rows: the first line must name the columns.</translation>
    </message>
    <message>
        <source>The header (line %1) cannot be read: %2</source>
        <translation>The header (line %1) cannot be read: %2</translation>
    </message>
    <message>
        <source>Column %1 &quot;%2&quot; matches no field: it is not imported. Give a mapping file (--mapping) to import it, or to mark it &quot;ignore&quot;.</source>
        <translation>Column %1 &quot;%2&quot; matches no field: it is not imported. Give a mapping file (--mapping) to import it, or to mark it &quot;ignore&quot;.</translation>
    </message>
    <message>
        <source>Column %1 has no header but holds values (e.g. on line %2): it is not imported. Give it a header, or a mapping file (--mapping).</source>
        <translation>Column %1 has no header but holds values (e.g. on line %2): it is not imported. Give it a header, or a mapping file (--mapping).</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported.</source>
        <translation>The import was cancelled. Nothing was imported.</translation>
    </message>
    <message>
        <source>The line was: %1</source>
        <translation>The line was: %1</translation>
    </message>
    <message>
        <source>%1 values, but the header names %2 columns (a comma in a value that is not in quotes?). Extra values: %3</source>
        <translation>%1 values, but the header names %2 columns (a comma in a value that is not in quotes?). Extra values: %3</translation>
    </message>
    <message>
        <source>%1 values, but the header names %2 columns (a line break in a value that is not in quotes?).</source>
        <translation>%1 values, but the header names %2 columns (a line break in a value that is not in quotes?).</translation>
    </message>
    <message>
        <source>This row could not be read in an earlier import; enter its values in the columns (the original line is in the &quot;%1&quot; column).</source>
        <translation>This row could not be read in an earlier import; enter its values in the columns (the original line is in the &quot;%1&quot; column).</translation>
    </message>
    <message>
        <source>The header (line %1) names %2 columns; a file to import may have at most %3.</source>
        <translation>The header (line %1) names %2 columns; a file to import may have at most %3.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
</context>
<context>
    <name>tsunagu::importer::JapaneseDate</name>
    <message>
        <source>The date is empty.</source>
        <translation>The date is empty.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a date without a time is expected here.</source>
        <translation>&quot;%1&quot;: a date without a time is expected here.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: write the year with four digits (1980/4/1) or with an era (S55.4.1).</source>
        <translation>&quot;%1&quot;: write the year with four digits (1980/4/1) or with an era (S55.4.1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like an Excel date serial number: format the column as a date in Excel (e.g. yyyy/m/d) and save the CSV again.</source>
        <translation>&quot;%1&quot; looks like an Excel date serial number: format the column as a date in Excel (e.g. yyyy/m/d) and save the CSV again.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write it as 1980/4/1, 1980-04-01, 19800401, 昭和55年4月1日 or S55.4.1.</source>
        <translation>&quot;%1&quot; is not a date. Write it as 1980/4/1, 1980-04-01, 19800401, 昭和55年4月1日 or S55.4.1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time. Write it as 14:30 or 14時30分.</source>
        <translation>&quot;%1&quot; is not a time. Write it as 14:30 or 14時30分.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time: with 午前/午後 (AM/PM) the hour is 1 to 12.</source>
        <translation>&quot;%1&quot; is not a time: with 午前/午後 (AM/PM) the hour is 1 to 12.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time that exists.</source>
        <translation>&quot;%1&quot; is not a time that exists.</translation>
    </message>
</context>
<context>
    <name>tsunagu::importer::RejectReport</name>
    <message>
        <source>The report %1 cannot be written: %2</source>
        <translation>The report %1 cannot be written: %2</translation>
    </message>
</context>
<context>
    <name>tsunagu::importer::RowImporter</name>
    <message>
        <source>&quot;%1&quot; is not one of: %2.</source>
        <translation>&quot;%1&quot; is not one of: %2.</translation>
    </message>
</context>
<context>
    <name>tsunagu::importer::TextDecoder</name>
    <message>
        <source>detected automatically</source>
        <translation>detected automatically</translation>
    </message>
    <message>
        <source>The file is in UTF-16 (Excel&apos;s &quot;Unicode text&quot;), which is not a CSV file. In Excel, save it as &quot;CSV UTF-8 (comma delimited)&quot; and import that file.</source>
        <translation>The file is in UTF-16 (Excel&apos;s &quot;Unicode text&quot;), which is not a CSV file. In Excel, save it as &quot;CSV UTF-8 (comma delimited)&quot; and import that file.</translation>
    </message>
    <message>
        <source>The file starts with a UTF-8 byte-order mark, but Shift_JIS (CP932) was chosen. Import it as UTF-8, or let the encoding be detected.</source>
        <translation>The file starts with a UTF-8 byte-order mark, but Shift_JIS (CP932) was chosen. Import it as UTF-8, or let the encoding be detected.</translation>
    </message>
    <message>
        <source>The file cannot be read as %1: undecodable bytes on %2. Check the encoding, or save the file again from Excel as &quot;CSV UTF-8&quot;.</source>
        <translation>The file cannot be read as %1: undecodable bytes on %2. Check the encoding, or save the file again from Excel as &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>This system cannot convert UTF-8 text (iconv is missing it).</source>
        <translation>This system cannot convert UTF-8 text (iconv is missing it).</translation>
    </message>
    <message>
        <source>This system cannot convert Shift_JIS (CP932) text (iconv is missing it).</source>
        <translation>This system cannot convert Shift_JIS (CP932) text (iconv is missing it).</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 (first undecodable byte on %1) nor Shift_JIS/CP932 (undecodable bytes on %2); it may mix both. Save it again from Excel as &quot;CSV UTF-8&quot; and import that file.</source>
        <translation>The file is neither UTF-8 (first undecodable byte on %1) nor Shift_JIS/CP932 (undecodable bytes on %2); it may mix both. Save it again from Excel as &quot;CSV UTF-8&quot; and import that file.</translation>
    </message>
    <message>
        <source>The file mixes encodings: line %1 is UTF-8, but %2 is not. It was probably put together from two files; save it again from Excel as &quot;CSV UTF-8&quot; and import that file.</source>
        <translation>The file mixes encodings: line %1 is UTF-8, but %2 is not. It was probably put together from two files; save it again from Excel as &quot;CSV UTF-8&quot; and import that file.</translation>
    </message>
</context>
<context>
    <name>tsunagu::privacy</name>
    <message>
        <source>the consent of %1 to %2</source>
        <translation>the consent of %1 to %2</translation>
    </message>
    <message>
        <source>Any %1</source>
        <comment>a consent&apos;s recipient: any agency of a kind</comment>
        <translation>Any %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a field and its value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Before a home visit: the person agreed to it</source>
        <translation>Before a home visit: the person agreed to it</translation>
    </message>
    <message>
        <source>Before a home visit: others present</source>
        <translation>Before a home visit: others present</translation>
    </message>
    <message>
        <source>Before a home visit: known risks</source>
        <translation>Before a home visit: known risks</translation>
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
        <translation>Personal details</translation>
    </message>
    <message>
        <source>Health conditions</source>
        <translation>Health conditions</translation>
    </message>
    <message>
        <source>Family and other contacts</source>
        <translation>Family and other contacts</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <source>Accompaniment cases</source>
        <translation>Accompaniment cases</translation>
    </message>
    <message>
        <source>Case milestones</source>
        <translation>Case milestones</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Referral progress</source>
        <translation>Referral progress</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>History of corrections</source>
        <translation>History of corrections</translation>
    </message>
    <message>
        <source>Information given to third parties</source>
        <translation>Information given to third parties</translation>
    </message>
    <message>
        <source>No client with number %1.</source>
        <translation>No client with number %1.</translation>
    </message>
    <message>
        <source>Personal information held about you</source>
        <translation>Personal information held about you</translation>
    </message>
    <message>
        <source>Client no. %1 · produced %2. This report lists every item of information we hold about you and every time it was given to someone outside our organisation.</source>
        <translation>Client no. %1 · produced %2. This report lists every item of information we hold about you and every time it was given to someone outside our organisation.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>Drafts not yet saved</source>
        <translation>Drafts not yet saved</translation>
    </message>
    <message>
        <source>Dates and times are Japan time. “%1” means that nothing is recorded for that item.</source>
        <translation>Dates and times are Japan time. “%1” means that nothing is recorded for that item.</translation>
    </message>
    <message>
        <source>What our staff typed about you and have not saved as a record yet. It is kept so that nothing typed is lost, and deleted once the record is saved or the draft is thrown away.</source>
        <translation>What our staff typed about you and have not saved as a record yet. It is kept so that nothing typed is lost, and deleted once the record is saved or the draft is thrown away.</translation>
    </message>
</context>
<context>
    <name>tsunagu::privacy::ConsentRegistry</name>
    <message>
        <source>The client does not exist or was erased.</source>
        <translation>The client does not exist or was erased.</translation>
    </message>
    <message>
        <source>Enter the first day of the consent period.</source>
        <translation>Enter the first day of the consent period.</translation>
    </message>
    <message>
        <source>Enter the last day of the consent period: every consent must have an end date.</source>
        <translation>Enter the last day of the consent period: every consent must have an end date.</translation>
    </message>
    <message>
        <source>The consent period ends before it starts.</source>
        <translation>The consent period ends before it starts.</translation>
    </message>
    <message>
        <source>A consent may run for at most %1 years; ask the person again after that.</source>
        <translation>A consent may run for at most %1 years; ask the person again after that.</translation>
    </message>
    <message>
        <source>Choose at least one purpose.</source>
        <translation>Choose at least one purpose.</translation>
    </message>
    <message>
        <source>Choose at least one recipient or kind of recipient.</source>
        <translation>Choose at least one recipient or kind of recipient.</translation>
    </message>
    <message>
        <source>Choose at least one kind of information.</source>
        <translation>Choose at least one kind of information.</translation>
    </message>
    <message>
        <source>Describe the other purpose.</source>
        <translation>Describe the other purpose.</translation>
    </message>
    <message>
        <source>Enter the name of the representative who gave the consent.</source>
        <translation>Enter the name of the representative who gave the consent.</translation>
    </message>
    <message>
        <source>Each recipient must be one agency, one kind of agency or one person.</source>
        <translation>Each recipient must be one agency, one kind of agency or one person.</translation>
    </message>
    <message>
        <source>The chosen agency does not exist.</source>
        <translation>The chosen agency does not exist.</translation>
    </message>
    <message>
        <source>The chosen person is not one of this client&apos;s contacts.</source>
        <translation>The chosen person is not one of this client&apos;s contacts.</translation>
    </message>
    <message>
        <source>No consent with number %1.</source>
        <translation>No consent with number %1.</translation>
    </message>
    <message>
        <source>A withdrawal cannot be dated in the future.</source>
        <translation>A withdrawal cannot be dated in the future.</translation>
    </message>
    <message>
        <source>This consent was already withdrawn.</source>
        <translation>This consent was already withdrawn.</translation>
    </message>
    <message>
        <source>The consent this referral relied on was withdrawn.</source>
        <translation>The consent this referral relied on was withdrawn.</translation>
    </message>
    <message>
        <source>Health information cannot be saved yet: record the person&apos;s consent to keep health information (要配慮個人情報) first.</source>
        <translation>Health information cannot be saved yet: record the person&apos;s consent to keep health information (要配慮個人情報) first.</translation>
    </message>
</context>
<context>
    <name>tsunagu::privacy::DisclosureGate</name>
    <message>
        <source>The client does not exist.</source>
        <translation>The client does not exist.</translation>
    </message>
    <message>
        <source>This person&apos;s data was erased; nothing can be shared.</source>
        <translation>This person&apos;s data was erased; nothing can be shared.</translation>
    </message>
    <message>
        <source>The person asked us to stop using their data (stop-use): nothing can be shared.</source>
        <translation>The person asked us to stop using their data (stop-use): nothing can be shared.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The recipient is not in the directory (or not one of this person&apos;s contacts).</source>
        <translation>The recipient is not in the directory (or not one of this person&apos;s contacts).</translation>
    </message>
    <message>
        <source>%1 is marked as no longer active in the directory.</source>
        <translation>%1 is marked as no longer active in the directory.</translation>
    </message>
    <message>
        <source>Choose the information to share.</source>
        <translation>Choose the information to share.</translation>
    </message>
    <message>
        <source>Describe the purpose.</source>
        <translation>Describe the purpose.</translation>
    </message>
    <message>
        <source>A legal exception needs a written justification: cite the law, or say why the person&apos;s consent cannot be obtained.</source>
        <translation>A legal exception needs a written justification: cite the law, or say why the person&apos;s consent cannot be obtained.</translation>
    </message>
    <message>
        <source>Allowed under a legal exception (%1). The disclosure goes to the supervisors&apos; review.</source>
        <translation>Allowed under a legal exception (%1). The disclosure goes to the supervisors&apos; review.</translation>
    </message>
    <message>
        <source>The person&apos;s address is confidential: contact details cannot be shared with anyone, even with consent.</source>
        <translation>The person&apos;s address is confidential: contact details cannot be shared with anyone, even with consent.</translation>
    </message>
    <message>
        <source>this recipient</source>
        <translation>this recipient</translation>
    </message>
    <message>
        <source>%1 has not started yet.</source>
        <translation>%1 has not started yet.</translation>
    </message>
    <message>
        <source>%1 was withdrawn on %2.</source>
        <translation>%1 was withdrawn on %2.</translation>
    </message>
    <message>
        <source>%1 has expired.</source>
        <translation>%1 has expired.</translation>
    </message>
    <message>
        <source>%1 does not cover the purpose &quot;%2&quot;.</source>
        <translation>%1 does not cover the purpose &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>No consent covers %1 for %2 (%3 covers %4 only).</source>
        <translation>No consent covers %1 for %2 (%3 covers %4 only).</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>No consent names %1 as a recipient.</source>
        <translation>No consent names %1 as a recipient.</translation>
    </message>
    <message>
        <source>The information asked for is covered only by several consents together; one consent must cover the whole request.</source>
        <translation>The information asked for is covered only by several consents together; one consent must cover the whole request.</translation>
    </message>
    <message>
        <source>Allowed by %1.</source>
        <translation>Allowed by %1.</translation>
    </message>
    <message>
        <source>Not allowed.</source>
        <translation>Not allowed.</translation>
    </message>
    <message>
        <source>%1 (%2), born %3, client no. %4</source>
        <translation>%1 (%2), born %3, client no. %4</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No consent from this person to share information with %1 is on file.</source>
        <translation>No consent from this person to share information with %1 is on file.</translation>
    </message>
</context>
<context>
    <name>tsunagu::privacy::DisclosureLog</name>
    <message>
        <source>Only a supervisor can do this.</source>
        <translation>Only a supervisor can do this.</translation>
    </message>
    <message>
        <source>No disclosure record with number %1.</source>
        <translation>No disclosure record with number %1.</translation>
    </message>
    <message>
        <source>Only disclosures made under a legal exception are reviewed.</source>
        <translation>Only disclosures made under a legal exception are reviewed.</translation>
    </message>
    <message>
        <source>This disclosure was already reviewed.</source>
        <translation>This disclosure was already reviewed.</translation>
    </message>
</context>
<context>
    <name>tsunagu::privacy::Erasure</name>
    <message>
        <source>No client with number %1.</source>
        <translation>No client with number %1.</translation>
    </message>
    <message>
        <source>This client&apos;s data was already erased.</source>
        <translation>This client&apos;s data was already erased.</translation>
    </message>
</context>
<context>
    <name>tsunagu::repo</name>
    <message>
        <source>%1: choose one of the listed values.</source>
        <translation>%1: choose one of the listed values.</translation>
    </message>
    <message>
        <source>The reading must be written in kana (hiragana or katakana).</source>
        <translation>The reading must be written in kana (hiragana or katakana).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a prefecture of Japan.</source>
        <translation>&quot;%1&quot; is not a prefecture of Japan.</translation>
    </message>
    <message>
        <source>The phone number has too few digits.</source>
        <translation>The phone number has too few digits.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 is required.</translation>
    </message>
    <message>
        <source>No client with number %1.</source>
        <translation>No client with number %1.</translation>
    </message>
    <message>
        <source>This client&apos;s data was erased; nothing more can be recorded about them.</source>
        <translation>This client&apos;s data was erased; nothing more can be recorded about them.</translation>
    </message>
    <message>
        <source>No staff member with number %1.</source>
        <translation>No staff member with number %1.</translation>
    </message>
    <message>
        <source>No support case with number %1.</source>
        <translation>No support case with number %1.</translation>
    </message>
    <message>
        <source>Support case %1 belongs to another client.</source>
        <translation>Support case %1 belongs to another client.</translation>
    </message>
    <message>
        <source>A record cannot be moved to another client.</source>
        <translation>A record cannot be moved to another client.</translation>
    </message>
</context>
<context>
    <name>tsunagu::search::NoteIndex</name>
    <message>
        <source>Rebuilding the note index was stopped; nothing was changed.</source>
        <translation>Rebuilding the note index was stopped; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>tsunagu::statistics</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Under 20</source>
        <translation>Under 20</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>70 and over</source>
        <translation>70 and over</translation>
    </message>
    <message>
        <source>About this report</source>
        <translation>About this report</translation>
    </message>
    <message>
        <source>Medians and rates</source>
        <translation>Medians and rates</translation>
    </message>
</context>
<context>
    <name>tsunagu::statistics::Anonymizer</name>
    <message>
        <source>The smallest published count k must be at least %1 (asked: %2).</source>
        <translation>The smallest published count k must be at least %1 (asked: %2).</translation>
    </message>
    <message>
        <source>The statistics were not exported: they did not pass disclosure control (%1).</source>
        <translation>The statistics were not exported: they did not pass disclosure control (%1).</translation>
    </message>
    <message>
        <source>not anonymized</source>
        <translation>not anonymized</translation>
    </message>
    <message>
        <source>a count below %1 in table %2</source>
        <translation>a count below %1 in table %2</translation>
    </message>
    <message>
        <source>a suppressed count recoverable from its row in table %1</source>
        <translation>a suppressed count recoverable from its row in table %1</translation>
    </message>
    <message>
        <source>a suppressed count recoverable from its column in table %1</source>
        <translation>a suppressed count recoverable from its column in table %1</translation>
    </message>
    <message>
        <source>measure %1 over fewer than %2 people</source>
        <translation>measure %1 over fewer than %2 people</translation>
    </message>
    <message>
        <source>Counts from 1 to %1 are suppressed (k = %2). In every row and column that adds up to a total, a suppressed count never stands alone: further counts (the next smallest) are suppressed so that none can be recovered from the totals, and the table is checked as a whole. Medians and rates are shown only over at least %2 people. Periods are fixed calendar months, quarters, years or fiscal years.</source>
        <translation>Counts from 1 to %1 are suppressed (k = %2). In every row and column that adds up to a total, a suppressed count never stands alone: further counts (the next smallest) are suppressed so that none can be recovered from the totals, and the table is checked as a whole. Medians and rates are shown only over at least %2 people. Periods are fixed calendar months, quarters, years or fiscal years.</translation>
    </message>
    <message>
        <source>%1 = suppressed: a count from 1 to %2, or a count hidden so that such a count cannot be derived from the totals.</source>
        <translation>%1 = suppressed: a count from 1 to %2, or a count hidden so that such a count cannot be derived from the totals.</translation>
    </message>
</context>
<context>
    <name>tsunagu::statistics::CsvExport</name>
    <message>
        <source>Medians and rates</source>
        <translation>Medians and rates</translation>
    </message>
</context>
<context>
    <name>tsunagu::statistics::KSetting</name>
    <message>
        <source>The organisation&apos;s k for statistics (setting %1) is &quot;%2&quot;, but it must be a whole number of at least %3. Set k on the statistics screen to replace it.</source>
        <translation>The organisation&apos;s k for statistics (setting %1) is &quot;%2&quot;, but it must be a whole number of at least %3. Set k on the statistics screen to replace it.</translation>
    </message>
</context>
<context>
    <name>tsunagu::statistics::Period</name>
    <message>
        <source>&apos;%1&apos; is not a reporting period: use a month (2026-07), a quarter (2026Q3), a year (2026) or a fiscal year (FY2025).</source>
        <translation>&apos;%1&apos; is not a reporting period: use a month (2026-07), a quarter (2026Q3), a year (2026) or a fiscal year (FY2025).</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A calendar month: %1 month name, %2 year</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Q%1 %2 (%3 to %4)</source>
        <extracomment>A calendar quarter: %1 quarter number, %2 year, %3 first month, %4 last month</extracomment>
        <translation>Q%1 %2 (%3 to %4)</translation>
    </message>
    <message>
        <source>Calendar year %1</source>
        <extracomment>A calendar year</extracomment>
        <translation>Calendar year %1</translation>
    </message>
    <message>
        <source>Fiscal year %1 (April %1 to March %2)</source>
        <extracomment>A Japanese fiscal year (年度): %1 its first year, %2 the year it ends in</extracomment>
        <translation>Fiscal year %1 (April %1 to March %2)</translation>
    </message>
</context>
<context>
    <name>tsunagu::statistics::ReportExporter</name>
    <message>
        <source>PDF export is available from the statistics screen of the desktop application; here, use csv, xlsx or json.</source>
        <translation>PDF export is available from the statistics screen of the desktop application; here, use csv, xlsx or json.</translation>
    </message>
</context>
<context>
    <name>tsunagu::statistics::ReportLabels</name>
    <message>
        <source>Tsunagu: anonymized statistics</source>
        <translation>Tsunagu: anonymized statistics</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Disclosure control</source>
        <translation>Disclosure control</translation>
    </message>
    <message>
        <source>Smallest published count (k)</source>
        <translation>Smallest published count (k)</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legend</translation>
    </message>
    <message>
        <source>Generated at</source>
        <translation>Generated at</translation>
    </message>
    <message>
        <source>Application version</source>
        <translation>Application version</translation>
    </message>
    <message>
        <source>Database schema version</source>
        <translation>Database schema version</translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>points (1 to 5)</source>
        <translation>points (1 to 5)</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Over (n)</source>
        <translation>Over (n)</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
</context>
<context>
    <name>tsunagu::statistics::Statistics</name>
    <message>
        <source>The statistics were cancelled.</source>
        <translation>The statistics were cancelled.</translation>
    </message>
    <message>
        <source>New clients registered</source>
        <translation>New clients registered</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <source>People with at least one consultation</source>
        <translation>People with at least one consultation</translation>
    </message>
    <message>
        <source>Referrals proposed</source>
        <translation>Referrals proposed</translation>
    </message>
    <message>
        <source>Referrals with a first contact by the agency</source>
        <translation>Referrals with a first contact by the agency</translation>
    </message>
    <message>
        <source>Job starts</source>
        <translation>Job starts</translation>
    </message>
    <message>
        <source>Returns to work</source>
        <translation>Returns to work</translation>
    </message>
    <message>
        <source>Support cases closed</source>
        <translation>Support cases closed</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Headline figures of the period. Each is defined with the table that details it.</source>
        <translation>Headline figures of the period. Each is defined with the table that details it.</translation>
    </message>
    <message>
        <source>Consultations by channel</source>
        <translation>Consultations by channel</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Consultations by kind</source>
        <translation>Consultations by kind</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Consultations that started in the period.</source>
        <translation>Consultations that started in the period.</translation>
    </message>
    <message>
        <source>Consultations by topic</source>
        <translation>Consultations by topic</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Consultations that started in the period, by topic discussed. A consultation may have several topics, so the lines do not add up to the number of consultations.</source>
        <translation>Consultations that started in the period, by topic discussed. A consultation may have several topics, so the lines do not add up to the number of consultations.</translation>
    </message>
    <message>
        <source>People by disease group</source>
        <translation>People by disease group</translation>
    </message>
    <message>
        <source>Disease group</source>
        <translation>Disease group</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>People by age band at registration</source>
        <translation>People by age band at registration</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Age band</translation>
    </message>
    <message>
        <source>People by sex</source>
        <translation>People by sex</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>People by employment status</source>
        <translation>People by employment status</translation>
    </message>
    <message>
        <source>Employment status</source>
        <translation>Employment status</translation>
    </message>
    <message>
        <source>People with at least one consultation in the period, each counted once, under the disease group of their first recorded condition.</source>
        <translation>People with at least one consultation in the period, each counted once, under the disease group of their first recorded condition.</translation>
    </message>
    <message>
        <source>People with at least one consultation in the period, by their 10-year age band when they registered.</source>
        <translation>People with at least one consultation in the period, by their 10-year age band when they registered.</translation>
    </message>
    <message>
        <source>People with at least one consultation in the period, by the employment status currently recorded.</source>
        <translation>People with at least one consultation in the period, by the employment status currently recorded.</translation>
    </message>
    <message>
        <source>Referrals by kind of agency and status at the end of the period</source>
        <translation>Referrals by kind of agency and status at the end of the period</translation>
    </message>
    <message>
        <source>Kind of agency</source>
        <translation>Kind of agency</translation>
    </message>
    <message>
        <source>Referrals proposed in the period, by the kind of agency and by their status at the end of the period (the last step recorded before it ended).</source>
        <translation>Referrals proposed in the period, by the kind of agency and by their status at the end of the period (the last step recorded before it ended).</translation>
    </message>
    <message>
        <source>Referral lead time (median days from proposal to first contact)</source>
        <translation>Referral lead time (median days from proposal to first contact)</translation>
    </message>
    <message>
        <source>Referrals whose first contact by the agency happened in the period: whole days in the Japanese calendar from the day the referral was proposed to the day of first contact.</source>
        <translation>Referrals whose first contact by the agency happened in the period: whole days in the Japanese calendar from the day the referral was proposed to the day of first contact.</translation>
    </message>
    <message>
        <source>Retention after a job start</source>
        <translation>Retention after a job start</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Still in the job</source>
        <translation>Still in the job</translation>
    </message>
    <message>
        <source>No longer in the job</source>
        <translation>No longer in the job</translation>
    </message>
    <message>
        <source>Retention checks that fell due in the period (1, 3, 6 or 12 months after a job start) and whose result is recorded. The total is the number of checks; checks without a result are not counted.</source>
        <translation>Retention checks that fell due in the period (1, 3, 6 or 12 months after a job start) and whose result is recorded. The total is the number of checks; checks without a result are not counted.</translation>
    </message>
    <message>
        <source>Share of the recorded retention checks of the period where the person was still in the job.</source>
        <translation>Share of the recorded retention checks of the period where the person was still in the job.</translation>
    </message>
    <message>
        <source>Support cases closed, by outcome</source>
        <translation>Support cases closed, by outcome</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Support cases closed in the period, by their recorded outcome.</source>
        <translation>Support cases closed in the period, by their recorded outcome.</translation>
    </message>
    <message>
        <source>Experience scores</source>
        <translation>Experience scores</translation>
    </message>
    <message>
        <source>Score (1 to 5)</source>
        <translation>Score (1 to 5)</translation>
    </message>
    <message>
        <source>The person&apos;s own rating of the support received (1 to 5), for support cases closed in the period with a rating.</source>
        <translation>The person&apos;s own rating of the support received (1 to 5), for support cases closed in the period with a rating.</translation>
    </message>
    <message>
        <source>Experience score (median, 1 to 5)</source>
        <translation>Experience score (median, 1 to 5)</translation>
    </message>
    <message>
        <source>1 month after the job start</source>
        <translation>1 month after the job start</translation>
    </message>
    <message>
        <source>3 months after the job start</source>
        <translation>3 months after the job start</translation>
    </message>
    <message>
        <source>6 months after the job start</source>
        <translation>6 months after the job start</translation>
    </message>
    <message>
        <source>12 months after the job start</source>
        <translation>12 months after the job start</translation>
    </message>
    <message>
        <source>Retention rate at 1 month (%)</source>
        <translation>Retention rate at 1 month (%)</translation>
    </message>
    <message>
        <source>Retention rate at 3 months (%)</source>
        <translation>Retention rate at 3 months (%)</translation>
    </message>
    <message>
        <source>Retention rate at 6 months (%)</source>
        <translation>Retention rate at 6 months (%)</translation>
    </message>
    <message>
        <source>Retention rate at 12 months (%)</source>
        <translation>Retention rate at 12 months (%)</translation>
    </message>
    <message>
        <source>Everyone registered as a client, including people whose data was erased at their request (counted through the de-identified record the erasure keeps, and on a line of their own by sex, disease group and employment status), and excluding people who asked to be left out of statistics. Dates and months are those of Japan (UTC+9). No names, identifiers, free text, exact dates or places are included.</source>
        <translation>Everyone registered as a client, including people whose data was erased at their request (counted through the de-identified record the erasure keeps, and on a line of their own by sex, disease group and employment status), and excluding people who asked to be left out of statistics. Dates and months are those of Japan (UTC+9). No names, identifiers, free text, exact dates or places are included.</translation>
    </message>
    <message>
        <source>Erasure at a person&apos;s request removes this detail: the person is then counted on the line of the erased, so that the total does not change.</source>
        <extracomment>Added to the definitions of the tables of people by sex, disease group and employment status</extracomment>
        <translation>Erasure at a person&apos;s request removes this detail: the person is then counted on the line of the erased, so that the total does not change.</translation>
    </message>
    <message>
        <source>People with at least one consultation in the period, by sex.</source>
        <translation>People with at least one consultation in the period, by sex.</translation>
    </message>
</context>
<context>
    <name>tsunagu::statistics::Table</name>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Erased at the person&apos;s request</source>
        <translation>Erased at the person&apos;s request</translation>
    </message>
</context>
<context>
    <name>tsunagu::statistics::Workbook</name>
    <message>
        <source>Sheet %1</source>
        <translation>Sheet %1</translation>
    </message>
    <message>
        <source>The Excel file could not be produced: %1.</source>
        <translation>The Excel file could not be produced: %1.</translation>
    </message>
</context>
<context>
    <name>tsunagu::statistics::XlsxExport</name>
    <message>
        <source>No temporary folder is available to build the Excel file.</source>
        <translation>No temporary folder is available to build the Excel file.</translation>
    </message>
    <message>
        <source>The Excel file could not be started in %1.</source>
        <translation>The Excel file could not be started in %1.</translation>
    </message>
    <message>
        <source>The Excel file could not be read back: %1</source>
        <translation>The Excel file could not be read back: %1</translation>
    </message>
</context>
<context>
    <name>tsunagu::storage</name>
    <message>
        <source>%1: the disk is full.</source>
        <translation>%1: the disk is full.</translation>
    </message>
    <message>
        <source>%1: the database is busy; try again.</source>
        <translation>%1: the database is busy; try again.</translation>
    </message>
    <message>
        <source>%1: the file cannot be written.</source>
        <translation>%1: the file cannot be written.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <source>%1 was cancelled.</source>
        <translation>%1 was cancelled.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation>The disk is full. Nothing was saved; free some space and try again.</translation>
    </message>
    <message>
        <source>The database is in use by another Tsunagu window or program. Try again in a moment.</source>
        <translation>The database is in use by another Tsunagu window or program. Try again in a moment.</translation>
    </message>
    <message>
        <source>The database file cannot be written (read-only file or folder).</source>
        <translation>The database file cannot be written (read-only file or folder).</translation>
    </message>
    <message>
        <source>The database file is damaged. Restore it from a backup.</source>
        <translation>The database file is damaged. Restore it from a backup.</translation>
    </message>
    <message>
        <source>The file is not a Tsunagu database.</source>
        <translation>The file is not a Tsunagu database.</translation>
    </message>
    <message>
        <source>The change conflicts with existing records and was not saved.</source>
        <translation>The change conflicts with existing records and was not saved.</translation>
    </message>
    <message>
        <source>The database file could not be read or written: %1</source>
        <translation>The database file could not be read or written: %1</translation>
    </message>
    <message>
        <source>A database error occurred: %1</source>
        <translation>A database error occurred: %1</translation>
    </message>
    <message>
        <source>The integrity check was stopped.</source>
        <translation>The integrity check was stopped.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read (check its permissions).</source>
        <translation>The file %1 cannot be read (check its permissions).</translation>
    </message>
    <message>
        <source>the file is shorter than its header says (%1 of %2 bytes): it was cut off</source>
        <translation>the file is shorter than its header says (%1 of %2 bytes): it was cut off</translation>
    </message>
    <message>
        <source>table %1 cannot be read: %2</source>
        <translation>table %1 cannot be read: %2</translation>
    </message>
</context>
<context>
    <name>tsunagu::storage::Backup</name>
    <message>
        <source>The backup</source>
        <translation>The backup</translation>
    </message>
    <message>
        <source>The database connection is not available.</source>
        <translation>The database connection is not available.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>The folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 cannot be written.</translation>
    </message>
    <message>
        <source>The backup could not be moved to %1.</source>
        <translation>The backup could not be moved to %1.</translation>
    </message>
    <message>
        <source>The database is open read-only; it cannot be restored into.</source>
        <translation>The database is open read-only; it cannot be restored into.</translation>
    </message>
    <message>
        <source>The backup cannot be restored: %1</source>
        <translation>The backup cannot be restored: %1</translation>
    </message>
    <message>
        <source>The current database could not be saved before restoring (%1). Nothing was changed.</source>
        <translation>The current database could not be saved before restoring (%1). Nothing was changed.</translation>
    </message>
    <message>
        <source>The restore</source>
        <translation>The restore</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>The backup folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>The backup and the file to replace are the same file.</source>
        <translation>The backup and the file to replace are the same file.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 is not a file.</translation>
    </message>
    <message>
        <source>The backup could not be copied beside %1 (%2). Nothing was changed.</source>
        <translation>The backup could not be copied beside %1 (%2). Nothing was changed.</translation>
    </message>
    <message>
        <source>%1 could not be renamed to %2, so the backup was not put in its place. Nothing was changed.</source>
        <translation>%1 could not be renamed to %2, so the backup was not put in its place. Nothing was changed.</translation>
    </message>
    <message>
        <source>%1 could not be renamed, so the backup was not put in place of %2. Nothing was changed.</source>
        <translation>%1 could not be renamed, so the backup was not put in place of %2. Nothing was changed.</translation>
    </message>
    <message>
        <source>The backup could not be moved to %1. Nothing was changed.</source>
        <translation>The backup could not be moved to %1. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>tsunagu::storage::Database</name>
    <message>
        <source>No database file was given.</source>
        <translation>No database file was given.</translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>The database file %1 does not exist.</translation>
    </message>
    <message>
        <source>The folder for %1 cannot be created.</source>
        <translation>The folder for %1 cannot be created.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read (check its permissions).</source>
        <translation>The file %1 cannot be read (check its permissions).</translation>
    </message>
    <message>
        <source>%1 is not a Tsunagu database (it is not an SQLite file). It was left unchanged.</source>
        <translation>%1 is not a Tsunagu database (it is not an SQLite file). It was left unchanged.</translation>
    </message>
    <message>
        <source>%1 or its folder is read-only. Open it read-only, or copy it to a folder you can write to.</source>
        <translation>%1 or its folder is read-only. Open it read-only, or copy it to a folder you can write to.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Tsunagu database. It was left unchanged.</source>
        <translation>%1 is an SQLite database of another program, not a Tsunagu database. It was left unchanged.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Tsunagu (schema %2; this version knows up to %3). Install the newer version. The file was left unchanged.</source>
        <translation>%1 was written by a newer version of Tsunagu (schema %2; this version knows up to %3). Install the newer version. The file was left unchanged.</translation>
    </message>
    <message>
        <source>%1 is damaged (integrity check failed: %2). It was left unchanged; restore it from a backup.</source>
        <translation>%1 is damaged (integrity check failed: %2). It was left unchanged; restore it from a backup.</translation>
    </message>
    <message>
        <source>%1 is damaged or not a database (%2). It was left unchanged; restore it from a backup.</source>
        <translation>%1 is damaged or not a database (%2). It was left unchanged; restore it from a backup.</translation>
    </message>
    <message>
        <source>%1 uses an older schema (%2) and must be upgraded, which a read-only opening cannot do.</source>
        <translation>%1 uses an older schema (%2) and must be upgraded, which a read-only opening cannot do.</translation>
    </message>
    <message>
        <source>Before upgrading %1, a copy could not be made (%2). Nothing was changed.</source>
        <translation>Before upgrading %1, a copy could not be made (%2). Nothing was changed.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed: %2</source>
        <translation>Upgrading the database to schema %1 failed: %2</translation>
    </message>
    <message>
        <source>Rewriting the file was stopped; nothing was changed.</source>
        <translation>Rewriting the file was stopped; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>tsunagu::storage::RecordStore</name>
    <message>
        <source>The record no longer exists (it may have been erased).</source>
        <translation>The record no longer exists (it may have been erased).</translation>
    </message>
    <message>
        <source>Someone else changed this record while you were editing it. Reload it and try again.</source>
        <translation>Someone else changed this record while you were editing it. Reload it and try again.</translation>
    </message>
</context>
<context>
    <name>tsunagu::storage::Transaction</name>
    <message>
        <source>No transaction is open.</source>
        <translation>No transaction is open.</translation>
    </message>
</context>
<context>
    <name>tsunagu::text</name>
    <message>
        <source>%1 contains a broken character.</source>
        <translation>%1 contains a broken character.</translation>
    </message>
    <message>
        <source>%1 must be on one line.</source>
        <translation>%1 must be on one line.</translation>
    </message>
    <message>
        <source>%1 contains an invisible control character (U+%2). Remove it and try again.</source>
        <translation>%1 contains an invisible control character (U+%2). Remove it and try again.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 is required.</translation>
    </message>
    <message>
        <source>%1 is too long (%2 characters; at most %3).</source>
        <translation>%1 is too long (%2 characters; at most %3).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a valid date (use YYYY-MM-DD).</source>
        <translation>%1: &quot;%2&quot; is not a valid date (use YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The birth date is not a valid date.</source>
        <translation>The birth date is not a valid date.</translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation>The birth date is in the future.</translation>
    </message>
    <message>
        <source>The birth date is before 1900.</source>
        <translation>The birth date is before 1900.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>&quot;%1&quot; is not an e-mail address.</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui</name>
    <message>
        <source>Medians and rates</source>
        <translation>Medians and rates</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::AccessReportDialog</name>
    <message>
        <source>%1 cannot be written: %2. Choose another folder.</source>
        <translation>%1 cannot be written: %2. Choose another folder.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2. Nothing was left behind; try again or choose another folder.</source>
        <translation>%1 could not be saved: %2. Nothing was left behind; try again or choose another folder.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>Save as &amp;HTML…</source>
        <translation>Save as &amp;HTML…</translation>
    </message>
    <message>
        <source>Save as &amp;JSON…</source>
        <translation>Save as &amp;JSON…</translation>
    </message>
    <message>
        <source>Access report</source>
        <translation>Access report</translation>
    </message>
    <message>
        <source>Access report for %1 (client no. %2)</source>
        <translation>Access report for %1 (client no. %2)</translation>
    </message>
    <message>
        <source>Access report for client no. %1</source>
        <translation>Access report for client no. %1</translation>
    </message>
    <message>
        <source>Everything we hold about the person — personal details, health, family, consultations, cases, referrals, consents, unsaved drafts and the history of corrections — and every record of information given to someone outside the organisation, except records a supervisor withheld because showing them could endanger someone (APPI Art. 33). It is for the person themself: check who is asking before you hand it over; each copy you make is recorded in the audit log.</source>
        <translation>Everything we hold about the person — personal details, health, family, consultations, cases, referrals, consents, unsaved drafts and the history of corrections — and every record of information given to someone outside the organisation, except records a supervisor withheld because showing them could endanger someone (APPI Art. 33). It is for the person themself: check who is asking before you hand it over; each copy you make is recorded in the audit log.</translation>
    </message>
    <message numerus="yes">
        <source>%n disclosure record(s) withheld by a supervisor will not be in the report.</source>
        <translation>
            <numerusform>%n disclosure record withheld by a supervisor will not be in the report.</numerusform>
            <numerusform>%n disclosure records withheld by a supervisor will not be in the report.</numerusform>
        </translation>
    </message>
    <message>
        <source>On A4 paper, on a printer you choose.</source>
        <translation>On A4 paper, on a printer you choose.</translation>
    </message>
    <message>
        <source>An A4 PDF file, to hand over or send to the person.</source>
        <translation>An A4 PDF file, to hand over or send to the person.</translation>
    </message>
    <message>
        <source>The same document as a web page, readable in any browser.</source>
        <translation>The same document as a web page, readable in any browser.</translation>
    </message>
    <message>
        <source>Machine-readable (JSON): the same data for another program or service the person uses.</source>
        <translation>Machine-readable (JSON): the same data for another program or service the person uses.</translation>
    </message>
    <message>
        <source>The client could not be read: %1</source>
        <translation>The client could not be read: %1</translation>
    </message>
    <message>
        <source>The access report could not be printed.</source>
        <translation>The access report could not be printed.</translation>
    </message>
    <message>
        <source>Check the printer, then print again, or save the report as PDF.</source>
        <translation>Check the printer, then print again, or save the report as PDF.</translation>
    </message>
    <message>
        <source>The access report was sent to the printer.</source>
        <translation>The access report was sent to the printer.</translation>
    </message>
    <message>
        <source>Save the access report as PDF</source>
        <translation>Save the access report as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Save the access report as HTML</source>
        <translation>Save the access report as HTML</translation>
    </message>
    <message>
        <source>HTML files (*.html *.htm)</source>
        <translation>HTML files (*.html *.htm)</translation>
    </message>
    <message>
        <source>Save the access report as JSON (machine-readable)</source>
        <translation>Save the access report as JSON (machine-readable)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>The access report was not saved.</source>
        <translation>The access report was not saved.</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <source>The access report could not be made.</source>
        <translation>The access report could not be made.</translation>
    </message>
    <message>
        <source>access-report</source>
        <translation>access-report</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::AgencyEditDialog</name>
    <message>
        <source>Active (offered when referring)</source>
        <translation>Active (offered when referring)</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <source>Agency name</source>
        <translation>Agency name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation>Prefecture</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Reason for the change</translation>
    </message>
    <message>
        <source>e.g. new phone number announced by the agency</source>
        <translation>e.g. new phone number announced by the agency</translation>
    </message>
    <message>
        <source>New partner agency</source>
        <translation>New partner agency</translation>
    </message>
    <message>
        <source>Edit partner agency</source>
        <translation>Edit partner agency</translation>
    </message>
    <message>
        <source>Say why you change this agency: the reason is kept with the previous values.</source>
        <translation>Say why you change this agency: the reason is kept with the previous values.</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::AgencyListModel</name>
    <message>
        <source>%1 (no longer active)</source>
        <translation>%1 (no longer active)</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::AgencyPage</name>
    <message>
        <source>Show inactive agencies</source>
        <translation>Show inactive agencies</translation>
    </message>
    <message>
        <source>&amp;New agency…</source>
        <translation>&amp;New agency…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Partner agencies</source>
        <translation>Partner agencies</translation>
    </message>
    <message>
        <source>Filter by name, region, phone or contact</source>
        <translation>Filter by name, region, phone or contact</translation>
    </message>
    <message>
        <source>Filter agencies</source>
        <translation>Filter agencies</translation>
    </message>
    <message>
        <source>Kind of agency</source>
        <translation>Kind of agency</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>New agency</source>
        <translation>New agency</translation>
    </message>
    <message>
        <source>Edit agency</source>
        <translation>Edit agency</translation>
    </message>
    <message>
        <source>Press Enter to edit the selected agency.</source>
        <translation>Press Enter to edit the selected agency.</translation>
    </message>
    <message>
        <source>Referrals to this agency</source>
        <translation>Referrals to this agency</translation>
    </message>
    <message>
        <source>Press Enter to open the referral.</source>
        <translation>Press Enter to open the referral.</translation>
    </message>
    <message>
        <source>The directory could not be read: %1</source>
        <translation>The directory could not be read: %1</translation>
    </message>
    <message>
        <source>No partner agencies yet. Add the first one with “New agency…”.</source>
        <translation>No partner agencies yet. Add the first one with “New agency…”.</translation>
    </message>
    <message>
        <source>No agency matches this filter.</source>
        <translation>No agency matches this filter.</translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation>(erased)</translation>
    </message>
    <message>
        <source>Referrals to %1 (%2)</source>
        <translation>Referrals to %1 (%2)</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>The referrals could not be read: %1</source>
        <translation>The referrals could not be read: %1</translation>
    </message>
    <message>
        <source>Choose an agency to see who was referred to it.</source>
        <translation>Choose an agency to see who was referred to it.</translation>
    </message>
    <message>
        <source>Nobody has been referred to this agency yet.</source>
        <translation>Nobody has been referred to this agency yet.</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::AgencyPicker</name>
    <message>
        <source>Agency name</source>
        <translation>Agency name</translation>
    </message>
    <message>
        <source>Search agencies by name</source>
        <translation>Search agencies by name</translation>
    </message>
    <message>
        <source>Kind of agency</source>
        <translation>Kind of agency</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Agencies</translation>
    </message>
    <message>
        <source>The directory could not be read: %1</source>
        <translation>The directory could not be read: %1</translation>
    </message>
    <message>
        <source>No active agency matches. Agencies are added in the Partner agencies section.</source>
        <translation>No active agency matches. Agencies are added in the Partner agencies section.</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::AgencyReferralsModel</name>
    <message>
        <source>%1 (needs attention)</source>
        <translation>%1 (needs attention)</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Referred on</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::BackupJob</name>
    <message>
        <source>Not started.</source>
        <translation>Not started.</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::BackupListModel</name>
    <message>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::BackupSettingsPage</name>
    <message>
        <source>&amp;Make a backup automatically when Tsunagu starts (at most one a day)</source>
        <translation>&amp;Make a backup automatically when Tsunagu starts (at most one a day)</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> backups</translation>
    </message>
    <message>
        <source>Number of backups to keep</source>
        <translation>Number of backups to keep</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>A &quot;backups&quot; folder beside the database file</source>
        <translation>A &quot;backups&quot; folder beside the database file</translation>
    </message>
    <message>
        <source> (default)</source>
        <translation> (default)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>&amp;Keep the newest:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>The backups hold everything in the database, personal data included: keep the folder on this computer or on a drive only your organisation uses. Older backups beyond the number kept are deleted.</source>
        <translation>The backups hold everything in the database, personal data included: keep the folder on this computer or on a drive only your organisation uses. Older backups beyond the number kept are deleted.</translation>
    </message>
    <message>
        <source>The backup folder</source>
        <translation>The backup folder</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::BackupStatus</name>
    <message>
        <source>Backup progress</source>
        <translation>Backup progress</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancel the backup</source>
        <translation>Cancel the backup</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Why?</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::BirthDateEdit</name>
    <message>
        <source>e.g. 1980/4/1 or S55.4.1</source>
        <translation>e.g. 1980/4/1 or S55.4.1</translation>
    </message>
    <message>
        <source>“%1” is not a date I can read. Type it like 1980/4/1 or 昭和55年4月1日.</source>
        <translation>“%1” is not a date I can read. Type it like 1980/4/1 or 昭和55年4月1日.</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::CaseDialog</name>
    <message>
        <source>New support case</source>
        <translation>New support case</translation>
    </message>
    <message>
        <source>Change the support case</source>
        <translation>Change the support case</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Opened on</translation>
    </message>
    <message>
        <source>Next follow-up (optional)</source>
        <translation>Next follow-up (optional)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <source>The person&apos;s experience score, 1 to 5</source>
        <translation>The person&apos;s experience score, 1 to 5</translation>
    </message>
    <message>
        <source>(not asked)</source>
        <translation>(not asked)</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Reason for the change</translation>
    </message>
    <message>
        <source>e.g. started work on 12/1; the person asked to pause</source>
        <translation>e.g. started work on 12/1; the person asked to pause</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Goal:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Stage:</translation>
    </message>
    <message>
        <source>&amp;Opened on:</source>
        <translation>&amp;Opened on:</translation>
    </message>
    <message>
        <source>Next &amp;follow-up:</source>
        <translation>Next &amp;follow-up:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;Closed on:</source>
        <translation>&amp;Closed on:</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>O&amp;utcome:</translation>
    </message>
    <message>
        <source>E&amp;xperience score:</source>
        <translation>E&amp;xperience score:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>This is not a date. Write it as 2026-12-01, 12/1 or +7 (days from now).</source>
        <translation>This is not a date. Write it as 2026-12-01, 12/1 or +7 (days from now).</translation>
    </message>
    <message>
        <source>The support case was not saved.</source>
        <translation>The support case was not saved.</translation>
    </message>
    <message>
        <source>Throw away your changes to the support case?</source>
        <translation>Throw away your changes to the support case?</translation>
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
        <translation>None yet</translation>
    </message>
    <message>
        <source>The follow-up date has passed.</source>
        <translation>The follow-up date has passed.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>name (reading)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Reading</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Next follow-up</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::CaseListPage</name>
    <message>
        <source>Support cases</source>
        <translation>Support cases</translation>
    </message>
    <message>
        <source>Which cases</source>
        <translation>Which cases</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <source>Closed cases</source>
        <translation>Closed cases</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>All cases</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>S&amp;how:</translation>
    </message>
    <message>
        <source>Soonest follow-up first; overdue ones in bold.</source>
        <translation>Soonest follow-up first; overdue ones in bold.</translation>
    </message>
    <message>
        <source>Press Enter to open the client of the selected case.</source>
        <translation>Press Enter to open the client of the selected case.</translation>
    </message>
    <message>
        <source>The support cases could not be read: %1</source>
        <translation>The support cases could not be read: %1</translation>
    </message>
    <message>
        <source>No open support cases. A case is opened from a client&apos;s screen (Support cases tab).</source>
        <translation>No open support cases. A case is opened from a client&apos;s screen (Support cases tab).</translation>
    </message>
    <message>
        <source>No support cases to show.</source>
        <translation>No support cases to show.</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::CasePanel</name>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;New case</translation>
    </message>
    <message>
        <source>&amp;Change case…</source>
        <translation>&amp;Change case…</translation>
    </message>
    <message>
        <source>Record a &amp;job start…</source>
        <translation>Record a &amp;job start…</translation>
    </message>
    <message>
        <source>Record as &amp;done…</source>
        <translation>Record as &amp;done…</translation>
    </message>
    <message>
        <source>Support cases</source>
        <translation>Support cases</translation>
    </message>
    <message>
        <source>Support cases and milestones</source>
        <translation>Support cases and milestones</translation>
    </message>
    <message>
        <source>Enter on a milestone records it as done; Enter on a case changes it.</source>
        <translation>Enter on a milestone records it as done; Enter on a case changes it.</translation>
    </message>
    <message>
        <source>No support case yet. &quot;New case&quot; opens one.</source>
        <translation>No support case yet. &quot;New case&quot; opens one.</translation>
    </message>
    <message>
        <source>The support cases could not be read.</source>
        <translation>The support cases could not be read.</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::CaseTreeModel</name>
    <message>
        <source>%1 (since %2)</source>
        <translation>%1 (since %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Next follow-up: %1</source>
        <translation>Next follow-up: %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Case or milestone</source>
        <translation>Case or milestone</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ChannelBox</name>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>1 in person, 2 phone, 3 online, 4 e-mail, 5 home visit, 6 accompanied visit</source>
        <translation>1 in person, 2 phone, 3 online, 4 e-mail, 5 home visit, 6 accompanied visit</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::CheckPage</name>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>&amp;Save the rejected rows as CSV…</source>
        <translation>&amp;Save the rejected rows as CSV…</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Check &amp;again</translation>
    </message>
    <message>
        <source>Checking every row</source>
        <translation>Checking every row</translation>
    </message>
    <message>
        <source>A dry run: every row is checked as the import will check it. Nothing is written.</source>
        <translation>A dry run: every row is checked as the import will check it. Nothing is written.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Progress of the check</source>
        <translation>Progress of the check</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Rejected rows</translation>
    </message>
    <message>
        <source>Saves every row of the file with one more column saying why each rejected row was rejected. Fix those rows in it and import that file.</source>
        <translation>Saves every row of the file with one more column saying why each rejected row was rejected. Fix those rows in it and import that file.</translation>
    </message>
    <message>
        <source>Reads the file again (after you fixed it) and checks every row.</source>
        <translation>Reads the file again (after you fixed it) and checks every row.</translation>
    </message>
    <message>
        <source>Checking every row of %1…</source>
        <translation>Checking every row of %1…</translation>
    </message>
    <message>
        <source>The check was stopped. Nothing was written. Check again to start it over.</source>
        <translation>The check was stopped. Nothing was written. Check again to start it over.</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>The file cannot be imported: %1</translation>
    </message>
    <message>
        <source>To import: %1</source>
        <translation>To import: %1</translation>
    </message>
    <message>
        <source>Already present: %1</source>
        <translation>Already present: %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Rejected: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported, so nothing will be (an import is all or nothing). Save the rejected rows as CSV, fix them there, and import that file; or fix this file and check again.</source>
        <translation>
            <numerusform>%n row cannot be imported, so nothing will be (an import is all or nothing). Save the rejected rows as CSV, fix them there, and import that file; or fix this file and check again.</numerusform>
            <numerusform>%n rows cannot be imported, so nothing will be (an import is all or nothing). Save the rejected rows as CSV, fix them there, and import that file; or fix this file and check again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import: every row is already present.</source>
        <translation>Nothing to import: every row is already present.</translation>
    </message>
    <message>
        <source>Every row can be imported. Press Import to write them, all at once.</source>
        <translation>Every row can be imported. Press Import to write them, all at once.</translation>
    </message>
    <message>
        <source>-to-fix</source>
        <translation>-to-fix</translation>
    </message>
    <message>
        <source>Save the rejected rows</source>
        <translation>Save the rejected rows</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>The rejected rows were not saved.</source>
        <translation>The rejected rows were not saved.</translation>
    </message>
    <message>
        <source>Saved to %1: every row of the file, each rejected row saying why in its last column. Fix those rows there, then go back, choose that file and import it.</source>
        <translation>Saved to %1: every row of the file, each rejected row saying why in its last column. Fix those rows there, then go back, choose that file and import it.</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ClientEditDialog</name>
    <message>
        <source>Register a client</source>
        <translation>Register a client</translation>
    </message>
    <message>
        <source>The disability certificate is health information (要配慮個人情報). Register the person first, record their consent to keep health information, then add it.</source>
        <translation>The disability certificate is health information (要配慮個人情報). Register the person first, record their consent to keep health information, then add it.</translation>
    </message>
    <message>
        <source>e.g. moved house, new phone number, typo corrected</source>
        <translation>e.g. moved house, new phone number, typo corrected</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Reason for the change</translation>
    </message>
    <message>
        <source>Edit a client</source>
        <translation>Edit a client</translation>
    </message>
    <message>
        <source>The client could not be opened: %1</source>
        <translation>The client could not be opened: %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>This client&apos;s data was erased; the record cannot be edited.</source>
        <translation>This client&apos;s data was erased; the record cannot be edited.</translation>
    </message>
    <message>
        <source>The disability certificate is health information (要配慮個人情報): record the person&apos;s consent to keep health information first.</source>
        <translation>The disability certificate is health information (要配慮個人情報): record the person&apos;s consent to keep health information first.</translation>
    </message>
    <message>
        <source>Whether health information may be recorded could not be checked: %1</source>
        <translation>Whether health information may be recorded could not be checked: %1</translation>
    </message>
    <message>
        <source>Throw away what you typed?</source>
        <translation>Throw away what you typed?</translation>
    </message>
    <message>
        <source>The client is not saved. Choose No to go back to the form.</source>
        <translation>The client is not saved. Choose No to go back to the form.</translation>
    </message>
    <message>
        <source>Reason for &amp;the change</source>
        <translation>Reason for &amp;the change</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ClientForm</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Reading (furigana)</source>
        <translation>&amp;Reading (furigana)</translation>
    </message>
    <message>
        <source>in hiragana or katakana, e.g. やまだ たろう</source>
        <translation>in hiragana or katakana, e.g. やまだ たろう</translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation>&amp;Date of birth</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>&amp;Sex</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>&amp;Prefecture</source>
        <translation>&amp;Prefecture</translation>
    </message>
    <message>
        <source>Type or choose, e.g. 福岡県</source>
        <translation>Type or choose, e.g. 福岡県</translation>
    </message>
    <message>
        <source>&amp;Municipality</source>
        <translation>&amp;Municipality</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>P&amp;hone</translation>
    </message>
    <message>
        <source>Emer&amp;gency contact</source>
        <translation>Emer&amp;gency contact</translation>
    </message>
    <message>
        <source>name and phone, e.g. 山田 和子 (母) 090-1111-2222</source>
        <translation>name and phone, e.g. 山田 和子 (母) 090-1111-2222</translation>
    </message>
    <message>
        <source>&amp;Work</source>
        <translation>&amp;Work</translation>
    </message>
    <message>
        <source>Disability &amp;certificate</source>
        <translation>Disability &amp;certificate</translation>
    </message>
    <message>
        <source>e.g. 3級</source>
        <translation>e.g. 3級</translation>
    </message>
    <message>
        <source>Con&amp;fidential address (住所秘匿)</source>
        <translation>Con&amp;fidential address (住所秘匿)</translation>
    </message>
    <message>
        <source>For a person who must not be found, e.g. after fleeing violence: contact details are never disclosed, even with consent.</source>
        <translation>For a person who must not be found, e.g. after fleeing violence: contact details are never disclosed, even with consent.</translation>
    </message>
    <message>
        <source>&amp;Use stopped (利用停止)</source>
        <translation>&amp;Use stopped (利用停止)</translation>
    </message>
    <message>
        <source>The person asked to stop the use of their data: hidden from work lists, nothing is disclosed.</source>
        <translation>The person asked to stop the use of their data: hidden from work lists, nothing is disclosed.</translation>
    </message>
    <message>
        <source>E&amp;xclude from statistics (統計除外)</source>
        <translation>E&amp;xclude from statistics (統計除外)</translation>
    </message>
    <message>
        <source>The person asked to be left out of statistics.</source>
        <translation>The person asked to be left out of statistics.</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>%1, %2 years old</source>
        <comment>era date, age</comment>
        <translation>%1, %2 years old</translation>
    </message>
    <message>
        <source>Addr&amp;ess</source>
        <translation>Addr&amp;ess</translation>
    </message>
    <message>
        <source>E-ma&amp;il</source>
        <translation>E-ma&amp;il</translation>
    </message>
    <message>
        <source>Certificate gr&amp;ade</source>
        <translation>Certificate gr&amp;ade</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ClientHeader</name>
    <message>
        <source>This client&apos;s data was erased.</source>
        <translation>This client&apos;s data was erased.</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Erased</translation>
    </message>
    <message>
        <source>Identity, contact, health and family data and all notes were erased at the person&apos;s request.</source>
        <translation>Identity, contact, health and family data and all notes were erased at the person&apos;s request.</translation>
    </message>
    <message>
        <source>%1 years (%2)</source>
        <comment>age (birth date)</comment>
        <translation>%1 years (%2)</translation>
    </message>
    <message>
        <source>birth date not recorded</source>
        <translation>birth date not recorded</translation>
    </message>
    <message>
        <source>Confidential address</source>
        <translation>Confidential address</translation>
    </message>
    <message>
        <source>Contact details are never disclosed, even with consent, unless a legal exception is invoked.</source>
        <translation>Contact details are never disclosed, even with consent, unless a legal exception is invoked.</translation>
    </message>
    <message>
        <source>Use stopped</source>
        <translation>Use stopped</translation>
    </message>
    <message>
        <source>Hidden from work lists; nothing about this person is disclosed.</source>
        <translation>Hidden from work lists; nothing about this person is disclosed.</translation>
    </message>
    <message>
        <source>Excluded from statistics</source>
        <translation>Excluded from statistics</translation>
    </message>
    <message>
        <source>The person asked to be left out of statistics.</source>
        <translation>The person asked to be left out of statistics.</translation>
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
        <translation>Address</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Emergency contact</translation>
    </message>
    <message>
        <source>Disease groups</source>
        <translation>Disease groups</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>Family and contacts</source>
        <translation>Family and contacts</translation>
    </message>
    <message>
        <source> (designated intractable disease %1 %2)</source>
        <comment>disease group (指定難病 number name)</comment>
        <translation> (designated intractable disease %1 %2)</translation>
    </message>
    <message>
        <source>Not recorded: no consent to keep health information yet.</source>
        <translation>Not recorded: no consent to keep health information yet.</translation>
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
        <translation>Phone, e-mail</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ClientListModel</name>
    <message>
        <source>%1</source>
        <comment>age in years</comment>
        <translation>%1</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Reading</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Confidential address</source>
        <translation>Confidential address</translation>
    </message>
    <message>
        <source>Use stopped</source>
        <translation>Use stopped</translation>
    </message>
    <message>
        <source>Confidential address: contact details are never disclosed, even with consent.</source>
        <translation>Confidential address: contact details are never disclosed, even with consent.</translation>
    </message>
    <message>
        <source>Use stopped: hidden from work lists; nothing is disclosed.</source>
        <translation>Use stopped: hidden from work lists; nothing is disclosed.</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ClientListPage</name>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Press Enter to open the selected client.</source>
        <translation>Press Enter to open the selected client.</translation>
    </message>
    <message>
        <source>The search could not run: %1</source>
        <translation>The search could not run: %1</translation>
    </message>
    <message>
        <source>No clients yet.</source>
        <translation>No clients yet.</translation>
    </message>
    <message>
        <source>No client matches “%1”. Try the reading in kana, or fewer letters.</source>
        <translation>No client matches “%1”. Try the reading in kana, or fewer letters.</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ClientPage</name>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>&amp;Log consultation</source>
        <translation>&amp;Log consultation</translation>
    </message>
    <message>
        <source>&amp;Refer</source>
        <translation>&amp;Refer</translation>
    </message>
    <message>
        <source>C&amp;onsent</source>
        <translation>C&amp;onsent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <source>← &amp;List</source>
        <translation>← &amp;List</translation>
    </message>
    <message>
        <source>Basic information</source>
        <translation>Basic information</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>Client not found</source>
        <translation>Client not found</translation>
    </message>
    <message>
        <source>The client could not be opened: %1</source>
        <translation>The client could not be opened: %1</translation>
    </message>
    <message>
        <source>Part of the record could not be read: %1</source>
        <translation>Part of the record could not be read: %1</translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation>Client: %1</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Timeline</translation>
    </message>
    <message>
        <source>&amp;Support cases</source>
        <translation>&amp;Support cases</translation>
    </message>
    <message>
        <source>The support case could not be opened: it is not among this client&apos;s cases.</source>
        <translation>The support case could not be opened: it is not among this client&apos;s cases.</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>&amp;More</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ClientTimelineModel</name>
    <message>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>Disclosure</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ConsentCard</name>
    <message>
        <source>Recording health information</source>
        <translation>Recording health information</translation>
    </message>
    <message>
        <source>Consent to keep health information (要配慮個人情報) in the record</source>
        <translation>Consent to keep health information (要配慮個人情報) in the record</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between purposes</comment>
        <translation>, </translation>
    </message>
    <message>
        <source> (%1)</source>
        <comment>the detail of an other purpose</comment>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>consent period</comment>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ConsentDialog</name>
    <message>
        <source>The person</source>
        <translation>The person</translation>
    </message>
    <message>
        <source>A representative</source>
        <translation>A representative</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <source>Record the consent of %1</source>
        <translation>Record the consent of %1</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Purposes</translation>
    </message>
    <message>
        <source>Other purpose</source>
        <translation>Other purpose</translation>
    </message>
    <message>
        <source>Describe the other purpose</source>
        <translation>Describe the other purpose</translation>
    </message>
    <message>
        <source>Filter recipients</source>
        <translation>Filter recipients</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Health (special-care information): conditions, disability certificate, treatment</source>
        <translation>Health (special-care information): conditions, disability certificate, treatment</translation>
    </message>
    <message>
        <source>Covered only when ticked here: no other choice implies it.</source>
        <translation>Covered only when ticked here: no other choice implies it.</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <source>How it was given</source>
        <translation>How it was given</translation>
    </message>
    <message>
        <source>Representative&apos;s name</source>
        <translation>Representative&apos;s name</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Representative&apos;s relationship</source>
        <translation>Representative&apos;s relationship</translation>
    </message>
    <message>
        <source>Relationship (e.g. guardian)</source>
        <translation>Relationship (e.g. guardian)</translation>
    </message>
    <message>
        <source>Words of a verbal consent</source>
        <translation>Words of a verbal consent</translation>
    </message>
    <message>
        <source>For a verbal consent: what the person said</source>
        <translation>For a verbal consent: what the person said</translation>
    </message>
    <message>
        <source>Also record the consent to record health information (要配慮個人情報の取得), for the same period</source>
        <translation>Also record the consent to record health information (要配慮個人情報の取得), for the same period</translation>
    </message>
    <message>
        <source>Consent to record health information</source>
        <translation>Consent to record health information</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Given by</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Words</translation>
    </message>
    <message>
        <source>&amp;Print the consent form…</source>
        <translation>&amp;Print the consent form…</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Agencies</translation>
    </message>
    <message>
        <source>Every office of a kind</source>
        <translation>Every office of a kind</translation>
    </message>
    <message>
        <source>Any %1</source>
        <translation>Any %1</translation>
    </message>
    <message>
        <source>The person&apos;s family and contacts</source>
        <translation>The person&apos;s family and contacts</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The consent to share was recorded, but not the consent to record health information: %1</source>
        <translation>The consent to share was recorded, but not the consent to record health information: %1</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>Consent form</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ConsentListModel</name>
    <message>
        <source>Withdrawn on %1</source>
        <translation>Withdrawn on %1</translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation>Not started yet</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message numerus="yes">
        <source>In force, ends in %n day(s)</source>
        <translation>
            <numerusform>In force, ends in %n day</numerusform>
            <numerusform>In force, ends in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>In force</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>Recording health information</source>
        <translation>Recording health information</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Given by %1</source>
        <translation>Given by %1</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Purposes</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ConsentStatus</name>
    <message>
        <source>In force</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>Expires today</source>
        <translation>Expires today</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>Expires in %n day</numerusform>
            <numerusform>Expires in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Starts on %1</source>
        <translation>Starts on %1</translation>
    </message>
    <message>
        <source>Withdrawn on %1</source>
        <translation>Withdrawn on %1</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ConsentsDialog</name>
    <message>
        <source>&amp;Record consent…</source>
        <translation>&amp;Record consent…</translation>
    </message>
    <message>
        <source>&amp;Print the form…</source>
        <translation>&amp;Print the form…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Withdraw…</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>Consents of %1</source>
        <translation>Consents of %1</translation>
    </message>
    <message>
        <source>No consent is on file for this person. Nothing about them can be shared until one is.</source>
        <translation>No consent is on file for this person. Nothing about them can be shared until one is.</translation>
    </message>
    <message>
        <source>Withdraw the selected consent</source>
        <translation>Withdraw the selected consent</translation>
    </message>
    <message>
        <source>Print the form of the selected consent</source>
        <translation>Print the form of the selected consent</translation>
    </message>
    <message>
        <source>The consents could not be read: %1</source>
        <translation>The consents could not be read: %1</translation>
    </message>
    <message>
        <source>The consent form could not be made.</source>
        <translation>The consent form could not be made.</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>Consent form</translation>
    </message>
    <message>
        <source>The consent was not withdrawn.</source>
        <translation>The consent was not withdrawn.</translation>
    </message>
    <message>
        <source>Withdrawn. No open referral relied on this consent.</source>
        <translation>Withdrawn. No open referral relied on this consent.</translation>
    </message>
    <message>
        <source>%1, referred on %2 (%3)</source>
        <translation>%1, referred on %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>Withdrawn. %n open referral(s) relied on this consent and are flagged for you:</source>
        <translation>
            <numerusform>Withdrawn. %n open referral relied on this consent and are flagged for you:</numerusform>
            <numerusform>Withdrawn. %n open referrals relied on this consent and are flagged for you:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ConsentsPane</name>
    <message>
        <source>Consents</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>No consent recorded. Nothing about this person may be given to anyone outside.</source>
        <translation>No consent recorded. Nothing about this person may be given to anyone outside.</translation>
    </message>
    <message>
        <source>The consents could not be read: %1</source>
        <translation>The consents could not be read: %1</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ConsultationDialog</name>
    <message>
        <source>Log a consultation — %1</source>
        <translation>Log a consultation — %1</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>There is an unsaved draft for %1.</source>
        <translation>There is an unsaved draft for %1.</translation>
    </message>
    <message>
        <source>The draft could not be discarded.</source>
        <translation>The draft could not be discarded.</translation>
    </message>
    <message>
        <source>The draft could not be kept: %1</source>
        <translation>The draft could not be kept: %1</translation>
    </message>
    <message>
        <source>Draft kept at %1.</source>
        <translation>Draft kept at %1.</translation>
    </message>
    <message>
        <source>This is not a date. Write it as 2026-12-01, 12/1 or +7 (days from now).</source>
        <translation>This is not a date. Write it as 2026-12-01, 12/1 or +7 (days from now).</translation>
    </message>
    <message>
        <source>Throw away what you typed?</source>
        <translation>Throw away what you typed?</translation>
    </message>
    <message>
        <source>The consultation is not saved. &quot;No&quot; goes back to it; Ctrl+Enter saves it.</source>
        <translation>The consultation is not saved. &quot;No&quot; goes back to it; Ctrl+Enter saves it.</translation>
    </message>
    <message>
        <source>The consultation was not saved.</source>
        <translation>The consultation was not saved.</translation>
    </message>
    <message>
        <source>The consultation cannot be logged.</source>
        <translation>The consultation cannot be logged.</translation>
    </message>
    <message>
        <source>Typed %1. Open it to go on where you stopped, or discard it.</source>
        <translation>Typed %1. Open it to go on where you stopped, or discard it.</translation>
    </message>
    <message>
        <source>Draft of %1 restored.</source>
        <translation>Draft of %1 restored.</translation>
    </message>
    <message>
        <source>Edit a consultation — %1</source>
        <translation>Edit a consultation — %1</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Reason for the change</translation>
    </message>
    <message>
        <source>e.g. typo corrected, date entered wrongly, details added</source>
        <translation>e.g. typo corrected, date entered wrongly, details added</translation>
    </message>
    <message>
        <source>&amp;Reason for the change (kept in the history):</source>
        <translation>&amp;Reason for the change (kept in the history):</translation>
    </message>
    <message>
        <source>The changes were not saved.</source>
        <translation>The changes were not saved.</translation>
    </message>
    <message>
        <source>Throw away your changes?</source>
        <translation>Throw away your changes?</translation>
    </message>
    <message>
        <source>The consultation keeps what it had. &quot;No&quot; goes back to your changes; Ctrl+Enter saves them.</source>
        <translation>The consultation keeps what it had. &quot;No&quot; goes back to your changes; Ctrl+Enter saves them.</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ConsultationForm</name>
    <message>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Duration in minutes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Kind of consultation</source>
        <translation>Kind of consultation</translation>
    </message>
    <message>
        <source>Who attended</source>
        <translation>Who attended</translation>
    </message>
    <message>
        <source>Left and Right to move, Space to tick or untick.</source>
        <translation>Left and Right to move, Space to tick or untick.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>Follow-up date (optional)</source>
        <translation>Follow-up date (optional)</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Duration:</translation>
    </message>
    <message>
        <source>Date and &amp;time:</source>
        <translation>Date and &amp;time:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>C&amp;hannel:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Attended:</source>
        <translation>&amp;Attended:</translation>
    </message>
    <message>
        <source>T&amp;opics:</source>
        <translation>T&amp;opics:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Next &amp;steps:</source>
        <translation>Next &amp;steps:</translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation>&amp;Follow-up:</translation>
    </message>
    <message>
        <source>Recorded in the support case &quot;%1&quot; (since %2).</source>
        <translation>Recorded in the support case &quot;%1&quot; (since %2).</translation>
    </message>
    <message>
        <source>Pre-visit checklist: %1</source>
        <translation>Pre-visit checklist: %1</translation>
    </message>
    <message>
        <source>Pre-visit checklist: not answered yet (asked before saving).</source>
        <translation>Pre-visit checklist: not answered yet (asked before saving).</translation>
    </message>
    <message>
        <source>Pre-visit checklist: answered when the visit was recorded (see the notes).</source>
        <translation>Pre-visit checklist: answered when the visit was recorded (see the notes).</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::DataSafety</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restore from a backup…</translation>
    </message>
    <message>
        <source>Opened read-only — changes cannot be saved.</source>
        <translation>Opened read-only — changes cannot be saved.</translation>
    </message>
    <message>
        <source>You can look at everything, but nothing can be added or changed. To work in this file, open it from a folder you can write to.</source>
        <translation>You can look at everything, but nothing can be added or changed. To work in this file, open it from a folder you can write to.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Last backup: %1</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>No backup yet</translation>
    </message>
    <message>
        <source>The backup was made but could not be recorded in the audit log.</source>
        <translation>The backup was made but could not be recorded in the audit log.</translation>
    </message>
    <message>
        <source>Checking the database file…</source>
        <translation>Checking the database file…</translation>
    </message>
    <message>
        <source>The database file could not be checked.</source>
        <translation>The database file could not be checked.</translation>
    </message>
    <message>
        <source>No automatic backup: the file is damaged.</source>
        <translation>No automatic backup: the file is damaged.</translation>
    </message>
    <message>
        <source>The automatic backup is not made while the file is damaged, so that the backups made before the damage are kept. Restore from one of them.</source>
        <translation>The automatic backup is not made while the file is damaged, so that the backups made before the damage are kept. Restore from one of them.</translation>
    </message>
    <message>
        <source>This file is damaged.</source>
        <translation>This file is damaged.</translation>
    </message>
    <message>
        <source>Restore from a &amp;backup…</source>
        <translation>Restore from a &amp;backup…</translation>
    </message>
    <message numerus="yes">
        <source>The full check of %1 found %n problem(s): what is read from it may be wrong or incomplete, and what is saved may be lost. Restore it from a backup.</source>
        <translation>
            <numerusform>The full check of %1 found %n problem: what is read from it may be wrong or incomplete, and what is saved may be lost. Restore it from a backup.</numerusform>
            <numerusform>The full check of %1 found %n problems: what is read from it may be wrong or incomplete, and what is saved may be lost. Restore it from a backup.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is damaged. The damaged file is not deleted: it is renamed and kept beside the restored one.</source>
        <translation>The file is damaged. The damaged file is not deleted: it is renamed and kept beside the restored one.</translation>
    </message>
    <message>
        <source>Put the backup of %1 in place of the damaged file?</source>
        <translation>Put the backup of %1 in place of the damaged file?</translation>
    </message>
    <message>
        <source>Tsunagu closes the file, renames it (it is kept, not deleted), puts the backup in its place and opens it again. Whatever was entered after the backup was made is not in it.</source>
        <translation>Tsunagu closes the file, renames it (it is kept, not deleted), puts the backup in its place and opens it again. Whatever was entered after the backup was made is not in it.</translation>
    </message>
    <message>
        <source>Automatic backups are off</source>
        <translation>Automatic backups are off</translation>
    </message>
    <message>
        <source>Read-only: no automatic backup</source>
        <translation>Read-only: no automatic backup</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>The automatic backup was cancelled</source>
        <translation>The automatic backup was cancelled</translation>
    </message>
    <message>
        <source>The automatic backup failed.</source>
        <translation>The automatic backup failed.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Backing up %1…</source>
        <translation>Backing up %1…</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Backup written to %1</translation>
    </message>
    <message>
        <source>The backup was cancelled; no file was left</source>
        <translation>The backup was cancelled; no file was left</translation>
    </message>
    <message>
        <source>The backup failed.</source>
        <translation>The backup failed.</translation>
    </message>
    <message>
        <source>The backup was not made.</source>
        <translation>The backup was not made.</translation>
    </message>
    <message>
        <source>The file is open read-only.</source>
        <translation>The file is open read-only.</translation>
    </message>
    <message>
        <source>A backup cannot be restored into it. Open it from a folder you can write to.</source>
        <translation>A backup cannot be restored into it. Open it from a folder you can write to.</translation>
    </message>
    <message>
        <source>Restore the backup of %1?</source>
        <translation>Restore the backup of %1?</translation>
    </message>
    <message>
        <source>Everything in the database is replaced by the backup %1; whatever was entered after it was made is no longer shown. A copy of the present data is kept beside the database file first.</source>
        <translation>Everything in the database is replaced by the backup %1; whatever was entered after it was made is no longer shown. A copy of the present data is kept beside the database file first.</translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation>Restoring %1…</translation>
    </message>
    <message>
        <source>The restore was cancelled; nothing was changed</source>
        <translation>The restore was cancelled; nothing was changed</translation>
    </message>
    <message>
        <source>The backup was not restored.</source>
        <translation>The backup was not restored.</translation>
    </message>
    <message>
        <source>Restored the backup of %1 (%2). The data it replaced was kept in %3.</source>
        <translation>Restored the backup of %1 (%2). The data it replaced was kept in %3.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restoring…</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::DatabaseOpener</name>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 cannot be written.</translation>
    </message>
    <message>
        <source>Open it read-only? You can look at everything, but nothing can be added or changed.</source>
        <translation>Open it read-only? You can look at everything, but nothing can be added or changed.</translation>
    </message>
    <message>
        <source>Copy the file to a folder you can write to, and open the copy.</source>
        <translation>Copy the file to a folder you can write to, and open the copy.</translation>
    </message>
    <message>
        <source>Tsunagu cannot open %1, not even read-only.</source>
        <translation>Tsunagu cannot open %1, not even read-only.</translation>
    </message>
    <message>
        <source>Tsunagu could not open the database.</source>
        <translation>Tsunagu could not open the database.</translation>
    </message>
    <message>
        <source>Open a Tsunagu database</source>
        <translation>Open a Tsunagu database</translation>
    </message>
    <message>
        <source>Tsunagu databases (*.db);;All files (*)</source>
        <translation>Tsunagu databases (*.db);;All files (*)</translation>
    </message>
    <message>
        <source>Put the backup of %1 in place of %2?</source>
        <translation>Put the backup of %1 in place of %2?</translation>
    </message>
    <message>
        <source>The damaged file is not deleted: it is renamed and kept beside the restored one. Whatever was entered after the backup was made is not in it.</source>
        <translation>The damaged file is not deleted: it is renamed and kept beside the restored one. Whatever was entered after the backup was made is not in it.</translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation>Restoring %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The backup was not restored.</source>
        <translation>The backup was not restored.</translation>
    </message>
    <message>
        <source>Restored the backup of %1 (%2).</source>
        <translation>Restored the backup of %1 (%2).</translation>
    </message>
    <message>
        <source>Restored the backup of %1 (%2). The damaged file was kept as %3.</source>
        <translation>Restored the backup of %1 (%2). The damaged file was kept as %3.</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::DateInput</name>
    <message>
        <source>e.g. 2026-12-01, 12/1 or +7</source>
        <translation>e.g. 2026-12-01, 12/1 or +7</translation>
    </message>
    <message>
        <source>not a date yet</source>
        <translation>not a date yet</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::DateSettingsPage</name>
    <message>
        <source>Show dates in the &amp;Japanese era (%1)</source>
        <translation>Show dates in the &amp;Japanese era (%1)</translation>
    </message>
    <message>
        <source>Every date shown from now on follows this choice.</source>
        <translation>Every date shown from now on follows this choice.</translation>
    </message>
    <message>
        <source>Today is written: %1</source>
        <translation>Today is written: %1</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::DisclosureDialog</name>
    <message>
        <source>Disclosure record no. %1</source>
        <translation>Disclosure record no. %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between data categories</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>purpose: detail</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>When:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Information given:</source>
        <translation>Information given:</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Purpose:</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>How:</translation>
    </message>
    <message>
        <source>Basis:</source>
        <translation>Basis:</translation>
    </message>
    <message>
        <source>Justification:</source>
        <translation>Justification:</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>Review:</translation>
    </message>
    <message>
        <source>Approved by a supervisor</source>
        <translation>Approved by a supervisor</translation>
    </message>
    <message>
        <source>Questioned by a supervisor</source>
        <translation>Questioned by a supervisor</translation>
    </message>
    <message>
        <source>Access reports:</source>
        <translation>Access reports:</translation>
    </message>
    <message>
        <source>Withheld: %1</source>
        <translation>Withheld: %1</translation>
    </message>
    <message>
        <source>Sent by:</source>
        <translation>Sent by:</translation>
    </message>
    <message>
        <source>Record kept until:</source>
        <translation>Record kept until:</translation>
    </message>
    <message>
        <source>Disclosure records cannot be changed or deleted (APPI Art. 29).</source>
        <translation>Disclosure records cannot be changed or deleted (APPI Art. 29).</translation>
    </message>
    <message>
        <source>A legal exception: %1</source>
        <translation>A legal exception: %1</translation>
    </message>
    <message>
        <source>A legal exception</source>
        <translation>A legal exception</translation>
    </message>
    <message>
        <source>Consent no. %1 (%2)</source>
        <translation>Consent no. %1 (%2)</translation>
    </message>
    <message>
        <source>Consent no. %1, %2 to %3, for %4, covering %5 (now: %6)</source>
        <translation>Consent no. %1, %2 to %3, for %4, covering %5 (now: %6)</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::DocumentOutput</name>
    <message>
        <source>%1 cannot be written: %2. Choose another folder.</source>
        <translation>%1 cannot be written: %2. Choose another folder.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2. Nothing was left behind; try again or choose another folder.</source>
        <translation>%1 could not be saved: %2. Nothing was left behind; try again or choose another folder.</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::DraftPrompt</name>
    <message>
        <source>The unsaved drafts could not be read.</source>
        <translation>The unsaved drafts could not be read.</translation>
    </message>
    <message>
        <source>%1: consultation, typed %2 %3</source>
        <translation>%1: consultation, typed %2 %3</translation>
    </message>
    <message>
        <source>client %1</source>
        <translation>client %1</translation>
    </message>
    <message>
        <source>There are unsaved drafts.</source>
        <translation>There are unsaved drafts.</translation>
    </message>
    <message>
        <source>Open them to go on where you stopped, or discard them. Cancel keeps them for later.</source>
        <translation>Open them to go on where you stopped, or discard them. Cancel keeps them for later.</translation>
    </message>
    <message>
        <source>A draft could not be discarded.</source>
        <translation>A draft could not be discarded.</translation>
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
        <translation>, </translation>
    </message>
    <message>
        <source>A client with the same reading and birth date, or the same phone number, is already registered: %1</source>
        <translation>A client with the same reading and birth date, or the same phone number, is already registered: %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Open: show the existing client (%1) instead.
Save: this is another person; register them anyway.
Cancel: back to the form; nothing typed is lost.</source>
        <translation>Open: show the existing client (%1) instead.
Save: this is another person; register them anyway.
Cancel: back to the form; nothing typed is lost.</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ErasureDialog</name>
    <message>
        <source>Erase this person&apos;s data</source>
        <translation>Erase this person&apos;s data</translation>
    </message>
    <message>
        <source>Erase this person&apos;s data? This cannot be undone.</source>
        <translation>Erase this person&apos;s data? This cannot be undone.</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Reading</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Client no.</source>
        <translation>Client no.</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>Identity: name, reading, birth date and sex</source>
        <translation>Identity: name, reading, birth date and sex</translation>
    </message>
    <message>
        <source>Contact details: address, phone, e-mail and emergency contact</source>
        <translation>Contact details: address, phone, e-mail and emergency contact</translation>
    </message>
    <message>
        <source>Health: conditions, disease groups and the disability certificate</source>
        <translation>Health: conditions, disease groups and the disability certificate</translation>
    </message>
    <message>
        <source>Family and other contacts, and the consents</source>
        <translation>Family and other contacts, and the consents</translation>
    </message>
    <message>
        <source>Employment status</source>
        <translation>Employment status</translation>
    </message>
    <message>
        <source>Every free text: consultation notes and next steps, notes on cases, milestones and referrals</source>
        <translation>Every free text: consultation notes and next steps, notes on cases, milestones and referrals</translation>
    </message>
    <message>
        <source>Drafts not yet saved</source>
        <translation>Drafts not yet saved</translation>
    </message>
    <message>
        <source>The history of corrections</source>
        <translation>The history of corrections</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Kept</translation>
    </message>
    <message>
        <source>A skeleton that identifies no one, so that published statistics stay the same: months of consultations, channels, topics, age band, case stages and outcomes, referral agencies and statuses</source>
        <translation>A skeleton that identifies no one, so that published statistics stay the same: months of consultations, channels, topics, age band, case stages and outcomes, referral agencies and statuses</translation>
    </message>
    <message>
        <source>Records of what was given to third parties, still naming the person, until their retention period ends (at least 3 years); then they are deleted</source>
        <translation>Records of what was given to third parties, still naming the person, until their retention period ends (at least 3 years); then they are deleted</translation>
    </message>
    <message>
        <source>Backups taken before now still hold all of the data until they rotate out; copies kept anywhere else must be deleted by hand</source>
        <translation>Backups taken before now still hold all of the data until they rotate out; copies kept anywhere else must be deleted by hand</translation>
    </message>
    <message>
        <source>The audit log: that the data was erased, when and by whom (nothing about the person)</source>
        <translation>The audit log: that the data was erased, when and by whom (nothing about the person)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>e.g. written request from the person, received today</source>
        <translation>e.g. written request from the person, received today</translation>
    </message>
    <message>
        <source>Required. It is checked but not stored: it could name the person.</source>
        <translation>Required. It is checked but not stored: it could name the person.</translation>
    </message>
    <message>
        <source>The person&apos;s name, to confirm</source>
        <translation>The person&apos;s name, to confirm</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>&amp;Type the name</source>
        <translation>&amp;Type the name</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Erase</translation>
    </message>
    <message>
        <source>The client could not be read: %1</source>
        <translation>The client could not be read: %1</translation>
    </message>
    <message>
        <source>This client&apos;s data was already erased.</source>
        <translation>This client&apos;s data was already erased.</translation>
    </message>
    <message>
        <source>No name is recorded: type the client&apos;s number, %1, to confirm.</source>
        <translation>No name is recorded: type the client&apos;s number, %1, to confirm.</translation>
    </message>
    <message>
        <source>Type the person&apos;s name as shown above (spaces do not matter) to enable Erase.</source>
        <translation>Type the person&apos;s name as shown above (spaces do not matter) to enable Erase.</translation>
    </message>
    <message>
        <source>The name does not match yet.</source>
        <translation>The name does not match yet.</translation>
    </message>
    <message>
        <source>The name matches. Give the reason to enable Erase.</source>
        <translation>The name matches. Give the reason to enable Erase.</translation>
    </message>
    <message>
        <source>The name matches.</source>
        <translation>The name matches.</translation>
    </message>
    <message>
        <source>The data was not erased.</source>
        <translation>The data was not erased.</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ExceptionDialog</name>
    <message>
        <source>Share under a legal exception</source>
        <translation>Share under a legal exception</translation>
    </message>
    <message>
        <source>Use this only when the law allows sharing without the person&apos;s consent (Act on the Protection of Personal Information, Art. 27(1)). The disclosure is recorded with your justification and goes to the supervisors&apos; review.</source>
        <translation>Use this only when the law allows sharing without the person&apos;s consent (Act on the Protection of Personal Information, Art. 27(1)). The disclosure is recorded with your justification and goes to the supervisors&apos; review.</translation>
    </message>
    <message>
        <source>Legal ground</source>
        <translation>Legal ground</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>I confirm that this information goes to %1 without the person&apos;s consent, on the ground above.</source>
        <translation>I confirm that this information goes to %1 without the person&apos;s consent, on the ground above.</translation>
    </message>
    <message>
        <source>Confirm sharing without consent</source>
        <translation>Confirm sharing without consent</translation>
    </message>
    <message>
        <source>Use this ground</source>
        <translation>Use this ground</translation>
    </message>
    <message>
        <source>Cite the law and the article that requires it.</source>
        <translation>Cite the law and the article that requires it.</translation>
    </message>
    <message>
        <source>Say what danger there is to life, body or property, and why the person&apos;s consent cannot be obtained.</source>
        <translation>Say what danger there is to life, body or property, and why the person&apos;s consent cannot be obtained.</translation>
    </message>
    <message>
        <source>Say what public-health or child-welfare need there is, and why the person&apos;s consent cannot be obtained.</source>
        <translation>Say what public-health or child-welfare need there is, and why the person&apos;s consent cannot be obtained.</translation>
    </message>
    <message>
        <source>Name the body and its duty, and say why asking the person would impede it.</source>
        <translation>Name the body and its duty, and say why asking the person would impede it.</translation>
    </message>
    <message>
        <source>Cite the law that permits it.</source>
        <translation>Cite the law that permits it.</translation>
    </message>
    <message>
        <source>Write the justification: a legal exception without one is refused.</source>
        <translation>Write the justification: a legal exception without one is refused.</translation>
    </message>
    <message>
        <source>Confirm that you share this information without the person&apos;s consent.</source>
        <translation>Confirm that you share this information without the person&apos;s consent.</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::FieldLabels</name>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Support case</source>
        <translation>Support case</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Family or contact</source>
        <translation>Family or contact</translation>
    </message>
    <message>
        <source>Health condition</source>
        <translation>Health condition</translation>
    </message>
    <message>
        <source>Partner agency</source>
        <translation>Partner agency</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Disclosure record</source>
        <translation>Disclosure record</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::FieldValues</name>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between values</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Staff #%1</source>
        <translation>Staff #%1</translation>
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
        <translation>There is no file %1.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 is not a file.</translation>
    </message>
    <message>
        <source>%1 is too large to import (over %2 MB).</source>
        <translation>%1 is too large to import (over %2 MB).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The file holds no rows: its first line must name the columns.</source>
        <translation>The file holds no rows: its first line must name the columns.</translation>
    </message>
    <message>
        <source>The header (line %1) cannot be read: %2</source>
        <translation>The header (line %1) cannot be read: %2</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::GeneralSettingsPage</name>
    <message>
        <source>Language of the interface</source>
        <translation>Language of the interface</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>System default (%1)</translation>
    </message>
    <message>
        <source>The new language is used once Tsunagu starts again.</source>
        <translation>The new language is used once Tsunagu starts again.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::HistoryDialog</name>
    <message>
        <source>Changes, newest first</source>
        <translation>Changes, newest first</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>History: %1 #%2</source>
        <translation>History: %1 #%2</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>History: %1</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>The history could not be read: %1</translation>
    </message>
    <message>
        <source>No changes: the record is as it was first saved.</source>
        <translation>No changes: the record is as it was first saved.</translation>
    </message>
    <message>
        <source>%1 %2 · %3 · reason: %4</source>
        <comment>date time · staff · reason</comment>
        <translation>%1 %2 · %3 · reason: %4</translation>
    </message>
    <message>
        <source>Staff #%1</source>
        <translation>Staff #%1</translation>
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
        <translation>Not started.</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ImportPage</name>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importing</translation>
    </message>
    <message>
        <source>Progress of the import</source>
        <translation>Progress of the import</translation>
    </message>
    <message>
        <source>Stops the import. Nothing is written: it is all or nothing.</source>
        <translation>Stops the import. Nothing is written: it is all or nothing.</translation>
    </message>
    <message>
        <source>%1 from %2, in one go: if anything goes wrong or you stop it, nothing is written.</source>
        <translation>%1 from %2, in one go: if anything goes wrong or you stop it, nothing is written.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <source>The import was stopped. Nothing was imported.</source>
        <translation>The import was stopped. Nothing was imported.</translation>
    </message>
    <message>
        <source>The import failed; nothing was imported. %1</source>
        <translation>The import failed; nothing was imported. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were rejected this time, so nothing was imported. Go back and check the file again.</source>
        <translation>
            <numerusform>%n row were rejected this time, so nothing was imported. Go back and check the file again.</numerusform>
            <numerusform>%n rows were rejected this time, so nothing was imported. Go back and check the file again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 of %2 rows (%3). %4 were already present and left as they were.</source>
        <translation>Imported %1 of %2 rows (%3). %4 were already present and left as they were.</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ImportWizard</name>
    <message>
        <source>Import from a CSV file</source>
        <translation>Import from a CSV file</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Agencies</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Consultations</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::JobStartDialog</name>
    <message>
        <source>Record a job start</source>
        <translation>Record a job start</translation>
    </message>
    <message>
        <source>First day at work</source>
        <translation>First day at work</translation>
    </message>
    <message>
        <source>&amp;First day at work:</source>
        <translation>&amp;First day at work:</translation>
    </message>
    <message>
        <source>Record (Ctrl+Enter)</source>
        <translation>Record (Ctrl+Enter)</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s): %1</source>
        <translation>
            <numerusform>%n month: %1</numerusform>
            <numerusform>%n months: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Retention checks will be planned for:</source>
        <translation>Retention checks will be planned for:</translation>
    </message>
    <message>
        <source>Job start recorded</source>
        <translation>Job start recorded</translation>
    </message>
    <message>
        <source>The job start was not recorded.</source>
        <translation>The job start was not recorded.</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::LetterSettingsPage</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>e.g. %1</translation>
    </message>
    <message>
        <source>The sender line of referral letters, and the organisation that asks for consent on consent forms.</source>
        <translation>The sender line of referral letters, and the organisation that asks for consent on consent forms.</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::MainWindow</name>
    <message numerus="yes">
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
        </translation>
    </message>
    <message>
        <source>client count unavailable: %1</source>
        <translation>client count unavailable: %1</translation>
    </message>
    <message>
        <source>Staff: %1</source>
        <translation>Staff: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;New client…</translation>
    </message>
    <message>
        <source>&amp;Log a consultation…</source>
        <translation>&amp;Log a consultation…</translation>
    </message>
    <message>
        <source>The consultation was saved.</source>
        <translation>The consultation was saved.</translation>
    </message>
    <message>
        <source>Whose consultation? Find the client and press Enter (Esc cancels).</source>
        <translation>Whose consultation? Find the client and press Enter (Esc cancels).</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>&amp;Backups</translation>
    </message>
    <message>
        <source>The file is open read-only.</source>
        <translation>The file is open read-only.</translation>
    </message>
    <message>
        <source>Nothing can be added or changed in it. To work in it, open it from a folder you can write to.</source>
        <translation>Nothing can be added or changed in it. To work in it, open it from a folder you can write to.</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::MappingPage</name>
    <message>
        <source>Which column holds what</source>
        <translation>Which column holds what</translation>
    </message>
    <message>
        <source>%1 from %2. Each field shows the column it will be read from; change any that is wrong.</source>
        <translation>%1 from %2. Each field shows the column it will be read from; change any that is wrong.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Column %1: %2</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (required):</translation>
    </message>
    <message>
        <source>Whose consultation each row is: a client ID column, or the client&apos;s name (or reading) and birth date. Fields left &quot;not imported&quot; stay empty.</source>
        <translation>Whose consultation each row is: a client ID column, or the client&apos;s name (or reading) and birth date. Fields left &quot;not imported&quot; stay empty.</translation>
    </message>
    <message>
        <source>Fields left &quot;not imported&quot; stay empty. Columns chosen for no field are not imported.</source>
        <translation>Fields left &quot;not imported&quot; stay empty. Columns chosen for no field are not imported.</translation>
    </message>
    <message>
        <source>Column %1 is chosen for both &quot;%2&quot; and &quot;%3&quot;; a column can hold one field only.</source>
        <translation>Column %1 is chosen for both &quot;%2&quot; and &quot;%3&quot;; a column can hold one field only.</translation>
    </message>
    <message>
        <source>Columns %1 and %2 have the same header &quot;%3&quot;, so they cannot be told apart. Rename one of them in the file.</source>
        <translation>Columns %1 and %2 have the same header &quot;%3&quot;, so they cannot be told apart. Rename one of them in the file.</translation>
    </message>
    <message>
        <source>Choose the column that holds &quot;%1&quot;.</source>
        <translation>Choose the column that holds &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Say whose consultations these are: choose the column of the client&apos;s ID, or those of the client&apos;s name (or reading) and birth date.</source>
        <translation>Say whose consultations these are: choose the column of the client&apos;s ID, or those of the client&apos;s name (or reading) and birth date.</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::MilestoneDoneDialog</name>
    <message>
        <source>Record as done: %1</source>
        <translation>Record as done: %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Due %1</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>e.g. still working, hours reduced to 30 a week</source>
        <translation>e.g. still working, hours reduced to 30 a week</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Reason for the change</translation>
    </message>
    <message>
        <source>&amp;Done on:</source>
        <translation>&amp;Done on:</translation>
    </message>
    <message>
        <source>R&amp;esult:</source>
        <translation>R&amp;esult:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Record (Ctrl+Enter)</source>
        <translation>Record (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Recorded as done</source>
        <translation>Recorded as done</translation>
    </message>
    <message>
        <source>The milestone was not saved.</source>
        <translation>The milestone was not saved.</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::NoteHitsModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Where the words appear</source>
        <translation>Where the words appear</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::NoteHitsPane</name>
    <message>
        <source>&amp;Rebuild the note index…</source>
        <translation>&amp;Rebuild the note index…</translation>
    </message>
    <message>
        <source>Consultations whose notes hold the search words</source>
        <translation>Consultations whose notes hold the search words</translation>
    </message>
    <message>
        <source>Type two or more characters to search the consultation notes as well.</source>
        <translation>Type two or more characters to search the consultation notes as well.</translation>
    </message>
    <message>
        <source>The notes could not be searched: %1</source>
        <translation>The notes could not be searched: %1</translation>
    </message>
    <message>
        <source>No consultation notes hold “%1”.</source>
        <translation>No consultation notes hold “%1”.</translation>
    </message>
    <message>
        <source>Consultation notes holding “%1”: the newest %2</source>
        <translation>Consultation notes holding “%1”: the newest %2</translation>
    </message>
    <message numerus="yes">
        <source>Consultation notes holding “%1”: %Ln</source>
        <translation>
            <numerusform>Consultation notes holding “%1”: %Ln</numerusform>
            <numerusform>Consultation notes holding “%1”: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>The note index of this file is not up to date, so older notes may be missing from these results. Rebuilding it takes a few minutes on a large file.</source>
        <translation>The note index of this file is not up to date, so older notes may be missing from these results. Rebuilding it takes a few minutes on a large file.</translation>
    </message>
    <message>
        <source>Only the newest notes were searched: add words to narrow the search.</source>
        <translation>Only the newest notes were searched: add words to narrow the search.</translation>
    </message>
    <message>
        <source>Rebuilding the note index…</source>
        <translation>Rebuilding the note index…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Note index</source>
        <translation>Note index</translation>
    </message>
    <message>
        <source>The note index could not be rebuilt.</source>
        <translation>The note index could not be rebuilt.</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::PdfReport</name>
    <message numerus="yes">
        <source>%n row(s) with a suppressed count are left out of the chart.</source>
        <translation>
            <numerusform>%n row with a suppressed count is left out of the chart.</numerusform>
            <numerusform>%n rows with a suppressed count are left out of the chart.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>The PDF could not be started.</translation>
    </message>
    <message>
        <source>The PDF could not be produced.</source>
        <translation>The PDF could not be produced.</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::PlaceholderPage</name>
    <message>
        <source>This section is coming in a later version of Tsunagu.</source>
        <translation>This section is coming in a later version of Tsunagu.</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::PreVisitCheck</name>
    <message>
        <source>none stated</source>
        <translation>none stated</translation>
    </message>
    <message>
        <source>[Pre-visit checklist]</source>
        <translation>[Pre-visit checklist]</translation>
    </message>
    <message>
        <source>The person agreed to the visit: %1</source>
        <translation>The person agreed to the visit: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Others present: %1</source>
        <translation>Others present: %1</translation>
    </message>
    <message>
        <source>Known risks: %1</source>
        <translation>Known risks: %1</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>Not agreed</source>
        <translation>Not agreed</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::PreVisitChecklistDialog</name>
    <message>
        <source>The person has agreed to this visit</source>
        <translation>The person has agreed to this visit</translation>
    </message>
    <message>
        <source>Before the home visit</source>
        <translation>Before the home visit</translation>
    </message>
    <message>
        <source>A home visit needs the person&apos;s own agreement. Check it before you go.</source>
        <translation>A home visit needs the person&apos;s own agreement. Check it before you go.</translation>
    </message>
    <message>
        <source>Who else will be there</source>
        <translation>Who else will be there</translation>
    </message>
    <message>
        <source>e.g. mother, support worker</source>
        <translation>e.g. mother, support worker</translation>
    </message>
    <message>
        <source>Known risks</source>
        <translation>Known risks</translation>
    </message>
    <message>
        <source>e.g. infection risk, a dog in the house, a family member against support</source>
        <translation>e.g. infection risk, a dog in the house, a family member against support</translation>
    </message>
    <message>
        <source>Continue (Ctrl+Enter)</source>
        <translation>Continue (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Consent:</translation>
    </message>
    <message>
        <source>Others present:</source>
        <translation>Others present:</translation>
    </message>
    <message>
        <source>Known risks:</source>
        <translation>Known risks:</translation>
    </message>
    <message>
        <source>Without the person&apos;s agreement there is no home visit. Ask them first, or go back and choose another channel.</source>
        <translation>Without the person&apos;s agreement there is no home visit. Ask them first, or go back and choose another channel.</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::PreviewModel</name>
    <message>
        <source>Line %1</source>
        <translation>Line %1</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::PreviewPage</name>
    <message>
        <source>The first rows, as they will be read</source>
        <translation>The first rows, as they will be read</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>The first rows of the file</translation>
    </message>
    <message>
        <source>Read as %1. If the text looks garbled, go back and choose the other encoding.</source>
        <translation>Read as %1. If the text looks garbled, go back and choose the other encoding.</translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation>The file has a header but no rows.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s) of the file. Every row is checked in the next step; nothing is written yet.</source>
        <translation>
            <numerusform>The first %n row of the file. Every row is checked in the next step; nothing is written yet.</numerusform>
            <numerusform>The first %n rows of the file. Every row is checked in the next step; nothing is written yet.</numerusform>
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
        <translation>agency no. %1</translation>
    </message>
    <message>
        <source>every %1</source>
        <translation>every %1</translation>
    </message>
    <message>
        <source>contact no. %1</source>
        <translation>contact no. %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
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
        <translation>Agency #%1</translation>
    </message>
    <message>
        <source>Contact person #%1</source>
        <translation>Contact person #%1</translation>
    </message>
    <message>
        <source>Staff #%1</source>
        <translation>Staff #%1</translation>
    </message>
    <message>
        <source>any %1</source>
        <comment>a consent naming a kind of agency, e.g. any Hello Work office</comment>
        <translation>any %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between recipients</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::RecordOpener</name>
    <message>
        <source>This record</source>
        <translation>This record</translation>
    </message>
    <message>
        <source>there is no window for it.</source>
        <translation>there is no window for it.</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 could not be opened: %2</translation>
    </message>
    <message>
        <source>The consultation</source>
        <translation>The consultation</translation>
    </message>
    <message>
        <source>The changes to the consultation were saved.</source>
        <translation>The changes to the consultation were saved.</translation>
    </message>
    <message>
        <source>The referral</source>
        <translation>The referral</translation>
    </message>
    <message>
        <source>The referral&apos;s step was recorded.</source>
        <translation>The referral&apos;s step was recorded.</translation>
    </message>
    <message>
        <source>The consent</source>
        <translation>The consent</translation>
    </message>
    <message>
        <source>The disclosure record</source>
        <translation>The disclosure record</translation>
    </message>
    <message>
        <source>no record with number %1.</source>
        <translation>no record with number %1.</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ReferralDialog</name>
    <message>
        <source>Refer to a partner agency</source>
        <translation>Refer to a partner agency</translation>
    </message>
    <message>
        <source>Refer %1 to a partner agency</source>
        <translation>Refer %1 to a partner agency</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Purpose (details)</source>
        <translation>Purpose (details)</translation>
    </message>
    <message>
        <source>Describe the purpose</source>
        <translation>Describe the purpose</translation>
    </message>
    <message>
        <source>Information to share</source>
        <translation>Information to share</translation>
    </message>
    <message>
        <source>Special-care information (要配慮個人情報)</source>
        <translation>Special-care information (要配慮個人情報)</translation>
    </message>
    <message>
        <source>Health: conditions, disability certificate, treatment</source>
        <translation>Health: conditions, disability certificate, treatment</translation>
    </message>
    <message>
        <source>Shared only when a consent names it.</source>
        <translation>Shared only when a consent names it.</translation>
    </message>
    <message>
        <source>Covering note</source>
        <translation>Covering note</translation>
    </message>
    <message>
        <source>A short note to the agency. Write nothing about the person beyond the information chosen above.</source>
        <translation>A short note to the agency. Write nothing about the person beyond the information chosen above.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Do not use the exception</source>
        <translation>Do not use the exception</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Letter preview</source>
        <translation>Letter preview</translation>
    </message>
    <message>
        <source>Legal exception…</source>
        <translation>Legal exception…</translation>
    </message>
    <message>
        <source>Share under a legal exception</source>
        <translation>Share under a legal exception</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Print the referral letter</source>
        <translation>Print the referral letter</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the referral letter as PDF</source>
        <translation>Save the referral letter as PDF</translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation>Record &amp;consent…</translation>
    </message>
    <message>
        <source>Record the person&apos;s consent</source>
        <translation>Record the person&apos;s consent</translation>
    </message>
    <message>
        <source>Choose the agency: whether the information can be shared is shown here.</source>
        <translation>Choose the agency: whether the information can be shared is shown here.</translation>
    </message>
    <message>
        <source>Cannot be shared</source>
        <translation>Cannot be shared</translation>
    </message>
    <message>
        <source>The check could not run: %1</source>
        <translation>The check could not run: %1</translation>
    </message>
    <message>
        <source>Allowed by the consent (%1 to %2)</source>
        <translation>Allowed by the consent (%1 to %2)</translation>
    </message>
    <message>
        <source>Allowed under a legal exception (%1)</source>
        <translation>Allowed under a legal exception (%1)</translation>
    </message>
    <message>
        <source>To %1: %2.</source>
        <translation>To %1: %2.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>This disclosure goes to the supervisors&apos; review.</source>
        <translation>This disclosure goes to the supervisors&apos; review.</translation>
    </message>
    <message>
        <source>The disclosure is recorded when you print or save the letter.</source>
        <translation>The disclosure is recorded when you print or save the letter.</translation>
    </message>
    <message>
        <source>The letter to %1 will hold: %2.</source>
        <translation>The letter to %1 will hold: %2.</translation>
    </message>
    <message>
        <source>The person&apos;s information is filled in when you print or save the letter, at the moment the disclosure is recorded.</source>
        <translation>The person&apos;s information is filled in when you print or save the letter, at the moment the disclosure is recorded.</translation>
    </message>
    <message>
        <source>No letter can be made while sharing is refused.</source>
        <translation>No letter can be made while sharing is refused.</translation>
    </message>
    <message>
        <source>Choose the agency and the information to share.</source>
        <translation>Choose the agency and the information to share.</translation>
    </message>
    <message>
        <source>Legal exception: %1. Justification: %2</source>
        <translation>Legal exception: %1. Justification: %2</translation>
    </message>
    <message>
        <source>Referral letter</source>
        <translation>Referral letter</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>The letter was not saved. The disclosure is recorded (no. %1); save the same letter again with the PDF button.</source>
        <translation>The letter was not saved. The disclosure is recorded (no. %1); save the same letter again with the PDF button.</translation>
    </message>
    <message>
        <source>Nothing was shared.</source>
        <translation>Nothing was shared.</translation>
    </message>
    <message>
        <source>The disclosure is recorded (no. %1), but the referral could not be saved completely.</source>
        <translation>The disclosure is recorded (no. %1), but the referral could not be saved completely.</translation>
    </message>
    <message>
        <source>Shared and recorded: disclosure record no. %1, referral no. %2.</source>
        <translation>Shared and recorded: disclosure record no. %1, referral no. %2.</translation>
    </message>
    <message>
        <source>&amp;Print again…</source>
        <translation>&amp;Print again…</translation>
    </message>
    <message>
        <source>Save the P&amp;DF again…</source>
        <translation>Save the P&amp;DF again…</translation>
    </message>
    <message>
        <source>referral-letter</source>
        <translation>referral-letter</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ReferralListModel</name>
    <message>
        <source>%1 · needs attention</source>
        <comment>referral status</comment>
        <translation>%1 · needs attention</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) since the last step</source>
        <translation>
            <numerusform>%n day since the last step</numerusform>
            <numerusform>%n days since the last step</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>name (reading)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Needs attention.</source>
        <translation>Needs attention.</translation>
    </message>
    <message>
        <source>Needs attention: %1</source>
        <translation>Needs attention: %1</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Reading</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>Last step</translation>
    </message>
    <message>
        <source>Days waiting</source>
        <translation>Days waiting</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ReferralListPage</name>
    <message>
        <source>&amp;Record a step…</source>
        <translation>&amp;Record a step…</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Which referrals</source>
        <translation>Which referrals</translation>
    </message>
    <message>
        <source>All referrals</source>
        <translation>All referrals</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Awaiting an answer</source>
        <translation>Awaiting an answer</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Proposed, sent, accepted or first contact made</source>
        <translation>Proposed, sent, accepted or first contact made</translation>
    </message>
    <message>
        <source>Sent, with no answer from the agency yet</source>
        <translation>Sent, with no answer from the agency yet</translation>
    </message>
    <message>
        <source>Proposed, accepted or first contact made</source>
        <translation>Proposed, accepted or first contact made</translation>
    </message>
    <message>
        <source>Completed, declined or withdrawn</source>
        <translation>Completed, declined or withdrawn</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>S&amp;how:</translation>
    </message>
    <message>
        <source>Newest first.</source>
        <translation>Newest first.</translation>
    </message>
    <message>
        <source>Press Enter to open the client of the selected referral, Ctrl+R to record its next step.</source>
        <translation>Press Enter to open the client of the selected referral, Ctrl+R to record its next step.</translation>
    </message>
    <message>
        <source>The referrals could not be read: %1</source>
        <translation>The referrals could not be read: %1</translation>
    </message>
    <message>
        <source>No referrals yet. Refer a client from their screen (Refer).</source>
        <translation>No referrals yet. Refer a client from their screen (Refer).</translation>
    </message>
    <message>
        <source>No referrals to show.</source>
        <translation>No referrals to show.</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ReferralStatusDialog</name>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Steps so far</source>
        <translation>Steps so far</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Record the step</source>
        <translation>Record the step</translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation>(erased)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation>Purpose: %1</translation>
    </message>
    <message>
        <source>Information: %1</source>
        <translation>Information: %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Disclosure record no. %1</source>
        <translation>Disclosure record no. %1</translation>
    </message>
    <message>
        <source>Needs attention: %1</source>
        <translation>Needs attention: %1</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::RejectedRowsModel</name>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Why it was rejected</source>
        <translation>Why it was rejected</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::RestoreDialog</name>
    <message>
        <source>The database cannot be opened</source>
        <translation>The database cannot be opened</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>Tsunagu cannot open %1. The file will not be changed. Restore it from a backup (the damaged file is kept beside it, renamed), open another database file, or quit.</source>
        <translation>Tsunagu cannot open %1. The file will not be changed. Restore it from a backup (the damaged file is kept beside it, renamed), open another database file, or quit.</translation>
    </message>
    <message>
        <source>Choose the backup to restore into %1. Everything now in it is replaced by the backup; a copy of the present data is kept beside the file first.</source>
        <translation>Choose the backup to restore into %1. Everything now in it is replaced by the backup; a copy of the present data is kept beside the file first.</translation>
    </message>
    <message>
        <source>Backups in %1:</source>
        <translation>Backups in %1:</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Backups, newest first</translation>
    </message>
    <message>
        <source>There are no backups in this folder. Choose a backup file instead.</source>
        <translation>There are no backups in this folder. Choose a backup file instead.</translation>
    </message>
    <message>
        <source>&amp;Restore the selected backup</source>
        <translation>&amp;Restore the selected backup</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Choose a &amp;file…</source>
        <translation>Choose a &amp;file…</translation>
    </message>
    <message>
        <source>&amp;Open another database…</source>
        <translation>&amp;Open another database…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation>Choose the backup to restore</translation>
    </message>
    <message>
        <source>Tsunagu databases (*.db);;All files (*)</source>
        <translation>Tsunagu databases (*.db);;All files (*)</translation>
    </message>
    <message>
        <source>This is the database file itself.</source>
        <translation>This is the database file itself.</translation>
    </message>
    <message>
        <source>Choose a backup of it instead.</source>
        <translation>Choose a backup of it instead.</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ReviewPage</name>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>&amp;Question</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>Awaiting review</translation>
    </message>
    <message>
        <source>This page is for supervisors: they review every disclosure made under a legal exception, without the person&apos;s consent. Ask a supervisor if one of yours needs their attention.</source>
        <translation>This page is for supervisors: they review every disclosure made under a legal exception, without the person&apos;s consent. Ask a supervisor if one of yours needs their attention.</translation>
    </message>
    <message>
        <source>Disclosures awaiting review</source>
        <translation>Disclosures awaiting review</translation>
    </message>
    <message>
        <source>Nothing awaits review: no disclosure under a legal exception is waiting for you.</source>
        <translation>Nothing awaits review: no disclosure under a legal exception is waiting for you.</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>Review note</translation>
    </message>
    <message>
        <source>Your note (required to question a disclosure)</source>
        <translation>Your note (required to question a disclosure)</translation>
    </message>
    <message>
        <source>Approve the selected disclosure</source>
        <translation>Approve the selected disclosure</translation>
    </message>
    <message>
        <source>Question the selected disclosure</source>
        <translation>Question the selected disclosure</translation>
    </message>
    <message>
        <source>The review queue could not be read: %1</source>
        <translation>The review queue could not be read: %1</translation>
    </message>
    <message>
        <source>Disclosure record no. %1: %2 → %3
Information: %4
Ground: %5
Justification: %6</source>
        <translation>Disclosure record no. %1: %2 → %3
Information: %4
Ground: %5
Justification: %6</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Write what you question in the note: the staff member reads it.</source>
        <translation>Write what you question in the note: the staff member reads it.</translation>
    </message>
    <message>
        <source>Disclosure record no. %1 approved.</source>
        <translation>Disclosure record no. %1 approved.</translation>
    </message>
    <message>
        <source>Disclosure record no. %1 questioned; your note is kept with it.</source>
        <translation>Disclosure record no. %1 questioned; your note is kept with it.</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::ReviewQueueModel</name>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Legal ground</source>
        <translation>Legal ground</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::RightsMenu</name>
    <message>
        <source>&amp;Access report for the person…</source>
        <translation>&amp;Access report for the person…</translation>
    </message>
    <message>
        <source>E&amp;rase this person&apos;s data…</source>
        <translation>E&amp;rase this person&apos;s data…</translation>
    </message>
    <message>
        <source>Everything held about the person, and what was given to whom (APPI Art. 33).</source>
        <translation>Everything held about the person, and what was given to whom (APPI Art. 33).</translation>
    </message>
    <message>
        <source>At the person&apos;s request: removes who they are and everything they said (APPI Art. 35).</source>
        <translation>At the person&apos;s request: removes who they are and everything they said (APPI Art. 35).</translation>
    </message>
    <message>
        <source>The file is open read-only. Every access report is recorded in the audit log, which cannot be written to this file.</source>
        <translation>The file is open read-only. Every access report is recorded in the audit log, which cannot be written to this file.</translation>
    </message>
    <message>
        <source>The file is open read-only: nothing can be erased.</source>
        <translation>The file is open read-only: nothing can be erased.</translation>
    </message>
    <message>
        <source>The person&apos;s data was erased.</source>
        <translation>The person&apos;s data was erased.</translation>
    </message>
    <message>
        <source>Rewriting the database file so that nothing of the erased data is left in it. On a large file this takes a few minutes.</source>
        <translation>Rewriting the database file so that nothing of the erased data is left in it. On a large file this takes a few minutes.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <source>The data of client no. %1 was erased and the file rewritten; nothing of it is left in the file.</source>
        <translation>The data of client no. %1 was erased and the file rewritten; nothing of it is left in the file.</translation>
    </message>
    <message>
        <source>The data is erased; only the rewrite of the file was stopped.</source>
        <translation>The data is erased; only the rewrite of the file was stopped.</translation>
    </message>
    <message>
        <source>What was erased has already been overwritten with zeros in the file (secure delete). The file itself is rewritten again the next time a person&apos;s data is erased.</source>
        <translation>What was erased has already been overwritten with zeros in the file (secure delete). The file itself is rewritten again the next time a person&apos;s data is erased.</translation>
    </message>
    <message>
        <source>The data is erased, but the file could not be rewritten. What was erased has already been overwritten with zeros in the file (secure delete); the rewrite is tried again the next time a person&apos;s data is erased.</source>
        <translation>The data is erased, but the file could not be rewritten. What was erased has already been overwritten with zeros in the file (secure delete); the rewrite is tried again the next time a person&apos;s data is erased.</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::SearchField</name>
    <message>
        <source>Search names, readings and notes (Ctrl+F)</source>
        <translation>Search names, readings and notes (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search clients and consultation notes</source>
        <translation>Search clients and consultation notes</translation>
    </message>
    <message>
        <source>Type a name or a reading in any kana, or words of a consultation note. Enter opens the top hit; Down goes to the list.</source>
        <translation>Type a name or a reading in any kana, or words of a consultation note. Enter opens the top hit; Down goes to the list.</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::SectionList</name>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Support cases</source>
        <translation>Support cases</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Partner agencies</source>
        <translation>Partner agencies</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>To review</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::SettingsDialog</name>
    <message>
        <source>Tsunagu could not start again.</source>
        <translation>Tsunagu could not start again.</translation>
    </message>
    <message>
        <source>Quit and start it yourself; the new language is used then.</source>
        <translation>Quit and start it yourself; the new language is used then.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>&amp;Dates</translation>
    </message>
    <message>
        <source>L&amp;etters</source>
        <translation>L&amp;etters</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <source>Restart Tsunagu now in the new language?</source>
        <translation>Restart Tsunagu now in the new language?</translation>
    </message>
    <message>
        <source>Yes: Tsunagu closes (typed text is kept as a draft) and starts again. No: keep working; the new language is used from the next start.</source>
        <translation>Yes: Tsunagu closes (typed text is kept as a draft) and starts again. No: keep working; the new language is used from the next start.</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::SourcePage</name>
    <message>
        <source>The file to import</source>
        <translation>The file to import</translation>
    </message>
    <message>
        <source>A CSV file as Excel saves it (UTF-8 or Shift_JIS). Nothing is written until the last step.</source>
        <translation>A CSV file as Excel saves it (UTF-8 or Shift_JIS). Nothing is written until the last step.</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>&amp;Clients</translation>
    </message>
    <message>
        <source>&amp;Agencies</source>
        <translation>&amp;Agencies</translation>
    </message>
    <message>
        <source>C&amp;onsultations</source>
        <translation>C&amp;onsultations</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV file</translation>
    </message>
    <message>
        <source>Type the path, or choose the file</source>
        <translation>Type the path, or choose the file</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encoding</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Detect automatically</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Shift_JIS (CP932, as Japanese Excel saves CSV)</source>
        <translation>Shift_JIS (CP932, as Japanese Excel saves CSV)</translation>
    </message>
    <message>
        <source>The file holds:</source>
        <translation>The file holds:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>Choose the CSV file to import</source>
        <translation>Choose the CSV file to import</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>This file cannot be imported: %1</translation>
    </message>
    <message>
        <source>Detected encoding: %1</source>
        <translation>Detected encoding: %1</translation>
    </message>
    <message>
        <source>Read as %1 (your choice)</source>
        <translation>Read as %1 (your choice)</translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation>(no header)</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s): %1</source>
        <translation>
            <numerusform>%n column: %1</numerusform>
            <numerusform>%n columns: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::StatisticsCharts</name>
    <message>
        <source>Consultations per quarter</source>
        <translation>Consultations per quarter</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>The quarters of the trend chart, e.g. &quot;2024Q4 to 2026Q3&quot;</extracomment>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>%1: suppressed, not drawn.</source>
        <translation>%1: suppressed, not drawn.</translation>
    </message>
    <message>
        <source>Referrals by status at the end of the period</source>
        <translation>Referrals by status at the end of the period</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message numerus="yes">
        <source>%n status(es) with a suppressed count are left out.</source>
        <translation>
            <numerusform>%n status with a suppressed count is left out.</numerusform>
            <numerusform>%n statuses with a suppressed count are left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retention after a job start (%)</source>
        <translation>Retention after a job start (%)</translation>
    </message>
    <message>
        <source>Months after the job start</source>
        <translation>Months after the job start</translation>
    </message>
    <message numerus="yes">
        <source>%n check point(s) not shown: fewer than k people, or a suppressed count.</source>
        <translation>
            <numerusform>%n check point not shown: fewer than k people, or a suppressed count.</numerusform>
            <numerusform>%n check points not shown: fewer than k people, or a suppressed count.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::StatisticsJob</name>
    <message>
        <source>The statistics have not been computed.</source>
        <translation>The statistics have not been computed.</translation>
    </message>
    <message>
        <source>The statistics were cancelled.</source>
        <translation>The statistics were cancelled.</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::StatisticsPage</name>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Kind of period</source>
        <translation>Kind of period</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Fiscal year (April to March)</source>
        <translation>Fiscal year (April to March)</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Smallest published count (k)</source>
        <translation>Smallest published count (k)</translation>
    </message>
    <message>
        <source>&amp;k:</source>
        <translation>&amp;k:</translation>
    </message>
    <message>
        <source>&amp;Recompute</source>
        <translation>&amp;Recompute</translation>
    </message>
    <message>
        <source>Progress of the statistics</source>
        <translation>Progress of the statistics</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>C&amp;SV</source>
        <translation>C&amp;SV</translation>
    </message>
    <message>
        <source>UTF-8 with BOM: Excel opens it in Japanese without garbling.</source>
        <translation>UTF-8 with BOM: Excel opens it in Japanese without garbling.</translation>
    </message>
    <message>
        <source>&amp;Excel</source>
        <translation>&amp;Excel</translation>
    </message>
    <message>
        <source>P&amp;DF</source>
        <translation>P&amp;DF</translation>
    </message>
    <message>
        <source>A report with charts and a page that states the period, the population and the rule.</source>
        <translation>A report with charts and a page that states the period, the population and the rule.</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Export:</translation>
    </message>
    <message>
        <source>Choose a period: its figures appear here once they are computed.</source>
        <translation>Choose a period: its figures appear here once they are computed.</translation>
    </message>
    <message>
        <source>Medians and rates</source>
        <translation>Medians and rates</translation>
    </message>
    <message>
        <source>%1 (not over yet)</source>
        <extracomment>A period that has not ended yet</extracomment>
        <translation>%1 (not over yet)</translation>
    </message>
    <message>
        <source>Counts under %1 are suppressed (k=%1); %2 marks a suppressed count.</source>
        <extracomment>Under every table: %1 is k, %2 the mark of a suppressed count</extracomment>
        <translation>Counts under %1 are suppressed (k=%1); %2 marks a suppressed count.</translation>
    </message>
    <message>
        <source>Computing the statistics of %1…</source>
        <translation>Computing the statistics of %1…</translation>
    </message>
    <message>
        <source>Cancelled. The figures on screen are still those of %1.</source>
        <translation>Cancelled. The figures on screen are still those of %1.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>The statistics could not be computed: %1</source>
        <translation>The statistics could not be computed: %1</translation>
    </message>
    <message>
        <source>Computed at %1.</source>
        <translation>Computed at %1.</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 to %3)</translation>
    </message>
    <message>
        <source>Population: %1</source>
        <translation>Population: %1</translation>
    </message>
    <message>
        <source>Medians and rates are shown only over at least %1 people; %2 marks one that is not shown.</source>
        <translation>Medians and rates are shown only over at least %1 people; %2 marks one that is not shown.</translation>
    </message>
    <message>
        <source>Not shown: over fewer than %1 people, or computed from a suppressed count.</source>
        <translation>Not shown: over fewer than %1 people, or computed from a suppressed count.</translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>PDF report (*.pdf)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export the statistics</source>
        <translation>Export the statistics</translation>
    </message>
    <message>
        <source>The statistics could not be exported.</source>
        <translation>The statistics could not be exported.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exported to %1.</translation>
    </message>
    <message>
        <source>Counts from 1 to k − 1 are suppressed. k is never below %1. It is the organisation&apos;s k: a change made here is saved for every export, and recorded.</source>
        <translation>Counts from 1 to k − 1 are suppressed. k is never below %1. It is the organisation&apos;s k: a change made here is saved for every export, and recorded.</translation>
    </message>
    <message>
        <source>k could not be saved as the organisation&apos;s k.</source>
        <translation>k could not be saved as the organisation&apos;s k.</translation>
    </message>
    <message>
        <source>k = %1 is now the organisation&apos;s k for statistics.</source>
        <translation>k = %1 is now the organisation&apos;s k for statistics.</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::StatisticsTableModel</name>
    <message>
        <source>suppressed</source>
        <translation>suppressed</translation>
    </message>
    <message>
        <source>Suppressed: a small count, or one hidden so that a small count cannot be worked out from the totals.</source>
        <translation>Suppressed: a small count, or one hidden so that a small count cannot be worked out from the totals.</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::TimelineLoader</name>
    <message>
        <source>, </source>
        <comment>separator between topics</comment>
        <translation>, </translation>
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
            <numerusform>%1 %2, %3, %n minute</numerusform>
            <numerusform>%1 %2, %3, %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Topics: %1</source>
        <translation>Topics: %1</translation>
    </message>
    <message>
        <source>Next steps: %1</source>
        <translation>Next steps: %1</translation>
    </message>
    <message>
        <source>Goal: %1 · %2</source>
        <comment>case goal · stage</comment>
        <translation>Goal: %1 · %2</translation>
    </message>
    <message>
        <source> · %1</source>
        <comment>case outcome appended to the summary</comment>
        <translation> · %1</translation>
    </message>
    <message>
        <source>Next follow-up: %1</source>
        <translation>Next follow-up: %1</translation>
    </message>
    <message>
        <source>Closed on %1</source>
        <translation>Closed on %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>agency · referral status</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source> · needs attention</source>
        <translation> · needs attention</translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation>Purpose: %1</translation>
    </message>
    <message>
        <source>Data to share: %1</source>
        <translation>Data to share: %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between data categories</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <source>Recording health information · %1</source>
        <translation>Recording health information · %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <comment>recipients · purposes · data categories · until</comment>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between purposes</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>Period: %1 to %2</translation>
    </message>
    <message>
        <source>Method: %1</source>
        <translation>Method: %1</translation>
    </message>
    <message>
        <source>Given by %1 (%2)</source>
        <translation>Given by %1 (%2)</translation>
    </message>
    <message>
        <source>Withdrawal: %1</source>
        <translation>Withdrawal: %1</translation>
    </message>
    <message>
        <source>consent #%1</source>
        <translation>consent #%1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <comment>recipient · data categories · method</comment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source> · withheld from access reports</source>
        <translation> · withheld from access reports</translation>
    </message>
    <message>
        <source>Basis: %1</source>
        <translation>Basis: %1</translation>
    </message>
    <message>
        <source>Justification: %1</source>
        <translation>Justification: %1</translation>
    </message>
    <message>
        <source>Withheld because: %1</source>
        <translation>Withheld because: %1</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::TimelinePane</name>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Newest first. Press Enter to open the selected record.</source>
        <translation>Newest first. Press Enter to open the selected record.</translation>
    </message>
    <message>
        <source>History of this record</source>
        <translation>History of this record</translation>
    </message>
    <message>
        <source>Show: %1</source>
        <translation>Show: %1</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>The timeline could not be read: %1</source>
        <translation>The timeline could not be read: %1</translation>
    </message>
    <message>
        <source>Nothing of this kind yet.</source>
        <translation>Nothing of this kind yet.</translation>
    </message>
    <message>
        <source>Nothing recorded yet. Log the first consultation with Ctrl+N.</source>
        <translation>Nothing recorded yet. Log the first consultation with Ctrl+N.</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::TodayPage</name>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Days without an answer</source>
        <translation>Days without an answer</translation>
    </message>
    <message>
        <source>Days without contact</source>
        <translation>Days without contact</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>No answer after</source>
        <translation>No answer after</translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <source>No contact for</source>
        <translation>No contact for</translation>
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
        <translation> days</translation>
    </message>
    <message>
        <source>Days without an answer</source>
        <translation>Days without an answer</translation>
    </message>
    <message>
        <source>Days without contact</source>
        <translation>Days without contact</translation>
    </message>
    <message>
        <source>Referrals sent with no &amp;answer after:</source>
        <translation>Referrals sent with no &amp;answer after:</translation>
    </message>
    <message>
        <source>&amp;Support cases with no contact for:</source>
        <translation>&amp;Support cases with no contact for:</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::TopicPicker</name>
    <message>
        <source>Type to filter, Space to tick</source>
        <translation>Type to filter, Space to tick</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Type to filter the topics, Up and Down to move, Space to tick or untick the highlighted topic.</source>
        <translation>Type to filter the topics, Up and Down to move, Space to tick or untick the highlighted topic.</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::VerdictPanel</name>
    <message>
        <source>Can this be shared?</source>
        <translation>Can this be shared?</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::WithdrawConsentDialog</name>
    <message>
        <source>Withdraw a consent</source>
        <translation>Withdraw a consent</translation>
    </message>
    <message>
        <source>From that day on, nothing more is shared on the basis of this consent. What was shared before stays recorded. Open referrals that relied on it are flagged for you.</source>
        <translation>From that day on, nothing more is shared on the basis of this consent. What was shared before stays recorded. Open referrals that relied on it are flagged for you.</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Withdrawn on</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>e.g. told us by phone</source>
        <translation>e.g. told us by phone</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
</context>
<context>
    <name>tsunagu::ui::WorkListModel</name>
    <message>
        <source>consent to record health information</source>
        <translation>consent to record health information</translation>
    </message>
    <message>
        <source>consent to share with %1</source>
        <translation>consent to share with %1</translation>
    </message>
    <message>
        <source>ends today</source>
        <translation>ends today</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 — until %3 (%4)</source>
        <translation>%1 — %2 — until %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2 — sent %3, no answer for %n day(s)</source>
        <translation>
            <numerusform>%1 → %2 — sent %3, no answer for %n day</numerusform>
            <numerusform>%1 → %2 — sent %3, no answer for %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>due today</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 — %3 (%4)</source>
        <translation>%1 — %2 — %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 — no consultation since the case opened on %3 (%n day(s))</source>
        <translation>
            <numerusform>%1 — %2 — no consultation since the case opened on %3 (%n day)</numerusform>
            <numerusform>%1 — %2 — no consultation since the case opened on %3 (%n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 — last consultation %3 (%n day(s) ago)</source>
        <translation>
            <numerusform>%1 — %2 — last consultation %3 (%n day ago)</numerusform>
            <numerusform>%1 — %2 — last consultation %3 (%n days ago)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — follow-up planned for today</source>
        <translation>%1 — follow-up planned for today</translation>
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
        <translation>Press Enter to open the record.</translation>
    </message>
    <message>
        <source>Consents ending within 30 days</source>
        <translation>Consents ending within 30 days</translation>
    </message>
    <message>
        <source>Referrals without an answer</source>
        <translation>Referrals without an answer</translation>
    </message>
    <message>
        <source>Retention checks and milestones due</source>
        <translation>Retention checks and milestones due</translation>
    </message>
    <message>
        <source>Cases without contact</source>
        <translation>Cases without contact</translation>
    </message>
    <message>
        <source>Follow-ups for today</source>
        <translation>Follow-ups for today</translation>
    </message>
    <message>
        <source>No consent ends in the next 30 days.</source>
        <translation>No consent ends in the next 30 days.</translation>
    </message>
    <message>
        <source>Every referral sent has had an answer. Nothing to chase.</source>
        <translation>Every referral sent has had an answer. Nothing to chase.</translation>
    </message>
    <message>
        <source>No retention check or milestone is due this week.</source>
        <translation>No retention check or milestone is due this week.</translation>
    </message>
    <message>
        <source>Every open case has been in touch recently.</source>
        <translation>Every open case has been in touch recently.</translation>
    </message>
    <message>
        <source>No follow-up is planned for today.</source>
        <translation>No follow-up is planned for today.</translation>
    </message>
    <message>
        <source>This list could not be read: %1</source>
        <translation>This list could not be read: %1</translation>
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
        <translation>The number of days cannot be negative.</translation>
    </message>
    <message>
        <source>any %1</source>
        <translation>any %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>tsunagu::worklist::TodayList</name>
    <message>
        <source>Unknown work list.</source>
        <translation>Unknown work list.</translation>
    </message>
</context>
</TS>
