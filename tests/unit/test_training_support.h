// Shared fixtures of the training tests: a one-case pack over the minimal extract.
#pragma once

#include "core/training/pack.h"

#include <fstream>
#include <sstream>
#include <string>

namespace ca::test {

inline std::string minimal_extract() {
    std::ifstream in(CASEAUDIT_TEST_DATA_DIR "/extract/minimal-valid.json", std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// A valid one-case pack over the minimal extract: case C-5001, graded Good by the trainer,
// every area Met citing N-1, except correspondence (Not met, citing D-1).
inline training::TrainingPack one_case_pack() {
    training::TrainingPack p;
    p.title = "Test pack";
    training::PracticeCase c;
    c.case_id = "C-5001";
    c.title = "A practice case";
    c.teaches = {"correspondence not uploaded"};
    c.audit_date = make_date(2026, 10, 30);
    c.grade = audit::Grade::Good;
    for (const audit::CaseAreaInfo& info : audit::case_areas()) {
        training::ReferenceArea a;
        a.area = info.area;
        const bool correspondence = info.area == audit::CaseArea::Correspondence;
        a.result = correspondence ? audit::AreaResult::NotMet : audit::AreaResult::Met;
        a.rationale = "Because the file says so.";
        a.evidence = {correspondence ? "D-1" : "N-1"};
        c.areas.push_back(a);
    }
    p.cases.push_back(c);
    return p;
}

} // namespace ca::test
