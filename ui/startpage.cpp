#include "startpage.h"

#include "cases/casequeries.h"
#include "duemarking.h"
#include "inspections/inspectionplan.h"
#include "plan/followupdeadlines.h"
#include "recordtable.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>
#include <algorithm>

namespace casedesk {

namespace {
const char *const kWindowKey = "startPage/windowDays";

enum Tile {
    CasesDueTile,
    CasesOverdueTile,
    FollowUpsOverdueTile,
    LicencesExpiringTile,
    LicencesExpiredTile,
    EquipmentDueTile,
    EquipmentOverdueTile,
    UninspectedTile,
    TileCount
};

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

RecordTable::Marking markingFor(int daysLeft)
{
    return daysLeft < 0 ? RecordTable::Marking::Overdue : RecordTable::Marking::None;
}
} // namespace

StartPage::StartPage(QWidget *parent) : QWidget(parent)
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("startTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_window = new QSpinBox(this);
    m_window->setObjectName(QStringLiteral("dueWindow"));
    m_window->setRange(1, 366);
    m_window->setSuffix(tr(" days"));
    m_window->setAccessibleName(tr("Days ahead"));
    m_window->setToolTip(
        tr("How many days ahead the page warns of case deadlines, expiring licences and inspections falling due"));
    m_window->setValue(QSettings().value(QLatin1String(kWindowKey), kDefaultWindowDays).toInt());
    auto *windowLabel = new QLabel(tr("&Warn this far ahead:"), this);
    windowLabel->setBuddy(m_window);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(windowLabel);
    top->addWidget(m_window);

    m_licences = new RecordTable({tr("Entity"), tr("Licence"), tr("Number"), tr("Expires"), tr("Days Left")}, this);
    m_licences->setObjectName(QStringLiteral("dueLicences"));
    m_licences->setColumnWidth(LicenceEntityColumn, 280);
    m_licences->setColumnWidth(LicenceKindColumn, 200);
    m_licences->setColumnWidth(LicenceNumberColumn, 180);
    m_licences->setColumnWidth(ExpiresColumn, 110);

    m_equipment = new RecordTable(
        {tr("Entity"), tr("Category"), tr("Registration No."), tr("Location"), tr("Inspection Due"), tr("Days Left")},
        this);
    m_equipment->setObjectName(QStringLiteral("dueEquipment"));
    m_equipment->setColumnWidth(EquipmentEntityColumn, 280);
    m_equipment->setColumnWidth(CategoryColumn, 150);
    m_equipment->setColumnWidth(RegistrationColumn, 180);
    m_equipment->setColumnWidth(LocationColumn, 200);
    m_equipment->setColumnWidth(NextInspectionColumn, 110);

    m_uninspected = new RecordTable({tr("Entity"), tr("Credit Code"), tr("Why an inspection is required")}, this);
    m_uninspected->setObjectName(QStringLiteral("uninspectedEntities"));
    m_uninspected->setColumnWidth(UninspectedEntityColumn, 280);
    m_uninspected->setColumnWidth(UninspectedCodeColumn, 180);

    m_cases =
        new RecordTable({tr("Number"), tr("Case"), tr("Party"), tr("Deadline"), tr("Due"), tr("Days Left")}, this);
    m_cases->setObjectName(QStringLiteral("dueCases"));
    m_cases->setColumnWidth(CaseNumberColumn, 200);
    m_cases->setColumnWidth(CaseTitleColumn, 240);
    m_cases->setColumnWidth(CasePartyColumn, 200);
    m_cases->setColumnWidth(CaseWhatColumn, 120);
    m_cases->setColumnWidth(CaseDueColumn, 110);

    m_followUps = new FollowUpDeadlines(this);
    m_followUps->setObjectName(QStringLiteral("followUpSection"));

    const QString hint = tr("Double-click a row, or press Enter, to open the entity in the register.");
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("startSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(makeSection(QStringLiteral("caseSection"), m_caseHeading, m_cases,
                                      tr("Double-click a row, or press Enter, to open the case.")));
    m_splitter->addWidget(m_followUps);
    m_splitter->addWidget(makeSection(QStringLiteral("licenceSection"), m_licenceHeading, m_licences, hint));
    m_splitter->addWidget(makeSection(QStringLiteral("equipmentSection"), m_equipmentHeading, m_equipment, hint));
    m_splitter->addWidget(makeSection(QStringLiteral("uninspectedSection"), m_uninspectedHeading, m_uninspected, hint));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(10);
    layout->addLayout(top);
    layout->addWidget(makeTiles());
    layout->addWidget(m_splitter, 1);

    setTabOrder(m_window, m_cases);
    setTabOrder(m_cases, m_followUps->table());
    setTabOrder(m_followUps->table(), m_licences);
    setTabOrder(m_licences, m_equipment);
    setTabOrder(m_equipment, m_uninspected);

