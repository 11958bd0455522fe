package org.onewindow.portal.filing;

import org.onewindow.portal.applications.Application;
import org.onewindow.portal.catalog.ItemGuide;

/**
 * The person's application together with the item version it was made under (its form and its
 * materials), and the addresses of its filing pages.
 *
 * @param base where its pages are: {@code /items/{code}/apply/{id}} online, or the counter's own in
 *     the workbench, which files with the same steps for a person at the window
 */
public record Draft(ItemGuide item, Application application, FormSchema schema, String base) {

    /** {@code /items/{code}/apply/{id}/form} and its siblings; the code and id are checked by the mappings. */
    public String path(String step) {
        return base + "/" + step;
    }
}
