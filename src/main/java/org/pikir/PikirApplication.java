package org.pikir;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Entry point of the Pikir portal. */
@SpringBootApplication
@EnableScheduling
@EnableAsync
public class PikirApplication {

    public static void main(String[] args) {
        SpringApplication.run(PikirApplication.class, args);
    }
}
