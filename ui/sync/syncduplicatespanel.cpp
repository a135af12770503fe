#include "sync/syncduplicatespanel.h"

#include "auth/permissions.h"
#include "auth/session.h"
#include "recordtable.h"
#include "sync/syncfieldtext.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace casedesk {

namespace {

QString siteOf(const std::optional<RecordContent> &record)
{
    return record ? record->meta.value(QLatin1String("site")).toString() : QString();
}

} // namespace

SyncDuplicatesPanel::SyncDuplicatesPanel(Database &db, const Session &session, SyncFieldText &text, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session), m_text(text)
{
    m_showSettled = new QCheckBox(tr("Show &settled pairs"), this);
    m_showSettled->setObjectName(QStringLiteral("showSettledDuplicates"));
    m_list =
        new RecordTable({tr("Kind"), tr("Shared value"), tr("First"), tr("Second"), tr("Found"), tr("Status")}, this);
    m_list->setObjectName(QStringLiteral("duplicateList"));
    m_list->setAccessibleName(tr("Duplicates"));
    m_list->horizontalHeader()->resizeSection(0, 110);
    m_list->horizontalHeader()->resizeSection(1, 170);
    m_list->horizontalHeader()->resizeSection(2, 190);
    m_list->horizontalHeader()->resizeSection(3, 190);
    m_list->horizontalHeader()->resizeSection(4, 130);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("duplicateTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);

    m_details = new QTableWidget(0, 2, this);
    m_details->setObjectName(QStringLiteral("duplicateDetails"));
    m_details->setAccessibleName(tr("The two records"));
    m_details->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_details->setSelectionMode(QAbstractItemView::NoSelection);
    m_details->setTabKeyNavigation(false);
    m_details->setWordWrap(false);
    m_details->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_details->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    m_keepFirst = new QPushButton(tr("Merge, Keep the &First"), this);
    m_keepFirst->setObjectName(QStringLiteral("keepFirst"));
    m_keepSecond = new QPushButton(tr("Merge, Keep the S&econd"), this);
    m_keepSecond->setObjectName(QStringLiteral("keepSecond"));
    m_dismiss = new QPushButton(tr("&Not Duplicates"), this);
    m_dismiss->setObjectName(QStringLiteral("dismissDuplicate"));
    m_dismiss->setToolTip(tr("The two are different things: keep both and stop offering them"));
    connect(m_keepFirst, &QPushButton::clicked, this, [this] { decide(Decision::KeepFirst); });
    connect(m_keepSecond, &QPushButton::clicked, this, [this] { decide(Decision::KeepSecond); });
    connect(m_dismiss, &QPushButton::clicked, this, [this] { decide(Decision::Dismiss); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_keepFirst);
    buttons->addWidget(m_keepSecond);
    buttons->addWidget(m_dismiss);
    buttons->addStretch();

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_title);
    detailLayout->addWidget(m_details, 1);
    detailLayout->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("duplicateSplitter"));
    splitter->addWidget(m_list);
    splitter->addWidget(detail);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({140, 400});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_showSettled);
    layout->addWidget(splitter, 1);

    connect(m_showSettled, &QCheckBox::toggled, this, &SyncDuplicatesPanel::reload);
    connect(m_list, &QTableWidget::itemSelectionChanged, this, &SyncDuplicatesPanel::showCurrent);
    setFocusProxy(m_list);
    reload();
}

QPushButton *SyncDuplicatesPanel::decisionButton(Decision decision) const
{
    switch (decision) {
    case Decision::KeepFirst:
        return m_keepFirst;
    case Decision::KeepSecond:
        return m_keepSecond;
    case Decision::Dismiss:
        break;
    }
    return m_dismiss;
}

QString SyncDuplicatesPanel::recordName(const DuplicatePair &p, bool first) const
{
    const QString label = first ? p.firstLabel : p.secondLabel;
    const QString site = siteOf(m_text.read(p.table, first ? p.firstUuid : p.secondUuid));
    //: A record of a duplicate pair and the workstation that made it: 永清县甲电线厂 (A)
    return site.isEmpty() ? label : tr("%1 (%2)").arg(label, site);
}

