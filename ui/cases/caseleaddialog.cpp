#include "caseleaddialog.h"

#include "caseitempicker.h"
#include "casepartyeditor.h"
#include "cases/casedetails.h"
#include "cases/casequeries.h"
#include "cases/caserepository.h"
#include "cases/caseworkflow.h"
#include "dutylist/dutylistqueries.h"
#include "formproblems.h"
#include "inlinemessage.h"
#include "penaltyeditor.h"
#include "provisioneditor.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QVBoxLayout>

namespace casedesk {

namespace {

enum Tab { LeadTab, HandlingTab, ProvisionsTab, OutcomeTab };

template <class W> W *named(W *widget, const char *name)
{
    widget->setObjectName(QString::fromLatin1(name));
    return widget;
}

QPlainTextEdit *textBox(QWidget *parent, const char *name, int lines)
{
    auto *edit = named(new QPlainTextEdit(parent), name);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * lines + 8);
    return edit;
}

// The case field (CaseDetails) a problem's key belongs to: partyCode and
// party.code to the party, handlers[1] to the handlers.
QString fieldOf(const QString &problemKey)
{
    if (problemKey.startsWith(QLatin1String("party")))
        return QStringLiteral("party");
    if (problemKey == QLatin1String("sourceDetail"))
        return QStringLiteral("source");
    QString base = problemKey;
    const qsizetype cut = base.indexOf(QRegularExpression(QStringLiteral("[.\\[]")));
    if (cut >= 0)
        base.truncate(cut);
    return base;
}

const CaseDetails::Field *detailField(const QString &key)
{
    for (const CaseDetails::Field &f : CaseDetails::fields())
        if (key == QLatin1String(f.key))
            return &f;
    return nullptr;
}

} // namespace

CaseLeadDialog::CaseLeadDialog(Database &db, const Session &session, QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session), m_adding(true)
{
    setWindowTitle(tr("New Lead"));
    m_original.receivedOn = QDate::currentDate();
    build();
    load(m_original);
    revalidate();
}

CaseLeadDialog::CaseLeadDialog(Database &db, const Session &session, const EnforcementCase &c, QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session), m_adding(false), m_original(c)
{
    setWindowTitle(tr("Edit Case: %1").arg(c.displayNumber()));
    build();
    load(c);
    // A stored case's problems show at once.
    m_problems->markAllTouched();
    revalidate();
}

