#include "sync/syncconflictspanel.h"

#include "auth/permissions.h"
#include "auth/session.h"
#include "recordtable.h"
#include "sync/conflictcomparison.h"
#include "sync/syncfieldtext.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QVBoxLayout>
#include <algorithm>

namespace casedesk {

SyncConflictsPanel::SyncConflictsPanel(Database &db, const Session &session, SyncFieldText &text, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session), m_text(text)
{
    m_showSettled = new QCheckBox(tr("Show &settled conflicts"), this);
    m_showSettled->setObjectName(QStringLiteral("showSettledConflicts"));
    m_list = new RecordTable({tr("Record"), tr("Field"), tr("Workstations"), tr("Raised"), tr("Status")}, this);
    m_list->setObjectName(QStringLiteral("conflictList"));
    m_list->setAccessibleName(tr("Conflicts"));
    m_list->horizontalHeader()->resizeSection(0, 260);
    m_list->horizontalHeader()->resizeSection(1, 140);
    m_list->horizontalHeader()->resizeSection(2, 110);
    m_list->horizontalHeader()->resizeSection(3, 140);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("conflictTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    m_comparison = new ConflictComparison(text, this);
    m_comparison->setObjectName(QStringLiteral("conflictComparison"));

    m_takeMine = new QPushButton(tr("Take &Mine"), this);
    m_takeMine->setObjectName(QStringLiteral("takeMine"));
    m_takeMine->setToolTip(tr("Keep this workstation's value (Ctrl+1)"));
    m_takeTheirs = new QPushButton(tr("Take &Theirs"), this);
    m_takeTheirs->setObjectName(QStringLiteral("takeTheirs"));
    m_takeTheirs->setToolTip(tr("Keep the other workstation's value (Ctrl+2)"));
    m_takeAncestor = new QPushButton(tr("Take &Ancestor"), this);
    m_takeAncestor->setObjectName(QStringLiteral("takeAncestor"));
    m_takeAncestor->setToolTip(tr("Go back to the value both sides started from (Ctrl+3)"));
    const std::pair<QPushButton *, Column> takes[] = {
        {m_takeMine, MineColumn}, {m_takeTheirs, TheirsColumn}, {m_takeAncestor, AncestorColumn}};
    for (const auto &[button, column] : takes) {
        connect(button, &QPushButton::clicked, this, [this, column = column] { take(column); });
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + int(column))), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, button, [button = button] {
            if (button->isEnabled())
                button->click();
        });
    }

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_takeMine);
    buttons->addWidget(m_takeTheirs);
    buttons->addWidget(m_takeAncestor);
    buttons->addStretch();

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_title);
    detailLayout->addWidget(m_comparison, 1);
    detailLayout->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("conflictSplitter"));
    splitter->addWidget(m_list);
    splitter->addWidget(detail);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({180, 320});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_showSettled);
    layout->addWidget(splitter, 1);

    connect(m_showSettled, &QCheckBox::toggled, this, &SyncConflictsPanel::reload);
    connect(m_list, &QTableWidget::itemSelectionChanged, this, &SyncConflictsPanel::showCurrent);
    setFocusProxy(m_list);
    reload();
}

QPushButton *SyncConflictsPanel::takeButton(Column column) const
{
    switch (column) {
    case MineColumn:
        return m_takeMine;
    case TheirsColumn:
        return m_takeTheirs;
    case AncestorColumn:
        break;
    }
    return m_takeAncestor;
}

QString SyncConflictsPanel::statusText(const SyncConflict &c) const
{
    if (c.open)
        return tr("Open");
    if (c.resolution == QLatin1String("superseded"))
        return tr("Settled by a later change");
    const QString site = c.resolution == QLatin1String("a")   ? c.a.site
                         : c.resolution == QLatin1String("b") ? c.b.site
                                                              : QString();
    const QString took = site.isEmpty() ? tr("took the ancestor") : tr("took %1's value").arg(site);
    //: A settled conflict: who settled it, what they took, when.
    return tr("%1 %2, %3").arg(c.settledBy, took, SyncFieldText::localTime(c.settledAt));
}