    connect(m_window, &QSpinBox::valueChanged, this, [this](int days) {
        QSettings().setValue(QLatin1String(kWindowKey), days);
        refresh();
    });
    for (RecordTable *table : {m_licences, m_equipment, m_uninspected})
        connect(table, &RecordTable::recordActivated, this, &StartPage::entityRequested);
    connect(m_cases, &RecordTable::recordActivated, this, &StartPage::caseRequested);
    connect(m_followUps, &FollowUpDeadlines::inspectionRequested, this, &StartPage::inspectionRequested);
    connect(m_followUps, &FollowUpDeadlines::samplingRequested, this, &StartPage::samplingRequested);
    connect(m_followUps, &FollowUpDeadlines::loadFailed, this, &StartPage::loadFailed);
}

QWidget *StartPage::makeTiles()
{
    auto *tiles = new QWidget(this);
    tiles->setObjectName(QStringLiteral("dueSummary"));
    auto *layout = new QHBoxLayout(tiles);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    for (int tile = 0; tile < TileCount; ++tile) {
        auto *frame = new QFrame(tiles);
        frame->setFrameShape(QFrame::StyledPanel);
        frame->setBackgroundRole(QPalette::Base);
        frame->setAutoFillBackground(true);
        auto *label = new QLabel(frame);
        label->setTextFormat(Qt::RichText);
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
        auto *frameLayout = new QVBoxLayout(frame);
        frameLayout->setContentsMargins(10, 8, 10, 8);
        frameLayout->addWidget(label);
        layout->addWidget(frame, 1);
        m_tiles << label;
    }
    return tiles;
}

QWidget *StartPage::makeSection(const QString &objectName, QLabel *&heading, RecordTable *table, const QString &hint)
{
    auto *section = new QWidget(this);
    section->setObjectName(objectName);
    heading = new QLabel(section);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    table->setToolTip(hint);
    table->setParent(section);
    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(heading);
    layout->addWidget(table);
    return section;
}

void StartPage::setDatabase(Database *db)
{
    m_db = db;
    if (isVisible())
        refresh();
}

QDate StartPage::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

int StartPage::windowDays() const
{
    return m_window->value();
}

void StartPage::setWindowDays(int days)
{
    m_window->setValue(days);
}

void StartPage::registerChanged()
{
    if (isVisible())
        refresh();
}

void StartPage::casesChanged()
{
    if (isVisible())
        refresh();
}

void StartPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The day may have turned, or another workstation's data arrived: what
    // is due is always read afresh when the page comes into view.
    refresh();
}

void StartPage::refresh()
{
    const QLocale locale;
    m_title->setText(tr("Due and overdue · %1").arg(locale.toString(today(), QLocale::LongFormat)));
    if (!m_db)
        return;
    const auto summary = DueQueries::summary(*m_db, today(), windowDays(), RecordedInspections(*m_db));
    if (!summary)
        emit loadFailed(summary.error().message);
    m_counts = summary ? *summary : DueSummary{};
    fillCases();
    m_followUps->refresh(m_db, today(), windowDays(), kListLimit);
    showSummary();
    fillLicences();
    fillEquipment();
    fillUninspected();
}

void StartPage::showSummary()
{
    const int days = windowDays();
    const struct {
        int count;
        QString caption;
        bool warn;
    } tiles[TileCount] = {
        {m_casesDue, tr("case deadline(s) within %n day(s)", nullptr, days), false},
        {m_casesOverdue, tr("case deadline(s) overdue"), true},
        {m_followUps->overdueCount(), tr("follow-up(s) of inspections and sampling overdue"), true},
        {m_counts.licencesExpiring, tr("licence(s) expiring within %n day(s)", nullptr, days), false},
        {m_counts.licencesExpired, tr("licence(s) expired but still valid"), true},
        {m_counts.equipmentDue, tr("inspection(s) due within %n day(s)", nullptr, days), false},
        {m_counts.equipmentOverdue, tr("inspection(s) overdue"), true},
        {m_counts.entitiesUninspected, tr("entities not yet inspected this year"), false},
    };
    for (int tile = 0; tile < TileCount; ++tile) {
        const QString colour = tiles[tile].warn && tiles[tile].count > 0 ? DueMarking::warningText().name()
                                                                         : palette().color(QPalette::Text).name();
        m_tiles.at(tile)->setText(
            QStringLiteral("<div style='font-size:20pt; font-weight:600; color:%1'>%2</div><div>%3</div>")
                .arg(colour, QLocale().toString(tiles[tile].count), tiles[tile].caption.toHtmlEscaped()));
        m_tiles.at(tile)->setAccessibleName(QStringLiteral("%1 %2").arg(tiles[tile].count).arg(tiles[tile].caption));
    }
}

