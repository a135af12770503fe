#include "inspectionformdialog.h"

#include "auth/staffdirectory.h"
#include "checklisttable.h"
#include "correctionreasondialog.h"
#include "formproblems.h"
#include "inlinemessage.h"
#include "inspectioncommands.h"
#include "inspectionoutcomeseditor.h"
#include "inspectionrecordpage.h"
#include "inspections/checklist.h"
#include "inspections/inspectionrepository.h"
#include "inspections/inspectionrules.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopedValueRollback>
#include <QScreen>
#include <QScrollArea>
#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

namespace casedesk {

namespace {
// The form field a problem's key belongs to: checklist[2].note to the checklist.
QString fieldOf(const QString &problemKey)
{
    QString base = problemKey;
    const qsizetype cut = base.indexOf(QRegularExpression(QStringLiteral("[.\\[]")));
    if (cut >= 0)
        base.truncate(cut);
    return base;
}

QScrollArea *scrolled(QWidget *page, QWidget *parent)
{
    auto *area = new QScrollArea(parent);
    area->setWidget(page);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

QPushButton *button(const QString &text, const char *name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    // Enter in a field must not store a half-typed record.
    b->setAutoDefault(false);
    return b;
}
} // namespace

InspectionFormDialog::InspectionFormDialog(Database &db, const Session &session, QWidget *parent)
    : InspectionFormDialog(db, session, Inspection{}, parent)
{
}

InspectionFormDialog::InspectionFormDialog(Database &db, const Session &session, const Inspection &record,
                                           QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session),
      m_mode(record.id == 0                                ? Mode::New
             : record.status == InspectionStatus::Finished ? Mode::Correction
                                                           : Mode::Draft),
      m_original(record)
{
    setObjectName(QStringLiteral("inspectionForm"));
    if (m_mode == Mode::New) {
        setWindowTitle(tr("New Inspection"));
        if (!m_original.inspectedOn.isValid())
            m_original.inspectedOn = QDate::currentDate();
        if (m_original.section.isEmpty())
            if (const auto me = StaffDirectory(db).find(session, session.login()))
                m_original.section = me->section;
    } else {
        setWindowTitle(m_mode == Mode::Correction ? tr("Correct Inspection %1").arg(record.recordNumber)
                                                  : tr("Edit Inspection %1").arg(record.recordNumber));
    }
    if (const auto staff = StaffDirectory(db).list(session, false))
        for (const StaffMember &member : *staff)
            m_staff.insert(member.id, member);
    build();
    load(m_original);
    if (m_mode != Mode::New)
        m_problems->markAllTouched();
    m_baseline = editedRecord();
    revalidate();
}

void InspectionFormDialog::build()
{
    m_message = new InlineMessage(this);
    m_message->setObjectName(QStringLiteral("formMessage"));
    m_problems = new FormProblems(this, m_message);
    m_record = new InspectionRecordPage(m_db, m_session, m_problems, this);
    m_record->setObjectName(QStringLiteral("recordPage"));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabTitles = {tr("&Record"), tr("Check&list"), tr("O&utcome")};
    m_tabs->addTab(scrolled(m_record, m_tabs), m_tabTitles.at(RecordTab));
    m_tabs->addTab(checklistPage(), m_tabTitles.at(ChecklistTab));
    m_tabs->addTab(scrolled(outcomePage(), m_tabs), m_tabTitles.at(OutcomeTab));
    for (const char *key : {"unit", "inspectedOn", "kind", "campaign", "followUpOf", "domain", "system", "section",
                            "place", "inspectors", "items"})
        m_tabOfKey.insert(QLatin1String(key), RecordTab);
    m_tabOfKey.insert(QStringLiteral("checklist"), ChecklistTab);
    for (const char *key : {"findings", "outcomes", "correctBy", "directiveDemands", "directiveOralOn", "sealSeizeNote",
                            "reportedTo", "unitSignatory", "refusalNote"})
        m_tabOfKey.insert(QLatin1String(key), OutcomeTab);

    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("buttons"));
    m_saveDraft = button(tr("Save &Draft"), "saveDraft", this);
    m_saveDraft->setToolTip(tr("Keep the record as a draft: it can still be changed"));
    m_finish = button(tr("&Finish…"), "finish", this);
    m_finish->setToolTip(tr("Save and lock the record: afterwards it can only be corrected by a new version"));
    m_correct = button(tr("Save &Correction…"), "saveCorrection", this);
    m_correct->setToolTip(tr("Store the corrected record as its next version, with the reason"));
    m_cancel = button(tr("Cancel"), "cancel", this);
    buttons->addButton(m_saveDraft, QDialogButtonBox::ActionRole);
    buttons->addButton(m_finish, QDialogButtonBox::ActionRole);
    buttons->addButton(m_correct, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    m_saveDraft->setVisible(m_mode != Mode::Correction);
    m_finish->setVisible(m_mode != Mode::Correction);
    m_correct->setVisible(m_mode == Mode::Correction);
    connect(m_saveDraft, &QPushButton::clicked, this, &InspectionFormDialog::saveDraft);
    connect(m_finish, &QPushButton::clicked, this, &InspectionFormDialog::finish);
    connect(m_correct, &QPushButton::clicked, this, &InspectionFormDialog::saveCorrection);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (mayClose())
            reject();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    QSize size(920, 760);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size() * 0.95);
    resize(size);

