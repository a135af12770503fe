#include "penaltydialog.h"

#include "cases/caseworkflow.h"
#include "cases/fineassessment.h"
#include "formproblems.h"
#include "inlinemessage.h"
#include "optionaldateedit.h"
#include "provisiondialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace casedesk {

namespace {

template <class W> W *named(W *widget, const char *name)
{
    widget->setObjectName(QString::fromLatin1(name));
    return widget;
}

QPlainTextEdit *textBox(QWidget *parent, const char *name, int lines)
{
    auto *edit = named(new QPlainTextEdit(parent), name);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 8);
    return edit;
}

bool hasAmount(PenaltyKind kind)
{
    return kind == PenaltyKind::Fine || kind == PenaltyKind::ConfiscateIncome;
}

} // namespace

PenaltyDialog::PenaltyDialog(const EnforcementCase &c, const QList<Licence> &licences, const Penalty &penalty,
                             bool adding, QWidget *parent)
    : QDialog(parent), m_case(c), m_original(penalty)
{
    setWindowTitle(adding ? tr("Add Penalty") : tr("Edit Penalty"));
    m_message = new InlineMessage(this);
    m_problems = new FormProblems(this, m_message);

    m_kind = named(new QComboBox(this), "kind");
    for (PenaltyKind kind : penaltyKinds().values())
        m_kind->addItem(penaltyKinds().name(kind), int(kind));
    m_amount = named(new QLineEdit(this), "amount");
    m_amount->setPlaceholderText(tr("In yuan, e.g. 50000 or 5万"));
    m_provision = named(new QComboBox(this), "provision");
    for (int i = 0; i < c.provisions.size(); ++i) {
        const CaseProvision &p = c.provisions.at(i);
        if (p.role == ProvisionRole::Applied)
            m_provision->addItem(tr("%1 (%2)", "provision (fine range)")
                                     .arg(ProvisionDialog::label(p), ProvisionDialog::rangeText(p.fineRange)),
                                 i);
    }
    if (m_provision->count() == 0)
        m_provision->setPlaceholderText(tr("No applied provision: add one under Provisions"));
    m_basisAmount = named(new QLineEdit(this), "basisAmount");
    m_basisAmount->setPlaceholderText(tr("The illegal income or the goods' value, in yuan"));
    m_tier = named(new QComboBox(this), "tier");
    for (DiscretionTier tier : discretionTiers().values())
        m_tier->addItem(discretionTiers().name(tier), int(tier));
    m_tierReasons = textBox(this, "tierReasons", 3);
    m_details = textBox(this, "details", 3);
    m_deadline = named(new OptionalDateEdit(this), "deadline");
    m_licence = named(new QComboBox(this), "licence");
    for (const Licence &l : licences)
        m_licence->addItem(l.label(), l.id);
    if (licences.isEmpty())
        m_licence->setPlaceholderText(tr("The party holds no licence in the register"));

    m_bounds = named(new QLabel(this), "bounds");
    m_bands = named(new QLabel(this), "bands");
    m_band = named(new QLabel(this), "band");
    for (QLabel *label : {m_bounds, m_bands, m_band})
        label->setWordWrap(true);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_problems->addRow(m_form, tr("&Kind:"), m_kind, QStringLiteral("kind"));
    m_problems->addRow(m_form, tr("&Provision applied:"), m_provision, QStringLiteral("provision"));
    m_problems->addRow(m_form, tr("&Basis amount:"), m_basisAmount, QStringLiteral("basisAmount"));
    m_problems->addRow(m_form, tr("&Amount:"), m_amount, QStringLiteral("amount"));
    m_form->addRow(tr("Range:"), m_bounds);
    m_form->addRow(tr("Benchmark:"), m_bands);
    m_form->addRow(QString(), m_band);
    m_problems->addRow(m_form, tr("&Tier:"), m_tier, QStringLiteral("tier"));
    m_problems->addRow(m_form, tr("&Why this tier:"), m_tierReasons, QStringLiteral("tierReasons"));
    m_problems->addRow(m_form, tr("&Details:"), m_details, QStringLiteral("details"));
    m_problems->addRow(m_form, tr("D&eadline:"), m_deadline, QStringLiteral("deadline"));
    m_problems->addRow(m_form, tr("&Licence:"), m_licence, QStringLiteral("licence"));
    m_detailsLabel = qobject_cast<QLabel *>(m_form->labelForField(m_details->parentWidget()));
    m_deadlineLabel = qobject_cast<QLabel *>(m_form->labelForField(m_deadline->parentWidget()));

    m_buttons = named(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this), "buttons");
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PenaltyDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PenaltyDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(m_buttons);

    // The penalty as given.
    m_kind->setCurrentIndex(m_kind->findData(int(penalty.kind)));
    if (hasAmount(penalty.kind) && !penalty.amount.isZero())
        m_amount->setText(penalty.amount.toString());
    if (penalty.provisionIndex >= 0)
        m_provision->setCurrentIndex(m_provision->findData(penalty.provisionIndex));
    if (!penalty.basisAmount.isZero())
        m_basisAmount->setText(penalty.basisAmount.toString());
    m_tier->setCurrentIndex(m_tier->findData(int(penalty.tier)));
    m_tierReasons->setPlainText(penalty.tierReasons);
    m_details->setPlainText(penalty.details);
    m_deadline->setOptionalDate(penalty.deadline);
    if (penalty.licenceId != 0)
        m_licence->setCurrentIndex(m_licence->findData(penalty.licenceId));
    if (!adding)
        m_problems->markAllTouched();

    auto touch = [this](const QString &key) {
        m_problems->markTouched(key);
        revalidate();
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, &PenaltyDialog::kindChosen);
    connect(m_amount, &QLineEdit::textEdited, this, [this] {
        m_problems->markTouched(QStringLiteral("amount"));
        amountChanged();
    });
    connect(m_basisAmount, &QLineEdit::textEdited, this, [this] {
        m_problems->markTouched(QStringLiteral("basisAmount"));
        amountChanged();
    });
    connect(m_provision, &QComboBox::currentIndexChanged, this, [this] {
        m_problems->markTouched(QStringLiteral("provision"));
        amountChanged();
    });
    connect(m_tier, &QComboBox::currentIndexChanged, this, [touch] { touch(QStringLiteral("tier")); });
    connect(m_tierReasons, &QPlainTextEdit::textChanged, this, [touch] { touch(QStringLiteral("tierReasons")); });
    connect(m_details, &QPlainTextEdit::textChanged, this, [touch] { touch(QStringLiteral("details")); });
    connect(m_deadline, &QDateEdit::dateChanged, this, [touch] { touch(QStringLiteral("deadline")); });
    connect(m_licence, &QComboBox::currentIndexChanged, this, [touch] { touch(QStringLiteral("licence")); });

    resize(qMax(sizeHint().width(), 560), sizeHint().height());
    kindChosen();
}

