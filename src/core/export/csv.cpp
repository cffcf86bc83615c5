// Case Audit - CSV export that opens safely in Excel. See csv.h for the two rules.
#include "core/export/csv.h"

#include "core/extract/json_text.h"

#include <cmath>

namespace ca {

std::string csv_neutralise(std::string_view text) {
    std::string out;
    if (!text.empty()) {
        const char c = text.front();
        if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r')
            out.push_back('\'');
    }
    out.append(text);
    return out;
}

std::string csv_quote(std::string_view text) {
    if (text.find_first_of(",\"\r\n") == std::string_view::npos)
        return std::string(text);
    std::string out = "\"";
    for (char c : text) {
        if (c == '"')
            out.push_back('"');
        out.push_back(c);
    }
    out.push_back('"');
    return out;
}

CsvWriter::CsvWriter(bool utf8_bom) {
    if (utf8_bom)
        out_ = "\xEF\xBB\xBF";
}

void CsvWriter::separator() {
    if (row_started_)
        out_.push_back(',');
    row_started_ = true;
}

CsvWriter& CsvWriter::cell(std::string_view text) {
    separator();
    out_ += csv_quote(csv_neutralise(show_control_characters(text, true)));
    return *this;
}

CsvWriter& CsvWriter::number(long long value) {
    separator();
    out_ += std::to_string(value);
    return *this;
}

CsvWriter& CsvWriter::number(double value, int decimals) {
    separator();
    if (!std::isfinite(value))
        return *this; // an empty cell rather than "nan", which Excel reads as text
    // Fixed-point by hand: printf's decimal separator follows the C locale, and a CSV
    // must say 12.5 whatever the machine's settings.
    long long scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    const long long scaled = std::llround(value * static_cast<double>(scale));
    const unsigned long long magnitude = scaled < 0 ? 0ull - static_cast<unsigned long long>(scaled)
                                                    : static_cast<unsigned long long>(scaled);
    if (scaled < 0)
        out_.push_back('-');
    const unsigned long long uscale = static_cast<unsigned long long>(scale);
    out_ += std::to_string(magnitude / uscale);
    if (decimals > 0) {
        std::string frac = std::to_string(magnitude % uscale);
        out_.push_back('.');
        out_.append(static_cast<std::size_t>(decimals) - frac.size(), '0');
        out_ += frac;
    }
    return *this;
}

CsvWriter& CsvWriter::empty() {
    separator();
    return *this;
}

CsvWriter& CsvWriter::end_row() {
    out_ += "\r\n";
    row_started_ = false;
    return *this;
}

CsvWriter& CsvWriter::row(const std::vector<std::string>& cells) {
    for (const std::string& c : cells)
        cell(c);
    return end_row();
}

} // namespace ca
