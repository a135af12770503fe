#include "provisiondialog.h"

#include "cases/fineassessment.h"
#include "inlinemessage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace casedesk {

namespace {

template <class W> W *named(W *widget, const char *name)
{
    widget->setObjectName(QString::fromLatin1(name));
    return widget;
}

QString basisName(FineRange::Basis basis)
{
    return basis == FineRange::Basis::IllegalIncome ? ProvisionDialog::tr("the illegal income")
                                                    : ProvisionDialog::tr("the goods' value");
}

QSpinBox *percentBox(QWidget *parent, const char *name)
{
    auto *box = named(new QSpinBox(parent), name);
    box->setRange(0, 100000);
    box->setSingleStep(50);
    box->setSuffix(QStringLiteral(" %"));
    return box;
}

} // namespace

QString ProvisionDialog::label(const CaseProvision &provision)
{
    return tr("《%1》%2", "law and article").arg(provision.law, provision.article);
}

QString ProvisionDialog::rangeText(const FineRange &range)
{
    switch (range.kind) {
    case FineRange::Kind::None:
        break;
    case FineRange::Kind::Fixed:
        return tr("%1–%2 yuan").arg(range.min.toString(), range.max.toString());
    case FineRange::Kind::Multiple:
        return tr("%1%–%2% of %3").arg(range.minPercent).arg(range.maxPercent).arg(basisName(range.basis));
    }
    return tr("no fine range");
}

ProvisionDialog::ProvisionDialog(const CaseProvision &provision, bool adding, QWidget *parent)
    : QDialog(parent), m_original(provision)
{
    setWindowTitle(adding ? tr("Add Provision") : tr("Edit Provision"));

    m_role = named(new QComboBox(this), "role");
    for (ProvisionRole role : provisionRoles().values())
        m_role->addItem(provisionRoles().name(role), int(role));
    m_law = named(new QLineEdit(this), "law");
    m_law->setPlaceholderText(tr("The law's name without 《》, e.g. 产品质量法"));
    m_article = named(new QLineEdit(this), "article");
    m_article->setPlaceholderText(tr("E.g. 第四十九条"));
    m_text = named(new QPlainTextEdit(this), "text");
    m_text->setTabChangesFocus(true);
    m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 4);

    m_rangeKind = named(new QComboBox(this), "rangeKind");
    m_rangeKind->addItem(tr("No fine"), int(FineRange::Kind::None));
    m_rangeKind->addItem(tr("Fixed range in yuan"), int(FineRange::Kind::Fixed));
    m_rangeKind->addItem(tr("Multiples of an amount"), int(FineRange::Kind::Multiple));

    m_rangePages = new QStackedWidget(this);
    m_rangePages->addWidget(new QWidget(m_rangePages));
    auto *fixed = new QWidget(m_rangePages);
    auto *fixedRow = new QHBoxLayout(fixed);
    fixedRow->setContentsMargins(0, 0, 0, 0);
    m_min = named(new QLineEdit(fixed), "minYuan");
    m_max = named(new QLineEdit(fixed), "maxYuan");
    fixedRow->addWidget(new QLabel(tr("from"), fixed));
    fixedRow->addWidget(m_min);
    fixedRow->addWidget(new QLabel(tr("to"), fixed));
    fixedRow->addWidget(m_max);
    fixedRow->addWidget(new QLabel(tr("yuan"), fixed));
    m_rangePages->addWidget(fixed);
    auto *multiple = new QWidget(m_rangePages);
    auto *multipleRow = new QHBoxLayout(multiple);
    multipleRow->setContentsMargins(0, 0, 0, 0);
    m_minPercent = percentBox(multiple, "minPercent");
    m_maxPercent = percentBox(multiple, "maxPercent");
    m_basis = named(new QComboBox(multiple), "basis");
    m_basis->addItem(basisName(FineRange::Basis::IllegalIncome), int(FineRange::Basis::IllegalIncome));
    m_basis->addItem(basisName(FineRange::Basis::GoodsValue), int(FineRange::Basis::GoodsValue));
    multipleRow->addWidget(new QLabel(tr("from"), multiple));
    multipleRow->addWidget(m_minPercent);
    multipleRow->addWidget(new QLabel(tr("to"), multiple));
    multipleRow->addWidget(m_maxPercent);
    multipleRow->addWidget(new QLabel(tr("of"), multiple));
    multipleRow->addWidget(m_basis);
    m_rangePages->addWidget(multiple);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Law:"), m_law);
    form->addRow(tr("&Article:"), m_article);
    form->addRow(tr("&Text:"), m_text);
    form->addRow(tr("&Fine range:"), m_rangeKind);
    form->addRow(QString(), m_rangePages);

    m_message = new InlineMessage(this);
    m_buttons = named(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this), "buttons");
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProvisionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ProvisionDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(m_buttons);

    m_role->setCurrentIndex(m_role->findData(int(provision.role)));
    m_law->setText(provision.law);
    m_article->setText(provision.article);
    m_text->setPlainText(provision.text);
    const FineRange &range = provision.fineRange;
    m_rangeKind->setCurrentIndex(m_rangeKind->findData(int(range.kind)));
    m_rangePages->setCurrentIndex(m_rangeKind->currentIndex());
    if (range.kind == FineRange::Kind::Fixed) {
        m_min->setText(range.min.toString());
        m_max->setText(range.max.toString());
    }
    m_minPercent->setValue(range.minPercent);
    m_maxPercent->setValue(range.maxPercent);
    m_basis->setCurrentIndex(m_basis->findData(int(range.basis)));

    connect(m_rangeKind, &QComboBox::currentIndexChanged, m_rangePages, &QStackedWidget::setCurrentIndex);
    for (QComboBox *combo : {m_role, m_rangeKind, m_basis})
        connect(combo, &QComboBox::currentIndexChanged, this, &ProvisionDialog::revalidate);
    for (QLineEdit *edit : {m_law, m_article, m_min, m_max})
        connect(edit, &QLineEdit::textChanged, this, &ProvisionDialog::revalidate);
    for (QSpinBox *box : {m_minPercent, m_maxPercent})
        connect(box, &QSpinBox::valueChanged, this, &ProvisionDialog::revalidate);
    resize(qMax(sizeHint().width(), 520), sizeHint().height());
    revalidate();
}