Penalty PenaltyDialog::penalty() const
{
    Penalty p;
    p.kind = PenaltyKind(m_kind->currentData().toInt());
    if (hasAmount(p.kind)) {
        const Result<Money> amount = Money::parse(m_amount->text());
        p.amount = amount ? amount.value() : Money();
    }
    if (p.kind == PenaltyKind::Fine) {
        p.provisionIndex = m_provision->count() > 0 ? m_provision->currentData().toInt() : -1;
        const Result<Money> basis = Money::parse(m_basisAmount->text());
        const bool multiple =
            p.provisionIndex >= 0 && m_case.provisions.at(p.provisionIndex).fineRange.kind == FineRange::Kind::Multiple;
        p.basisAmount = multiple && basis ? basis.value() : Money();
        p.tier = DiscretionTier(m_tier->currentData().toInt());
        p.tierReasons = m_tierReasons->toPlainText().trimmed();
    }
    if (p.kind != PenaltyKind::Fine && p.kind != PenaltyKind::RevokeLicence)
        p.details = m_details->toPlainText().trimmed();
    if (p.kind == PenaltyKind::OrderToCorrect || p.kind == PenaltyKind::Suspension)
        p.deadline = m_deadline->optionalDate();
    if (p.kind == PenaltyKind::RevokeLicence && m_licence->count() > 0)
        p.licenceId = m_licence->currentData().toLongLong();
    return p;
}

