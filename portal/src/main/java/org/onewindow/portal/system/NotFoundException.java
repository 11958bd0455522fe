package org.onewindow.portal.system;

/** What the person asked for does not exist (an unknown or retired item): the calm 404 page. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what);
    }
}
