#include "drawspanel.h"

#include "auth/permissions.h"
#include "drawdialog.h"
#include "drawrecorddialog.h"
#include "dutylist/supervisiondomain.h"
#include "recordtable.h"
#include "supervisionpaperprinter.h"

#include <QHBoxLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace casedesk {

DrawsPanel::DrawsPanel(QWidget *parent) : QWidget(parent)
{
    m_table =
        new RecordTable({tr("Draw"), tr("Drawn On"), tr("Domain"), tr("Purpose"), tr("Units"), tr("Drawn By")}, this);
    m_table->setObjectName(QStringLiteral("draws"));
    m_table->setAccessibleName(tr("Random draws"));
    m_table->setColumnWidth(NumberColumn, 130);
    m_table->setColumnWidth(DateColumn, 100);
    m_table->setColumnWidth(DomainColumn, 110);
    m_table->setColumnWidth(PurposeColumn, 220);
    m_table->setColumnWidth(UnitsColumn, 60);
    m_new = new QPushButton(tr("&Random Draw…"), this);
    m_new->setObjectName(QStringLiteral("newDraw"));
    m_new->setToolTip(tr("Draw units at random from a pool and pair each with inspectors (双随机)"));
    m_view = new QPushButton(tr("&View…"), this);
    m_view->setObjectName(QStringLiteral("viewDraw"));
    m_verify = new QPushButton(tr("Ve&rify"), this);
    m_verify->setObjectName(QStringLiteral("verifyDraw"));
    m_verify->setToolTip(tr("Re-run the stored draw from its seed and pools and compare it with the result kept"));
    m_print = new QPushButton(tr("&Print…"), this);
    m_print->setObjectName(QStringLiteral("printDraw"));

    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_new, m_view, m_verify, m_print})
        buttons->addWidget(button);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);

    connect(m_new, &QPushButton::clicked, this, &DrawsPanel::newDraw);
    connect(m_view, &QPushButton::clicked, this, &DrawsPanel::viewSelected);
    connect(m_verify, &QPushButton::clicked, this, [this] { verifySelected(); });
    connect(m_print, &QPushButton::clicked, this, &DrawsPanel::printSelected);
    connect(m_table, &RecordTable::recordActivated, this, &DrawsPanel::viewSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &DrawsPanel::updateButtons);
    updateButtons();
}

QDate DrawsPanel::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void DrawsPanel::setDatabase(Database *db)
{
    m_db = db;
    refresh();
}

void DrawsPanel::showPermitted(const Session &session)
{
    m_session = &session;
    m_mayPlan = Permissions::allowed(session, Action::PlanInspections);
    m_new->setVisible(m_mayPlan);
    updateButtons();
}

void DrawsPanel::setYear(int year)
{
    if (year == m_year)
        return;
    m_year = year;
    refresh();
}

void DrawsPanel::refresh()
{
    const qint64 selected = m_table->selectedId();
    m_draws = m_db && m_year > 0 ? DrawRepository(*m_db).list(m_year) : QList<InspectionDraw>{};
    m_table->resetRows(static_cast<int>(m_draws.size()));
    for (int row = 0; row < m_draws.size(); ++row) {
        const InspectionDraw &d = m_draws.at(row);
        m_table->setRecord(row, d.id,
                           {d.drawNumber, d.request.drawnOn.toString(Qt::ISODate),
                            SupervisionDomain::displayName(d.request.domain), d.request.purpose,
                            QString::number(d.picks.isEmpty() ? d.request.count : d.picks.size()), d.drawnBy});
    }
    // The newest draw is the one most likely looked at.
    const int row = m_table->rowOfId(selected);
    if (row >= 0 || m_table->rowCount() > 0)
        m_table->selectRow(std::max(row, 0));
    updateButtons();
}

void DrawsPanel::updateButtons()
{
    const bool chosen = m_db && m_table->selectedId() != 0;
    m_new->setEnabled(m_db && m_session && m_mayPlan);
    m_view->setEnabled(chosen);
    m_verify->setEnabled(chosen);
    m_print->setEnabled(chosen);
}

void DrawsPanel::newDraw()
{
    if (!m_db || !m_session)
        return;
    DrawDialog dialog(*m_db, *m_session, today(), m_domain, this);
    connect(&dialog, &DrawDialog::drawMade, this, [this](qint64 id) {
        refresh();
        m_table->selectRow(m_table->rowOfId(id));
        emit drawMade(id);
    });
    dialog.exec();
}

void DrawsPanel::viewSelected()
{
    const qint64 id = m_table->selectedId();
    if (!m_db || id == 0)
        return;
    DrawRecordDialog dialog(*m_db, id, today(), this);
    dialog.exec();
}

QString DrawsPanel::verifySelected()
{
    const qint64 id = m_table->selectedId();
    if (!m_db || id == 0)
        return {};
    const Result<DrawVerification> checked = DrawRepository(*m_db).verify(id);
    const QString number = m_draws.value(m_table->rowOfId(id)).drawNumber;
    if (!checked) {
        QMessageBox::warning(this, tr("Verify Draw %1").arg(number), checked.error().message);
        return checked.error().message;
    }
    const bool same = checked->poolsMatch && checked->resultMatches;
    const QString verdict =
        same ? tr("Consistent: the stored pools give their hashes and re-running the draw gives the same result.")
             : tr("Not consistent.");
    const QString text = checked->message.isEmpty() ? verdict : verdict + QLatin1Char('\n') + checked->message;
    if (same)
        QMessageBox::information(this, tr("Verify Draw %1").arg(number), text);
    else
        QMessageBox::warning(this, tr("Verify Draw %1").arg(number), text);
    return text;
}

void DrawsPanel::printSelected()
{
    if (const qint64 id = m_table->selectedId(); m_db && id != 0)
        SupervisionPaperPrinter(*m_db, this).preview(InspectionDocumentKind::DrawRecord, id, today());
}

} // namespace casedesk
