#include "samplingformdialog.h"

#include "auth/staffdirectory.h"
#include "dutylist/dutylistqueries.h"
#include "formproblems.h"
#include "inlinemessage.h"
#include "plan/entitysearchpicker.h"
#include "samplerpicker.h"
#include "sampling/samplingqueries.h"
#include "sampling/samplingrepository.h"
#include "sampling/samplingrules.h"
#include "searchfield.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace casedesk {

namespace {
// The enterprise's plan batches the frequency limits count: a few a year.
constexpr int kMostOtherBatches = 500;

template <class W> W *named(W *widget, const char *name)
{
    widget->setObjectName(QString::fromLatin1(name));
    return widget;
}

QFormLayout *makeForm()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    return form;
}
} // namespace

SamplingFormDialog::SamplingFormDialog(Database &db, const Session &session, const QDate &today, SamplingBatch batch,
                                       QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session), m_today(today), m_adding(batch.id == 0),
      m_original(std::move(batch))
{
    if (!m_original.sampledOn.isValid())
        m_original.sampledOn = today;
    if (const auto staff = StaffDirectory(m_db).list(m_session, false))
        m_staff = *staff;
    // A new batch is most often the section's own work.
    if (m_adding && m_original.section.isEmpty())
        for (const StaffMember &m : std::as_const(m_staff))
            if (m.id == m_session.staffId())
                m_original.section = m.section;
    if (m_adding)
        setWindowTitle(m_original.kind == SamplingKind::Plan
                           ? tr("New Sampling Batch")
                           : tr("New %1 of %2").arg(samplingKinds().name(m_original.kind), m_original.parentNumber));
    else
        setWindowTitle(tr("Edit Sampling Batch %1").arg(m_original.batchNumber));
    build();
    m_loading = true;
    load(m_original);
    m_loading = false;
    if (!m_adding)
        m_problems->markAllTouched();
    revalidate();
}

