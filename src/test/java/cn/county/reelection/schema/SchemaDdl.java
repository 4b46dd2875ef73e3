package cn.county.reelection.schema;

import ch.qos.logback.classic.Level;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.boot.spi.MetadataImplementor;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Prints the create DDL of the project's JPA entities for H2 and PostgreSQL, as Hibernate (under Spring Boot's
 * naming strategies) would create them; {@code tools/schema_ddl.sh} runs it. A developer diffs the output against
 * {@code db/migration/{vendor}} to write the next migration (README "Schema migrations"). No database is needed:
 * the dialect versions are fixed to those the project runs on. The output is the same, statement for statement, as
 * the application's own JPA schema generation ({@code jakarta.persistence.schema-generation.scripts.action=create})
 * against H2 and PostgreSQL 15, which is how V1 was checked.
 *
 * <p>Arguments: {@code h2|postgresql} (both when none), and optionally {@code --out DIR} to write
 * {@code DIR/<vendor>.sql} instead of printing.
 */
public final class SchemaDdl {

    static final String ENTITY_PACKAGE = "cn.county.reelection";

    private SchemaDdl() {}

    public static void main(String[] args) throws IOException {
        // stdout is the DDL: Hibernate's start-up log would be mixed into it (failures are thrown)
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.ERROR);
        List<String> vendors = new ArrayList<>();
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            if ("--out".equals(args[i])) {
                out = Path.of(args[++i]);
            } else {
                vendors.add(args[i]);
            }
        }
        if (vendors.isEmpty()) {
            vendors = List.of("h2", "postgresql");
        }
        for (String vendor : vendors) {
            String ddl = createDdl(vendor);
            if (out != null) {
                Files.createDirectories(out);
                Files.writeString(out.resolve(vendor + ".sql"), ddl, StandardCharsets.UTF_8);
            } else {
                System.out.println("-- ===== " + vendor + " =====");
                System.out.print(ddl);
            }
        }
    }

    /** The create DDL of all entities for {@code h2} or {@code postgresql}, one statement per line group. */
    public static String createDdl(String vendor) throws IOException {
        Map<String, Object> settings = switch (vendor) {
            case "h2" ->
                Map.of(
                        AvailableSettings.DIALECT,
                        "org.hibernate.dialect.H2Dialect",
                        AvailableSettings.JAKARTA_HBM2DDL_DB_NAME,
                        "H2",
                        AvailableSettings.JAKARTA_HBM2DDL_DB_MAJOR_VERSION,
                        "2",
                        AvailableSettings.JAKARTA_HBM2DDL_DB_MINOR_VERSION,
                        "3");
            case "postgresql" ->
                Map.of(
                        AvailableSettings.DIALECT,
                        "org.hibernate.dialect.PostgreSQLDialect",
                        AvailableSettings.JAKARTA_HBM2DDL_DB_NAME,
                        "PostgreSQL",
                        AvailableSettings.JAKARTA_HBM2DDL_DB_MAJOR_VERSION,
                        "15",
                        AvailableSettings.JAKARTA_HBM2DDL_DB_MINOR_VERSION,
                        "0");
            default -> throw new IllegalArgumentException("vendor must be h2 or postgresql: " + vendor);
        };
        Path file = Files.createTempFile("schema-" + vendor, ".sql");
        Files.delete(file);
        Map<String, Object> all = new HashMap<>(settings);
        // no connection: the DDL depends only on the entities and the dialect
        all.put("hibernate.boot.allow_jdbc_metadata_access", false);
        // Spring Boot's defaults (HibernateProperties), so the names match what the application validates
        all.put(AvailableSettings.PHYSICAL_NAMING_STRATEGY, CamelCaseToUnderscoresNamingStrategy.class.getName());
        all.put(AvailableSettings.IMPLICIT_NAMING_STRATEGY, SpringImplicitNamingStrategy.class.getName());
        // the JPA schema generation to a script, as spring.jpa.properties.jakarta.persistence.schema-generation.* would
        all.put(AvailableSettings.JAKARTA_HBM2DDL_SCRIPTS_ACTION, "create");
        all.put(AvailableSettings.JAKARTA_HBM2DDL_SCRIPTS_CREATE_TARGET, file.toString());
        all.put(AvailableSettings.FORMAT_SQL, true);
        all.put(AvailableSettings.HBM2DDL_DELIMITER, ";");
        StandardServiceRegistry registry =
                new StandardServiceRegistryBuilder().applySettings(all).build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            for (String entity : entityClasses()) {
                sources.addAnnotatedClassName(entity);
            }
            MetadataImplementor metadata = (MetadataImplementor) sources.buildMetadata();
            // as the session factory does before it exports the schema: the column order of Hibernate's create DDL
            metadata.orderColumns(false);
            metadata.validate();
            SchemaManagementToolCoordinator.process(metadata, registry, all, action -> {});
            return tidy(Files.readString(file, StandardCharsets.UTF_8));
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
            Files.deleteIfExists(file);
        }
    }

    static TreeSet<String> entityClasses() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Entity.class));
        TreeSet<String> names = new TreeSet<>();
        scanner.findCandidateComponents(ENTITY_PACKAGE).forEach(bean -> names.add(bean.getBeanClassName()));
        return names;
    }

    /** Hibernate's formatted script with its indentation removed and a blank line between statements. */
    static String tidy(String script) {
        StringBuilder sb = new StringBuilder();
        List<String> statement = new ArrayList<>();
        for (String raw : script.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            boolean nested = !statement.isEmpty() && !line.startsWith(")");
            statement.add((nested ? "    " : "") + line);
            if (line.endsWith(";")) {
                sb.append(String.join("\n", statement)).append("\n\n");
                statement.clear();
            }
        }
        return sb.toString().stripTrailing() + "\n";
    }
}
