#include "entityeditdialog.h"

#include "formproblems.h"
#include "inlinemessage.h"
#include "optionaldateedit.h"
#include "register/entityqueries.h"
#include "register/entityregister.h"
#include "register/registrationcode.h"

#include <QCheckBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace casedesk {

namespace {
// Near duplicates are a caution, not an error: amber, not red.
const QColor kCautionColour(0x8a, 0x5a, 0x00);
// How long typing must pause before the register is searched for similar
// names (a query per keystroke would lag on a large register).
constexpr int kSimilarNamesDelayMs = 250;
} // namespace

EntityEditDialog::EntityEditDialog(Database &db, const Session &session, QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session), m_adding(true)
{
    setWindowTitle(tr("New Entity"));
    build();
    revalidate();
}

EntityEditDialog::EntityEditDialog(Database &db, const Session &session, const Entity &entity, QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session), m_adding(false), m_original(entity)
{
    setWindowTitle(tr("Edit Entity: %1").arg(entity.name));
    build();
    load(entity);
    // A stored record's problems (an old import, a rule made stricter) show at once.
    m_problems->markAllTouched();
    revalidate();
}

QLineEdit *EntityEditDialog::lineEdit(const QString &key)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(key);
    connect(edit, &QLineEdit::textEdited, this, [this, key] {
        m_problems->markTouched(key);
        revalidate();
    });
    return edit;
}

