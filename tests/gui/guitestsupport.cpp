#include "guitestsupport.h"

#include "responsibilitylistmodel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDeadlineTimer>
#include <QDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProgressDialog>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <catch2/catch.hpp>

namespace casedesk::test {

bool waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(20);
    }
    return true;
}

void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        const Qt::Key key =
            c.isLetterOrNumber() && c.unicode() < 0x80 ? static_cast<Qt::Key>(c.toUpper().unicode()) : Qt::Key_unknown;
        QTest::sendKeyEvent(QTest::Click, widget, key, QString(c), Qt::NoModifier);
    }
}

void expandAndWait(QTreeView *tree, const QModelIndex &index)
{
    tree->expand(index);
    // After a reset the view only records the expansion and lays out (and
    // fetches) on its next round of events.
    waitUntil([&] { return tree->isExpanded(index) && !tree->model()->canFetchMore(index); }, 2000);
}

namespace {
void collect(QTreeView *tree, const QModelIndex &parent, bool parentVisible, QList<ShownNode> &out)
{
    auto *model = qobject_cast<ResponsibilityListModel *>(tree->model());
    const int rows = tree->model()->rowCount(parent);
    const bool childrenVisible = parentVisible && (!parent.isValid() || tree->isExpanded(parent));
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = tree->model()->index(row, 0, parent);
        ShownNode node;
        node.index = index;
        node.ref = model ? model->nodeRef(index) : ListNodeRef{};
        node.title = index.data().toString();
        node.visible = childrenVisible;
        out << node;
        collect(tree, index, childrenVisible, out);
    }
}
} // namespace

QList<ShownNode> loadedNodes(QTreeView *tree)
{
    QList<ShownNode> nodes;
    collect(tree, QModelIndex(), true, nodes);
    return nodes;
}

QList<ShownNode> loadedNodes(QTreeView *tree, ListNodeKind kind)
{
    QList<ShownNode> nodes;
    for (const ShownNode &n : loadedNodes(tree))
        if (n.ref.kind == kind)
            nodes << n;
    return nodes;
}

QString answerModal(const std::function<void()> &action)
{
    QString text;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal)
            return;
        if (auto *box = qobject_cast<QMessageBox *>(modal))
            text = box->text() + QLatin1Char('\n') + box->informativeText();
        else
            text = modal->windowTitle();
        if (auto *dialog = qobject_cast<QDialog *>(modal))
            dialog->reject();
        else
            modal->close();
        poll.stop();
    });
    poll.start();
    action();
    return text;
}

int previewPages(const std::function<void()> &action, QString *title)
{
    int pages = 0;
    const int seen = answerModals(action, {[&](QWidget *modal) {
                                      auto *dialog = qobject_cast<QPrintPreviewDialog *>(modal);
                                      REQUIRE(dialog);
                                      if (title)
                                          *title = dialog->windowTitle();
                                      auto *preview = dialog->findChild<QPrintPreviewWidget *>();
                                      REQUIRE(preview);
                                      // Laying out a long document offscreen can take a while.
                                      REQUIRE(waitUntil([&] { return preview->pageCount() > 0; }, 60000));
                                      pages = preview->pageCount();
                                      dialog->reject();
                                  }});
    REQUIRE(seen == 1);
    return pages;
}

int answerModals(const std::function<void()> &action, const QList<ModalResponder> &responders)
{
    int seen = 0;
    QPointer<QWidget> answered;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible())
            return;
        // A progress dialog shows work under way (or not at all, when the
        // work is quick): it is never answered, whatever the timing.
        if (qobject_cast<QProgressDialog *>(modal))
            return;
        // The dialog already answered is still open: its responder left it so.
        const bool leftOpen = answered && modal == answered;
        if (!leftOpen && seen < responders.size()) {
            answered = modal;
            const ModalResponder respond = responders.at(seen++);
            // One answer at a time: the responder may open nested loops.
            poll.stop();
            respond(modal);
            poll.start();
            return;
        }
        if (!leftOpen)
            ++seen;
        if (auto *dialog = qobject_cast<QDialog *>(modal))
            dialog->reject();
        else
            modal->close();
    });
    poll.start();
    action();
    return seen;
}

void retype(QWidget *field, const QString &text)
{
    if (auto *edit = qobject_cast<QLineEdit *>(field))
        edit->clear();
    typeText(field, text);
}

void pressEnter(QWidget *widget)
{
    QTest::keyClick(widget, Qt::Key_Return);
}

QAbstractButton *buttonNamed(QWidget *dialog, const QString &text)
{
    const auto buttons = dialog->findChildren<QAbstractButton *>();
    for (QAbstractButton *button : buttons)
        if (button->text().remove(QLatin1Char('&')) == text)
            return button;
    return nullptr;
}

std::unique_ptr<Database> openDatabase(const QString &path)
{
    auto opened = Database::open(path);
    if (!opened)
        FAIL(opened.error().message.toStdString());
    return std::move(opened).value();
}

QStringList closeMessageBoxes(QWidget *window)
{
    QStringList texts;
    const auto boxes = window->findChildren<QMessageBox *>();
    for (QMessageBox *box : boxes) {
        if (!box->isVisible())
            continue;
        texts << box->text() + QLatin1Char('\n') + box->informativeText();
        box->close();
    }
    QApplication::processEvents();
    return texts;
}

} // namespace casedesk::test
