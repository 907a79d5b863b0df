#pragma once
// The record's schema in PostgreSQL (internal to src/store: schema.h is the face).
#include <cstdint>

#include "src/store/database.h"

namespace kp::store {

// 0 for a database without a record.
Result<int> postgresSchemaVersion(Database& db);
Result<std::int64_t> postgresApplicationId(Database& db);
// Creates the record's tables at the current version in a database without them (one
// transaction: a record whole or none); a record at the current version is left as it is.
Result<> migratePostgres(Database& db);
// The same inside the caller's transaction (Record::create: the schema, the congress and the
// first event in one).
Result<> createPostgresSchema(Database& db);
// After rows were copied in with their ids (copy.h): each identity continues after the
// largest id, so the next row a station adds gets the next number, as in the file.
Result<> postgresContinueIds(Database& db);
// How many tables the database has (a database with tables but no record is not a record).
Result<std::int64_t> postgresTableCount(Database& db);

}  // namespace kp::store