void PenaltyDialog::setRowShown(QWidget *editor, bool shown)
{
    // FormProblems lays each editor out in a box with its problem line.
    QWidget *field = editor->parentWidget() != this ? editor->parentWidget() : editor;
    m_form->setRowVisible(field, shown);
}

void PenaltyDialog::kindChosen()
{
    const auto kind = PenaltyKind(m_kind->currentData().toInt());
    const bool fine = kind == PenaltyKind::Fine;
    setRowShown(m_amount, hasAmount(kind));
    setRowShown(m_provision, fine);
    setRowShown(m_tier, fine);
    setRowShown(m_tierReasons, fine);
    m_form->setRowVisible(m_bounds, fine);
    m_form->setRowVisible(m_bands, fine);
    m_form->setRowVisible(m_band, fine);
    setRowShown(m_details, !fine && kind != PenaltyKind::RevokeLicence);
    setRowShown(m_deadline, kind == PenaltyKind::OrderToCorrect || kind == PenaltyKind::Suspension);
    setRowShown(m_licence, kind == PenaltyKind::RevokeLicence);
    switch (kind) {
    case PenaltyKind::OrderToCorrect:
        m_detailsLabel->setText(tr("&What to correct:"));
        m_deadlineLabel->setText(tr("Correct &by:"));
        break;
    case PenaltyKind::ConfiscateGoods:
        m_detailsLabel->setText(tr("&Goods confiscated:"));
        break;
    case PenaltyKind::Suspension:
        m_detailsLabel->setText(tr("&Scope:"));
        m_deadlineLabel->setText(tr("&Until:"));
        break;
    case PenaltyKind::Transfer:
        m_detailsLabel->setText(tr("&Transferred to:"));
        break;
    default:
        m_detailsLabel->setText(tr("&Details:"));
        break;
    }
    amountChanged();
}

void PenaltyDialog::amountChanged()
{
    // The tier follows the band the amount falls in: the benchmark decides
    // it, the clerk gives the reasons.
    const Penalty p = penalty();
    if (p.kind == PenaltyKind::Fine && p.provisionIndex >= 0 && Money::parse(m_amount->text())) {
        const FineRange &range = m_case.provisions.at(p.provisionIndex).fineRange;
        const Result<FineBounds> bounds = FineAssessment::bounds(range, p.basisAmount);
        if (bounds && p.amount >= bounds->min && p.amount <= bounds->max) {
            const QSignalBlocker quiet(m_tier);
            m_tier->setCurrentIndex(m_tier->findData(int(FineAssessment::tierOf(p.amount, bounds.value()))));
        }
    }
    revalidate();
}

