#include "inspectionoutcomeseditor.h"

#include "dutylist/supervisiondomain.h"
#include "formproblems.h"
#include "optionaldateedit.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace casedesk {

namespace {
bool specialEquipment(const QString &domain)
{
    return domain == QLatin1String(SupervisionDomain::SpecialEquipment);
}
} // namespace

InspectionOutcomesEditor::InspectionOutcomesEditor(FormProblems *problems, QWidget *parent)
    : QWidget(parent), m_problems(problems)
{
    using O = InspectionOutcome;
    for (const O outcome : inspectionOutcomes().values()) {
        auto *box = new QCheckBox(inspectionOutcomes().name(outcome), this);
        box->setObjectName(QStringLiteral("outcome-") + inspectionOutcomes().code(outcome));
        m_boxes.insert(outcome, box);
        connect(box, &QCheckBox::toggled, this, [this] {
            showFields();
            m_problems->markTouched(QStringLiteral("outcomes"));
            emit edited(QStringLiteral("outcomes"));
        });
    }
    m_boxes.value(O::OpenCase)->setToolTip(tr("A lead is registered from the record when it is finished"));

    m_correctBy = new OptionalDateEdit(this);
    m_correctBy->setObjectName(QStringLiteral("correctBy"));
    m_correctBy->setToolTip(tr("The deadline to put it right; the follow-up check falls due then"));
    m_demands = new QPlainTextEdit(this);
    m_demands->setObjectName(QStringLiteral("directiveDemands"));
    m_demands->setTabChangesFocus(true);
    m_demands->setPlaceholderText(tr("What the unit must do, e.g. 立即停止使用该电梯，完成整改后申请复查"));
    m_demands->setMaximumHeight(m_demands->fontMetrics().lineSpacing() * 3 + 12);
    m_oralFirst = new QCheckBox(tr("Given orally first (emergency); written afterwards"), this);
    m_oralFirst->setObjectName(QStringLiteral("directiveOralFirst"));
    m_oralOn = new OptionalDateEdit(this);
    m_oralOn->setObjectName(QStringLiteral("directiveOralOn"));
    m_sealSeize = new QLineEdit(this);
    m_sealSeize->setObjectName(QStringLiteral("sealSeizeNote"));
    m_sealSeize->setPlaceholderText(tr("What was sealed or seized, how much, where it is kept"));
    m_reportedTo = new QLineEdit(this);
    m_reportedTo->setObjectName(QStringLiteral("reportedTo"));
    m_reportedTo->setPlaceholderText(tr("E.g. 廊坊市市场监督管理局特种设备安全监察科"));
    m_caseNote = new QLabel(tr("A lead is registered from this record when it is finished."), this);
    m_caseNote->setWordWrap(true);
    m_caseNote->setForegroundRole(QPalette::PlaceholderText);

    auto *outcomesLine = new QLabel(this);
    m_form = new QFormLayout;
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->addRow(m_boxes.value(O::NothingFound));
    m_form->addRow(m_boxes.value(O::OrderToCorrect));
    m_form->addRow(m_boxes.value(O::Directive));
    m_problems->addRow(m_form, tr("Directive &demands:"), m_demands, QStringLiteral("directiveDemands"));
    m_form->addRow(m_oralFirst);
    m_problems->addRow(m_form, tr("Given orally &on:"), m_oralOn, QStringLiteral("directiveOralOn"));
    m_problems->addRow(m_form, tr("Correct &by:"), m_correctBy, QStringLiteral("correctBy"));
    m_form->addRow(m_boxes.value(O::SealSeize));
    m_problems->addRow(m_form, tr("Sealed or seized:"), m_sealSeize, QStringLiteral("sealSeizeNote"));
    m_form->addRow(m_boxes.value(O::ReportUpward));
    m_problems->addRow(m_form, tr("Reported &to:"), m_reportedTo, QStringLiteral("reportedTo"));
    m_form->addRow(m_boxes.value(O::OpenCase));
    m_form->addRow(m_caseNote);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(m_form);
    layout->addWidget(outcomesLine);
    m_problems->attach(QStringLiteral("outcomes"), m_boxes.value(O::NothingFound), outcomesLine);

    const auto touched = [this](const QString &key) {
        return [this, key] {
            m_problems->markTouched(key);
            emit edited(key);
        };
    };
    connect(m_correctBy, &QDateEdit::dateChanged, this, touched(QStringLiteral("correctBy")));
    connect(m_demands, &QPlainTextEdit::textChanged, this, touched(QStringLiteral("directiveDemands")));
    connect(m_oralFirst, &QCheckBox::toggled, this, [this] {
        showFields();
        m_problems->markTouched(QStringLiteral("directiveOralOn"));
        emit edited(QStringLiteral("directiveOralOn"));
    });
    connect(m_oralOn, &QDateEdit::dateChanged, this, touched(QStringLiteral("directiveOralOn")));
    connect(m_sealSeize, &QLineEdit::textEdited, this, touched(QStringLiteral("sealSeizeNote")));
    connect(m_reportedTo, &QLineEdit::textEdited, this, touched(QStringLiteral("reportedTo")));

    setTabOrder(m_boxes.value(O::NothingFound), m_boxes.value(O::OrderToCorrect));
    setTabOrder(m_boxes.value(O::OrderToCorrect), m_boxes.value(O::Directive));
    setTabOrder(m_boxes.value(O::Directive), m_demands);
    setTabOrder(m_demands, m_oralFirst);
    setTabOrder(m_oralFirst, m_oralOn);
    setTabOrder(m_oralOn, m_correctBy);
    setTabOrder(m_correctBy, m_boxes.value(O::SealSeize));
    setTabOrder(m_boxes.value(O::SealSeize), m_sealSeize);
    setTabOrder(m_sealSeize, m_boxes.value(O::ReportUpward));
    setTabOrder(m_boxes.value(O::ReportUpward), m_reportedTo);
    setTabOrder(m_reportedTo, m_boxes.value(O::OpenCase));
    showFields();
}

