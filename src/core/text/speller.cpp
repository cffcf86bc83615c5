// Case Audit - recording-quality assistant: British English spell checker.
#include "core/text/speller.h"

#include "embedded/ca_core_assets.h"
#include "hunspell_glue/memory_files.h"

#include <hunspell.hxx>

#include <stdexcept>

namespace ca::text {

namespace {
// Names that cannot clash with a real path.
constexpr const char* k_aff_name = "embedded:en_GB.aff";
constexpr const char* k_dic_name = "embedded:en_GB.dic";
} // namespace

Speller::Speller() {
    const std::string_view aff = ca_core_assets::find("en_GB.aff");
    const std::string_view dic = ca_core_assets::find("en_GB.dic");
    if (aff.empty() || dic.empty())
        throw std::runtime_error("the British English dictionary is not embedded");
    hunspell_glue::register_memory_file(k_aff_name, aff);
    hunspell_glue::register_memory_file(k_dic_name, dic);
    hunspell_ = std::make_unique<Hunspell>(k_aff_name, k_dic_name);
}

Speller::~Speller() = default;

void Speller::add_word(std::string_view word) {
    hunspell_->add(std::string(word));
    cache_.clear();
    suggestions_.clear();
}

bool Speller::correct(std::string_view word) {
    std::string w(word);
    auto it = cache_.find(w);
    if (it != cache_.end())
        return it->second;
    const bool ok = hunspell_->spell(w);
    cache_.emplace(std::move(w), ok);
    return ok;
}

std::vector<std::string> Speller::suggest(std::string_view word, std::size_t max) {
    std::string w(word);
    auto it = suggestions_.find(w);
    if (it == suggestions_.end())
        it = suggestions_.emplace(w, hunspell_->suggest(w)).first;
    std::vector<std::string> out = it->second;
    if (out.size() > max)
        out.resize(max);
    return out;
}

} // namespace ca::text
