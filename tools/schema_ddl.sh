#!/usr/bin/env bash
# Prints the create DDL of the current JPA entities, as Hibernate makes it, for h2 and postgresql (README "Schema
# migrations"): diff it against src/main/resources/db/migration/{h2,postgresql} to write the next migration.
#   tools/schema_ddl.sh                  both dialects to stdout
#   tools/schema_ddl.sh postgresql       one dialect
#   tools/schema_ddl.sh --out DIR        DIR/h2.sql and DIR/postgresql.sql
# No database is needed. Maven runs offline (-o); set SCHEMA_DDL_MVN="mvn -B -q" when dependencies are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn=${SCHEMA_DDL_MVN:-mvn -B -q -o}
$mvn test-compile >&2
$mvn dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/schema-ddl.classpath >&2
java -cp "target/test-classes:target/classes:$(cat target/schema-ddl.classpath)" cn.county.reelection.schema.SchemaDdl "$@"
