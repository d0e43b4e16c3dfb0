package org.editionkit.validate;

import com.thaiopensource.resolver.BasicResolver;
import com.thaiopensource.resolver.Identifier;
import com.thaiopensource.resolver.Input;
import com.thaiopensource.resolver.Resolver;
import com.thaiopensource.resolver.ResolverException;
import com.thaiopensource.resolver.xml.ExternalIdentifier;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.editionkit.xml.ReadPolicy;
import org.editionkit.xml.ReadPolicy.Refusal;
import org.xml.sax.InputSource;

/**
 * Jing's resolver ({@code ValidateProperty.RESOLVER}), held to a {@link ReadPolicy}: it is asked
 * first for every {@code include} and {@code externalRef}, in XML and compact syntax, and opens
 * what it allows itself, so Jing's own resolver (which would open any URL) never gets a turn.
 * Refusals are remembered so that the caller can locate them in the schema that made them.
 */
final class JingReads implements Resolver {
    private final ReadPolicy policy;
    private final List<Refusal> refusals = new ArrayList<>();

    JingReads(ReadPolicy policy) {
        this.policy = policy;
    }

    List<Refusal> refusals() {
        return List.copyOf(refusals);
    }

    @Override
    public void resolve(Identifier id, Input input) throws IOException, ResolverException {
        if (input.isResolved()) {
            return;
        }
        String uri = BasicResolver.resolveUri(id);
        if (id instanceof ExternalIdentifier) {
            throw refuse(uri, id.getUriReference(), id.getBase(), "external entities and DTDs are never read");
        }
        String why = policy.refusal(uri);
        if (why != null) {
            throw refuse(uri, id.getUriReference(), id.getBase(), why);
        }
        input.setUri(uri);
        input.setByteStream(policy.open(uri));
    }

    @Override
    public void open(Input input) throws IOException, ResolverException {
        if (input.isOpen() || input.getUri() == null) {
            return;
        }
        String why = policy.refusal(input.getUri());
        if (why != null) {
            throw refuse(input.getUri(), null, null, why);
        }
        input.setByteStream(policy.open(input.getUri()));
    }

    /** Opens the schema itself through the policy, so that Jing's parser opens nothing by name. */
    void open(InputSource top) throws IOException {
        String why = policy.refusal(top.getSystemId());
        if (why != null) {
            refusals.add(new Refusal(top.getSystemId(), null, null, why));
            throw new ReadPolicy.Refused(top.getSystemId(), why);
        }
        top.setByteStream(policy.open(top.getSystemId()));
    }

    private ResolverException refuse(String uri, String href, String base, String reason) {
        Refusal r = new Refusal(uri, href, base, reason);
        refusals.add(r);
        return new ResolverException(r.message());
    }
}
