// Case Audit - recording-quality assistant: British English spell checker.
//
// Hunspell 1.7.1 (Debian source package, compiled in as ca_hunspell) with the LibreOffice
// British English dictionary from Debian's hunspell-en-gb 7.5.0 (LGPL), embedded at build
// time. The dictionary accepts both -ise and -ize (Oxford spelling); clear Americanisms are
// caught separately by the american-spellings list. Loading parses 97,000 stems (see
// docs/performance.md for the time): create one Speller and keep it.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

class Hunspell;

namespace ca::text {

class Speller {
public:
    // Loads the embedded en_GB dictionary; throws std::runtime_error if it is missing.
    Speller();
    ~Speller();
    Speller(const Speller&) = delete;
    Speller& operator=(const Speller&) = delete;

    // Accept `word` from now on (also offered in suggestions).
    void add_word(std::string_view word);
    // Whether hunspell accepts the word (results are cached).
    bool correct(std::string_view word);
    // Up to `max` suggestions, best first (cached per word: hunspell takes 50 to 100 ms a
    // word with the en_GB dictionary, see docs/performance.md).
    std::vector<std::string> suggest(std::string_view word, std::size_t max);

private:
    std::unique_ptr<Hunspell> hunspell_;
    std::unordered_map<std::string, bool> cache_;
    std::unordered_map<std::string, std::vector<std::string>> suggestions_;
};

} // namespace ca::text