    connect(m_record, &InspectionRecordPage::edited, this, &InspectionFormDialog::revalidate);
    connect(m_record, &InspectionRecordPage::systemChosen, this, &InspectionFormDialog::systemChosen);
    connect(m_record, &InspectionRecordPage::domainChanged, m_outcomes, &InspectionOutcomesEditor::setDomain);
    connect(m_checklist, &ChecklistTable::changed, this, [this] { touch(QStringLiteral("checklist")); });
    connect(m_outcomes, &InspectionOutcomesEditor::edited, this, &InspectionFormDialog::revalidate);
    connect(m_findings, &QPlainTextEdit::textChanged, this, [this] { touch(QStringLiteral("findings")); });
    connect(m_signatory, &QLineEdit::textEdited, this, [this] { touch(QStringLiteral("unitSignatory")); });
    connect(m_refused, &QCheckBox::toggled, this, [this](bool refused) {
        m_refusalNote->setEnabled(refused);
        m_signatory->setEnabled(!refused);
        touch(QStringLiteral("unitSignatory"));
    });
    connect(m_refusalNote, &QLineEdit::textEdited, this, [this] { touch(QStringLiteral("refusalNote")); });
    // Ctrl+Tab and Ctrl+PgDown (and back) from any field, also those that keep the keys to themselves.
    const auto step = [this](int by) {
        return
            [this, by] { m_tabs->setCurrentIndex((m_tabs->currentIndex() + by + m_tabs->count()) % m_tabs->count()); };
    };
    for (const QKeySequence &keys : {QKeySequence(QKeySequence::NextChild), QKeySequence(Qt::CTRL | Qt::Key_PageDown)})
        connect(new QShortcut(keys, this), &QShortcut::activated, this, step(1));
    for (const QKeySequence &keys :
         {QKeySequence(QKeySequence::PreviousChild), QKeySequence(Qt::CTRL | Qt::Key_PageUp)})
        connect(new QShortcut(keys, this), &QShortcut::activated, this, step(-1));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
        if (tab == ChecklistTab)
            m_checklist->setFocus(Qt::TabFocusReason);
        else if (tab == OutcomeTab)
            m_findings->setFocus(Qt::TabFocusReason);
        else
            m_record->firstField()->setFocus(Qt::TabFocusReason);
    });
}

