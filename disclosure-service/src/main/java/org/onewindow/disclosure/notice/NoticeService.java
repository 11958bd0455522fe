package org.onewindow.disclosure.notice;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.onewindow.platform.web.ProblemException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Numbers notices by year (2026-00001) and keeps them as written. */
@Service
class NoticeService {

    private final NoticeStore store;
    private final Clock clock;

    NoticeService(NoticeStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Transactional
    Notice publish(Notice.Kind kind, String title, String documentNo, String body, String by) {
        var now = OffsetDateTime.now(clock);
        var number = now.atZoneSameInstant(clock.getZone()).getYear() + "-" + String.format("%05d", store.nextNumber());
        var notice = new Notice(number, kind, title, documentNo, body, now);
        store.insert(notice, by);
        return notice;
    }

    List<Notice.Summary> list(Notice.Kind kind, int page, int size) {
        int limit = Math.min(Math.max(size, 1), 100);
        return store.list(kind, limit, Math.max(page, 0) * limit);
    }

    Notice notice(String number) {
        return store.find(number).orElseThrow(() -> ProblemException.notFound("no notice " + number));
    }
}