void CaseLeadDialog::build()
{
    m_message = new InlineMessage(this);
    m_problems = new FormProblems(this, m_message);
    m_stageNote = named(new QLabel(this), "stageNote");
    m_stageNote->setWordWrap(true);

    m_tabs = named(new QTabWidget(this), "tabs");
    m_tabTitles = {tr("&Lead"), tr("&Handling"), tr("&Provisions"), tr("&Outcome")};
    m_tabs->addTab(leadPage(), m_tabTitles.at(LeadTab));
    m_tabs->addTab(handlingPage(), m_tabTitles.at(HandlingTab));
    m_provisions = named(new ProvisionEditor(m_db, this), "provisions");
    m_provisions->setItemSource([this] { return m_items->itemIds(); });
    auto *provisionsPage = new QWidget(this);
    auto *provisionsColumn = new QVBoxLayout(provisionsPage);
    auto *provisionsLine = new QLabel(provisionsPage);
    provisionsColumn->addWidget(m_provisions);
    provisionsColumn->addWidget(provisionsLine);
    m_problems->attach(QStringLiteral("provisions"), m_provisions, provisionsLine);
    m_tabs->addTab(provisionsPage, m_tabTitles.at(ProvisionsTab));
    m_tabs->addTab(outcomePage(), m_tabTitles.at(OutcomeTab));
    for (const char *key :
         {"source", "sourceDetail", "receivedOn", "title", "partyEntity", "partyName", "partyCode", "facts"})
        m_tabOfKey.insert(QLatin1String(key), LeadTab);
    for (const char *key : {"section", "handlers", "items"})
        m_tabOfKey.insert(QLatin1String(key), HandlingTab);
    m_tabOfKey.insert(QStringLiteral("provisions"), ProvisionsTab);
    m_tabOfKey.insert(QStringLiteral("findings"), OutcomeTab);
    m_tabOfKey.insert(QStringLiteral("penalties"), OutcomeTab);

    m_buttons = named(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this), "buttons");
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_adding ? tr("&Register Lead") : tr("&Save"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CaseLeadDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CaseLeadDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stageNote);
    layout->addWidget(m_tabs);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(760, 640);

    auto whenEdited = [this](const QString &key) { return [this, key] { touch(key); }; };
    connect(m_source, &QComboBox::currentIndexChanged, this, whenEdited(QStringLiteral("source")));
    connect(m_sourceDetail, &QLineEdit::textEdited, this, whenEdited(QStringLiteral("sourceDetail")));
    connect(m_receivedOn, &QDateEdit::dateChanged, this, whenEdited(QStringLiteral("receivedOn")));
    connect(m_title, &QLineEdit::textEdited, this, whenEdited(QStringLiteral("title")));
    connect(m_party, &CasePartyEditor::edited, this, &CaseLeadDialog::touch);
    connect(m_facts, &QPlainTextEdit::textChanged, this, whenEdited(QStringLiteral("facts")));
    connect(m_section, &QComboBox::currentTextChanged, this, whenEdited(QStringLiteral("section")));
    connect(m_handlers, &QListWidget::itemChanged, this, whenEdited(QStringLiteral("handlers")));
    connect(m_items, &CaseItemPicker::changed, this, whenEdited(QStringLiteral("items")));
    connect(m_provisions, &ProvisionEditor::changed, this, whenEdited(QStringLiteral("provisions")));
    connect(m_provisions, &ProvisionEditor::removed, m_penalties, &PenaltyEditor::provisionRemoved);
    connect(m_findings, &QPlainTextEdit::textChanged, this, whenEdited(QStringLiteral("findings")));
    connect(m_penalties, &PenaltyEditor::changed, this, whenEdited(QStringLiteral("penalties")));
}

QWidget *CaseLeadDialog::leadPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_source = named(new QComboBox(page), "source");
    for (CaseSource source : caseSources().values())
        m_source->addItem(caseSources().name(source), int(source));
    m_sourceDetail = named(new QLineEdit(page), "sourceDetail");
    m_sourceDetail->setPlaceholderText(tr("Complaint reference, inspection record or referring department"));
    m_receivedOn = named(new QDateEdit(page), "receivedOn");
    m_receivedOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_receivedOn->setCalendarPopup(true);
    m_title = named(new QLineEdit(page), "title");
    m_title->setPlaceholderText(tr("E.g. 涉嫌生产销售不合格电线电缆案"));
    m_party = named(new CasePartyEditor(m_db, m_problems, page), "party");
    m_facts = textBox(page, "facts", 5);
    m_problems->addRow(form, tr("&Source:"), m_source, QStringLiteral("source"));
    m_problems->addRow(form, tr("Source &detail:"), m_sourceDetail, QStringLiteral("sourceDetail"));
    m_problems->addRow(form, tr("&Received on:"), m_receivedOn, QStringLiteral("receivedOn"));
    m_problems->addRow(form, tr("&Title (案由):"), m_title, QStringLiteral("title"));
    form->addRow(tr("Part&y:"), m_party);
    m_problems->addRow(form, tr("&Facts:"), m_facts, QStringLiteral("facts"));
    return page;
}

QWidget *CaseLeadDialog::handlingPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_section = named(new QComboBox(page), "section");
    m_section->setEditable(true);
    QStringList sections = ResponsibilityListQueries(m_db).sections() + CaseQueries(m_db).sections();
    sections.removeDuplicates();
    sections.sort();
    m_section->addItems(sections);
    m_handlers = named(new QListWidget(page), "handlers");
    m_handlers->setToolTip(tr("Tick at least two enforcement staff whose certificate is valid today."));
    m_items = named(new CaseItemPicker(m_db, page), "items");
    m_problems->addRow(form, tr("S&ection:"), m_section, QStringLiteral("section"));
    m_problems->addRow(form, tr("&Handlers:"), m_handlers, QStringLiteral("handlers"));
    m_problems->addRow(form, tr("Responsibility &items:"), m_items, QStringLiteral("items"));
    return page;
}

