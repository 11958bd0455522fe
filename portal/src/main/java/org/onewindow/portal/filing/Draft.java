package org.onewindow.portal.filing;

import org.onewindow.portal.applications.Application;
import org.onewindow.portal.catalog.ItemGuide;

/**
 * The person's application together with the item version it was made under (its form and its
 * materials), and the addresses of its filing pages.
 */
record Draft(ItemGuide item, Application application, FormSchema schema) {

    /** {@code /items/{code}/apply/{id}/form} and its siblings; the code and id are checked by the mappings. */
    public String path(String step) {
        return "/items/" + item.code() + "/apply/" + application.id() + "/" + step;
    }
}
