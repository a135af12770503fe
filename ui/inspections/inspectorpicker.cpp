#include "inspectorpicker.h"

#include <algorithm>

namespace casedesk {

InspectorPicker::InspectorPicker(QWidget *parent) : QListWidget(parent)
{
    setAccessibleName(tr("Inspectors"));
    setToolTip(tr("Tick at least two inspectors. Only staff whose certificate for the domain is valid on the "
                  "day are listed."));
    connect(this, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_filling)
            return;
        const qint64 id = item->data(Qt::UserRole).toLongLong();
        if (item->checkState() == Qt::Checked && !m_order.contains(id))
            m_order << id;
        else if (item->checkState() != Qt::Checked)
            m_order.removeAll(id);
        emit changed();
    });
}

void InspectorPicker::setChoices(const QList<InspectionInspector> &eligible, const QList<InspectionInspector> &chosen)
{
    m_choices = eligible;
    m_ineligible.clear();
    QList<qint64> order;
    for (const InspectionInspector &c : chosen) {
        order << c.staffId;
        const bool listed = std::any_of(m_choices.cbegin(), m_choices.cend(),
                                        [&](const InspectionInspector &e) { return e.staffId == c.staffId; });
        if (!listed) {
            m_choices << c;
            m_ineligible << c.staffId;
        }
    }
    m_order = order;
    m_filling = true;
    clear();
    for (const InspectionInspector &i : std::as_const(m_choices)) {
        const QString name = i.name.isEmpty() ? i.login : i.name;
        QString text;
        if (m_ineligible.contains(i.staffId))
            text = tr("%1  (no valid certificate for this domain on the day)").arg(name);
        else
            text = tr("%1  certificate %2, valid until %3")
                       .arg(name, i.certificateNumber, i.certificateValidUntil.toString(QStringLiteral("yyyy-MM-dd")));
        auto *row = new QListWidgetItem(text, this);
        row->setData(Qt::UserRole, i.staffId);
        row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        row->setCheckState(m_order.contains(i.staffId) ? Qt::Checked : Qt::Unchecked);
        if (m_ineligible.contains(i.staffId))
            row->setForeground(QColor(0xb0, 0x00, 0x20));
    }
    if (m_choices.isEmpty()) {
        auto *none = new QListWidgetItem(
            m_emptyText.isEmpty() ? tr("Nobody holds a valid certificate for this domain on the day.") : m_emptyText,
            this);
        none->setFlags(Qt::NoItemFlags);
    }
    m_filling = false;
    const int rowHeight = std::max(sizeHintForRow(0), fontMetrics().height() + 4);
    setMaximumHeight(rowHeight * std::clamp(int(m_choices.size()), 3, 6) + 6);
}

QList<InspectionInspector> InspectorPicker::inspectors() const
{
    QList<InspectionInspector> chosen;
    for (const qint64 id : m_order)
        for (const InspectionInspector &i : m_choices)
            if (i.staffId == id)
                chosen << i;
    return chosen;
}

void InspectorPicker::setChecked(qint64 staffId, bool checked)
{
    for (int row = 0; row < count(); ++row)
        if (item(row)->data(Qt::UserRole).toLongLong() == staffId)
            item(row)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void InspectorPicker::setReadOnly(bool readOnly)
{
    setEnabled(!readOnly);
}

} // namespace casedesk