QWidget *InspectionOutcomesEditor::lastField() const
{
    return m_boxes.value(InspectionOutcome::OpenCase);
}

void InspectionOutcomesEditor::showFields()
{
    using O = InspectionOutcome;
    const auto ticked = [this](O outcome) { return m_boxes.value(outcome)->isChecked(); };
    // The fields sit in FormProblems' boxes: the box is the form's field.
    const auto showRow = [this](QWidget *editor, bool visible) {
        m_form->setRowVisible(editor->parentWidget(), visible);
    };
    showRow(m_demands, ticked(O::Directive));
    m_form->setRowVisible(m_oralFirst, ticked(O::Directive));
    showRow(m_oralOn, ticked(O::Directive) && m_oralFirst->isChecked());
    showRow(m_correctBy, ticked(O::OrderToCorrect) || ticked(O::Directive));
    showRow(m_sealSeize, ticked(O::SealSeize));
    showRow(m_reportedTo, ticked(O::ReportUpward));
    m_form->setRowVisible(m_caseNote, ticked(O::OpenCase));
    QCheckBox *directive = m_boxes.value(O::Directive);
    directive->setEnabled(specialEquipment(m_domain) || directive->isChecked());
    directive->setToolTip(specialEquipment(m_domain)
                              ? tr("A written special-equipment safety supervision directive (指令书)")
                              : tr("A directive is given in special-equipment inspections only"));
}

void InspectionOutcomesEditor::load(const Inspection &record)
{
    const QSignalBlocker quiet(this);
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it) {
        const QSignalBlocker box(it.value());
        it.value()->setChecked(record.has(it.key()));
    }
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_correctBy, m_demands, m_oralFirst, m_oralOn, m_sealSeize, m_reportedTo})
        w->blockSignals(true);
    m_correctBy->setOptionalDate(record.correctBy);
    m_demands->setPlainText(record.directiveDemands);
    m_oralFirst->setChecked(record.directiveOralFirst);
    m_oralOn->setOptionalDate(record.directiveOralOn);
    m_sealSeize->setText(record.sealSeizeNote);
    m_reportedTo->setText(record.reportedTo);
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_correctBy, m_demands, m_oralFirst, m_oralOn, m_sealSeize, m_reportedTo})
        w->blockSignals(false);
    m_domain = record.domain;
    showFields();
}

void InspectionOutcomesEditor::apply(Inspection &record) const
{
    using O = InspectionOutcome;
    record.outcomes.clear();
    for (const O outcome : inspectionOutcomes().values())
        if (m_boxes.value(outcome)->isChecked())
            record.outcomes << outcome;
    const bool deadline = record.has(O::OrderToCorrect) || record.has(O::Directive);
    record.correctBy = deadline ? m_correctBy->optionalDate() : QDate();
    const bool directive = record.has(O::Directive);
    record.directiveDemands = directive ? m_demands->toPlainText().trimmed() : QString();
    record.directiveOralFirst = directive && m_oralFirst->isChecked();
    record.directiveOralOn = record.directiveOralFirst ? m_oralOn->optionalDate() : QDate();
    record.sealSeizeNote = record.has(O::SealSeize) ? m_sealSeize->text().trimmed() : QString();
    record.reportedTo = record.has(O::ReportUpward) ? m_reportedTo->text().trimmed() : QString();
}

void InspectionOutcomesEditor::setDomain(const QString &domain)
{
    m_domain = domain;
    showFields();
}

void InspectionOutcomesEditor::setReadOnly(bool readOnly)
{
    for (QCheckBox *box : std::as_const(m_boxes))
        box->setEnabled(!readOnly);
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_correctBy, m_demands, m_oralFirst, m_oralOn, m_sealSeize, m_reportedTo})
        w->setEnabled(!readOnly);
    if (!readOnly)
        showFields();
}

} // namespace casedesk