QString SyncDuplicatesPanel::statusText(const DuplicatePair &p) const
{
    if (p.open)
        return tr("Open");
    if (p.keptUuid.isEmpty())
        return tr("Not duplicates (%1, %2)").arg(p.settledBy, SyncFieldText::localTime(p.settledAt));
    const bool keptFirst = p.keptUuid == p.firstUuid;
    return tr("Merged into the %1 (%2, %3)")
        .arg(keptFirst ? tr("first") : tr("second"), p.settledBy, SyncFieldText::localTime(p.settledAt));
}

void SyncDuplicatesPanel::reload()
{
    const DuplicatePair *shown = current();
    const qint64 selected = shown ? shown->id : 0;
    const int row = m_list->currentRow();
    m_pairs.clear();
    auto read = SyncDuplicates::list(m_db, !m_showSettled->isChecked());
    if (read)
        m_pairs = *read;
    m_openCount = int(std::count_if(m_pairs.begin(), m_pairs.end(), [](const DuplicatePair &p) { return p.open; }));
    if (m_showSettled->isChecked() || !read)
        if (auto open = SyncDuplicates::list(m_db, true))
            m_openCount = int(open->size());

    m_list->blockSignals(true);
    m_list->resetRows(int(m_pairs.size()));
    for (int i = 0; i < m_pairs.size(); ++i) {
        const DuplicatePair &p = m_pairs.at(i);
        m_list->setRecord(i, p.id,
                          {SyncFieldText::tableLabel(p.table), p.naturalKey, recordName(p, true), recordName(p, false),
                           SyncFieldText::localTime(p.foundAt), statusText(p)},
                          p.open ? RecordTable::Marking::None : RecordTable::Marking::Inactive);
    }
    m_list->blockSignals(false);
    if (!read)
        m_title->setText(read.error().message);

    m_list->reselect(selected, row);
    showCurrent();
    emit countChanged(m_openCount);
}

const DuplicatePair *SyncDuplicatesPanel::current() const
{
    const qint64 id = m_list ? m_list->selectedId() : 0;
    for (const DuplicatePair &p : m_pairs)
        if (p.id == id)
            return &p;
    return nullptr;
}

bool SyncDuplicatesPanel::select(qint64 pairId)
{
    return m_list->selectId(pairId);
}

