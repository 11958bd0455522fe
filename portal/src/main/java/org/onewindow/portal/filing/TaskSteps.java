package org.onewindow.portal.filing;

import java.util.List;

/** The task list every filing page starts with: 填写表单 → 上传材料 → 预审 → 核对 → 提交. */
final class TaskSteps {

    static final List<String> STEPS = List.of("form", "materials", "pre-review", "check", "submit");

    private TaskSteps() {}

    /** @param href null for 提交, which is the check page's button rather than a page */
    record Step(String key, String href, boolean current) {}

    static List<Step> of(Draft draft, String current) {
        return STEPS.stream()
                .map(key -> new Step(key, "submit".equals(key) ? null : draft.path(key), key.equals(current)))
                .toList();
    }
}
