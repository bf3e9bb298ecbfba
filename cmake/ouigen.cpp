// Build-time tool: turns the IEEE registry CSVs (Debian's ieee-data) into the sorted MAC vendor table OuiTable reads.
//
// Usage: csl_ouigen OUT.tsv oui.csv mam.csv oui36.csv [iab.csv ...]
// Input: RFC 4180 CSV "Registry,Assignment,Organization Name,Organization Address"
// (quoted fields may hold commas, doubled quotes and line breaks).
// Output: one line per assignment, "HEX<TAB>Organisation\n", HEX being 6 (MA-L,
// 24-bit), 7 (MA-M, 28-bit) or 9 (MA-S and IAB, 36-bit) upper-case digits,
// sorted by length then value; an assignment listed twice keeps every distinct
// name joined by " / ". Plain C++ without Qt so it builds before anything else.
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace {

struct Row
{
    std::vector<std::string> fields;
    int line = 0; ///< line where the row starts
};

/// Splits RFC 4180 text into rows; false (with a message) on an unterminated quote.
bool parseCsv(const std::string& text, const std::string& file, std::vector<Row>& rows)
{
    Row row;
    std::string field;
    bool quoted = false;
    bool any = false;
    int line = 1;
    row.line = 1;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    field += '"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == '\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == '"') {
            quoted = true;
            any = true;
        } else if (c == ',') {
            row.fields.push_back(std::move(field));
            field.clear();
            any = true;
        } else if (c == '\n') {
            if (any || !field.empty()) {
                row.fields.push_back(std::move(field));
                rows.push_back(std::move(row));
            }
            row = Row{};
            field.clear();
            any = false;
            row.line = ++line;
        } else if (c != '\r') {
            field += c;
            any = true;
        }
    }
    if (quoted) {
        std::cerr << file << ":" << row.line << ": a quoted field is never closed\n";
        return false;
    }
    if (any || !field.empty()) {
        row.fields.push_back(std::move(field));
        rows.push_back(std::move(row));
    }
    return true;
}

/// Length of the UTF-8 space at @p i (ASCII white space, U+00A0, U+2000-U+200A, U+3000), or 0.
size_t spaceAt(const std::string& s, size_t i)
{
    const auto b = [&s](size_t k) { return k < s.size() ? static_cast<unsigned char>(s[k]) : 0u; };
    const unsigned c = b(i);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f')
        return 1;
    if (c == 0xC2 && b(i + 1) == 0xA0)
        return 2;
    if (c == 0xE2 && b(i + 1) == 0x80 && b(i + 2) >= 0x80 && b(i + 2) <= 0x8A)
        return 3;
    if (c == 0xE3 && b(i + 1) == 0x80 && b(i + 2) == 0x80)
        return 3;
    return 0;
}

/// Trims and collapses runs of white space (line breaks and Unicode spaces included) to one ASCII space.
std::string simplified(const std::string& s)
{
    std::string out;
    bool space = false;
    for (size_t i = 0; i < s.size(); ++i) {
        if (const size_t n = spaceAt(s, i)) {
            space = !out.empty();
            i += n - 1;
            continue;
        }
        const char c = s[i];
        if (space)
            out += ' ';
        space = false;
        out += c;
    }
    return out;
}

bool isHex(const std::string& s)
{
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
    });
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 3) {
        std::cerr << "usage: csl_ouigen OUT.tsv oui.csv [mam.csv oui36.csv iab.csv ...]\n";
        return 2;
    }
    // Key: (digits, upper-case hex) so that std::map orders by prefix length, then value.
    std::map<std::pair<size_t, std::string>, std::vector<std::string>> table;
    for (int a = 2; a < argc; ++a) {
        const std::string file = argv[a];
        std::ifstream in(file, std::ios::binary);
        if (!in) {
            std::cerr << file << ": cannot be read (install the Debian package ieee-data or set CSL_IEEE_DATA_DIR)\n";
            return 1;
        }
        std::stringstream buffer;
        buffer << in.rdbuf();
        std::vector<Row> rows;
        if (!parseCsv(buffer.str(), file, rows))
            return 1;
        if (rows.empty() || rows.front().fields.size() < 3 || rows.front().fields[1] != "Assignment") {
            std::cerr << file << ":1: expected the header Registry,Assignment,Organization Name,...\n";
            return 1;
        }
        for (size_t r = 1; r < rows.size(); ++r) {
            const Row& row = rows[r];
            if (row.fields.size() < 3) {
                std::cerr << file << ":" << row.line << ": expected at least 3 columns, found " << row.fields.size() << "\n";
                return 1;
            }
            std::string hex = simplified(row.fields[1]);
            if (!isHex(hex) || (hex.size() != 6 && hex.size() != 7 && hex.size() != 9)) {
                std::cerr << file << ":" << row.line << ", column 2: \"" << hex
                          << "\" is not a 6, 7 or 9 digit hexadecimal assignment\n";
                return 1;
            }
            std::transform(hex.begin(), hex.end(), hex.begin(), [](char c) { return char(std::toupper(c)); });
            const std::string org = simplified(row.fields[2]);
            if (org.empty())
                continue;
            std::vector<std::string>& names = table[{hex.size(), hex}];
            if (std::find(names.begin(), names.end(), org) == names.end())
                names.push_back(org);
        }
    }
    std::ofstream out(argv[1], std::ios::binary | std::ios::trunc);
    if (!out) {
        std::cerr << argv[1] << ": cannot be written\n";
        return 1;
    }
    for (const auto& [key, names] : table) {
        out << key.second << '\t';
        for (size_t i = 0; i < names.size(); ++i)
            out << (i ? " / " : "") << names[i];
        out << '\n';
    }
    out.close();
    if (!out) {
        std::cerr << argv[1] << ": write failed\n";
        return 1;
    }
    return 0;
}
