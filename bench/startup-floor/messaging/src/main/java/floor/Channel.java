package floor;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Outgoing;

import io.smallrye.mutiny.Multi;

/** An outgoing channel like the product's (email-events); it never publishes. */
@ApplicationScoped
public class Channel {

    @Outgoing("email-events")
    public Multi<Message<String>> records() {
        return Multi.createFrom().empty();
    }
}
