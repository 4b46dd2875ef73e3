package cn.county.reelection.schema;

import static org.assertj.core.api.Assertions.assertThat;

import cn.county.reelection.ReelectionApplication;
import cn.county.reelection.congress.CongressPreparation;
import cn.county.reelection.vetting.CandidateList;
import cn.county.reelection.vetting.CandidateLists;
import cn.county.reelection.vetting.Person;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Flyway owns the project's tables (README "Schema migrations"). A database that Hibernate's ddl-auto created before
 * Flyway (the demo's ./data, production), Camunda's tables included, is baselined as V1 when the application starts,
 * passes Hibernate's validation and keeps its rows, and later migrations run on it — whether its tables came from V1
 * run by plain JDBC or from ddl-auto=update with the demo county in an H2 file; a fresh database gets V1 from Flyway,
 * then Camunda's tables from Camunda. And the migrations build what Hibernate itself creates from the entities.
 * Each case starts the application on an H2 database of its own.
 */
@Tag("own-context")
class SchemaMigrationTest {

    private static final String V1 = "db/migration/h2/V1__project_tables.sql";

    @Test
    void databaseCreatedBeforeFlyway_isBaselinedAsV1_keepsItsRows_validates_andTakesLaterMigrations() throws Exception {
        String url = "jdbc:h2:mem:schema-before-flyway;DB_CLOSE_DELAY=-1";
        try (Connection keepAlive = DriverManager.getConnection(url, "sa", "")) {
            // today's schema: the project's tables as Hibernate made them, by plain JDBC, and a campaign with a
            // township
            try (Statement sql = keepAlive.createStatement()) {
                for (String statement : statements(V1)) {
                    sql.execute(statement);
                }
                sql.execute("insert into re_campaign (campaign_year, created_at, county_code, county, created_by) "
                        + "values (2026, current_timestamp, 'mig', '迁移县', 'admin')");
                sql.execute("insert into re_township (campaign_id, code, business_key, name) "
                        + "select id, 'MG01', 'mig-2026-MG01', '迁移乡' from re_campaign where county_code = 'mig'");
            }
            // a previous start of the application (no Flyway yet) left Camunda's tables and deployments
            try (ConfigurableApplicationContext before =
                    start(url, "--spring.flyway.enabled=false", "--spring.jpa.hibernate.ddl-auto=none")) {
                assertThat(tables(jdbc(before), "ACT_RE_PROCDEF")).isEqualTo(1);
            }
            JdbcTemplate plain = new JdbcTemplate(new SingleConnectionDataSource(keepAlive, true));
            assertThat(tables(plain, "flyway_schema_history")).isZero();

            // this version starts on it: V1 is taken as there, V2 (the second-pass rules) runs
            try (ConfigurableApplicationContext now = start(url)) {
                JdbcTemplate jdbc = jdbc(now);
                assertThat(history(jdbc))
                        .containsExactly(
                                "1 BASELINE ok",
                                "2 SQL ok",
                                "3 SQL ok",
                                "4 SQL ok",
                                "5 SQL ok",
                                "6 SQL ok",
                                "7 SQL ok");
                // V2's changes: a village's decision in the township's record (V11), the T4 materials' table
                assertThat(jdbc.queryForObject(
                                "select count(*) from information_schema.columns where lower(table_name) = 're_decision' "
                                        + "and lower(column_name) = 'village_id'",
                                Integer.class))
                        .isEqualTo(1);
                assertThat(tables(jdbc, "RE_NOMINEE_MATERIAL")).isEqualTo(1);
                assertThat(jdbc.queryForObject(
                                "select t.name from re_township t join re_campaign c on c.id = t.campaign_id "
                                        + "where c.county_code = 'mig'",
                                String.class))
                        .isEqualTo("迁移乡");
                // the engine still reads its own tables: the processes deployed by the previous start are there
                assertThat(jdbc.queryForObject("select count(*) from ACT_RE_PROCDEF", Integer.class))
                        .isPositive();
            }
        } finally {
            dropAll(url);
        }
    }

    @Test
    void demoFileDatabaseThatHibernateCreated_startsWithFlyway_andKeepsTheDemoCounty(@TempDir Path data) {
        // as the demo's ./data was made before Flyway: an H2 file, the tables by Hibernate's ddl-auto=update
        String url = "jdbc:h2:file:" + data.toAbsolutePath() + "/reelection;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
        long townships;
        try (ConfigurableApplicationContext before = start(
                url,
                "--reelection.demo.enabled=true",
                "--spring.flyway.enabled=false",
                "--spring.jpa.hibernate.ddl-auto=update")) {
            JdbcTemplate jdbc = jdbc(before);
            townships = jdbc.queryForObject("select count(*) from re_township", Long.class);
            assertThat(townships).isPositive();
            assertThat(tables(jdbc, "flyway_schema_history")).isZero();
        }
        try (ConfigurableApplicationContext now = start(url, "--reelection.demo.enabled=true")) {
            JdbcTemplate jdbc = jdbc(now);
            // V2 meets its changes made already by ddl-auto=update, and passes over them
            assertThat(history(jdbc))
                    .containsExactly(
                            "1 BASELINE ok", "2 SQL ok", "3 SQL ok", "4 SQL ok", "5 SQL ok", "6 SQL ok", "7 SQL ok");
            assertThat(jdbc.queryForObject("select count(*) from re_township", Long.class))
                    .isEqualTo(townships);
        }
    }

    @Test
    void listsKeptRowByRow_areRewrittenWhole_andReadAsBefore_T3_T4_T5_T6() throws SQLException {
        String url = "jdbc:h2:mem:schema-congress-lists;DB_CLOSE_DELAY=-1";
        try {
            // a database at V5, where each person of a list and each line of a congress list was a row of its own
            Flyway.configure()
                    .dataSource(url, "sa", "")
                    .locations("classpath:db/migration/h2")
                    .target("5")
                    .load()
                    .migrate();
            try (Connection connection = DriverManager.getConnection(url, "sa", "");
                    Statement sql = connection.createStatement()) {
                sql.execute("insert into re_campaign (campaign_year, created_at, county_code, county, created_by) "
                        + "values (2026, current_timestamp, 'lst', '列表县', 'admin')");
                sql.execute("insert into re_township (campaign_id, code, business_key, name) "
                        + "select id, 'LS01', 'lst-2026-LS01', '列表乡' from re_campaign where county_code = 'lst'");
                String line = "insert into re_congress_list (township_id, kind, group_name, position, text) "
                        + "select id, '%s', %s, %d, '%s' from re_township where code = 'LS01'";
                // written out of order: the position, not the row's id, orders a list
                sql.execute(line.formatted("AGENDA", "null", 1, "选举新一届委员会"));
                sql.execute(line.formatted("AGENDA", "null", 0, "听取和审查工作报告"));
                sql.execute(line.formatted("PRESIDIUM", "null", 0, "张三"));
                sql.execute(line.formatted("PRESIDIUM", "null", 1, "李\"四"));
                sql.execute(line.formatted("DELEGATION", "'第二代表团'", 2, "王五"));
                sql.execute(line.formatted("DELEGATION", "'第一代表团'", 0, "张三"));
                sql.execute(line.formatted("DELEGATION", "'第一代表团'", 1, "李\"四"));
                sql.execute(line.formatted("DELEGATION", "'第二代表团'", 3, "赵六"));
                String person = "insert into re_candidate (township_id, list, organisation_code, name, gender, "
                        + "birth_date, ethnicity, education, category, post) "
                        + "select id, '%s', %s, '%s', %s, %s, %s, %s, %s, %s from re_township where code = 'LS01'";
                sql.execute(person.formatted(
                        "DELEGATE_CANDIDATE",
                        "'LS01-B02'",
                        "钱七",
                        "'M'",
                        "date '1980-02-03'",
                        "'汉族'",
                        "'COLLEGE'",
                        "'FRONTLINE'",
                        "null"));
                sql.execute(person.formatted(
                        "DELEGATE_CANDIDATE", "'LS01-B01'", "孙\"八", "'F'", "null", "'彝族'", "null", "null", "null"));
                sql.execute(person.formatted(
                        "DELEGATE_CANDIDATE", "'LS01-B02'", "周九", "null", "null", "null", "null", "null", "null"));
                sql.execute(person.formatted(
                        "COMMITTEE_NOMINEE", "null", "吴十", "'F'", "null", "null", "null", "'CADRE'", "'SECRETARY'"));
            }
            try (ConfigurableApplicationContext now = start(url)) {
                JdbcTemplate jdbc = jdbc(now);
                assertThat(history(jdbc)).endsWith("5 SQL ok", "6 SQL ok", "7 SQL ok");
                assertThat(jdbc.queryForObject("select count(*) from re_congress_list", Integer.class))
                        .isEqualTo(3);
                long township = jdbc.queryForObject("select id from re_township where code = 'LS01'", Long.class);
                CongressPreparation congress = now.getBean(CongressPreparation.class);
                assertThat(congress.agenda(township)).containsExactly("听取和审查工作报告", "选举新一届委员会");
                assertThat(congress.presidium(township)).containsExactly("张三", "李\"四");
                assertThat(jdbc.queryForObject("select count(*) from re_candidate", Integer.class))
                        .isEqualTo(3);
                CandidateLists lists = now.getBean(CandidateLists.class);
                Person qian = new Person(
                        "钱七",
                        Person.Gender.M,
                        LocalDate.of(1980, 2, 3),
                        "汉族",
                        Person.Education.COLLEGE,
                        Person.Category.FRONTLINE,
                        null);
                Person zhou = new Person("周九", null, null, null, null, null, null);
                Person sun = new Person("孙\"八", Person.Gender.F, null, "彝族", null, null, null);
                // the organisation listed first comes first, its people in the order entered
                assertThat(lists.persons(township, CandidateList.ListKind.DELEGATE_CANDIDATE, null))
                        .containsExactly(qian, zhou, sun);
                assertThat(lists.persons(township, CandidateList.ListKind.DELEGATE_CANDIDATE, "LS01-B01"))
                        .containsExactly(sun);
                assertThat(lists.persons(township, CandidateList.ListKind.COMMITTEE_NOMINEE, null))
                        .containsExactly(new Person(
                                "吴十", Person.Gender.F, null, null, null, Person.Category.CADRE, Person.Post.SECRETARY));
                assertThat(congress.delegations(township))
                        .containsExactly(
                                new CongressPreparation.DelegationGroup("第一代表团", List.of("张三", "李\"四")),
                                new CongressPreparation.DelegationGroup("第二代表团", List.of("王五", "赵六")));
            }
        } finally {
            dropAll(url);
        }
    }

    @Test
    void freshDatabase_getsV1FromFlyway_thenCamundasTables() {
        String url = "jdbc:h2:mem:schema-fresh;DB_CLOSE_DELAY=-1";
        try (ConfigurableApplicationContext context = start(url)) {
            JdbcTemplate jdbc = jdbc(context);
            assertThat(history(jdbc))
                    .containsExactly(
                            "1 SQL ok", "2 SQL ok", "3 SQL ok", "4 SQL ok", "5 SQL ok", "6 SQL ok", "7 SQL ok");
            // Flyway before the engine by declaration, not by the accident of which bean is asked for first
            ConfigurableListableBeanFactory beans = context.getBeanFactory();
            String[] engines = beans.getBeanNamesForType(ProcessEngine.class);
            assertThat(engines).isNotEmpty();
            for (String engine : engines) {
                assertThat(beans.getBeanDefinition(engine).getDependsOn())
                        .as(engine)
                        .contains("flywayInitializer");
            }
            assertThat(tables(jdbc, "RE_TOWNSHIP")).isEqualTo(1);
            assertThat(tables(jdbc, "ACT_RE_PROCDEF")).isEqualTo(1);
            assertThat(jdbc.queryForObject("select count(*) from ACT_RE_PROCDEF", Integer.class))
                    .isPositive();
        } finally {
            dropAll(url);
        }
    }

    @Test
    void theMigratedSchema_isTheOneHibernateCreatesFromTheEntities() {
        String migratedUrl = "jdbc:h2:mem:schema-migrated;DB_CLOSE_DELAY=-1";
        String hibernateUrl = "jdbc:h2:mem:schema-hibernate;DB_CLOSE_DELAY=-1";
        List<String> migrated;
        List<String> hibernate;
        try (ConfigurableApplicationContext context = start(migratedUrl)) {
            migrated = shape(jdbc(context));
        }
        try (ConfigurableApplicationContext context =
                start(hibernateUrl, "--spring.flyway.enabled=false", "--spring.jpa.hibernate.ddl-auto=create")) {
            hibernate = shape(jdbc(context));
        }
        assertThat(migrated).isNotEmpty().containsExactlyElementsOf(hibernate);
        dropAll(migratedUrl);
        dropAll(hibernateUrl);
    }

    /** The project's columns (type, length, null or not), named indexes and constraints per kind and table. */
    private static List<String> shape(JdbcTemplate jdbc) {
        List<String> shape = new ArrayList<>(jdbc.queryForList(
                "select table_name || '.' || column_name || ' ' || data_type || coalesce('(' || character_maximum_length || ')', '')"
                        + " || ' ' || is_nullable from information_schema.columns where table_name like 'RE\\_%' "
                        + "order by table_name, column_name",
                String.class));
        shape.addAll(jdbc.queryForList(
                "select table_name || ' index ' || index_name from information_schema.indexes "
                        + "where table_name like 'RE\\_%' and index_name like 'IX%' order by 1",
                String.class));
        shape.addAll(jdbc.queryForList(
                "select table_name || ' ' || constraint_type || ' ' || count(*) "
                        + "from information_schema.table_constraints where table_name like 'RE\\_%' "
                        + "group by table_name, constraint_type order by 1",
                String.class));
        return shape;
    }

    /** Flyway's applied versions: "version type ok|failed" (its marker row for the table's creation has no version). */
    private static List<String> history(JdbcTemplate jdbc) {
        return jdbc.queryForList(
                "select \"version\" || ' ' || \"type\" || case when \"success\" then ' ok' else ' failed' end "
                        + "from \"flyway_schema_history\" "
                        + "where \"version\" is not null order by \"installed_rank\"",
                String.class);
    }

    private static ConfigurableApplicationContext start(String url, String... more) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.datasource.url=" + url));
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(ReelectionApplication.class)
                .profiles("test")
                .run(args.toArray(String[]::new));
    }

    private static JdbcTemplate jdbc(ConfigurableApplicationContext context) {
        return context.getBean(JdbcTemplate.class);
    }

    private static int tables(JdbcTemplate jdbc, String name) {
        return jdbc.queryForObject(
                "select count(*) from information_schema.tables where upper(table_name) = ?",
                Integer.class,
                name.toUpperCase());
    }

    private static void dropAll(String url) {
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement sql = connection.createStatement()) {
            sql.execute("drop all objects");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The statements of a migration script: comments dropped, split at the semicolons that end a line. */
    static List<String> statements(String resource) throws IOException {
        try (InputStream in = SchemaMigrationTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            StringBuilder script = new StringBuilder();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (!line.strip().startsWith("--")) {
                    script.append(line).append('\n');
                }
            }
            List<String> statements = new ArrayList<>();
            for (String statement : script.toString().split(";\\s*\\n")) {
                if (!statement.isBlank()) {
                    statements.add(statement.strip());
                }
            }
            return statements;
        }
    }
}