QWidget *InspectionFormDialog::checklistPage()
{
    auto *page = new QWidget(this);
    auto *legend = new QLabel(tr("On a point: <b>1</b> or <b>Y</b> conforms · <b>2</b> or <b>N</b> does not conform "
                                 "(then type the note and press Enter) · <b>3</b> or <b>0</b> not applicable · "
                                 "<b>Space</b> steps through them · <b>Enter</b> or <b>F2</b> edits the note"),
                              page);
    legend->setObjectName(QStringLiteral("checklistLegend"));
    legend->setWordWrap(true);
    m_checklist = new ChecklistTable(page);
    m_checklist->setObjectName(QStringLiteral("checklist"));
    m_allConform = button(tr("&All Remaining Conform"), "allConform", page);
    m_allConform->setToolTip(tr("Every point not checked yet conforms"));
    connect(m_allConform, &QPushButton::clicked, this, [this] {
        m_checklist->markUncheckedConforming();
        m_checklist->setFocus(Qt::OtherFocusReason);
    });
    auto *line = new QLabel(page);
    m_problems->attach(QStringLiteral("checklist"), m_checklist, line);
    auto *row = new QHBoxLayout;
    row->addWidget(line, 1);
    row->addWidget(m_allConform, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(legend);
    layout->addWidget(m_checklist, 1);
    layout->addLayout(row);
    return page;
}

QWidget *InspectionFormDialog::outcomePage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_findings = new QPlainTextEdit(page);
    m_findings->setObjectName(QStringLiteral("findings"));
    m_findings->setTabChangesFocus(true);
    m_findings->setPlaceholderText(tr("What was found, as it will be printed in the record"));
    // Room for a few lines; the outcomes below stay in view.
    m_findings->setMinimumHeight(m_findings->fontMetrics().lineSpacing() * 4 + 12);
    m_findings->setMaximumHeight(m_findings->fontMetrics().lineSpacing() * 7 + 12);
    m_outcomes = new InspectionOutcomesEditor(m_problems, page);
    m_outcomes->setObjectName(QStringLiteral("outcomes"));
    m_signatory = new QLineEdit(page);
    m_signatory->setObjectName(QStringLiteral("unitSignatory"));
    m_signatory->setPlaceholderText(tr("The unit's responsible person who signed the record"));
    m_refused = new QCheckBox(tr("The unit &refused to sign"), page);
    m_refused->setObjectName(QStringLiteral("unitRefusedToSign"));
    m_refusalNote = new QLineEdit(page);
    m_refusalNote->setObjectName(QStringLiteral("refusalNote"));
    m_refusalNote->setPlaceholderText(tr("Who refused, and who witnessed it"));
    m_refusalNote->setEnabled(false);
    m_problems->addRow(form, tr("F&indings:"), m_findings, QStringLiteral("findings"));
    form->addRow(tr("What was &done:"), m_outcomes);
    m_problems->addRow(form, tr("Si&gned for the unit by:"), m_signatory, QStringLiteral("unitSignatory"));
    form->addRow(QString(), m_refused);
    m_problems->addRow(form, tr("Refusal &note:"), m_refusalNote, QStringLiteral("refusalNote"));
    setTabOrder(m_findings, m_outcomes);
    setTabOrder(m_outcomes->lastField(), m_signatory);
    setTabOrder(m_signatory, m_refused);
    setTabOrder(m_refused, m_refusalNote);
    return page;
}

void InspectionFormDialog::load(const Inspection &record)
{
    // Filling the fields is not editing them.
    const QScopedValueRollback<bool> loading(m_loading, true);
    m_record->load(record);
    m_record->setUnitFixed(m_mode == Mode::Correction);
    m_checklist->setPoints(record.checklist);
    m_checklistSystem = record.systemId;
    m_findings->setPlainText(record.findings);
    m_outcomes->load(record);
    m_signatory->setText(record.unitSignatory);
    m_refused->setChecked(record.unitRefusedToSign);
    m_refusalNote->setText(record.refusalNote);
    // A new record (the plan's unit, say) gets its system's checklist at once.
    if (record.checklist.isEmpty() && m_record->systemId() != 0)
        systemChosen(m_record->systemId());
}

