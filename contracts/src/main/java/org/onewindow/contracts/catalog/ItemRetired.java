package org.onewindow.contracts.catalog;

import java.time.OffsetDateTime;

/**
 * A service item was retired: no new applications from now on; running cases go on under the
 * version they were made with.
 *
 * @param code implementation code of the item
 * @param lastVersion the last published version number
 * @param retiredAt when it was retired
 * @param reason why, as the catalog admin wrote it
 */
public record ItemRetired(String code, int lastVersion, OffsetDateTime retiredAt, String reason) {}
