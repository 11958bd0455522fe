package org.onewindow.platform.operations;

import java.util.List;
import org.onewindow.platform.messaging.OutboxParking;
import org.onewindow.platform.messaging.ParkedEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The outbox events the relay parked, for supervisors, and putting one back in line. */
@RestController
@RequestMapping("/api/${onewindow.api-prefix}/outbox")
class OutboxController {

    private final OutboxParking parking;

    OutboxController(OutboxParking parking) {
        this.parking = parking;
    }

    @GetMapping("/parked")
    List<ParkedEvent> parked() {
        Supervisors.require();
        return parking.parked();
    }

    @PostMapping("/{id}/retry")
    ParkedEvent retry(@PathVariable long id) {
        Supervisors.require();
        return parking.retry(id);
    }
}