void InspectionFormDialog::systemChosen(qint64 systemId)
{
    if (systemId == m_checklistSystem && !m_checklist->points().isEmpty())
        return;
    const QList<CheckPoint> &points = m_checklist->points();
    const auto answered = std::count_if(points.cbegin(), points.cend(),
                                        [](const CheckPoint &p) { return p.result != CheckResult::Unchecked; });
    if (answered > 0 &&
        QMessageBox::question(this, tr("Replace the Checklist"),
                              tr("The checklist of the system chosen replaces the one in the form: the %n result(s) "
                                 "entered will be lost. Replace it?",
                                 nullptr, static_cast<int>(answered))) != QMessageBox::Yes) {
        m_record->setSystem(m_checklistSystem);
        return;
    }
    QList<CheckPoint> loaded;
    if (systemId != 0) {
        const Result<QList<CheckPoint>> found = Checklist::forSystem(m_db, systemId);
        if (!found) {
            m_message->showError(found.error().message);
            return;
        }
        loaded = *found;
    }
    m_checklistSystem = systemId;
    m_checklist->setPoints(loaded);
    revalidate();
}

Inspection InspectionFormDialog::editedRecord() const
{
    Inspection r = m_original;
    m_record->apply(r);
    r.checklist = m_checklist->points();
    r.findings = m_findings->toPlainText().trimmed();
    m_outcomes->apply(r);
    r.unitRefusedToSign = m_refused->isChecked();
    r.unitSignatory = r.unitRefusedToSign ? QString() : m_signatory->text().trimmed();
    r.refusalNote = r.unitRefusedToSign ? m_refusalNote->text().trimmed() : QString();
    return r;
}

FieldProblems InspectionFormDialog::problems() const
{
    const Inspection r = editedRecord();
    const QDate today = QDate::currentDate();
    QList<StaffMember> staff;
    for (const InspectionInspector &i : r.inspectors)
        if (m_staff.contains(i.staffId))
            staff << m_staff.value(i.staffId);
    FieldProblems found;
    for (const FieldProblems &part :
         {InspectionRules::draftProblems(r, today), InspectionRules::finishProblems(r, staff, today)}) {
        for (FieldProblem p : part) {
            p.field = fieldOf(p.field);
            const bool known = std::any_of(found.cbegin(), found.cend(), [&](const FieldProblem &q) {
                return q.field == p.field && q.message == p.message;
            });
            if (!known)
                found << p;
        }
    }
    return found;
}

void InspectionFormDialog::touch(const QString &key)
{
    if (m_loading)
        return;
    m_problems->markTouched(key);
    revalidate();
}

void InspectionFormDialog::revalidate()
{
    // Building the widgets fires their signals before the form is complete.
    if (!m_cancel)
        return;
    const FieldProblems all = problems();
    FieldProblems draft = InspectionRules::draftProblems(editedRecord(), QDate::currentDate());
    m_saveDraft->setEnabled(draft.isEmpty());
    m_finish->setEnabled(all.isEmpty());
    m_correct->setEnabled(all.isEmpty());
    markTabs(all);
    m_problems->show(all);
}

void InspectionFormDialog::markTabs(const FieldProblems &problems)
{
    QList<bool> troubled(m_tabTitles.size(), false);
    for (const FieldProblem &p : problems)
        if (m_tabOfKey.contains(p.field))
            troubled[m_tabOfKey.value(p.field)] = true;
    for (int tab = 0; tab < m_tabTitles.size(); ++tab)
        m_tabs->setTabText(tab, troubled.at(tab) ? tr("%1 (!)", "a tab with problems").arg(m_tabTitles.at(tab))
                                                 : m_tabTitles.at(tab));
}

bool InspectionFormDialog::storeDraft()
{
    const Inspection edited = editedRecord();
    const QDate today = QDate::currentDate();
    InspectionRepository repository(m_db);
    Result<Inspection> stored = m_mode == Mode::New ? repository.create(m_session, edited, today)
                                : m_save            ? m_save(m_original, edited)
                                                    : repository.update(m_session, edited, today);
    if (!m_message->showOutcome(stored))
        return false;
    m_saved = stored.value();
    m_original = m_saved;
    m_baseline = editedRecord();
    if (m_mode == Mode::New) {
        m_mode = Mode::Draft;
        setWindowTitle(tr("Edit Inspection %1").arg(m_saved.recordNumber));
    }
    return true;
}

