package org.onewindow.disclosure;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The public read side: guides, masked results, statistics, satisfaction, complaints and the correction column. */
@SpringBootApplication
public class DisclosureServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(DisclosureServiceApplication.class, args);
    }
}
