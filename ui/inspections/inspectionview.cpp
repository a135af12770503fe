#include "inspectionview.h"

#include "dutylist/dutylistqueries.h"
#include "inspectiondetailshtml.h"
#include "inspections/inspectionrepository.h"
#include "recordtable.h"

#include <QDateTime>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace casedesk {

namespace {
QString stampText(const QString &utc)
{
    const QDateTime at = QDateTime::fromString(utc, Qt::ISODateWithMs);
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : utc;
}

QLabel *makeSelectableLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

InspectionView::InspectionView(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Inspection record"));
    m_placeholder = new QLabel(this);
    m_placeholder->setObjectName(QStringLiteral("inspectionPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);

    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("inspectionDetails"));
    m_details->setOpenLinks(false);
    m_details->setFrameShape(QFrame::NoFrame);

    m_history =
        new RecordTable({tr("Version"), tr("Status"), tr("Changed"), tr("By"), tr("Reason for the correction")}, this);
    m_history->setObjectName(QStringLiteral("inspectionHistory"));
    m_history->setAccessibleName(tr("Versions"));
    m_history->setToolTip(tr("Double-click a version, or press Enter on it, to see it as it was"));
    m_history->setColumnWidth(VersionColumn, 60);
    m_history->setColumnWidth(StatusColumn, 80);
    m_history->setColumnWidth(ChangedColumn, 130);
    m_history->setColumnWidth(ByColumn, 90);
    connect(m_history, &RecordTable::recordActivated, this, [this](qint64 id) {
        if (showVersion(id))
            m_tabs->setCurrentIndex(DetailsTab);
    });

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("inspectionTabs"));
    m_tabs->addTab(m_details, tr("Details"));
    m_tabs->addTab(m_history, tr("History"));

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(8, 4, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(makeHeader());
    layout->addWidget(m_tabs, 1);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_placeholder);
    m_pages->addWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_pages);
    showPlaceholder();
}

QWidget *InspectionView::makeHeader()
{
    auto *header = new QWidget(this);
    m_number = makeSelectableLabel(header, QStringLiteral("inspectionNumber"));
    QFont big = m_number->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_number->setFont(big);
    m_status = new QLabel(header);
    m_status->setObjectName(QStringLiteral("inspectionStatus"));
    m_status->setFrameShape(QFrame::StyledPanel);
    m_status->setMargin(3);
    m_unit = makeSelectableLabel(header, QStringLiteral("inspectionUnit"));
    m_versionNote = makeSelectableLabel(header, QStringLiteral("inspectionVersionNote"));
    m_backToCurrent = new QPushButton(tr("Show &Current Version"), header);
    m_backToCurrent->setObjectName(QStringLiteral("showCurrentVersion"));
    m_backToCurrent->setAutoDefault(false);
    connect(m_backToCurrent, &QPushButton::clicked, this, [this] { showVersion(m_record.id); });

    auto *top = new QHBoxLayout;
    top->addWidget(m_number, 1);
    top->addWidget(m_status, 0, Qt::AlignTop);
    auto *versionRow = new QHBoxLayout;
    versionRow->addWidget(m_versionNote, 1);
    versionRow->addWidget(m_backToCurrent);
    auto *column = new QVBoxLayout(header);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addLayout(top);
    column->addWidget(m_unit);
    column->addLayout(versionRow);
    return header;
}

void InspectionView::setDatabase(Database *db)
{
    m_db = db;
    showPlaceholder();
}

QDate InspectionView::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void InspectionView::showPlaceholder(const QString &text)
{
    m_record = Inspection{};
    m_shown = m_record;
    m_versions.clear();
    m_placeholder->setText(text.isEmpty() ? tr("Select an inspection to see its checklist, findings and history.")
                                          : text);
    m_pages->setCurrentWidget(m_placeholder);
}

void InspectionView::showInspection(qint64 id)
{
    if (!m_db || id == 0) {
        showPlaceholder();
        return;
    }
    const InspectionRepository repository(*m_db);
    const Result<Inspection> found = repository.find(id);
    if (!found) {
        showPlaceholder(found.error().message);
        return;
    }
    m_record = *found;
    m_shown = m_record;
    m_versions = repository.versions(m_record.recordNumber);
    showHistory();
    showShown();
    m_pages->setCurrentIndex(1);
}

bool InspectionView::showVersion(qint64 versionId)
{
    if (!m_db || m_record.id == 0)
        return false;
    if (versionId == m_record.id) {
        m_shown = m_record;
    } else {
        const Result<Inspection> found = InspectionRepository(*m_db).find(versionId);
        if (!found || found->recordNumber != m_record.recordNumber)
            return false;
        m_shown = *found;
    }
    showShown();
    return true;
}

void InspectionView::reload()
{
    if (m_record.id != 0)
        showInspection(m_record.id);
}

void InspectionView::showShown()
{
    const Inspection &r = m_shown;
    m_number->setText(r.version > 1 ? tr("%1 (version %2)").arg(r.recordNumber).arg(r.version) : r.recordNumber);
    QString status = inspectionStatuses().name(r.status);
    if (!r.current)
        status = tr("Replaced", "an older version of a corrected record");
    m_status->setText(status);
    m_unit->setText(r.unit.name);
    const bool older = r.id != m_record.id;
    m_versionNote->setText(older ? tr("You are looking at version %1 of %2, as it was before its correction.")
                                       .arg(r.version)
                                       .arg(m_versions.size())
                                 : QString());
    m_versionNote->setVisible(older);
    m_backToCurrent->setVisible(older);

    InspectionDetailsHtml::Context context;
    if (r.followUpOf != 0) {
        const Result<Inspection> followed = InspectionRepository(*m_db).find(r.followUpOf);
        context.followUpOfNumber = followed ? followed->recordNumber : QString::number(r.followUpOf);
    }
    const ResponsibilityListQueries list(*m_db);
    for (const qint64 itemId : r.itemIds)
        context.itemTexts << list.itemDetail(itemId).item.text;
    context.itemTexts.removeAll(QString());
    m_details->setHtml(InspectionDetailsHtml::render(r, context, today()));
    const int row = m_history->rowOfId(r.id);
    if (row >= 0)
        m_history->selectRow(row);
}

void InspectionView::showHistory()
{
    m_history->resetRows(static_cast<int>(m_versions.size()));
    for (int row = 0; row < m_versions.size(); ++row) {
        const InspectionVersion &v = m_versions.at(row);
        m_history->setRecord(row, v.id,
                             {QString::number(v.version), inspectionStatuses().name(v.status), stampText(v.modifiedAt),
                              v.modifiedBy, v.correctionReason},
                             RecordTable::Marking::None, v.correctionReason);
    }
    m_tabs->setTabText(HistoryTab, tr("History (%n version(s))", nullptr, static_cast<int>(m_versions.size())));
}

QString InspectionView::toPlainText() const
{
    if (m_record.id == 0)
        return m_placeholder->text();
    QStringList lines{m_number->text(), m_status->text(), m_unit->text(), m_versionNote->text(),
                      m_details->toPlainText()};
    lines.removeAll(QString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace casedesk