bool InspectionFormDialog::saveDraft()
{
    m_problems->markAllTouched();
    revalidate();
    if (m_mode == Mode::Correction || !m_saveDraft->isEnabled() || !storeDraft())
        return false;
    accept();
    return true;
}

bool InspectionFormDialog::finish()
{
    m_problems->markAllTouched();
    revalidate();
    if (m_mode == Mode::Correction || !m_finish->isEnabled())
        return false;
    if (!confirmFinish(this, editedRecord()))
        return false;
    if (!storeDraft())
        return false;
    const Result<Inspection> finished = InspectionRepository(m_db).finish(m_session, m_saved.id, QDate::currentDate());
    if (!m_message->showOutcome(finished))
        return false;
    m_saved = *finished;
    m_finished = true;
    accept();
    return true;
}

bool InspectionFormDialog::confirmFinish(QWidget *parent, const Inspection &record)
{
    QStringList consequences{tr("A finished record is locked: it cannot be edited any more, only corrected by a "
                                "new version that gives its reason.")};
    if (record.has(InspectionOutcome::Directive))
        consequences << tr("The directive gets its number.");
    if (record.has(InspectionOutcome::OpenCase))
        consequences << tr("A lead is registered from the record.");
    consequences << tr("Finishing cannot be undone.");
    QMessageBox confirm(QMessageBox::Question, tr("Finish the Inspection"),
                        tr("Finish the inspection of %1 on %2?")
                            .arg(record.unit.name, record.inspectedOn.toString(QStringLiteral("yyyy-MM-dd"))),
                        QMessageBox::NoButton, parent);
    confirm.setObjectName(QStringLiteral("finishConfirmation"));
    confirm.setInformativeText(consequences.join(QLatin1Char(' ')));
    QPushButton *lock = confirm.addButton(tr("Finish and Lock"), QMessageBox::AcceptRole);
    confirm.addButton(QMessageBox::Cancel);
    confirm.setDefaultButton(lock);
    confirm.exec();
    return confirm.clickedButton() == lock;
}

bool InspectionFormDialog::saveCorrection()
{
    m_problems->markAllTouched();
    revalidate();
    if (m_mode != Mode::Correction || !m_correct->isEnabled())
        return false;
    CorrectionReasonDialog ask(m_original.recordNumber, m_original.version + 1, this);
    if (ask.exec() != QDialog::Accepted)
        return false;
    const Result<Inspection> corrected =
        InspectionRepository(m_db).correct(m_session, editedRecord(), ask.reason(), QDate::currentDate());
    if (!m_message->showOutcome(corrected))
        return false;
    m_saved = *corrected;
    m_finished = true;
    accept();
    return true;
}

bool InspectionFormDialog::dirty() const
{
    return !InspectionCommands::sameContent(m_baseline, editedRecord());
}

bool InspectionFormDialog::mayClose()
{
    if (!dirty())
        return true;
    QMessageBox ask(QMessageBox::Question, tr("Discard Changes"),
                    tr("Close the form and lose what was entered since it was last saved?"), QMessageBox::NoButton,
                    this);
    ask.setObjectName(QStringLiteral("discardChanges"));
    QPushButton *discard = ask.addButton(tr("&Discard Changes"), QMessageBox::DestructiveRole);
    QPushButton *keep = ask.addButton(tr("&Keep Editing"), QMessageBox::RejectRole);
    ask.setDefaultButton(keep);
    ask.exec();
    return ask.clickedButton() == discard;
}

void InspectionFormDialog::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        if (mayClose())
            reject();
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void InspectionFormDialog::closeEvent(QCloseEvent *event)
{
    if (!mayClose()) {
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

} // namespace casedesk