FieldProblems PenaltyDialog::problems(const Penalty &p) const
{
    FieldProblems found;
    if (hasAmount(p.kind)) {
        const Result<Money> amount = Money::parse(m_amount->text());
        if (!amount)
            found << FieldProblem{QStringLiteral("amount"), amount.error().message};
    }
    const bool multiple = p.kind == PenaltyKind::Fine && p.provisionIndex >= 0 &&
                          m_case.provisions.at(p.provisionIndex).fineRange.kind == FineRange::Kind::Multiple;
    if (multiple) {
        const Result<Money> basis = Money::parse(m_basisAmount->text());
        if (!basis)
            found << FieldProblem{QStringLiteral("basisAmount"), basis.error().message};
    }
    if (p.kind == PenaltyKind::Fine && p.provisionIndex < 0)
        found << FieldProblem{QStringLiteral("provision"), tr("Choose the applied provision the fine rests on.")};
    if (p.kind == PenaltyKind::Fine && found.isEmpty()) {
        const Status fine = FineAssessment::check(p, m_case);
        if (!fine) {
            // The reasons missing is the reasons' problem, not the amount's.
            Penalty reasoned = p;
            reasoned.tierReasons = QStringLiteral("-");
            const bool reasonsOnly = p.tierReasons.isEmpty() && FineAssessment::check(reasoned, m_case);
            found << FieldProblem{reasonsOnly ? QStringLiteral("tierReasons") : QStringLiteral("amount"),
                                  fine.error().message};
        }
    }
    // The rest of the core's rules for one penalty (a deadline to correct, a
    // licence to revoke…): the case's problems with only this penalty, under
    // the field they concern. A fine's are FineAssessment's, shown above.
    if (p.kind == PenaltyKind::Fine)
        return found;
    EnforcementCase alone = m_case;
    alone.penalties = {p};
    const QString key = p.kind == PenaltyKind::OrderToCorrect     ? QStringLiteral("deadline")
                        : p.kind == PenaltyKind::ConfiscateIncome ? QStringLiteral("amount")
                        : p.kind == PenaltyKind::RevokeLicence    ? QStringLiteral("licence")
                                                                  : QStringLiteral("details");
    for (const FieldProblem &problem : CaseWorkflow::problems(alone, QDate::currentDate()))
        if (problem.field == QLatin1String("penalties") &&
            std::none_of(found.cbegin(), found.cend(), [&](const FieldProblem &f) { return f.field == key; }))
            found << FieldProblem{key, problem.message};
    return found;
}

void PenaltyDialog::showAssessment(const Penalty &p)
{
    m_bounds->clear();
    m_bands->clear();
    m_band->clear();
    if (p.kind != PenaltyKind::Fine || p.provisionIndex < 0)
        return;
    const CaseProvision &provision = m_case.provisions.at(p.provisionIndex);
    const Result<FineBounds> bounds = FineAssessment::bounds(provision.fineRange, p.basisAmount);
    if (!bounds) {
        m_bounds->setText(provision.fineRange.kind == FineRange::Kind::Multiple && p.basisAmount.isZero()
                              ? tr("%1; give the basis amount.").arg(ProvisionDialog::rangeText(provision.fineRange))
                              : bounds.error().message);
        return;
    }
    m_bounds->setText(tr("%1–%2 yuan").arg(bounds->min.toString(), bounds->max.toString()));
    QStringList bands;
    for (const TierBand &band : FineAssessment::bands(bounds.value()))
        bands << tr("%1 %2–%3", "tier from–to")
                     .arg(discretionTiers().name(band.tier), band.from.toString(), band.to.toString());
    m_bands->setText(bands.join(QStringLiteral("; ")));
    if (Money::parse(m_amount->text()) && !m_amount->text().trimmed().isEmpty()) {
        if (p.amount < bounds->min || p.amount > bounds->max)
            m_band->setText(tr("%1 yuan is outside the range.").arg(p.amount.toString()));
        else
            m_band->setText(tr("%1 yuan falls in the %2 band.")
                                .arg(p.amount.toString(),
                                     discretionTiers().name(FineAssessment::tierOf(p.amount, bounds.value()))));
    }
}

void PenaltyDialog::revalidate()
{
    if (!m_buttons)
        return;
    const Penalty p = penalty();
    setRowShown(m_basisAmount, p.kind == PenaltyKind::Fine && p.provisionIndex >= 0 &&
                                   m_case.provisions.at(p.provisionIndex).fineRange.kind == FineRange::Kind::Multiple);
    showAssessment(p);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problems->show(problems(p)));
}

void PenaltyDialog::accept()
{
    m_problems->markAllTouched();
    revalidate();
    if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        QDialog::accept();
}

} // namespace casedesk
