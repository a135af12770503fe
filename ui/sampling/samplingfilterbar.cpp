#include "samplingfilterbar.h"

#include "optionaldateedit.h"
#include "searchfield.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace casedesk {

namespace {
OptionalDateEdit *makeDate(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *edit = new OptionalDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setToolTip(accessibleName);
    return edit;
}
} // namespace

SamplingFilterBar::SamplingFilterBar(QWidget *parent) : ListFilterBar(QStringLiteral("sampling"), parent)
{
    m_search->setPlaceholderText(tr("Search batch, enterprise, product, lab or plan (Ctrl+F)"));
    m_search->setToolTip(tr("Shows only the batches whose number, enterprise, product, lab or plan contain the "
                            "text typed. Escape clears the search."));
    m_search->setAccessibleName(tr("Search the sampling batches"));

    m_section = makeFilterCombo(this, QStringLiteral("samplingSectionFilter"), tr("Section"), tr("All sections"));
    m_from = makeDate(this, QStringLiteral("samplingFrom"), tr("Sampled from"));
    m_to = makeDate(this, QStringLiteral("samplingTo"), tr("Sampled until"));
    m_result = makeFilterCombo(this, QStringLiteral("samplingResultFilter"), tr("Result"), tr("Any result"));
    for (SamplingResult result : samplingResults().values())
        m_result->addItem(samplingResults().name(result), int(result));
    m_kind = makeFilterCombo(this, QStringLiteral("samplingKindFilter"), tr("Kind"), tr("All kinds"));
    for (SamplingKind kind : samplingKinds().values())
        m_kind->addItem(samplingKinds().name(kind), int(kind));

    auto *filters = new QHBoxLayout;
    filters->setSpacing(6);
    filters->addWidget(m_section, 1);
    auto *fromLabel = new QLabel(tr("Sampled &from"), this);
    fromLabel->setBuddy(m_from);
    filters->addWidget(fromLabel);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    filters->addWidget(m_result, 1);
    filters->addWidget(m_kind, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(topRow());
    layout->addLayout(filters);

    setTabOrder(m_search, m_section);
    setTabOrder(m_section, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_result);
    setTabOrder(m_result, m_kind);

    for (QComboBox *combo : {m_section, m_result, m_kind})
        connect(combo, &QComboBox::currentIndexChanged, this, &SamplingFilterBar::changed);
    for (OptionalDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &SamplingFilterBar::changed);
}

SamplingFilter SamplingFilterBar::filter() const
{
    SamplingFilter f;
    f.search = m_search->term();
    f.section = m_section->currentData().toString();
    f.from = m_from->optionalDate();
    f.to = m_to->optionalDate();
    if (const QVariant result = m_result->currentData(); result.isValid())
        f.result = SamplingResult(result.toInt());
    if (const QVariant kind = m_kind->currentData(); kind.isValid())
        f.kind = SamplingKind(kind.toInt());
    return f;
}

void SamplingFilterBar::setSections(const QStringList &sections)
{
    const QVariant chosen = m_section->currentData();
    {
        const QSignalBlocker blocker(m_section);
        while (m_section->count() > 1)
            m_section->removeItem(1);
        for (const QString &section : sections)
            m_section->addItem(section, section);
    }
    const int index = chosen.isValid() ? m_section->findData(chosen) : 0;
    m_section->setCurrentIndex(std::max(index, 0));
    if (index < 0)
        changed();
}

void SamplingFilterBar::setCount(int count)
{
    m_count->setText(tr("%Ln batch(es)", "count of the sampling batches shown", count));
}

QWidget *SamplingFilterBar::lastFilter() const
{
    return m_kind;
}

void SamplingFilterBar::resetFilters()
{
    for (QComboBox *combo : {m_section, m_result, m_kind})
        combo->setCurrentIndex(0);
    m_from->setOptionalDate({});
    m_to->setOptionalDate({});
}

} // namespace casedesk
