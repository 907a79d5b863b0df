#pragma once
// Making a new record whole or not at all, on either back end (Record::create, copyRecord).
// Internal to src/store.
#include <functional>
#include <string>

#include "src/store/database.h"
#include "src/store/image_store.h"

namespace kp::store {

// Writes a new record at `target` with `fill`, called inside the one transaction that follows
// the schema, with the new record's image store. A file is made under a name of its own and
// linked into place (a process killed on the way leaves no record at `target`, and running the
// command again makes it); on a server, the schema and `fill` are one transaction in an empty
// database. An existing record, file or non-empty database is refused as it is.
Result<> makeRecord(const std::string& target, const std::function<Result<>(Database&, ImageStore&)>& fill);

}  // namespace kp::store
