// Case Audit - the UI fonts (see fonts.h): Open Sans compiled into the binary, loaded at
// three sizes and built again at the screen's pixel density. The Fonts are the ImGui font
// atlas's, as global as Dear ImGui's own context: one per process.
#include "app/ui/fonts.h"

#include "embedded/ca_app_assets.h"

#include <imgui.h>

namespace ca::app {
namespace {
constexpr float k_body_size = 16.0f; // readable at 1366x768 at arm's length
constexpr float k_heading_size = 20.0f;
constexpr float k_title_size = 26.0f;

ImFont* add_font(std::string_view data, float size, float density) {
    if (data.empty())
        return nullptr;
    ImFontConfig cfg;
    cfg.FontDataOwnedByAtlas = false; // the data is a constant in the binary
    cfg.OversampleH = 2;
    cfg.OversampleV = 1;
    // ImGui takes a non-const pointer but does not write through it when it does not own it.
    void* bytes = const_cast<char*>(data.data());
    return ImGui::GetIO().Fonts->AddFontFromMemoryTTF(
        bytes, static_cast<int>(data.size()), size * density, &cfg,
        ImGui::GetIO().Fonts->GetGlyphRangesDefault());
}
} // namespace

Fonts& ui_fonts() {
    static Fonts fonts;
    return fonts;
}

bool build_fonts(Fonts& fonts, float density, float scale) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    const std::string_view regular = ca_app_assets::find("OpenSans-Regular.ttf");
    const std::string_view semibold = ca_app_assets::find("OpenSans-Semibold.ttf");
    fonts.body = add_font(regular, k_body_size * scale, density);
    fonts.heading = add_font(semibold, k_heading_size * scale, density);
    fonts.title = add_font(semibold, k_title_size * scale, density);
    fonts.density = density;
    fonts.scale = scale;
    if (fonts.body == nullptr || fonts.heading == nullptr || fonts.title == nullptr) {
        io.Fonts->Clear();
        ImFontConfig cfg;
        cfg.SizePixels = 13.0f * scale * density;
        fonts.body = fonts.heading = fonts.title = io.Fonts->AddFontDefault(&cfg);
        io.FontGlobalScale = 1.0f / density;
        return false;
    }
    io.FontDefault = fonts.body;
    io.FontGlobalScale = 1.0f / density;
    return true;
}

} // namespace ca::app
