// Case Audit - CSV export that opens safely in Excel.
//
// Managers open exports in Excel, and the cells hold text from case records (names, team
// names, sentences). Two things are done to every cell:
//   1. formula neutralisation (OWASP "CSV injection"): a cell starting with = + - @ or with a
//      tab or carriage return would be read by Excel as a formula, so it gets a leading
//      apostrophe ('), which Excel shows as text. Numbers written with csv_number() are not
//      touched, so -3 stays a number;
//   2. RFC 4180 quoting: a cell holding a comma, a double quote, CR or LF is wrapped in
//      double quotes, inner quotes doubled. Rows end with CRLF, as RFC 4180 says.
// And a control character other than tab, CR and LF (U+0000 to U+001F, U+007F), which no
// spreadsheet shows and which cuts a row short in some readers, is written as the text
// \u0000 (show_control_characters); the loaders reject them in names already, so this is
// the last line of defence, never the usual path.
// A UTF-8 byte order mark can be written first so that Excel reads names with accents as
// UTF-8 rather than the local code page.
//
// Index of this file:
// [SECTION] CsvWriter
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ca {

// ---------------------------------------------------------------------------
// [SECTION] CsvWriter
// ---------------------------------------------------------------------------

// `text` as it should appear in a cell: neutralised (leading apostrophe) when Excel would
// take it for a formula. Exposed for the tests and for other exporters.
std::string csv_neutralise(std::string_view text);
// `text` quoted per RFC 4180 when it needs quoting (no neutralisation).
std::string csv_quote(std::string_view text);

class CsvWriter {
public:
    explicit CsvWriter(bool utf8_bom = true);
    // A text cell: control characters shown, neutralised, then quoted when needed.
    CsvWriter& cell(std::string_view text);
    // A number cell, written as is (a negative number is a number, not a formula).
    CsvWriter& number(long long value);
    CsvWriter& number(double value, int decimals);
    CsvWriter& empty();
    // Ends the current row (CRLF).
    CsvWriter& end_row();
    // Writes one whole row of text cells.
    CsvWriter& row(const std::vector<std::string>& cells);
    const std::string& str() const { return out_; }

private:
    void separator();
    std::string out_;
    bool row_started_ = false;
};

} // namespace ca
