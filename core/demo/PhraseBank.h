// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Consultation.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tsunagu::demo {

class DemoRandom;

// Consultation notes written the way coordinators write them: a few sentences
// about the person's condition, then about the consultation's topics (a job
// search, a return to work, reasonable accommodation …), about 200 characters
// in all, and a short next step. Built from a bank of phrases with slots for
// an agency, a family member, a number or a disease, so that words such as
// 就労, 復職, 通院 and 合理的配慮 occur as often as the topics make them.
class PhraseBank
{
public:
    struct Context {
        Topics topics;
        QString disease; // the person's condition, or empty
        QString helloWork; // the Hello Work office near them
        QString agency; // another agency they deal with
        bool first = false; // the first consultation (intake)
    };

    static const PhraseBank &instance();

    QString note(DemoRandom &random, const Context &context) const;
    QString nextSteps(DemoRandom &random, const Context &context) const;

private:
    PhraseBank();
    QString pick(DemoRandom &random, const QStringList &list, const Context &context) const;
    QString expand(DemoRandom &random, const QString &phrase, const Context &context) const;

    QStringList m_openers;
    QStringList m_intake;
    QList<QStringList> m_byTopic; // indexed by Topic
    QStringList m_closers;
    QStringList m_next;
    QStringList m_uncommon; // in about 1 note in 500
    QStringList m_rare; // in about 1 note in 5,000
};

} // namespace tsunagu::demo
