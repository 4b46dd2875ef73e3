package cn.county.reelection.security;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Outside the demo (default) profile the service refuses to start without an administrator
 * password (CONTRACT.md): checked before any bean, so no admin with an empty password is created.
 */
public class AdminPasswordCheck implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String password = environment.getProperty("reelection.admin-password");
        if (password == null || password.isBlank()) {
            throw new IllegalStateException(
                    "reelection.admin-password is not set: configure the administrator password "
                            + "(environment variable REELECTION_ADMIN_PASSWORD) for profiles other than the demo.");
        }
    }
}
