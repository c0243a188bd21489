package be.passerelle.core.notification;

/** Sends the confirmation mail now (synchronously); throws {@code Unavailable} when the mail server refuses or is down. */
public interface AddressConfirmationMailer {

    void send(AddressConfirmationMail mail);
}
