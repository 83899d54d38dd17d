// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/importer/MappingPage.h"

#include "ui/importer/ImportWizard.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSet>
#include <QVBoxLayout>

namespace tsunagu::ui {

using importer::Field;
using importer::FieldCatalog;
using importer::ImportKind;

namespace {

bool required(ImportKind kind, Field field)
{
    switch (kind) {
    case ImportKind::Clients:
    case ImportKind::Agencies:
        return field == Field::Name;
    case ImportKind::Consultations:
        return field == Field::Date || field == Field::Channel;
    }
    return false;
}

} // namespace

MappingPage::MappingPage(QWidget *parent)
    : QWizardPage(parent)
    , m_fields(new QWidget)
    , m_form(new QFormLayout(m_fields))
    , m_intro(new QLabel(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("importMappingPage"));
    setTitle(tr("Which column holds what"));
    m_intro->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("mappingProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    QPalette red = m_problem->palette();
    red.setColor(QPalette::WindowText,
        palette().color(QPalette::Window).lightness() < 128 ? QColor(0xff8a80) : QColor(0xb71c1c));
    m_problem->setPalette(red);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_fields);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_problem);
}

QHash<int, Field> MappingPage::automaticFields(ImportKind kind) const
{
    const auto *w = static_cast<const ImportWizard *>(wizard());
    importer::MappingRules remembered;
    if (auto r = importer::ColumnMapping::remembered(w->session().db(), kind))
        remembered = *r;
    QHash<QString, Field> rememberedByKey;
    for (auto it = remembered.constBegin(); it != remembered.constEnd(); ++it) {
        if (const auto field = FieldCatalog::byId(kind, it.value()))
            rememberedByKey.insert(FieldCatalog::headerKey(it.key()), *field);
    }
    // As ColumnMapping::build matches them (no mapping file here): the
    // remembered rule, then the header; the first column wins a field.
    QHash<int, Field> fields;
    QSet<int> taken;
    for (int i = 0; i < m_header.size(); ++i) {
        const QString key = FieldCatalog::headerKey(m_header.at(i));
        if (key.isEmpty())
            continue;
        std::optional<Field> field;
        if (auto it = rememberedByKey.constFind(key); it != rememberedByKey.constEnd())
            field = *it;
        else
            field = FieldCatalog::byHeader(kind, m_header.at(i));
        if (!field || *field == Field::Ignore || taken.contains(int(*field)))
            continue;
        taken.insert(int(*field));
        fields.insert(i, *field);
    }
    return fields;
}

void MappingPage::initializePage()
{
    const auto *w = static_cast<const ImportWizard *>(wizard());
    if (!w->analysis())
        return;
    const QString signature
        = QString::number(int(w->kind())) + u'\n' + w->analysis()->path + u'\n' + w->analysis()->header.join(u'\x1f');
    if (signature == m_builtFor)
        return; // back from a later page: keep what was chosen
    m_builtFor = signature;
    m_kind = w->kind();
    m_header = w->analysis()->header;
    setSubTitle(tr("%1 from %2. Each field shows the column it will be read from; change any that is wrong.")
                    .arg(ImportWizard::kindName(m_kind), QFileInfo(w->analysis()->path).fileName()));
    rebuild();
}

void MappingPage::rebuild()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_combos.clear();

    const QHash<int, Field> automatic = automaticFields(m_kind);
    QHash<int, int> columnOfField;
    for (auto it = automatic.constBegin(); it != automatic.constEnd(); ++it)
        columnOfField.insert(int(it.value()), it.key());

    for (const importer::FieldSpec &spec : FieldCatalog::fields(m_kind)) {
        if (spec.field == Field::Ignore || spec.field == Field::PreviousProblem)
            continue;
        auto *combo = new QComboBox(m_fields);
        combo->setObjectName(QStringLiteral("mapping_") + FieldCatalog::id(spec.field));
        const QString label = FieldCatalog::label(m_kind, spec.field);
        combo->setAccessibleName(label);
        combo->addItem(tr("(not imported)"), -1);
        for (int i = 0; i < m_header.size(); ++i) {
            const QString header = m_header.at(i).trimmed();
            if (header.isEmpty())
                continue; // a column is chosen by its header: one without cannot be
            combo->addItem(tr("Column %1: %2").arg(i + 1).arg(header.left(40)), i);
        }
        const int column = columnOfField.value(int(spec.field), -1);
        combo->setCurrentIndex(std::max(0, combo->findData(column)));
        connect(combo, &QComboBox::currentIndexChanged, this, &MappingPage::check);
        auto *name
            = new QLabel(required(m_kind, spec.field) ? tr("%1 (required):").arg(label) : label + u':', m_fields);
        if (required(m_kind, spec.field)) {
            QFont bold = name->font();
            bold.setBold(true);
            name->setFont(bold);
        }
        name->setBuddy(combo);
        m_form->addRow(name, combo);
        m_combos.insert(int(spec.field), combo);
    }
    m_intro->setText(m_kind == ImportKind::Consultations
            ? tr("Whose consultation each row is: a client ID column, or the client's name (or reading) and "
                 "birth date. Fields left \"not imported\" stay empty.")
            : tr("Fields left \"not imported\" stay empty. Columns chosen for no field are not imported."));
    check();
}

