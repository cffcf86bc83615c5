// Case Audit - the Reports section's charts (see report_charts.h). Drawn with Dear ImGui's
// draw list into space reserved with an invisible button, so that hovering and the layout
// work as for any widget.
#include "app/views/report_charts.h"

#include "app/ui/theme.h"
#include "app/ui/widgets.h"
#include "core/audit/scoring.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>

namespace ca::app {
namespace {

// Fills for stacked segments: dark to light, so that they differ in lightness as well as hue
// (and print in greys apart); the text on each is chosen for contrast with it.
struct Fill {
    ImU32 fill;
    ImU32 text;
};
constexpr Fill k_fills[] = {
    {IM_COL32(16, 74, 133, 255), IM_COL32(255, 255, 255, 255)},
    {IM_COL32(69, 135, 196, 255), IM_COL32(0, 0, 0, 255)},
    {IM_COL32(232, 171, 72, 255), IM_COL32(0, 0, 0, 255)},
    {IM_COL32(160, 40, 40, 255), IM_COL32(255, 255, 255, 255)},
    {IM_COL32(215, 219, 224, 255), IM_COL32(0, 0, 0, 255)},
};
constexpr int k_fill_count = static_cast<int>(sizeof k_fills / sizeof k_fills[0]);

ImU32 text_color() {
    return ImGui::GetColorU32(ImGuiCol_Text);
}

// Writes `text` centred on x at y (its top).
void text_centred(ImDrawList* dl, float x, float y, ImU32 color, const char* text) {
    const ImVec2 size = ImGui::CalcTextSize(text);
    dl->AddText(ImVec2(x - size.x * 0.5f, y), color, text);
}

} // namespace

void bar_chart(const char* id, const std::vector<std::string>& labels,
               const std::vector<int>& values, float height) {
    const float em = ImGui::GetFontSize();
    const std::size_t n = std::min(labels.size(), values.size());
    // Each bar's slot fits its label, and the bars share the width when there is more.
    const float least = std::max(em * 3.2f, ImGui::CalcTextSize("Mar 2026").x + em * 0.5f);
    const float slot = n == 0 ? least
                              : std::clamp(ImGui::GetContentRegionAvail().x / static_cast<float>(n),
                                           least, em * 6.0f);
    const ImVec2 size(std::max(slot * static_cast<float>(n), em * 10.0f), height);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::InvisibleButton(id, size);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    int top = 1;
    for (std::size_t i = 0; i < n; ++i)
        top = std::max(top, values[i]);
    const float label_h = em * 1.4f;
    const float base = at.y + size.y - label_h;
    const float room = size.y - label_h - em * 1.4f; // the tallest bar leaves room for its number
    dl->AddLine(ImVec2(at.x, base), ImVec2(at.x + size.x, base), colors::border);
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    for (std::size_t i = 0; i < n; ++i) {
        const float x0 = at.x + slot * static_cast<float>(i) + em * 0.4f;
        const float x1 = at.x + slot * static_cast<float>(i + 1) - em * 0.4f;
        const float h = room * static_cast<float>(values[i]) / static_cast<float>(top);
        dl->AddRectFilled(ImVec2(x0, base - h), ImVec2(x1, base), colors::accent);
        char number[16];
        std::snprintf(number, sizeof number, "%d", values[i]);
        text_centred(dl, (x0 + x1) * 0.5f, base - h - em * 1.2f, text_color(), number);
        text_centred(dl, (x0 + x1) * 0.5f, base + em * 0.2f, colors::text_muted, labels[i].c_str());
        if (ImGui::IsItemHovered() && mouse.x >= x0 - em * 0.4f && mouse.x < x1 + em * 0.4f)
            ImGui::SetTooltip("%s: %d", labels[i].c_str(), values[i]);
    }
}

void stacked_bar_chart(const char* id, const std::vector<std::string>& segment_names,
                       const std::vector<std::string>& segment_short,
                       const std::vector<StackedRow>& rows) {
    const float em = ImGui::GetFontSize();
    const float row_h = em * 1.8f;
    float label_w = em * 4.0f;
    for (const StackedRow& r : rows)
        label_w = std::max(label_w, ImGui::CalcTextSize(r.label.c_str()).x + em);
    const float width = std::max(ImGui::GetContentRegionAvail().x, em * 20.0f);
    // The legend: each segment's fill, short name and full name.
    for (std::size_t s = 0; s < segment_names.size(); ++s) {
        const Fill& f = k_fills[static_cast<int>(s) % k_fill_count];
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const std::string key = segment_short[s];
        const float box = ImGui::CalcTextSize(key.c_str()).x + em * 0.6f;
        ImGui::GetWindowDrawList()->AddRectFilled(p, ImVec2(p.x + box, p.y + em * 1.2f), f.fill);
        ImGui::GetWindowDrawList()->AddText(ImVec2(p.x + em * 0.3f, p.y + em * 0.1f), f.text,
                                            key.c_str());
        ImGui::Dummy(ImVec2(box, em * 1.2f));
        ImGui::SameLine();
        ImGui::TextUnformatted(segment_names[s].c_str());
        // The next entry on this line when it fits, else on the next (the legend wraps).
        if (s + 1 < segment_names.size())
            same_line_if_fits(ImGui::CalcTextSize(segment_short[s + 1].c_str()).x +
                              ImGui::CalcTextSize(segment_names[s + 1].c_str()).x + em * 2.0f);
    }
    const ImVec2 size(width, row_h * static_cast<float>(rows.size()) + em * 0.5f);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::InvisibleButton(id, size);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    int widest = 1;
    for (const StackedRow& r : rows) {
        int total = 0;
        for (const int c : r.counts)
            total += c;
        widest = std::max(widest, total);
    }
    const float bar_w = width - label_w - em * 3.0f;
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const StackedRow& r = rows[i];
        const float y = at.y + row_h * static_cast<float>(i);
        dl->AddText(ImVec2(at.x, y + em * 0.3f), text_color(), r.label.c_str());
        float x = at.x + label_w;
        int total = 0;
        for (std::size_t s = 0; s < r.counts.size(); ++s) {
            total += r.counts[s];
            if (r.counts[s] == 0)
                continue;
            const Fill& f = k_fills[static_cast<int>(s) % k_fill_count];
            const float w = bar_w * static_cast<float>(r.counts[s]) / static_cast<float>(widest);
            dl->AddRectFilled(ImVec2(x, y + em * 0.2f), ImVec2(x + w, y + row_h - em * 0.2f),
                              f.fill);
            // A thin gap between segments, so two of similar lightness stay apart.
            dl->AddLine(ImVec2(x + w, y + em * 0.2f), ImVec2(x + w, y + row_h - em * 0.2f),
                        IM_COL32(255, 255, 255, 255), 2.0f);
            char text[32];
            std::snprintf(text, sizeof text, "%s %d",
                          s < segment_short.size() ? segment_short[s].c_str() : "", r.counts[s]);
            if (ImGui::CalcTextSize(text).x + em * 0.4f <= w)
                dl->AddText(ImVec2(x + em * 0.2f, y + em * 0.3f), f.text, text);
            x += w;
        }
        char sum[16];
        std::snprintf(sum, sizeof sum, "%d", total);
        dl->AddText(ImVec2(x + em * 0.4f, y + em * 0.3f), text_color(), sum);
        if (ImGui::IsItemHovered() && mouse.y >= y && mouse.y < y + row_h) {
            std::string tip = r.label + " (" + std::to_string(total) + ")";
            for (std::size_t s = 0; s < r.counts.size() && s < segment_names.size(); ++s)
                tip += "\n" + segment_names[s] + ": " + std::to_string(r.counts[s]);
            ImGui::SetTooltip("%s", tip.c_str());
        }
    }
}

