#pragma once
// EnumTable: one table per enumeration of the register with each value's
// stable code (stored in the database and files) and its English name
// (translated for display). Parsing accepts the code, the English name or
// the translated name, so a file in either language reads back.

#include "translations.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <array>
#include <optional>

namespace casedesk {

template <class E> struct EnumEntry {
    E value;
    const char *code;
    const char *name; // QT_TRANSLATE_NOOP(context, …)
};

template <class E, std::size_t N> class EnumTable {
  public:
    constexpr EnumTable(const char *context, std::array<EnumEntry<E>, N> entries)
        : m_context(context), m_entries(entries)
    {
    }

    QList<E> values() const
    {
        QList<E> out;
        for (const auto &e : m_entries)
            out << e.value;
        return out;
    }
    QString code(E value) const { return QString::fromLatin1(entry(value).code); }
    QString name(E value) const { return QCoreApplication::translate(m_context, entry(value).name); }
    std::optional<E> parse(const QString &text) const
    {
        const QString t = text.trimmed();
        for (const auto &e : m_entries)
            if (t.compare(QLatin1String(e.code), Qt::CaseInsensitive) == 0 ||
                t.compare(QLatin1String(e.name), Qt::CaseInsensitive) == 0 || t == name(e.value) ||
                t == Translations::chinese(m_context, e.name))
                return e.value;
        return std::nullopt;
    }
    // The translated names, for "… is not one of A、B、C" messages.
    QString names() const
    {
        QStringList out;
        for (const auto &e : m_entries)
            out << name(e.value);
        return out.join(QStringLiteral("、"));
    }

  private:
    const EnumEntry<E> &entry(E value) const
    {
        for (const auto &e : m_entries)
            if (e.value == value)
                return e;
        return m_entries.front(); // unreachable: every enumerator has a row
    }

    const char *m_context;
    std::array<EnumEntry<E>, N> m_entries;
};

} // namespace casedesk
