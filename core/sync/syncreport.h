#pragma once
// What an exchange did, for the person who ran it (CLI, GUI) and the audit
// trail: how many records went out or came in, and what needs a person.

#include <QJsonObject>
#include <QString>
#include <functional>

namespace casedesk {

// Called now and then with the work done and the whole; returning false
// cancels (nothing is written).
using SyncProgress = std::function<bool(int done, int total)>;

struct ExportReport {
    QString path;
    QString to; // empty: a full export
    bool full = false;
    int records = 0;
    int auditEntries = 0;
    int conflicts = 0;
    int attachments = 0;
    qint64 bytes = 0;

    QJsonObject toJson() const;
};

struct ImportReport {
    QString path;
    QString from;
    bool joined = false; // a new workstation took the bureau's data
    int received = 0;
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int merged = 0;     // changed on both sides, fields merged
    int conflicts = 0;  // fields raised for a person to decide
    int duplicates = 0; // pairs of records offered for merging
    int auditEntries = 0;

    QJsonObject toJson() const;
};

} // namespace casedesk
