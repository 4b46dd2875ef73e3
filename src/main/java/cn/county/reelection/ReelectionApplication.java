package cn.county.reelection;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.actuate.autoconfigure.metrics.data.RepositoryMetricsAutoConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;

/**
 * The service. Every login is checked against Camunda's identity service (security/SecurityConfig), so Spring
 * Security's in-memory user with a generated password, which nothing would use, is left out. So is a timer around
 * every Spring Data repository call: the process's own steps are timed by the figures of operations/, and a
 * repository call inside an engine command would pay for a timer lookup each time.
 */
@SpringBootApplication(exclude = {UserDetailsServiceAutoConfiguration.class, RepositoryMetricsAutoConfiguration.class})
public class ReelectionApplication {

    public static void main(String[] args) {
        SpringApplication.run(ReelectionApplication.class, args);
    }
}