void SyncDuplicatesPanel::showCurrent()
{
    const DuplicatePair *p = current();
    const bool mayResolve = Permissions::allowed(m_session, Action::ResolveConflicts);
    for (QPushButton *button : {m_keepFirst, m_keepSecond, m_dismiss})
        button->setEnabled(p && p->open && mayResolve);
    m_details->setRowCount(0);
    if (!p) {
        m_details->setHorizontalHeaderLabels({tr("First"), tr("Second")});
        m_title->setText(m_pairs.isEmpty() ? tr("No open duplicates.")
                                           : tr("Choose a pair above to compare the two records."));
        return;
    }
    m_title->setText(tr("Two %1 records share %2. Compare them, then merge them into one or keep both.")
                         .arg(SyncFieldText::tableLabel(p->table), p->naturalKey));
    m_details->setHorizontalHeaderLabels(
        {tr("First: %1").arg(recordName(*p, true)), tr("Second: %1").arg(recordName(*p, false))});
    const std::optional<RecordContent> first = m_text.read(p->table, p->firstUuid);
    const std::optional<RecordContent> second = m_text.read(p->table, p->secondUuid);
    const auto add = [this](const QString &label, const QString &a, const QString &b, bool differ,
                            bool internal = false) {
        const int row = m_details->rowCount();
        m_details->insertRow(row);
        m_details->setVerticalHeaderItem(row, new QTableWidgetItem(label));
        for (const auto &[column, text] : {std::pair{0, a}, {1, b}}) {
            auto *item = new QTableWidgetItem(QString(text).replace(QLatin1Char('\n'), QStringLiteral(" ")));
            item->setToolTip(text);
            QFont font = m_details->font();
            font.setBold(differ);
            item->setFont(font);
            if (internal)
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            m_details->setItem(row, column, item);
        }
    };
    // The fields a person types (those with a name) first; the columns
    // CaseDesk keeps for itself (search keys and the like) after them, greyed.
    const QStringList fields = m_text.fieldsOf(p->table);
    for (const bool named : {true, false})
        for (const QString &field : fields) {
            const QString label = SyncFieldText::fieldLabel(field);
            if ((label != field) != named)
                continue;
            const QJsonValue a = first ? first->fields.value(field) : QJsonValue(QJsonValue::Undefined);
            const QJsonValue b = second ? second->fields.value(field) : QJsonValue(QJsonValue::Undefined);
            add(label, m_text.valueText(p->table, field, a), m_text.valueText(p->table, field, b), a != b, !named);
        }
    const auto meta = [](const std::optional<RecordContent> &r, const char *key) {
        return r ? r->meta.value(QLatin1String(key)).toString() : QString();
    };
    add(tr("Made on workstation"), meta(first, "site"), meta(second, "site"), false);
    add(tr("Changed by"), meta(first, "modified_by"), meta(second, "modified_by"), false);
    add(tr("Changed at"), SyncFieldText::localTime(meta(first, "modified_at")),
        SyncFieldText::localTime(meta(second, "modified_at")), false);
}

bool SyncDuplicatesPanel::decide(Decision decision)
{
    const DuplicatePair *p = current();
    if (!p || !p->open)
        return false;
    const DuplicatePair pair = *p;
    const QString first = recordName(pair, true), second = recordName(pair, false);
    QMessageBox confirm(QMessageBox::Question, QString(), QString(), QMessageBox::Cancel, this);
    confirm.setObjectName(QStringLiteral("duplicateConfirmation"));
    QPushButton *go = nullptr;
    if (decision == Decision::Dismiss) {
        confirm.setWindowTitle(tr("Not Duplicates"));
        confirm.setText(tr("Keep both “%1” and “%2”?").arg(first, second));
        confirm.setInformativeText(tr("The two records stay as they are, and the pair is no longer offered for "
                                      "merging on this workstation."));
        go = confirm.addButton(tr("&Keep Both"), QMessageBox::AcceptRole);
    } else {
        const bool keepFirst = decision == Decision::KeepFirst;
        const QString kept = keepFirst ? first : second, dropped = keepFirst ? second : first;
        confirm.setWindowTitle(tr("Merge Duplicates"));
        confirm.setText(tr("Merge “%1” into “%2”?").arg(dropped, kept));
        confirm.setInformativeText(
            tr("Everything that refers to “%1” (licences, equipment, cases, inspections…) will refer to “%2” from "
               "now on. “%1” is then removed and kept only as a tombstone. The merge reaches the other "
               "workstations with the next exchange files.")
                .arg(dropped, kept));
        go = confirm.addButton(tr("&Merge"), QMessageBox::AcceptRole);
    }
    go->setObjectName(QStringLiteral("confirm"));
    // A merge cannot be taken back: Enter alone does not make it.
    if (decision == Decision::Dismiss)
        confirm.setDefaultButton(go);
    else
        confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.exec();
    if (confirm.clickedButton() != go)
        return false;

    const Status done = decision == Decision::Dismiss
                            ? SyncDuplicates::dismiss(m_db, m_session, pair.id)
                            : SyncDuplicates::merge(m_db, m_session, pair.id,
                                                    decision == Decision::KeepFirst ? pair.firstUuid : pair.secondUuid);
    if (!done) {
        QMessageBox::warning(this, confirm.windowTitle(), tr("Nothing was changed.\n\n%1").arg(done.error().message));
        reload();
        return false;
    }
    reload();
    emit decided();
    return true;
}

} // namespace casedesk