QWidget *CaseLeadDialog::outcomePage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_findings = textBox(page, "findings", 4);
    m_findings->setPlaceholderText(tr("The investigation's conclusion (调查终结报告)"));
    m_penalties = named(new PenaltyEditor(m_db, page), "penalties");
    m_penalties->setCaseSource([this] { return editedCase(); });
    m_problems->addRow(form, tr("F&indings:"), m_findings, QStringLiteral("findings"));
    m_problems->addRow(form, tr("P&enalties:"), m_penalties, QStringLiteral("penalties"));
    return page;
}

void CaseLeadDialog::fillHandlers(const QList<CaseHandler> &current)
{
    m_handlerChoices = CaseRepository(m_db).eligibleHandlers(QDate::currentDate());
    // Handlers named before whose certificate has lapsed stay visible, so
    // they can be taken off.
    for (const CaseHandler &h : current)
        if (std::none_of(m_handlerChoices.cbegin(), m_handlerChoices.cend(),
                         [&](const CaseHandler &c) { return c.staffId == h.staffId; }))
            m_handlerChoices << h;
    const QSignalBlocker quiet(m_handlers);
    m_handlers->clear();
    for (int i = 0; i < m_handlerChoices.size(); ++i) {
        const CaseHandler &h = m_handlerChoices.at(i);
        auto *row = new QListWidgetItem(
            tr("%1  certificate %2, valid until %3")
                .arg(h.name, h.certificateNumber, h.certificateValidUntil.toString(QStringLiteral("yyyy-MM-dd"))),
            m_handlers);
        row->setData(Qt::UserRole, h.staffId);
        row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        const bool chosen =
            std::any_of(current.cbegin(), current.cend(), [&](const CaseHandler &c) { return c.staffId == h.staffId; });
        row->setCheckState(chosen ? Qt::Checked : Qt::Unchecked);
    }
    const int rowHeight = qMax(m_handlers->sizeHintForRow(0), m_handlers->fontMetrics().height() + 4);
    m_handlers->setMaximumHeight(rowHeight * qBound(3, int(m_handlerChoices.size()), 8) + 6);
}

void CaseLeadDialog::load(const EnforcementCase &c)
{
    m_source->setCurrentIndex(m_source->findData(int(c.source)));
    m_sourceDetail->setText(c.sourceDetail);
    m_receivedOn->setDate(c.receivedOn.isValid() ? c.receivedOn : QDate::currentDate());
    m_title->setText(c.title);
    m_party->setParty(c.party);
    m_facts->setPlainText(c.facts);
    m_section->setCurrentText(c.section);
    fillHandlers(c.handlers);
    m_items->setItems(c.items);
    m_provisions->setProvisions(c.provisions);
    m_findings->setPlainText(c.findings);
    m_penalties->setPenalties(c.penalties);
    freezeForStage();
}

bool CaseLeadDialog::editable(const char *field) const
{
    const CaseDetails::Field *f = detailField(QLatin1String(field));
    return f && CaseDetails::editable(*f, m_original.stage);
}

void CaseLeadDialog::freezeForStage()
{
    m_source->setEnabled(editable("source"));
    m_sourceDetail->setReadOnly(!editable("source"));
    m_receivedOn->setReadOnly(!editable("receivedOn"));
    m_title->setReadOnly(!editable("title"));
    m_party->setReadOnly(!editable("party"));
    m_facts->setReadOnly(!editable("facts"));
    m_section->setEnabled(editable("section"));
    m_handlers->setEnabled(editable("handlers"));
    m_items->setReadOnly(!editable("items"));
    m_provisions->setReadOnly(!editable("provisions"));
    m_findings->setReadOnly(!editable("findings"));
    m_penalties->setReadOnly(!editable("penalties"));
    m_tabs->setTabEnabled(OutcomeTab,
                          editable("findings") || !m_original.penalties.isEmpty() || !m_original.findings.isEmpty());

    QStringList open;
    for (const CaseDetails::Field &f : CaseDetails::fields())
        if (CaseDetails::editable(f, m_original.stage))
            open << CaseDetails::label(f);
    const QString stage = caseStages().name(m_original.stage);
    if (m_adding)
        m_stageNote->setText(tr("Findings and penalties follow once the case is filed and investigated."));
    else if (open.isEmpty())
        m_stageNote->setText(tr("At its stage (%1) nothing of the case can change any more.").arg(stage));
    else
        m_stageNote->setText(
            tr("At its stage (%1) these can still change: %2.").arg(stage, open.join(tr(", ", "list separator"))));
    m_buttons->button(QDialogButtonBox::Ok)->setVisible(!open.isEmpty());
}

