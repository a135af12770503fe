#include "samplerpicker.h"

#include "dutylist/supervisiondomain.h"
#include "inspections/inspectionrepository.h"

namespace casedesk {

SamplerPicker::SamplerPicker(Database &db, QWidget *parent) : QListWidget(parent), m_db(db)
{
    setAccessibleName(tr("Samplers"));
    setToolTip(tr("Tick at least two staff whose enforcement certificate is valid on the day (Space ticks)."));
    connect(this, &QListWidget::itemChanged, this, &SamplerPicker::changed);
}

void SamplerPicker::setDay(const QDate &day)
{
    if (day == m_day)
        return;
    m_day = day;
    fill(samplers());
}

void SamplerPicker::setSamplers(const QList<InspectionInspector> &samplers)
{
    fill(samplers);
}

void SamplerPicker::fill(const QList<InspectionInspector> &ticked)
{
    m_choices = InspectionRepository(m_db).eligibleInspectors(QString::fromLatin1(SupervisionDomain::ProductQuality),
                                                              m_day.isValid() ? m_day : QDate::currentDate());
    for (const InspectionInspector &t : ticked)
        if (std::none_of(m_choices.cbegin(), m_choices.cend(),
                         [&](const InspectionInspector &c) { return c.staffId == t.staffId; }))
            m_choices << t;
    {
        const QSignalBlocker quiet(this);
        clear();
        for (const InspectionInspector &c : std::as_const(m_choices)) {
            const QString certificate =
                c.certificateNumber.isEmpty()
                    ? tr("no valid certificate")
                    : tr("certificate %1, valid until %2")
                          .arg(c.certificateNumber, c.certificateValidUntil.toString(Qt::ISODate));
            auto *row =
                new QListWidgetItem(tr("%1  %2", "a sampler and the certificate").arg(c.name, certificate), this);
            row->setData(Qt::UserRole, c.staffId);
            row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            const bool on = std::any_of(ticked.cbegin(), ticked.cend(),
                                        [&](const InspectionInspector &t) { return t.staffId == c.staffId; });
            row->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        }
    }
    const int rowHeight = qMax(sizeHintForRow(0), fontMetrics().height() + 4);
    setMaximumHeight(rowHeight * qBound(3, int(m_choices.size()), 6) + 6);
    emit changed();
}

QList<InspectionInspector> SamplerPicker::samplers() const
{
    QList<InspectionInspector> out;
    for (int i = 0; i < count() && i < m_choices.size(); ++i)
        if (item(i)->checkState() == Qt::Checked)
            out << m_choices.at(i);
    return out;
}

bool SamplerPicker::tick(const QString &login, bool on)
{
    for (int i = 0; i < count() && i < m_choices.size(); ++i)
        if (m_choices.at(i).login == login) {
            item(i)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    return false;
}

} // namespace casedesk
