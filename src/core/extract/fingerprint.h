// Case Audit - a fingerprint of an extract, to tie an auditor's workbook to it.
//
// Hashing every byte of a 500 MB file would cost seconds in the browser, and the workbook
// only needs to know "is this the same extract again": the fingerprint is FNV-1a 64 over the
// metadata (organisation, extractedAt, asAt), the number of records of each kind, and the
// ids of every team, worker, person, case, note and supervision record, in file order. Two
// exports of the same system at the same moment share it; any added, removed or renamed
// record changes it. 16 lowercase hex digits.
#pragma once

#include "core/extract/model.h"

#include <string>

namespace ca {

std::string extract_fingerprint(const Extract& extract);

} // namespace ca