EnforcementCase CaseLeadDialog::editedCase() const
{
    EnforcementCase c = m_original;
    c.source = CaseSource(m_source->currentData().toInt());
    c.sourceDetail = m_sourceDetail->text().trimmed();
    c.receivedOn = m_receivedOn->date();
    c.title = m_title->text().trimmed();
    c.party = m_party->party();
    c.facts = m_facts->toPlainText().trimmed();
    c.section = m_section->currentText().trimmed();
    // The handlers named before keep their order (the first is the one in
    // charge, and a frozen list must compare equal); new ones follow.
    QList<CaseHandler> ticked;
    for (int i = 0; i < m_handlers->count(); ++i)
        if (m_handlers->item(i)->checkState() == Qt::Checked)
            ticked << m_handlerChoices.at(i);
    c.handlers.clear();
    for (const CaseHandler &h : m_original.handlers)
        for (const CaseHandler &t : std::as_const(ticked))
            if (t.staffId == h.staffId)
                c.handlers << h;
    for (const CaseHandler &t : std::as_const(ticked))
        if (std::none_of(m_original.handlers.cbegin(), m_original.handlers.cend(),
                         [&](const CaseHandler &h) { return h.staffId == t.staffId; }))
            c.handlers << t;
    c.items = m_items->items();
    c.provisions = m_provisions->provisions();
    c.findings = m_findings->toPlainText().trimmed();
    c.penalties = m_penalties->penalties();
    return c;
}

void CaseLeadDialog::touch(const QString &key)
{
    m_problems->markTouched(key);
    revalidate();
}

void CaseLeadDialog::revalidate()
{
    // Building the widgets fires their signals before the form is complete.
    if (!m_buttons || !m_penalties)
        return;
    const EnforcementCase c = editedCase();
    const QDate today = QDate::currentDate();
    FieldProblems problems;
    // The case's own rules, and what the repository checks of the fields a
    // lead has; a frozen field's problem is not this form's to fix.
    for (const FieldProblems &found : {CaseWorkflow::problems(c, today), CaseDetails::problems(c, today)}) {
        for (const FieldProblem &p : found) {
            const CaseDetails::Field *f = detailField(fieldOf(p.field));
            if (f && !CaseDetails::editable(*f, m_original.stage))
                continue;
            const bool known = std::any_of(problems.cbegin(), problems.cend(), [&](const FieldProblem &q) {
                return q.field == p.field && q.message == p.message;
            });
            if (!known)
                problems << p;
        }
    }
    m_party->updateRemark();
    markTabs(problems);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problems->show(problems));
}

void CaseLeadDialog::markTabs(const FieldProblems &problems)
{
    QList<bool> troubled(m_tabTitles.size(), false);
    for (const FieldProblem &p : problems)
        if (m_tabOfKey.contains(p.field))
            troubled[m_tabOfKey.value(p.field)] = true;
    for (int tab = 0; tab < m_tabTitles.size(); ++tab)
        m_tabs->setTabText(tab, troubled.at(tab) ? tr("%1 (!)", "a tab with problems").arg(m_tabTitles.at(tab))
                                                 : m_tabTitles.at(tab));
}

void CaseLeadDialog::accept()
{
    m_problems->markAllTouched();
    revalidate();
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    const EnforcementCase edited = editedCase();
    const QDate today = QDate::currentDate();
    Result<EnforcementCase> stored = m_save     ? m_save(m_original, edited)
                                     : m_adding ? CaseRepository(m_db).registerLead(m_session, edited, today)
                                                : CaseRepository(m_db).update(m_session, edited, today);
    if (!m_message->showOutcome(stored))
        return;
    m_saved = stored.value();
    QDialog::accept();
}

} // namespace casedesk
