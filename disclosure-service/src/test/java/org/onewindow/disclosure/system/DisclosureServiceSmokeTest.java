package org.onewindow.disclosure.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onewindow.contracts.Topics;
import org.onewindow.disclosure.DisclosureServiceApplication;
import org.onewindow.platform.testsupport.InfrastructureSupport;
import org.onewindow.platform.testsupport.ServiceSmokeTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.BatchMessageListener;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(classes = DisclosureServiceApplication.class)
@AutoConfigureMockMvc
class DisclosureServiceSmokeTest extends ServiceSmokeTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        InfrastructureSupport.register(registry, "disclosure_test");
    }

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Autowired
    CaseEventsListener caseEvents;

    /** A model with a group of its own would fetch, parse and commit every case event again (issue 16). */
    @Test
    void theCaseTopicsAreReadByOneGroupThatFeedsEveryReadModel() {
        var containers = listeners.getListenerContainers().stream()
                .filter(container -> !Collections.disjoint(
                        List.of(container.getContainerProperties().getTopics()),
                        List.of(Topics.APPLICATION, Topics.REVIEW)))
                .toList();

        assertThat(containers)
                .extracting(MessageListenerContainer::getGroupId)
                .containsExactly(CaseEventsListener.NAME);
        assertThat(containers.get(0).getContainerProperties().getMessageListener())
                .as("a poll applied in one transaction")
                .isInstanceOf(BatchMessageListener.class);
        assertThat(caseEvents.models())
                .containsExactlyInAnyOrder("disclosure-statistics", "disclosure-results", "disclosure-evaluations");
    }

    @Override
    protected HttpMethod protectedMethod() {
        return HttpMethod.POST;
    }

    @Override
    protected String protectedPath() {
        return "/api/disclosure/notices";
    }
}
