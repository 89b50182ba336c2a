#pragma once

#include <QCoreApplication>
#include <QString>

namespace laatu {

// What a text field may hold, and how a text is shown where it could do harm. Every text that
// crosses a boundary (a review file, a dialog, the database) is one of two kinds:
//  - a name (site, organisation, unit, municipality, county, reviewer, who does an action; a
//    catalog's ids, keys, version, names, titles, labels and quantities): one line of printable
//    text, no control characters (C0, DEL, C1), no bidirectional embeddings, overrides or isolates
//    (they reorder what is shown around them), no line or paragraph separators, no noncharacters,
//    no lone surrogates;
//  - a note (evidence notes, reasons, findings, what an action is; a catalog's descriptions,
//    definitions, guidance and anchors): the same, except that line feeds (also as CR LF) and
//    tabs are allowed.
// Outputs then escape what a field may not hold, so even text stored before these rules (or
// written into the database by hand) cannot rewrite a terminal or fake a row.
class TextRules
{
    Q_DECLARE_TR_FUNCTIONS(TextRules)

public:
    enum class Kind { Name, Note };

    // Empty when `text` may be stored as `kind`; else what is wrong, naming the first bad
    // character and its position ("holds the control character U+001B at 5").
    static QString problem(const QString &text, Kind kind);
    // "`field` holds …" for a message naming the field; empty when allowed.
    static QString fieldProblem(const QString &field, const QString &text, Kind kind);

    // The text as one safe line: every character a name may not hold, and also line feeds
    // and tabs, as a visible escape (\n, \t, \u{1b}); a backslash is doubled so the escape
    // cannot be faked. For terminal lines and tab-separated fields.
    static QString oneLine(const QString &text);
    // A note for a terminal: line feeds kept, each following line indented by `indent`
    // (so a note cannot fake a line of the output), tabs kept, the rest as in oneLine().
    static QString block(const QString &text, const QString &indent);

    // For documents (PDF, CSV): every character `kind` may not hold replaced by U+FFFD.
    static QString printable(const QString &text, Kind kind);
    // A message (which may quote what a file holds) for a terminal: every forbidden
    // character but the line feed as an escape; backslashes left alone.
    static QString message(const QString &text);

    // True for the characters no text may hold (see above); line feed and tab included.
    static bool isForbidden(char32_t character);
};

} // namespace laatu
