// Case Audit - the Import section: open a case extract from the user's own disk.
#include "app/ui/widgets.h"
#include "app/views/views.h"

#include <cstdio>

namespace ca::app {
namespace {
const char* k_accept = ".json,application/json";

void size_text(std::size_t bytes, char* out, std::size_t out_size) {
    const double b = static_cast<double>(bytes);
    if (bytes < 1024)
        std::snprintf(out, out_size, "%zu bytes", bytes);
    else if (b < 1024.0 * 1024.0)
        std::snprintf(out, out_size, "%.1f KB", b / 1024.0);
    else
        std::snprintf(out, out_size, "%.1f MB", b / (1024.0 * 1024.0));
}
} // namespace

void draw_import_view(AppState& state) {
    title_text("Import");
    paragraph("Open the JSON case extract exported from your council's case management "
              "system. Case Audit reads it here, inside this browser: nothing is uploaded and "
              "nothing leaves this computer.");
    ImGui::Spacing();
    if (primary_button("Open extract...") ||
        (ImGui::GetIO().KeyCtrl && ImGui::IsKeyPressed(ImGuiKey_O, false)))
        platform::request_open_file(k_accept);
    ImGui::SameLine();
    muted_text("or drag the file onto this window.  (Ctrl+O)");

    if (!state.last_error.empty()) {
        ImGui::Spacing();
        ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(160, 30, 30, 255));
        ImGui::TextUnformatted("Problem:");
        ImGui::PopStyleColor();
        ImGui::SameLine();
        paragraph(state.last_error.c_str());
    }

    if (state.received) {
        ImGui::Spacing();
        ImGui::Separator();
        heading_text("Received");
        char size[32];
        size_text(state.received->bytes, size, sizeof size);
        ImGui::Text("%s  (%s)", state.received->name.c_str(), size);
        muted_text("The file has reached Case Audit. Checking and importing extracts, with a "
                   "summary of what was found, is the next step of the importer.");
    } else {
        empty_state("No extract open",
                    "Once an extract is open, this section shows what it holds: teams, "
                    "workers, people, cases and notes, the date it was taken, and anything in "
                    "it that needs correcting, with the exact place in the file.");
    }
}

} // namespace ca::app