CaseProvision ProvisionDialog::provision() const
{
    CaseProvision p = m_original;
    p.role = ProvisionRole(m_role->currentData().toInt());
    p.law = m_law->text().trimmed().remove(QStringLiteral("《")).remove(QStringLiteral("》"));
    p.article = m_article->text().trimmed();
    p.text = m_text->toPlainText().trimmed();
    FineRange range;
    range.kind = FineRange::Kind(m_rangeKind->currentData().toInt());
    if (range.kind == FineRange::Kind::Fixed) {
        const Result<Money> min = Money::parse(m_min->text());
        const Result<Money> max = Money::parse(m_max->text());
        range.min = min ? min.value() : Money();
        range.max = max ? max.value() : Money();
    } else if (range.kind == FineRange::Kind::Multiple) {
        range.minPercent = m_minPercent->value();
        range.maxPercent = m_maxPercent->value();
        range.basis = FineRange::Basis(m_basis->currentData().toInt());
    }
    p.fineRange = range;
    return p;
}

void ProvisionDialog::revalidate()
{
    QStringList problems;
    if (m_law->text().trimmed().isEmpty())
        problems << tr("Law: give the law's name.");
    const auto kind = FineRange::Kind(m_rangeKind->currentData().toInt());
    if (kind == FineRange::Kind::Fixed) {
        for (QLineEdit *edit : {m_min, m_max}) {
            const Result<Money> amount = Money::parse(edit->text());
            if (!amount)
                problems
                    << (edit == m_min ? tr("Lowest fine: %1") : tr("Highest fine: %1")).arg(amount.error().message);
        }
    }
    if (problems.isEmpty() && kind != FineRange::Kind::None) {
        // A basis of 100 yuan is enough to see whether a multiple range is one.
        const Result<FineBounds> bounds = FineAssessment::bounds(provision().fineRange, Money::fromYuan(100));
        if (!bounds)
            problems << bounds.error().message;
    }
    m_message->showError(problems.join(QLatin1Char('\n')));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

void ProvisionDialog::accept()
{
    revalidate();
    if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        QDialog::accept();
}

} // namespace casedesk
