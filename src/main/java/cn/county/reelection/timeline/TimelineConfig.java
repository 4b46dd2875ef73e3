package cn.county.reelection.timeline;

import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class TimelineConfig {

  @Bean
  public Deadlines deadlines(@Value("${reelection.zone:Asia/Shanghai}") String zone) {
    return new Deadlines(ZoneId.of(zone));
  }
}
