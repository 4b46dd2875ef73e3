package cn.county.reelection.timeline;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class TimelineConfig {

    /** Deadlines fall in the zone of the project's clock, so both tell the same day. */
    @Bean
    public Deadlines deadlines(Clock clock) {
        return new Deadlines(clock.getZone());
    }
}
