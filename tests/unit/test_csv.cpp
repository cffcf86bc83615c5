// CSV export: RFC 4180 quoting and Excel formula neutralisation.
#include "core/export/csv.h"

#include <catch2/catch.hpp>

using namespace ca;

TEST_CASE("cells that Excel would read as formulas get a leading apostrophe", "[csv]") {
    // OWASP CSV injection: = + - @ and a leading tab or carriage return.
    CHECK(csv_neutralise("=SUM(A1:A2)") == "'=SUM(A1:A2)");
    CHECK(csv_neutralise("+44 20 7946 0000") == "'+44 20 7946 0000");
    CHECK(csv_neutralise("-2+3") == "'-2+3");
    CHECK(csv_neutralise("@cmd") == "'@cmd");
    CHECK(csv_neutralise("\t=1") == "'\t=1");
    CHECK(csv_neutralise("\r=1") == "'\r=1");
    // Only the first character matters; plain text is unchanged.
    CHECK(csv_neutralise("a=b") == "a=b");
    CHECK(csv_neutralise(" =1") == " =1");
    CHECK(csv_neutralise("") == "");
}

TEST_CASE("RFC 4180 quoting", "[csv]") {
    CHECK(csv_quote("plain") == "plain");
    CHECK(csv_quote("a,b") == "\"a,b\"");
    CHECK(csv_quote("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(csv_quote("line\nbreak") == "\"line\nbreak\"");
    CHECK(csv_quote("cr\rhere") == "\"cr\rhere\"");
    CHECK(csv_quote("") == "");
}

TEST_CASE("CsvWriter rows: BOM, CRLF, neutralise then quote, numbers untouched", "[csv]") {
    CsvWriter w;
    w.cell("Name").cell("Cases").end_row();
    w.cell("=1+2,\"x\"").number(-3).end_row();
    w.cell("O'Neil").number(12.5, 1).number(-0.25, 2).empty().end_row();
    // Row 2: neutralised ('=1+2,"x"), then quoted because of the comma and quotes; -3 is a
    // number cell and keeps its minus sign. Row 3: 12.5 with 1 decimal, -0.25 with 2, an
    // empty cell.
    CHECK(w.str() == "\xEF\xBB\xBF"
                     "Name,Cases\r\n"
                     "\"'=1+2,\"\"x\"\"\",-3\r\n"
                     "O'Neil,12.5,-0.25,\r\n");
    CsvWriter no_bom(false);
    no_bom.row({"a", "b"});
    CHECK(no_bom.str() == "a,b\r\n");
    CsvWriter rounding(false);
    rounding.number(2.675, 0).number(0.05, 1).end_row();
    CHECK(rounding.str() == "3,0.1\r\n"); // 2.675 -> 3 (0 decimals); 0.05 -> 0.1
}
