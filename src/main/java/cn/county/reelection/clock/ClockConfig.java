package cn.county.reelection.clock;

import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock every feature takes its time from, in the campaign's zone. */
@Configuration
public class ClockConfig {

    @Bean
    public EngineClock clock(@Value("${reelection.zone:Asia/Shanghai}") String zone) {
        return new EngineClock(ZoneId.of(zone));
    }
}