QString StartPage::summaryText() const
{
    QStringList parts;
    for (const QLabel *tile : m_tiles)
        parts << tile->accessibleName();
    return parts.join(QStringLiteral(" · "));
}

void StartPage::fillLicences()
{
    const auto due = DueQueries::licencesExpiring(*m_db, today(), windowDays(), kListLimit);
    if (!due)
        emit loadFailed(due.error().message);
    const QList<LicenceDue> rows = due ? *due : QList<LicenceDue>{};
    const int total = m_counts.licencesExpiring + m_counts.licencesExpired;
    m_licenceHeading->setText(rows.size() < total
                                  ? tr("Licences expiring (the first %1 of %2)").arg(rows.size()).arg(total)
                                  : tr("Licences expiring (%1)").arg(rows.size()));
    m_licences->resetRows(static_cast<int>(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const LicenceDue &d = rows.at(row);
        m_licences->setRecord(row, d.licence.entityId,
                              {d.entityName, licenceKindName(d.licence.kind), d.licence.number,
                               dateText(d.licence.expiresOn), DueMarking::daysLeft(d.daysLeft)},
                              markingFor(d.daysLeft));
        m_licences->item(row, LicenceEntityColumn)
            ->setToolTip(QStringLiteral("%1\n%2").arg(d.entityName, d.entityCode));
    }
}

void StartPage::fillEquipment()
{
    const QDate dueBy = today().addDays(windowDays());
    const auto due = DueQueries::equipmentDue(*m_db, today(), dueBy, kListLimit);
    if (!due)
        emit loadFailed(due.error().message);
    const QList<EquipmentDue> rows = due ? *due : QList<EquipmentDue>{};
    const int total = m_counts.equipmentDue + m_counts.equipmentOverdue;
    m_equipmentHeading->setText(
        rows.size() < total ? tr("Special equipment inspections due (the first %1 of %2)").arg(rows.size()).arg(total)
                            : tr("Special equipment inspections due (%1)").arg(rows.size()));
    m_equipment->resetRows(static_cast<int>(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const EquipmentDue &d = rows.at(row);
        m_equipment->setRecord(row, d.equipment.entityId,
                               {d.entityName, equipmentCategoryName(d.equipment.category),
                                d.equipment.registrationNumber, d.equipment.location,
                                dateText(d.equipment.nextInspectionOn), DueMarking::daysLeft(d.daysLeft)},
                               markingFor(d.daysLeft));
        m_equipment->item(row, EquipmentEntityColumn)
            ->setToolTip(QStringLiteral("%1\n%2").arg(d.entityName, d.entityCode));
    }
}

void StartPage::fillUninspected()
{
    const auto due = DueQueries::entitiesUninspected(*m_db, today().year(), RecordedInspections(*m_db), kListLimit);
    if (!due)
        emit loadFailed(due.error().message);
    const QList<InspectionDue> rows = due ? *due : QList<InspectionDue>{};
    const int total = m_counts.entitiesUninspected;
    m_uninspectedHeading->setText(
        rows.size() < total
            ? tr("Entities to inspect this year, not yet inspected (the first %1 of %2)").arg(rows.size()).arg(total)
            : tr("Entities to inspect this year, not yet inspected (%1)").arg(rows.size()));
    m_uninspected->resetRows(static_cast<int>(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const InspectionDue &d = rows.at(row);
        m_uninspected->setRecord(row, d.entityId, {d.name, d.code, d.reasons.join(QStringLiteral("；"))});
    }
}

void StartPage::fillCases()
{
    const QList<CaseDeadline> deadlines = CaseQueries(*m_db).deadlines(today(), windowDays());
    m_casesOverdue = static_cast<int>(
        std::count_if(deadlines.begin(), deadlines.end(), [](const CaseDeadline &d) { return d.daysLeft < 0; }));
    m_casesDue = static_cast<int>(deadlines.size()) - m_casesOverdue;
    const int shown = std::min(static_cast<int>(deadlines.size()), kListLimit);
    m_caseHeading->setText(shown < deadlines.size()
                               ? tr("Case deadlines (the first %1 of %2)").arg(shown).arg(deadlines.size())
                               : tr("Case deadlines (%1)").arg(shown));
    m_cases->resetRows(shown);
    for (int row = 0; row < shown; ++row) {
        const CaseDeadline &d = deadlines.at(row);
        const QString what = d.what == QLatin1String("seizure") ? tr("Seizure ends") : tr("Decision");
        m_cases->setRecord(
            row, d.caseId,
            {d.displayNumber, d.title, d.partyName, what, dateText(d.due), DueMarking::daysLeft(d.daysLeft)},
            markingFor(d.daysLeft));
    }
}

} // namespace casedesk