void SamplingFormDialog::build()
{
    m_message = new InlineMessage(this);
    m_problems = new FormProblems(this, m_message);
    m_kind = named(new QLabel(this), "samplingKind");
    m_kind->setWordWrap(true);

    m_plan = named(new QLineEdit(this), "samplingPlan");
    m_plan->setPlaceholderText(tr("E.g. 2026年县级产品质量监督抽查计划"));
    m_picker = named(new EntitySearchPicker(m_db, this), "samplingEnterprisePicker");
    m_picker->setHideResultsOnPick(true);
    m_enterprise = named(new QLabel(this), "samplingEnterprise");
    // One line: a wrapped label inside the form row would be cut off.
    m_enterprise->setWordWrap(false);
    m_enterprise->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *enterpriseBox = new QWidget(this);
    auto *enterpriseColumn = new QVBoxLayout(enterpriseBox);
    enterpriseColumn->setContentsMargins(0, 0, 0, 0);
    enterpriseColumn->setSpacing(2);
    enterpriseColumn->addWidget(m_picker);
    enterpriseColumn->addWidget(m_enterprise);
    m_product = named(new QLineEdit(this), "samplingProduct");
    m_specification = named(new QLineEdit(this), "samplingSpecification");
    m_productionBatch = named(new QLineEdit(this), "samplingProductionBatch");
    m_trademark = named(new QLineEdit(this), "samplingTrademark");
    m_quantity = named(new QLineEdit(this), "samplingQuantity");
    m_quantity->setPlaceholderText(tr("With the unit, e.g. 6 件"));
    m_sampledFrom = named(new QLineEdit(this), "samplingFrom");
    m_sampledFrom->setPlaceholderText(tr("E.g. 成品库 (stock for sale, never chosen by the enterprise)"));
    m_sampledOn = named(new QDateEdit(this), "samplingDate");
    m_sampledOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_sampledOn->setCalendarPopup(true);
    m_samplers = named(new SamplerPicker(m_db, this), "samplingSamplers");
    m_lab = named(new QLineEdit(this), "samplingLab");
    m_lab->setPlaceholderText(tr("The qualified testing lab"));
    m_standard = named(new QLineEdit(this), "samplingStandard");
    m_section = named(new QComboBox(this), "samplingSection");
    m_section->setEditable(true);
    QStringList sections = ResponsibilityListQueries(m_db).sections() + SamplingQueries::sections(m_db);
    sections.removeDuplicates();
    sections.sort();
    m_section->addItems(sections);
    m_section->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_notes = named(new QPlainTextEdit(this), "samplingNotes");
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);

    QFormLayout *left = makeForm();
    m_problems->addRow(left, tr("&Plan:"), m_plan, QStringLiteral("planName"));
    m_problems->addRow(left, tr("&Enterprise:"), m_picker->searchField(), QStringLiteral("unit"), enterpriseBox);
    m_problems->addRow(left, tr("Pr&oduct:"), m_product, QStringLiteral("product"));
    m_problems->addRow(left, tr("Spec&ification:"), m_specification, QStringLiteral("specification"));
    m_problems->addRow(left, tr("Production &batch:"), m_productionBatch, QStringLiteral("productionBatch"));
    m_problems->addRow(left, tr("&Trademark:"), m_trademark, QStringLiteral("trademark"));
    m_problems->addRow(left, tr("&Quantity:"), m_quantity, QStringLiteral("sampleQuantity"));
    QFormLayout *right = makeForm();
    m_problems->addRow(right, tr("Sampled f&rom:"), m_sampledFrom, QStringLiteral("sampledFrom"));
    m_problems->addRow(right, tr("Sampled o&n:"), m_sampledOn, QStringLiteral("sampledOn"));
    m_problems->addRow(right, tr("Sa&mplers:"), m_samplers, QStringLiteral("samplers"));
    m_problems->addRow(right, tr("&Lab:"), m_lab, QStringLiteral("lab"));
    m_problems->addRow(right, tr("St&andard:"), m_standard, QStringLiteral("standard"));
    m_problems->addRow(right, tr("&Section:"), m_section, QStringLiteral("section"));
    m_problems->addRow(right, tr("Notes:"), m_notes, QStringLiteral("notes"));
    // Each column's fields at the top; what is left of the height below them.
    auto *columns = new QHBoxLayout;
    for (QFormLayout *form : {left, right}) {
        auto *column = new QVBoxLayout;
        column->addLayout(form);
        column->addStretch(1);
        columns->addLayout(column, 1);
        if (form == left)
            columns->addSpacing(12);
    }

    m_buttons = named(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this), "buttons");
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_adding ? tr("&Create Batch") : tr("&Save"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SamplingFormDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SamplingFormDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_kind);
    layout->addLayout(columns);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(1040, 600);

    auto whenEdited = [this](const QString &key) { return [this, key] { touch(key); }; };
    const QList<QPair<QLineEdit *, QString>> lines = {{m_plan, QStringLiteral("planName")},
                                                      {m_product, QStringLiteral("product")},
                                                      {m_specification, QStringLiteral("specification")},
                                                      {m_productionBatch, QStringLiteral("productionBatch")},
                                                      {m_trademark, QStringLiteral("trademark")},
                                                      {m_quantity, QStringLiteral("sampleQuantity")},
                                                      {m_sampledFrom, QStringLiteral("sampledFrom")},
                                                      {m_lab, QStringLiteral("lab")},
                                                      {m_standard, QStringLiteral("standard")}};
    for (const auto &[edit, key] : lines)
        connect(edit, &QLineEdit::textEdited, this, whenEdited(key));
    connect(m_sampledOn, &QDateEdit::dateChanged, this, [this](const QDate &day) {
        m_samplers->setDay(day);
        touch(QStringLiteral("sampledOn"));
    });
    connect(m_samplers, &SamplerPicker::changed, this, whenEdited(QStringLiteral("samplers")));
    connect(m_section, &QComboBox::currentTextChanged, this, whenEdited(QStringLiteral("section")));
    connect(m_notes, &QPlainTextEdit::textChanged, this, whenEdited(QStringLiteral("notes")));
    connect(m_picker, &EntitySearchPicker::picked, this, [this](const EntityRow &row) {
        m_unit = InspectedUnit{};
        m_unit.entityId = row.id;
        m_unit.name = row.name;
        m_unit.code = row.code;
        m_unit.address = row.address;
        m_unit.legalRepresentative = row.legalRepresentative;
        m_unit.contactPerson = row.contactPerson;
        m_unit.phone = row.phone;
        m_enterprise->setText(
            tr("Chosen: %1")
                .arg(row.code.isEmpty() ? row.name : tr("%1  %2", "entity name and code").arg(row.name, row.code)));
        m_product->setFocus();
        touch(QStringLiteral("unit"));
    });
}

