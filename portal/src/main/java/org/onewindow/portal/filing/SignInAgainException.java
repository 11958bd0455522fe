package org.onewindow.portal.filing;

/** The API answered 401: the person's sign-in has run out. What she saved is kept. */
class SignInAgainException extends RuntimeException {

    SignInAgainException(String what) {
        super(what + " answered 401");
    }
}
