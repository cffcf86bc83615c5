// Case Audit - recording-quality assistant: one note as the indicators see it.
#include "core/text/note_context.h"

#include <functional>

namespace ca::text {

NoteContext::NoteContext(std::string_view note_text,
                         const std::unordered_set<std::string>& abbreviations)
    : text(note_text), tt(tokenize(note_text, abbreviations)) {
    folded.reserve(tt.tokens.size());
    folded_hash.reserve(tt.tokens.size());
    for (const Token& t : tt.tokens) {
        folded.push_back(fold_case(text.substr(t.offset, t.length)));
        folded_hash.push_back(std::hash<std::string>{}(folded.back()));
    }
    sentence_of.assign(tt.tokens.size(), 0);
    for (std::size_t s = 0; s < tt.sentences.size(); ++s) {
        const Sentence& sen = tt.sentences[s];
        for (std::uint32_t k = 0; k < sen.token_count; ++k)
            sentence_of[sen.first_token + k] = static_cast<std::uint32_t>(s);
    }
    claimed.assign(tt.tokens.size(), 0);
}

void NoteContext::add(Indicator indicator, std::uint32_t first, std::uint32_t count,
                      std::string message, std::string suggestion) {
    const Token& a = tt.tokens[first];
    const Token& b = tt.tokens[first + count - 1];
    TextFinding f;
    f.indicator = indicator;
    f.area = area_of(indicator);
    f.kind = kind_of(indicator);
    f.offset = a.offset;
    f.length = b.offset + b.length - a.offset;
    f.message = std::move(message);
    f.suggestion = std::move(suggestion);
    findings.push_back(std::move(f));
}

void NoteContext::add_note_level(Indicator indicator, std::string message, std::string suggestion) {
    TextFinding f;
    f.indicator = indicator;
    f.area = area_of(indicator);
    f.kind = kind_of(indicator);
    f.message = std::move(message);
    f.suggestion = std::move(suggestion);
    findings.push_back(std::move(f));
}

} // namespace ca::text
