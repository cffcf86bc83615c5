// Case Audit - findings. See findings.h.
#include "core/extract/findings.h"

#include <nlohmann/json.hpp>

namespace ca {

std::string_view severity_name(Severity s) {
    switch (s) {
    case Severity::Error:
        return "error";
    case Severity::Warning:
        return "warning";
    case Severity::Notice:
        return "notice";
    }
    return "error";
}

std::string format_finding(const Finding& f) {
    std::string out(severity_name(f.severity));
    out += " [" + f.code + "]";
    if (f.line > 0)
        out += " line " + std::to_string(f.line) + ", column " + std::to_string(f.column);
    if (!f.json_path.empty())
        out += " " + f.json_path;
    if (!f.record_id.empty())
        out += " (" + f.record_id + ")";
    out += ": " + f.message;
    return out;
}

std::string findings_to_json(const std::vector<Finding>& findings) {
    nlohmann::json out = nlohmann::json::array();
    for (const Finding& f : findings) {
        nlohmann::json j;
        j["severity"] = std::string(severity_name(f.severity));
        j["code"] = f.code;
        j["message"] = f.message;
        if (!f.json_path.empty())
            j["path"] = f.json_path;
        if (!f.record_id.empty())
            j["recordId"] = f.record_id;
        if (f.line > 0) {
            j["line"] = f.line;
            j["column"] = f.column;
        }
        out.push_back(std::move(j));
    }
    // Invalid UTF-8 in a message (from a quoted excerpt) is replaced, never thrown.
    return out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
}

} // namespace ca
