#pragma once
// The parsed casedesk-cli command line and the pieces every command shares:
// printing text or JSON, and turning a refusal or failure into the exit
// status CONTRACT.md promises (0 done, 2 refused, 1 any other failure).

#include "result.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <map>

namespace casedesk::cli {

enum ExitStatus { Done = 0, Failed = 1, Refused = 2 };

// Global options, the command words and the command's own options. Options
// may stand anywhere after the program name.
struct CommandLine {
    QString dbPath;
    bool json = false;
    QString user;
    QStringList words;                       // command, subcommand, positional arguments
    std::map<QString, QString> options;      // --name value (the last one given)
    std::map<QString, QStringList> repeated; // every value of each --name, in order
    QStringList flags;                       // --name without value
    QString error;

    QString option(const char *name) const;
    // Every value of an option that may be given more than once (--violated).
    QStringList values(const char *name) const;
    bool has(const char *name) const;
    bool flag(const char *name) const;

    static CommandLine parse(const QStringList &args);
};

class Printer {
  public:
    void line(const QString &text) { m_out << text << '\n'; }
    void json(const QJsonObject &o);
    void flush() { m_out.flush(); }

  private:
    QTextStream m_out{stdout};
};

// The date option `name` (YYYY-MM-DD); an invalid QDate when it is absent,
// a refusal naming the option when it is not a date.
Result<QDate> dateOption(const CommandLine &cl, const char *name);

// --from and --to, each optional (invalid when absent); refused when one is
// not a date, or when --to is before --from.
struct DateRange {
    QDate from;
    QDate to;
};
Result<DateRange> dateRangeOptions(const CommandLine &cl);

// Prints "casedesk-cli: reason" on stderr and returns Refused.
int refuse(const QString &reason);
// Prints the error on stderr; Refused for a refusal, Failed otherwise.
int fail(const Error &error);

} // namespace casedesk::cli