void EntityEditDialog::build()
{
    m_message = new InlineMessage(this);
    m_problems = new FormProblems(this, m_message);

    m_name = lineEdit(QStringLiteral("name"));
    m_code = lineEdit(QStringLiteral("code"));
    m_code->setPlaceholderText(tr("18-character unified social credit code, or 9-character organisation code"));
    // Room for the whole code and its check character.
    m_code->setMinimumWidth(m_code->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 24);
    m_address = lineEdit(QStringLiteral("address"));
    m_township = lineEdit(QStringLiteral("township"));
    const Result<QStringList> townships = EntityQueries::townships(m_db);
    if (townships) {
        auto *completer = new QCompleter(townships.value(), m_township);
        completer->setFilterMode(Qt::MatchContains);
        m_township->setCompleter(completer);
    }
    m_legalRepresentative = lineEdit(QStringLiteral("legalRepresentative"));
    m_contactPerson = lineEdit(QStringLiteral("contactPerson"));
    m_phone = lineEdit(QStringLiteral("phone"));

    m_similar = new QLabel(this);
    m_similar->setObjectName(QStringLiteral("similarNames"));
    m_similar->setWordWrap(true);
    m_similar->setTextFormat(Qt::PlainText);
    QPalette caution = m_similar->palette();
    caution.setColor(QPalette::WindowText, kCautionColour);
    m_similar->setPalette(caution);
    m_similar->hide();

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    // Near duplicates show under the name, above its problem line.
    auto *nameField = new QWidget(this);
    auto *nameColumn = new QVBoxLayout(nameField);
    nameColumn->setContentsMargins(0, 0, 0, 0);
    nameColumn->setSpacing(2);
    nameColumn->addWidget(m_name);
    nameColumn->addWidget(m_similar);
    m_problems->addRow(form, tr("&Name:"), m_name, QStringLiteral("name"), nameField);
    m_problems->addRow(form, tr("Registration &code:"), m_code, QStringLiteral("code"));
    m_problems->addRow(form, tr("&Address:"), m_address, QStringLiteral("address"));
    m_problems->addRow(form, tr("&Township:"), m_township, QStringLiteral("township"));
    m_problems->addRow(form, tr("&Legal representative:"), m_legalRepresentative,
                       QStringLiteral("legalRepresentative"));
    m_problems->addRow(form, tr("C&ontact person:"), m_contactPerson, QStringLiteral("contactPerson"));
    m_problems->addRow(form, tr("&Phone:"), m_phone, QStringLiteral("phone"));

    auto *kindBox = new QGroupBox(tr("Supervised as"), this);
    kindBox->setObjectName(QStringLiteral("kinds"));
    auto *kindGrid = new QGridLayout(kindBox);
    const QList<EntityKind> &kinds = allEntityKinds();
    for (int i = 0; i < kinds.size(); ++i) {
        auto *check = new QCheckBox(entityKindName(kinds[i]), kindBox);
        check->setObjectName(QStringLiteral("kind-") + entityKindCode(kinds[i]));
        connect(check, &QCheckBox::toggled, this, [this] {
            m_problems->markTouched(QStringLiteral("kinds"));
            revalidate();
        });
        kindGrid->addWidget(check, i / 3, i % 3);
        m_kinds.insert(kinds[i], check);
    }
    auto *kindLine = new QLabel(this);
    m_problems->attach(QStringLiteral("kinds"), kindBox, kindLine);

    auto *riskBox = new QGroupBox(tr("Facts that raise inspection priority"), this);
    auto *riskLayout = new QVBoxLayout(riskBox);
    m_complaints = new QCheckBox(tr("Co&mplaints against it were confirmed"), riskBox);
    m_complaints->setObjectName(QStringLiteral("complaintsConfirmed"));
    m_crowded = new QCheckBox(
        tr("A c&rowded place using special equipment (school, kindergarten, hospital, station, mall, stadium, park…)"),
        riskBox);
    m_crowded->setObjectName(QStringLiteral("crowdedPlace"));
    for (QCheckBox *check : {m_complaints, m_crowded}) {
        const QString key = check->objectName();
        connect(check, &QCheckBox::toggled, this, [this, key] {
            m_problems->markTouched(key);
            revalidate();
        });
        riskLayout->addWidget(check);
    }
    // Being a crowded place only counts for a special-equipment user.
    auto *crowdedLine = new QLabel(riskBox);
    riskLayout->insertWidget(riskLayout->indexOf(m_crowded) + 1, crowdedLine);
    m_problems->attach(QStringLiteral("crowdedPlace"), m_crowded, crowdedLine);
    m_lastIncident = new OptionalDateEdit(riskBox);
    m_lastIncident->setObjectName(QStringLiteral("lastIncidentOn"));
    connect(m_lastIncident, &QDateEdit::dateChanged, this, [this] {
        m_problems->markTouched(QStringLiteral("lastIncidentOn"));
        revalidate();
    });
    auto *incidentForm = new QFormLayout;
    m_problems->addRow(incidentForm, tr("Last accident or forced &recall:"), m_lastIncident,
                       QStringLiteral("lastIncidentOn"));
    riskLayout->addLayout(incidentForm);

    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notes"));
    // Tab moves on, as in every other field; Enter starts a new line here.
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4);
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        m_problems->markTouched(QStringLiteral("notes"));
        revalidate();
    });
    auto *notesForm = new QFormLayout;
    m_problems->addRow(notesForm, tr("N&otes:"), m_notes, QStringLiteral("notes"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_adding ? tr("&Add") : tr("&Save"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EntityEditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EntityEditDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(kindBox);
    layout->addWidget(kindLine);
    layout->addWidget(riskBox);
    layout->addLayout(notesForm);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(m_buttons);

    m_similarTimer = new QTimer(this);
    m_similarTimer->setSingleShot(true);
    m_similarTimer->setInterval(kSimilarNamesDelayMs);
    connect(m_similarTimer, &QTimer::timeout, this, &EntityEditDialog::showSimilarNames);
    connect(m_name, &QLineEdit::textChanged, m_similarTimer, qOverload<>(&QTimer::start));

    m_name->setFocus();
}

void EntityEditDialog::load(const Entity &e)
{
    m_name->setText(e.name);
    m_code->setText(e.code);
    m_address->setText(e.address);
    m_township->setText(e.township);
    m_legalRepresentative->setText(e.legalRepresentative);
    m_contactPerson->setText(e.contactPerson);
    m_phone->setText(e.phone);
    for (auto it = m_kinds.begin(); it != m_kinds.end(); ++it)
        it.value()->setChecked(e.kinds.has(it.key()));
    m_complaints->setChecked(e.complaintsConfirmed);
    m_crowded->setChecked(e.crowdedPlace);
    m_lastIncident->setOptionalDate(e.lastIncidentOn);
    m_notes->setPlainText(e.notes);
}

Entity EntityEditDialog::entity() const
{
    Entity e = m_original;
    e.name = m_name->text().trimmed();
    e.code = m_code->text().trimmed();
    e.normalise();
    e.address = m_address->text().trimmed();
    e.township = m_township->text().trimmed();
    e.legalRepresentative = m_legalRepresentative->text().trimmed();
    e.contactPerson = m_contactPerson->text().trimmed();
    e.phone = m_phone->text().trimmed();
    e.kinds = {};
    for (auto it = m_kinds.begin(); it != m_kinds.end(); ++it)
        e.kinds.set(it.key(), it.value()->isChecked());
    e.complaintsConfirmed = m_complaints->isChecked();
    e.crowdedPlace = m_crowded->isChecked();
    e.lastIncidentOn = m_lastIncident->optionalDate();
    e.notes = m_notes->toPlainText().trimmed();
    return e;
}

void EntityEditDialog::revalidate()
{
    // Building the widgets fires their signals before the form is complete.
    if (!m_buttons)
        return;
    const Entity e = entity();
    FieldProblems problems = EntityRegister(m_db).check(e, QDate::currentDate());

    // The code's own verdict, live: which character is wrong, or which kind
    // of code this is when it is right.
    const QString typedCode = m_code->text().trimmed();
    QString remark;
    if (!typedCode.isEmpty()) {
        const Result<RegistrationCode> code = RegistrationCodes::check(typedCode);
        const bool reported = std::any_of(problems.cbegin(), problems.cend(),
                                          [](const FieldProblem &p) { return p.field == QLatin1String("code"); });
        if (!code && !reported)
            problems.append(FieldProblem{QStringLiteral("code"), code.error().message});
        if (code)
            remark = tr("%1, check character correct").arg(RegistrationCodes::kindName(code->kind));
    }
    m_problems->setRemark(QStringLiteral("code"), remark);

    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problems->show(problems));
}

void EntityEditDialog::showSimilarNames()
{
    const QString name = m_name->text().trimmed();
    QStringList names;
    if (!name.isEmpty()) {
        const QList<SimilarName> similar = EntityRegister(m_db).similarNames(name, m_original.id);
        for (const SimilarName &s : similar)
            names << (s.code.isEmpty() ? s.name : tr("%1 (%2)", "entity name (code)").arg(s.name, s.code));
    }
    m_similar->setText(names.isEmpty() ? QString()
                                       : tr("Already in the register under a similar name: %1. Make sure this is "
                                            "not the same unit.")
                                             .arg(names.join(tr(", ", "list separator"))));
    m_similar->setVisible(!names.isEmpty());
    m_problems->fitWindow();
}

void EntityEditDialog::accept()
{
    revalidate();
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    const Entity edited = entity();
    Result<Entity> stored = m_save     ? m_save(m_original, edited)
                            : m_adding ? EntityRegister(m_db).add(m_session, edited)
                                       : EntityRegister(m_db).update(m_session, edited);
    if (!m_message->showOutcome(stored))
        return;
    m_saved = stored.value();
    QDialog::accept();
}

} // namespace casedesk
