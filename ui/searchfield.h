#pragma once
// SearchField: the search box above the list. It waits until the typing
// pauses (200 ms) before asking for a search, so each keystroke does not
// query the database; Escape clears it, Down or Return hands the keyboard
// to the results.

#include <QLineEdit>
#include <QTimer>

namespace casedesk {

class SearchField : public QLineEdit {
    Q_OBJECT

  public:
    static constexpr int kDebounceMs = 200;

    explicit SearchField(QWidget *parent = nullptr);

    // The text the search runs on (surrounding spaces removed).
    QString term() const { return text().trimmed(); }
    // Runs a pending search now instead of waiting for the pause.
    void flush();

  signals:
    void searchRequested(const QString &term);
    void resultsFocusRequested();

  protected:
    void keyPressEvent(QKeyEvent *event) override;

  private:
    void emitSearch();

    QTimer m_debounce;
    QString m_lastRequested;
};

} // namespace casedesk
