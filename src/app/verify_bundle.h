#pragma once
// An auditor's check of an audit bundle (docs/auditor-guide.md): the signature over the
// manifest, every file's hash, no file outside the manifest, the audit chain and its signed
// head, the rows held against the audit log and the congress against the hash the record was
// created with (store/consistency.h), every image re-read by this program's recogniser and
// compared with the recorded reading, and the result recomputed from the rows with the
// committee's rulings (record_count.h). Nothing in a bundle is trusted: a damaged or hostile
// file is a problem named in the report, never an abort, a hang or a file read outside it.
#include <expected>
#include <optional>
#include <string>
#include <vector>

namespace kp::app {

struct VerifyReport {
    std::vector<std::string> problems;  // empty: the bundle is consistent in every respect above
    std::string publicKey;              // the key the manifest was signed with (hex)
    bool signerConfirmed = false;       // the key is the one the auditor expected (--key)
    std::string auditHead;              // the audit log's last hash
    bool headConfirmed = false;         // it is the head the auditor read on the minutes (--head)
    std::size_t sheets = 0;
    std::size_t events = 0;
};

// What the signed minutes print, for the auditor to hold the bundle against: the congress's
// public key (without it, a bundle re-signed with any other key is self-consistent, which is all
// that can be said) and the audit log's head (without it, a history rewritten whole by someone
// holding the key cannot be told from the real one).
struct PrintedOnMinutes {
    std::optional<std::string> publicKey;
    std::optional<std::string> auditHead;
};

// The error: not a bundle at all (its manifest, signature or key missing).
std::expected<VerifyReport, std::string> verifyBundle(const std::string& dir, const PrintedOnMinutes& minutes,
                                                      int threads);

}  // namespace kp::app