void SyncConflictsPanel::reload()
{
    const SyncConflict *shown = current();
    const qint64 selected = shown ? shown->id : 0;
    const int row = m_list->currentRow();
    m_conflicts.clear();
    auto read = SyncConflicts::list(m_db, !m_showSettled->isChecked());
    auto open = SyncConflicts::openCount(m_db);
    if (read)
        m_conflicts = *read;
    m_openCount = open ? *open : 0;

    m_list->blockSignals(true);
    m_list->resetRows(int(m_conflicts.size()));
    for (int i = 0; i < m_conflicts.size(); ++i) {
        const SyncConflict &c = m_conflicts.at(i);
        const QString record = QStringLiteral("%1 “%2”").arg(
            SyncFieldText::tableLabel(c.table), c.recordLabel.isEmpty() ? c.recordUuid.left(8) : c.recordLabel);
        m_list->setRecord(i, c.id,
                          {record, SyncFieldText::fieldLabel(c.field),
                           QStringLiteral("%1 ↔ %2").arg(ConflictComparison::mineOf(c, m_session.site()).site,
                                                         ConflictComparison::theirsOf(c, m_session.site()).site),
                           SyncFieldText::localTime(c.raisedAt), statusText(c)},
                          c.open ? RecordTable::Marking::None : RecordTable::Marking::Inactive);
    }
    m_list->blockSignals(false);
    if (!read)
        m_title->setText(read.error().message);

    // The same conflict again; else the one that took its place; else the first.
    m_list->reselect(selected, row);
    showCurrent();
    emit countChanged(m_openCount);
}

const SyncConflict *SyncConflictsPanel::current() const
{
    const qint64 id = m_list ? m_list->selectedId() : 0;
    for (const SyncConflict &c : m_conflicts)
        if (c.id == id)
            return &c;
    return nullptr;
}

bool SyncConflictsPanel::select(qint64 conflictId)
{
    return m_list->selectId(conflictId);
}

void SyncConflictsPanel::showCurrent()
{
    const SyncConflict *c = current();
    const bool mayResolve = Permissions::allowed(m_session, Action::ResolveConflicts);
    for (QPushButton *button : {m_takeMine, m_takeTheirs, m_takeAncestor})
        button->setEnabled(c && c->open && mayResolve);
    if (c && c->ancestor.isUndefined())
        m_takeAncestor->setEnabled(false);
    if (!c) {
        m_comparison->showNothing();
        if (m_conflicts.isEmpty())
            m_title->setText(tr("No open conflicts: every field changed on two workstations has been settled."));
        else
            m_title->setText(tr("Choose a conflict above to compare the two values."));
        return;
    }
    const QString record = c->recordLabel.isEmpty() ? c->recordUuid.left(8) : c->recordLabel;
    QString title =
        tr("%1 of %2 “%3”").arg(SyncFieldText::fieldLabel(c->field), SyncFieldText::tableLabel(c->table), record);
    if (!c->open)
        title += QStringLiteral(" — ") + statusText(*c);
    m_title->setText(title);
    m_comparison->showConflict(*c, m_session.site());
}

bool SyncConflictsPanel::take(Column column)
{
    const SyncConflict *c = current();
    if (!c || !c->open)
        return false;
    ConflictChoice choice = ConflictChoice::Ancestor;
    if (column != AncestorColumn) {
        const ConflictSide &chosen = column == MineColumn ? ConflictComparison::mineOf(*c, m_session.site())
                                                          : ConflictComparison::theirsOf(*c, m_session.site());
        choice = &chosen == &c->a ? ConflictChoice::A : ConflictChoice::B;
    }
    const qint64 id = c->id;
    const Status written = SyncConflicts::resolve(m_db, m_session, id, choice);
    if (!written) {
        QMessageBox::warning(
            this, tr("Resolve Conflict"),
            tr("The conflict was not resolved; the record is as it was.\n\n%1").arg(written.error().message));
        reload();
        return false;
    }
    reload();
    emit resolved();
    return true;
}

} // namespace casedesk