int MappingPage::columnOf(Field field) const
{
    const QComboBox *combo = comboFor(field);
    return combo ? combo->currentData().toInt() : -1;
}

importer::MappingRules MappingPage::rules() const
{
    QHash<int, Field> chosen; // column → field
    for (auto it = m_combos.constBegin(); it != m_combos.constEnd(); ++it) {
        const int column = it.value()->currentData().toInt();
        if (column >= 0)
            chosen.insert(column, static_cast<Field>(it.key()));
    }
    importer::MappingRules rules;
    for (int i = 0; i < m_header.size(); ++i) {
        const QString header = m_header.at(i).trimmed();
        if (header.isEmpty())
            continue;
        if (auto it = chosen.constFind(i); it != chosen.constEnd())
            rules.insert(header, FieldCatalog::id(*it));
        else if (FieldCatalog::byHeader(m_kind, header) == Field::PreviousProblem)
            rules.insert(header, FieldCatalog::id(Field::PreviousProblem)); // a reject report imported again
        else if (!rules.contains(header))
            rules.insert(header, QStringLiteral("ignore"));
    }
    return rules;
}

void MappingPage::check()
{
    QString problem;
    // One column, two fields: a column is named by its header, so it can hold one field only.
    QHash<int, QString> fieldOfColumn;
    for (const importer::FieldSpec &spec : FieldCatalog::fields(m_kind)) {
        const int column = columnOf(spec.field);
        if (column < 0)
            continue;
        const QString label = FieldCatalog::label(m_kind, spec.field);
        if (fieldOfColumn.contains(column)) {
            problem = tr("Column %1 is chosen for both \"%2\" and \"%3\"; a column can hold one field only.")
                          .arg(column + 1)
                          .arg(fieldOfColumn.value(column), label);
            break;
        }
        fieldOfColumn.insert(column, label);
    }
    // Columns are named by their headers: two with the same header cannot be told apart.
    if (problem.isEmpty()) {
        QHash<QString, int> columnOfKey;
        for (auto it = fieldOfColumn.constBegin(); it != fieldOfColumn.constEnd() && problem.isEmpty(); ++it) {
            const QString key = FieldCatalog::headerKey(m_header.value(it.key()));
            for (int i = 0; i < m_header.size(); ++i) {
                if (i != it.key() && FieldCatalog::headerKey(m_header.at(i)) == key) {
                    problem = tr("Columns %1 and %2 have the same header \"%3\", so they cannot be told apart. "
                                 "Rename one of them in the file.")
                                  .arg(std::min(i, it.key()) + 1)
                                  .arg(std::max(i, it.key()) + 1)
                                  .arg(m_header.value(it.key()).trimmed());
                    break;
                }
            }
        }
    }
    // The fields without which no row can be read (core's own messages speak of
    // the command line's mapping files; here the combos are the way).
    const auto missing = [this](Field field) {
        return tr("Choose the column that holds \"%1\".").arg(FieldCatalog::label(m_kind, field));
    };
    if (problem.isEmpty()) {
        if (m_kind == ImportKind::Consultations) {
            if (columnOf(Field::Date) < 0)
                problem = missing(Field::Date);
            else if (columnOf(Field::Channel) < 0)
                problem = missing(Field::Channel);
            else if (columnOf(Field::ClientExternalId) < 0
                && !(columnOf(Field::ClientBirthDate) >= 0
                    && (columnOf(Field::ClientName) >= 0 || columnOf(Field::ClientReading) >= 0)))
                problem = tr("Say whose consultations these are: choose the column of the client's ID, or those "
                             "of the client's name (or reading) and birth date.");
        } else if (columnOf(Field::Name) < 0) {
            problem = missing(Field::Name);
        }
    }
    if (problem.isEmpty()) {
        auto mapping = importer::ColumnMapping::build(m_kind, m_header, rules(), {});
        if (!mapping)
            problem = mapping.error().message;
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    const bool valid = problem.isEmpty();
    if (valid != m_valid) {
        m_valid = valid;
        emit completeChanged();
    }
}

bool MappingPage::isComplete() const
{
    return m_valid;
}

bool MappingPage::validatePage()
{
    check();
    if (!m_valid)
        return false;
    static_cast<ImportWizard *>(wizard())->setRules(rules());
    return true;
}

} // namespace tsunagu::ui
