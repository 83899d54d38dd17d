// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/importer/SourcePage.h"

#include "importer/TextDecoder.h"
#include "ui/backup/OpenFileChooser.h"
#include "ui/importer/ImportWizard.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QThread>
#include <QVBoxLayout>

namespace tsunagu::ui {

using importer::Encoding;
using importer::ImportKind;

namespace {

constexpr int debounceMs = 250;

} // namespace

SourcePage::SourcePage(QWidget *parent)
    : QWizardPage(parent)
    , m_kinds(new QButtonGroup(this))
    , m_file(new QLineEdit(this))
    , m_encoding(new QComboBox(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("importSourcePage"));
    setTitle(tr("The file to import"));
    setSubTitle(tr("A CSV file as Excel saves it (UTF-8 or Shift_JIS). Nothing is written until the last step."));

    auto *kinds = new QVBoxLayout;
    const struct {
        ImportKind kind;
        QString text;
        QString name;
    } choices[] = {
        { ImportKind::Clients, tr("&Clients"), QStringLiteral("kindClients") },
        { ImportKind::Agencies, tr("&Agencies"), QStringLiteral("kindAgencies") },
        { ImportKind::Consultations, tr("C&onsultations"), QStringLiteral("kindConsultations") },
    };
    for (const auto &choice : choices) {
        auto *button = new QRadioButton(choice.text, this);
        button->setObjectName(choice.name);
        m_kinds->addButton(button, int(choice.kind));
        kinds->addWidget(button);
    }
    m_kinds->button(int(ImportKind::Clients))->setChecked(true);

    m_file->setObjectName(QStringLiteral("importFile"));
    m_file->setAccessibleName(tr("CSV file"));
    m_file->setPlaceholderText(tr("Type the path, or choose the file"));
    m_file->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("C&hoose…"), this);
    browse->setObjectName(QStringLiteral("importBrowse"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);

    m_encoding->setObjectName(QStringLiteral("importEncoding"));
    m_encoding->setAccessibleName(tr("Encoding"));
    m_encoding->addItem(tr("Detect automatically"), int(Encoding::Auto));
    m_encoding->addItem(tr("UTF-8"), int(Encoding::Utf8));
    m_encoding->addItem(tr("Shift_JIS (CP932, as Japanese Excel saves CSV)"), int(Encoding::Cp932));

    m_status->setObjectName(QStringLiteral("importFileStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setMinimumHeight(fontMetrics().lineSpacing() * 3);
    m_status->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto *form = new QFormLayout;
    form->addRow(tr("The file holds:"), kinds);
    form->addRow(tr("&File:"), fileRow);
    form->addRow(tr("&Encoding:"), m_encoding);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(fileRow)))
        label->setBuddy(m_file);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addStretch(1);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(debounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &SourcePage::startRead);
    connect(m_file, &QLineEdit::textChanged, this, &SourcePage::scheduleRead);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &SourcePage::startRead);
    connect(browse, &QPushButton::clicked, this, &SourcePage::browse);
    connect(m_kinds, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            emit completeChanged();
    });
}

SourcePage::~SourcePage()
{
    for (QThread *thread : std::as_const(m_threads)) {
        thread->wait();
        delete thread;
    }
}

ImportKind SourcePage::kind() const
{
    return static_cast<ImportKind>(m_kinds->checkedId());
}

QRadioButton *SourcePage::kindButton(ImportKind kind) const
{
    return qobject_cast<QRadioButton *>(m_kinds->button(int(kind)));
}

QString SourcePage::filePath() const
{
    return QDir::fromNativeSeparators(m_file->text().trimmed());
}

Encoding SourcePage::encodingChoice() const
{
    return static_cast<Encoding>(m_encoding->currentData().toInt());
}

void SourcePage::browse()
{
    QString folder = QFileInfo(filePath()).absolutePath();
    if (filePath().isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = OpenFileChooser::openFileName(
        this, tr("Choose the CSV file to import"), folder, tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        m_file->setText(QDir::toNativeSeparators(path));
}

void SourcePage::scheduleRead()
{
    m_analysis.reset();
    ++m_generation; // whatever is being read is no longer what is asked
    m_reading = !filePath().isEmpty();
    m_status->setText(filePath().isEmpty() ? QString() : tr("Reading the file…"));
    emit completeChanged();
    if (!filePath().isEmpty())
        m_debounce.start();
}

void SourcePage::reread()
{
    startRead();
}

void SourcePage::startRead()
{
    m_debounce.stop();
    m_analysis.reset();
    const quint64 generation = ++m_generation;
    const QString path = filePath();
    if (path.isEmpty()) {
        m_reading = false;
        m_status->clear();
        emit completeChanged();
        return;
    }
    m_reading = true;
    m_status->setText(tr("Reading the file…"));
    emit completeChanged();
    const Encoding choice = encodingChoice();
    auto result = std::make_shared<Result<FileAnalysis>>(fail(ErrorCode::Cancelled, QString()));
    QThread *thread = QThread::create([result, path, choice] { *result = FileAnalysis::read(path, choice); });
    thread->setObjectName(QStringLiteral("tsunagu-import-read"));
    connect(thread, &QThread::finished, this, [this, thread, result, generation] {
        m_threads.removeOne(thread);
        thread->wait();
        delete thread;
        onRead(generation, *result);
    });
    m_threads.append(thread);
    thread->start();
}

void SourcePage::onRead(quint64 generation, const Result<FileAnalysis> &result)
{
    if (generation != m_generation)
        return; // the path or the encoding changed meanwhile
    m_reading = false;
    if (!result) {
        m_status->setText(tr("This file cannot be imported: %1").arg(result.error().message));
        emit completeChanged();
        return;
    }
    m_analysis = *result;
    const QString encoding = importer::TextDecoder::displayName(result->encoding);
    const QString how = result->choice == Encoding::Auto ? tr("Detected encoding: %1").arg(encoding)
                                                         : tr("Read as %1 (your choice)").arg(encoding);
    QStringList headers;
    for (const QString &h : result->header)
        headers << (h.trimmed().isEmpty() ? tr("(no header)") : h.trimmed());
    m_status->setText(how + u'\n'
        + tr("%n column(s): %1", "", int(result->header.size())).arg(headers.join(QStringLiteral(", ")).left(300)));
    emit completeChanged();
}

bool SourcePage::isComplete() const
{
    return m_analysis.has_value() && m_kinds->checkedId() >= 0;
}

bool SourcePage::validatePage()
{
    if (!m_analysis)
        return false;
    static_cast<ImportWizard *>(wizard())->setAnalysis(m_analysis);
    return true;
}

} // namespace tsunagu::ui
