#include "audittraildialog.h"

#include "audit/auditverifier.h"
#include "auditchangesview.h"
#include "audittrailmodel.h"
#include "auth/permissions.h"
#include "historydialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace casedesk {

AuditTrailDialog::AuditTrailDialog(Database &db, const Session &session, QWidget *parent)
    : RefusableDialog(parent), m_db(db), m_session(session)
{
    setWindowTitle(tr("Audit Trail"));
    resize(900, 620);

    m_model = new AuditTrailModel(db, session, this);
    if (auto loaded = m_model->reload(); !loaded)
        refuse(loaded.error().message);

    m_summary = new QLabel(tr("Entries: %1, newest first.").arg(m_model->total()), this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights keep scrolling through a long trail cheap.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->resizeColumnsToContents();

    m_changes = new AuditChangesView(this);
    m_changes->setObjectName(QStringLiteral("auditChanges"));
    QWidget *bottom = m_changes->labelledPanel(this);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_history = buttons->addButton(tr("&History…"), QDialogButtonBox::ActionRole);
    m_history->setObjectName(QStringLiteral("historyButton"));
    m_history->setVisible(Permissions::allowed(session, Action::ViewRecordHistory));
    m_verify = buttons->addButton(tr("&Verify…"), QDialogButtonBox::ActionRole);
    m_verify->setObjectName(QStringLiteral("verifyButton"));
    m_verify->setVisible(Permissions::allowed(session, Action::VerifyAuditTrail));
    // Enter on an entry opens its record's history, never closes the dialog.
    for (QAbstractButton *b : buttons->buttons())
        if (auto *push = qobject_cast<QPushButton *>(b))
            push->setAutoDefault(false);
    m_history->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &AuditTrailDialog::reject);
    connect(m_history, &QPushButton::clicked, this, &AuditTrailDialog::showHistory);
    connect(m_verify, &QPushButton::clicked, this, &AuditTrailDialog::verify);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter);
    layout->addWidget(buttons);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AuditTrailDialog::showSelected);
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (m_history->isVisible())
            showHistory();
    });
    connect(m_model, &AuditTrailModel::fetchFailed, this,
            [this](const QString &message) { m_summary->setText(message); });
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    m_table->setFocus();
    showSelected();
}

int AuditTrailDialog::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void AuditTrailDialog::showSelected()
{
    const int row = selectedRow();
    m_changes->showEntry(row < 0 ? nullptr : &m_model->entry(row));
    m_history->setEnabled(row >= 0);
}

void AuditTrailDialog::showHistory()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const AuditEntry &e = m_model->entry(row);
    HistoryDialog(m_db, m_session, e.recordUuid, e.recordLabel, this).exec();
}

void AuditTrailDialog::verify()
{
    Result<AuditVerification> result = casedesk::refusal(QString());
    bool cancelled = false;
    {
        QProgressDialog progress(tr("Verifying the audit trail…"), tr("Cancel"), 0, m_model->total(), this);
        progress.setWindowTitle(tr("Verify Audit Trail"));
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(500);
        result = AuditVerifier::verify(m_db, m_session, [&](qint64 done, qint64 total) {
            progress.setMaximum(static_cast<int>(total));
            progress.setValue(static_cast<int>(done));
            cancelled = progress.wasCanceled();
            return !cancelled;
        });
        // The progress dialog goes before the result is shown, so the result
        // is the only window asking for an answer.
    }
    if (!result) {
        if (cancelled)
            QMessageBox::information(this, tr("Verify Audit Trail"), result.error().message);
        else
            QMessageBox::warning(this, tr("Verify Audit Trail"), result.error().message);
        return;
    }
    showVerification(*result);
}

void AuditTrailDialog::showVerification(const AuditVerification &result)
{
    QMessageBox box(this);
    box.setWindowTitle(tr("Verify Audit Trail"));
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (result.problem) {
        box.setIcon(QMessageBox::Critical);
        box.setText(tr("The audit trail has been altered at entry %1.").arg(result.problem->entry));
        box.setInformativeText(result.problem->reason);
    } else {
        box.setIcon(QMessageBox::Information);
        box.setText(tr("The audit trail is intact: %1 entries checked.").arg(result.entries));
        // Written down (or printed), the heads let a later check prove that
        // nothing before them was rewritten.
        QStringList heads;
        for (const AuditChainHead &h : result.chains)
            heads << tr("Workstation %1: %2 entries, last hash %3").arg(h.site).arg(h.entries).arg(h.hash);
        box.setInformativeText(heads.join(QLatin1Char('\n')));
    }
    box.exec();
}

} // namespace casedesk