void SamplingFormDialog::load(const SamplingBatch &b)
{
    const bool follows = b.kind != SamplingKind::Plan;
    m_kind->setText(follows ? tr("%1 following batch %2: the enterprise and the product are those of the batch "
                                 "followed.")
                                  .arg(samplingKinds().name(b.kind), b.parentNumber)
                            : tr("Plan sampling. The same product of the same enterprise is sampled at most twice a "
                                 "year, and not twice in one quarter."));
    m_plan->setText(b.planName);
    m_unit = b.unit;
    m_enterprise->setText(b.unit.entityId == 0
                              ? tr("No enterprise chosen yet.")
                              : tr("Chosen: %1")
                                    .arg(b.unit.code.isEmpty()
                                             ? b.unit.name
                                             : tr("%1  %2", "entity name and code").arg(b.unit.name, b.unit.code)));
    // The enterprise of a batch is fixed once stored, and that of an objection or re-check by its parent.
    m_picker->setReadOnly(follows || !m_adding);
    m_product->setText(b.product);
    m_product->setReadOnly(follows);
    m_specification->setText(b.specification);
    m_productionBatch->setText(b.productionBatch);
    m_trademark->setText(b.trademark);
    m_quantity->setText(b.sampleQuantity);
    m_sampledFrom->setText(b.sampledFrom);
    {
        const QSignalBlocker quiet(m_sampledOn);
        m_sampledOn->setDate(b.sampledOn);
    }
    m_samplers->setDay(b.sampledOn);
    m_samplers->setSamplers(b.samplers);
    m_lab->setText(b.lab);
    m_standard->setText(b.standard);
    m_section->setCurrentText(b.section);
    m_notes->setPlainText(b.notes);
}

SamplingBatch SamplingFormDialog::editedBatch() const
{
    SamplingBatch b = m_original;
    b.planName = m_plan->text().trimmed();
    b.unit = m_unit;
    b.product = m_product->text().trimmed();
    b.specification = m_specification->text().trimmed();
    b.productionBatch = m_productionBatch->text().trimmed();
    b.trademark = m_trademark->text().trimmed();
    b.sampleQuantity = m_quantity->text().trimmed();
    b.sampledFrom = m_sampledFrom->text().trimmed();
    b.sampledOn = m_sampledOn->date();
    b.samplers = m_samplers->samplers();
    b.lab = m_lab->text().trimmed();
    b.standard = m_standard->text().trimmed();
    b.section = m_section->currentText().trimmed();
    b.notes = m_notes->toPlainText().trimmed();
    return b;
}

QList<StaffMember> SamplingFormDialog::samplerRecords(const QList<InspectionInspector> &samplers) const
{
    QList<StaffMember> records;
    for (const InspectionInspector &s : samplers)
        for (const StaffMember &m : m_staff)
            if (m.id == s.staffId)
                records << m;
    return records;
}

void SamplingFormDialog::readOthers()
{
    if (m_unit.entityId == m_othersOf)
        return;
    m_othersOf = m_unit.entityId;
    m_others.clear();
    if (m_unit.entityId == 0)
        return;
    SamplingFilter filter;
    filter.entityId = m_unit.entityId;
    filter.kind = SamplingKind::Plan;
    const auto rows = SamplingQueries::page(m_db, filter, 0, kMostOtherBatches, m_today);
    if (!rows)
        return;
    for (const SamplingRow &row : *rows) {
        if (row.id == m_original.id)
            continue;
        SamplingBatch other;
        other.id = row.id;
        other.batchNumber = row.batchNumber;
        other.kind = row.kind;
        other.unit.entityId = m_unit.entityId;
        other.unit.name = row.unitName;
        other.product = row.product;
        other.sampledOn = row.sampledOn;
        other.result = row.result;
        m_others << other;
    }
}

FieldProblems SamplingFormDialog::problems() const
{
    const SamplingBatch b = editedBatch();
    FieldProblems found = SamplingRules::problems(b, samplerRecords(b.samplers), m_today);
    if (b.kind == SamplingKind::Plan)
        if (const auto frequency = SamplingRules::frequencyProblem(b, m_others))
            found << FieldProblem{QStringLiteral("frequency"), *frequency};
    return found;
}

void SamplingFormDialog::touch(const QString &key)
{
    // Filling the form is not the clerk's typing: nothing turns red yet.
    if (m_loading)
        return;
    m_problems->markTouched(key);
    revalidate();
}

void SamplingFormDialog::revalidate()
{
    if (!m_buttons)
        return;
    readOthers();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problems->show(problems()));
}

void SamplingFormDialog::accept()
{
    m_problems->markAllTouched();
    revalidate();
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    SamplingRepository batches(m_db);
    const Result<SamplingBatch> stored = m_adding ? batches.create(m_session, editedBatch(), m_today)
                                                  : batches.update(m_session, editedBatch(), m_today);
    if (!m_message->showOutcome(stored))
        return;
    m_saved = *stored;
    QDialog::accept();
}

} // namespace casedesk