void percent_line_chart(const char* id, const std::vector<std::string>& labels,
                        const std::vector<double>& values, const std::vector<bool>& has,
                        float height) {
    const float em = ImGui::GetFontSize();
    const std::size_t n = std::min({labels.size(), values.size(), has.size()});
    const float slot = std::max(em * 5.0f, ImGui::CalcTextSize("Q4 2025/26").x + em);
    const float axis_w = ImGui::CalcTextSize("100%").x + em * 0.5f;
    const ImVec2 size(axis_w + slot * static_cast<float>(std::max<std::size_t>(n, 1)), height);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::InvisibleButton(id, size);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float label_h = em * 1.4f;
    const float top = at.y + em * 1.4f;
    const float base = at.y + size.y - label_h;
    const auto y_of = [&](double v) {
        return base - (base - top) * static_cast<float>(std::clamp(v, 0.0, 100.0) / 100.0);
    };
    for (const int tick : {0, 50, 100}) {
        const float y = y_of(tick);
        dl->AddLine(ImVec2(at.x + axis_w, y), ImVec2(at.x + size.x, y),
                    tick == 0 ? colors::border : IM_COL32(200, 205, 210, 255));
        char t[8];
        std::snprintf(t, sizeof t, "%d%%", tick);
        dl->AddText(ImVec2(at.x, y - em * 0.5f), colors::text_muted, t);
    }
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    ImVec2 previous;
    bool joined = false;
    for (std::size_t i = 0; i < n; ++i) {
        const float x = at.x + axis_w + slot * (static_cast<float>(i) + 0.5f);
        text_centred(dl, x, base + em * 0.2f, colors::text_muted, labels[i].c_str());
        const std::string value = has[i] ? audit::percent_text(values[i]) : "none";
        if (has[i]) {
            const ImVec2 p(x, y_of(values[i]));
            if (joined)
                dl->AddLine(previous, p, colors::accent, 2.0f);
            // A square marker as well as the line: the points read without colour.
            dl->AddRectFilled(ImVec2(p.x - em * 0.25f, p.y - em * 0.25f),
                              ImVec2(p.x + em * 0.25f, p.y + em * 0.25f), colors::accent);
            text_centred(dl, x, p.y - em * 1.3f, text_color(), value.c_str());
            previous = p;
            joined = true;
        } else {
            text_centred(dl, x, base - em * 1.3f, colors::text_muted, value.c_str());
            joined = false;
        }
        if (ImGui::IsItemHovered() && mouse.x >= x - slot * 0.5f && mouse.x < x + slot * 0.5f)
            ImGui::SetTooltip("%s: %s", labels[i].c_str(), value.c_str());
    }
}

} // namespace ca::app
