#pragma once
// OptionalDateEdit: a date edit that may also hold no date, shown as "not
// given", for dates that are unknown (when an old certificate became valid)
// or not typed yet. An empty edit starts from today when the person types a
// digit or steps with the arrow keys; Delete empties it again.

#include <QDateEdit>

namespace casedesk {

class OptionalDateEdit : public QDateEdit {
    Q_OBJECT

  public:
    explicit OptionalDateEdit(QWidget *parent = nullptr);

    // Invalid when empty.
    QDate optionalDate() const;
    void setOptionalDate(const QDate &date);
    bool isEmpty() const { return date() == minimumDate(); }

  protected:
    void keyPressEvent(QKeyEvent *event) override;
    void stepBy(int steps) override;

  private:
    void startFromToday();
};

} // namespace casedesk
