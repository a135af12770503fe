// The responsibility-list page of the main window: importing and exporting
// editions, the edition history, and the tree with its search. Kept apart
// from mainwindow.cpp, which builds the window and switches its pages.
#include "dutylist/dutylistqueries.h"
#include "editioncommands.h"
#include "editioncontentcache.h"
#include "listcsvexport.h"
#include "listdetailpane.h"
#include "listfiledialogs.h"
#include "listimportcontroller.h"
#include "mainwindow.h"
#include "mainwindowactions.h"
#include "responsibilitylistmodel.h"
#include "searchfield.h"

#include <QAction>
#include <QDir>
#include <QMessageBox>
#include <QStatusBar>
#include <QTreeView>

namespace casedesk {

bool MainWindow::importFile(const QString &path)
{
    const auto report = m_importer->importFile(*m_db, session(), path);
    if (!report)
        return false;
    showPage(Page::ResponsibilityList);
    m_cache->clear();
    reloadTree();
    // Show the new edition, unless a search is filtering the tree, with the
    // keyboard in the tree to browse it.
    if (!m_model->isShowingSearchResults())
        selectNode(ListNodeRef{ListNodeKind::Edition, report->editionId, 0, 0, -1});
    m_tree->setFocus(Qt::OtherFocusReason);
    const QString name = ListImportController::editionName(*report);
    statusBar()->showMessage(
        report->alreadyPresent ? tr("“%1” was already present.").arg(name) : tr("Imported “%1”.").arg(name), 5000);
    return true;
}

Status MainWindow::exportEditionCsv(qint64 editionId, const QString &path)
{
    return ListCsvExport::write(*m_cache, editionId, path);
}

void MainWindow::chooseImportFile()
{
    if (const QString path = ListFileDialogs::importPath(this); !path.isEmpty())
        importFile(path);
}

void MainWindow::chooseExportFile()
{
    const qint64 editionId = currentRef().editionId;
    if (editionId == 0)
        return;
    const QString path = ListFileDialogs::exportPath(this, m_model->editionRow(editionId).label);
    if (path.isEmpty())
        return;
    const Status written = exportEditionCsv(editionId, path);
    if (!written) {
        QMessageBox::critical(this, tr("Export CSV"), written.error().message);
        return;
    }
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
}

bool MainWindow::removeEdition(qint64 editionId)
{
    if (editionId == 0 || !EditionCommands::confirmAndRemove(this, *m_db, session(), m_model->editionRow(editionId)))
        return false;
    const QString name = EditionCommands::editionName(m_model->editionRow(editionId));
    reloadTree();
    statusBar()->showMessage(tr("Removed “%1”.").arg(name), 5000);
    return true;
}

void MainWindow::showEditionHistory()
{
    if (const qint64 editionId = currentRef().editionId)
        EditionCommands::showHistory(this, *m_db, session(), m_model->editionRow(editionId));
}

void MainWindow::runSearch(const QString &term)
{
    const ListNodeRef previous = currentRef();
    if (term.isEmpty()) {
        if (m_model->isShowingSearchResults()) {
            m_model->reload();
            statusBar()->clearMessage();
            // Stay on the item the search led to, now inside the whole list.
            selectNode(previous);
        }
        return;
    }

    const QList<SearchHit> hits = ResponsibilityListQueries(*m_db).search(term);
    m_model->showSearchResults(hits);
    m_tree->expandAll();
    if (hits.isEmpty())
        statusBar()->showMessage(tr("No responsibility item matches “%1”.").arg(term));
    else
        statusBar()->showMessage(
            tr("%n responsibility item(s) match “%1”.", nullptr, static_cast<int>(hits.size())).arg(term));

    QModelIndex target = previous.kind == ListNodeKind::Item ? m_model->indexOf(previous) : QModelIndex();
    if (!target.isValid())
        target = m_model->firstItemIndex();
    if (target.isValid()) {
        m_tree->setCurrentIndex(target);
        m_tree->scrollTo(target);
    } else {
        m_detail->showPlaceholder(m_model->editionCount() == 0);
        updateActions();
    }
}

void MainWindow::reloadTree()
{
    const ListNodeRef previous = currentRef();
    m_cache->clear();
    if (!m_search->term().isEmpty()) {
        runSearch(m_search->term());
        return;
    }
    m_model->reload();
    if (previous.isValid())
        selectNode(previous);
    if (!m_tree->currentIndex().isValid())
        m_detail->showPlaceholder(m_model->editionCount() == 0);
    updateActions();
}

void MainWindow::selectNode(const ListNodeRef &ref)
{
    const QModelIndex index = m_model->indexOf(ref);
    if (!index.isValid())
        return;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

ListNodeRef MainWindow::currentRef() const
{
    return m_model ? m_model->nodeRef(m_tree->currentIndex()) : ListNodeRef{};
}

void MainWindow::showCurrentNode()
{
    const ListNodeRef ref = currentRef();
    if (ref.isValid())
        m_detail->showNode(ref, m_model->editionRow(ref.editionId));
    else
        m_detail->showPlaceholder(m_model->editionCount() == 0);
    updateActions();
}

void MainWindow::updateActions()
{
    const bool edition = currentRef().editionId != 0;
    m_actions->collapseAll->setEnabled(currentPage() == Page::ResponsibilityList);
    for (QAction *action : {m_actions->exportCsv, m_actions->editionHistory, m_actions->removeEdition})
        action->setEnabled(edition);
}

void MainWindow::focusResults()
{
    m_tree->setFocus(Qt::OtherFocusReason);
    if (!m_tree->currentIndex().isValid()) {
        const QModelIndex first = m_model->firstItemIndex();
        m_tree->setCurrentIndex(first.isValid() ? first : m_model->index(0, 0));
    }
}

} // namespace casedesk
