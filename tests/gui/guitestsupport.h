#pragma once
// Helpers for driving the real widgets: waiting without QTest's own runner,
// typing Chinese, reading the tree as it is shown, answering modal dialogs,
// opening a signed-in main window.

#include "database.h"
#include "listnode.h"

#include <QList>
#include <QModelIndex>
#include <QString>
#include <functional>
#include <memory>

class QAbstractButton;
class QTreeView;
class QWidget;

namespace casedesk::test {

// Processes events until the condition holds or the timeout passes.
bool waitUntil(const std::function<bool()> &condition, int timeoutMs = 5000);

// Types text into a widget one key press per character, as a keyboard (or
// an input method committing character by character) would. QTest::keyClicks
// sends only Latin-1, so it cannot type 电梯.
void typeText(QWidget *widget, const QString &text);

struct ShownNode {
    QModelIndex index;
    ListNodeRef ref;
    QString title;
    bool visible = false; // all its ancestors are expanded
};

// Expands a node as a click on its arrow would and waits until the view has
// laid it out and the model has loaded its children.
void expandAndWait(QTreeView *tree, const QModelIndex &index);

// Every node the tree's model has loaded, depth first.
QList<ShownNode> loadedNodes(QTreeView *tree);
QList<ShownNode> loadedNodes(QTreeView *tree, ListNodeKind kind);

// Runs action; the first modal dialog it opens is closed (rejected) and its
// text returned. Empty when none appeared.
QString answerModal(const std::function<void()> &action);

// Runs action; each modal dialog it opens is handed, in turn, to the next
// responder, which answers it (types, clicks) before it returns. A dialog
// still open after its responder, and any dialog beyond the responders, is
// rejected. Returns how many dialogs were seen.
using ModalResponder = std::function<void(QWidget *modal)>;
int answerModals(const std::function<void()> &action, const QList<ModalResponder> &responders);

// Runs action, which must open one print preview; waits for its pages,
// closes it and returns how many there were (its window title in *title).
int previewPages(const std::function<void()> &action, QString *title = nullptr);

// Closes every message box the window currently shows; returns their texts.
QStringList closeMessageBoxes(QWidget *window);

// Clears the field and types text into it, as a user would.
void retype(QWidget *field, const QString &text);
// Presses Enter in the widget (the dialog's default button answers).
void pressEnter(QWidget *widget);
// The button of a message box or dialog whose text (without '&') is text.
QAbstractButton *buttonNamed(QWidget *dialog, const QString &text);

// Another connection to the database file, for a window to own.
std::unique_ptr<Database> openDatabase(const QString &path);

} // namespace casedesk::test
