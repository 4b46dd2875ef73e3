package cn.county.reelection;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ReelectionApplication {

    public static void main(String[] args) {
        SpringApplication.run(ReelectionApplication.class, args);
    }
}
