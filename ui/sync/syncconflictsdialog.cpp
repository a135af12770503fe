#include "sync/syncconflictsdialog.h"

#include "sync/syncconflictspanel.h"
#include "sync/syncduplicatespanel.h"
#include "sync/syncfieldtext.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace casedesk {

namespace {
const char *const kGeometryKey = "syncConflictsDialog/geometry";
const char *const kConflictSplitterKey = "syncConflictsDialog/conflictSplitter";
const char *const kDuplicateSplitterKey = "syncConflictsDialog/duplicateSplitter";
} // namespace

SyncConflictsDialog::SyncConflictsDialog(Database &db, const Session &session, QWidget *parent)
    : QDialog(parent), m_text(std::make_unique<SyncFieldText>(db))
{
    setWindowTitle(tr("Conflicts and Duplicates"));
    setObjectName(QStringLiteral("syncConflictsDialog"));

    m_conflicts = new SyncConflictsPanel(db, session, *m_text, this);
    m_duplicates = new SyncDuplicatesPanel(db, session, *m_text, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("syncTabs"));
    m_tabs->addTab(m_conflicts, QString());
    m_tabs->addTab(m_duplicates, QString());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &SyncConflictsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    connect(m_conflicts, &SyncConflictsPanel::countChanged, this, &SyncConflictsDialog::updateTitles);
    connect(m_duplicates, &SyncDuplicatesPanel::countChanged, this, &SyncConflictsDialog::updateTitles);
    // A merge changes references other conflicts may name; a resolution
    // changes a record a pair may show.
    connect(m_conflicts, &SyncConflictsPanel::resolved, this, [this] {
        m_changed = true;
        m_duplicates->reload();
    });
    connect(m_duplicates, &SyncDuplicatesPanel::decided, this, [this] {
        m_changed = true;
        m_conflicts->reload();
    });
    updateTitles();

    const QSettings settings;
    if (!restoreGeometry(settings.value(QLatin1String(kGeometryKey)).toByteArray()))
        resize(960, 640);
    if (auto *splitter = m_conflicts->findChild<QSplitter *>())
        splitter->restoreState(settings.value(QLatin1String(kConflictSplitterKey)).toByteArray());
    if (auto *splitter = m_duplicates->findChild<QSplitter *>())
        splitter->restoreState(settings.value(QLatin1String(kDuplicateSplitterKey)).toByteArray());
    // The tab with something to do, the conflicts when both have.
    showTab(m_conflicts->openCount() == 0 && m_duplicates->openCount() > 0 ? Tab::Duplicates : Tab::Conflicts);
}

SyncConflictsDialog::~SyncConflictsDialog() = default;

void SyncConflictsDialog::showTab(Tab tab)
{
    QWidget *page = tab == Tab::Conflicts ? static_cast<QWidget *>(m_conflicts) : m_duplicates;
    m_tabs->setCurrentWidget(page);
    page->setFocus(Qt::OtherFocusReason);
}

void SyncConflictsDialog::updateTitles()
{
    m_tabs->setTabText(m_tabs->indexOf(m_conflicts), tr("&Conflicts (%1)").arg(m_conflicts->openCount()));
    m_tabs->setTabText(m_tabs->indexOf(m_duplicates), tr("&Duplicates (%1)").arg(m_duplicates->openCount()));
}

void SyncConflictsDialog::done(int result)
{
    QSettings settings;
    settings.setValue(QLatin1String(kGeometryKey), saveGeometry());
    if (auto *splitter = m_conflicts->findChild<QSplitter *>())
        settings.setValue(QLatin1String(kConflictSplitterKey), splitter->saveState());
    if (auto *splitter = m_duplicates->findChild<QSplitter *>())
        settings.setValue(QLatin1String(kDuplicateSplitterKey), splitter->saveState());
    QDialog::done(result);
}

} // namespace casedesk
