package org.crampcare.app.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.webauthn.api.AttestationConveyancePreference;
import org.springframework.security.web.webauthn.api.AuthenticationExtensionsClientInput;
import org.springframework.security.web.webauthn.api.AuthenticatorAttachment;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.AuthenticatorTransport;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutableAuthenticationExtensionsClientInput;
import org.springframework.security.web.webauthn.api.ImmutableAuthenticationExtensionsClientInputs;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialDescriptor;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialParameters;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.registration.PublicKeyCredentialCreationOptionsRepository;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where the options of a passkey registration wait between {@code /webauthn/register/options} and
 * {@code /webauthn/register}. Spring Security 7.0 keeps them in the HTTP session, but
 * {@link PublicKeyCredentialCreationOptions} is not Serializable there (spring-security#16431), so with sessions in
 * the database the options call fails. They are kept here instead, as JSON in {@code webauthn_registration}, one row
 * per signed-in account (registration needs one), so another instance can finish the registration; a row is used once
 * and is void after 10 minutes.
 */
final class JdbcCreationOptions implements PublicKeyCredentialCreationOptionsRepository {
    static final Duration VALID = Duration.ofMinutes(10);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final JdbcClient jdbc;
    private final Clock clock = Clock.systemUTC();

    JdbcCreationOptions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The options as plain values. */
    record Stored(String rpId, String rpName, String userId, String userName, String userDisplayName,
            String challenge, List<Long> algorithms, Long timeoutMillis, List<Descriptor> exclude, String attachment,
            String residentKey, String userVerification, String attestation, List<Extension> extensions) {
    }

    record Descriptor(String type, String id, List<String> transports) {
    }

    record Extension(String id, boolean input) {
    }

    @Override
    public void save(HttpServletRequest request, HttpServletResponse response,
            PublicKeyCredentialCreationOptions options) {
        Optional<AccountId> account = signedIn();
        if (account.isEmpty()) {
            return;
        }
        jdbc.sql("delete from webauthn_registration where account_id = ?").param(account.get().value()).update();
        if (options != null) {
            jdbc.sql("insert into webauthn_registration (account_id, options, created_at) values (?, ?, ?)")
                    .params(account.get().value(), JSON.writeValueAsString(store(options)),
                            OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                    .update();
        }
    }

    @Override
    public PublicKeyCredentialCreationOptions load(HttpServletRequest request) {
        Optional<AccountId> account = signedIn();
        if (account.isEmpty()) {
            return null;
        }
        Instant oldest = clock.instant().minus(VALID);
        Optional<String> json = jdbc.sql("select options, created_at from webauthn_registration where account_id = ?")
                .param(account.get().value())
                .query((rs, n) -> rs.getObject("created_at", OffsetDateTime.class).toInstant().isBefore(oldest) ? null
                        : rs.getString("options"))
                .optional();
        // used once: the registration that loads them is the only one they are for
        jdbc.sql("delete from webauthn_registration where account_id = ?").param(account.get().value()).update();
        return json.map(j -> restore(JSON.readValue(j, Stored.class))).orElse(null);
    }

    private static Optional<AccountId> signedIn() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof AccountPrincipal p
                ? Optional.of(p.accountId()) : Optional.empty();
    }

    static Stored store(PublicKeyCredentialCreationOptions o) {
        AuthenticatorSelectionCriteria selection = o.getAuthenticatorSelection();
        List<Extension> extensions = o.getExtensions() == null ? List.of() : o.getExtensions().getInputs().stream()
                .map(JdbcCreationOptions::extension).toList();
        return new Stored(o.getRp().getId(), o.getRp().getName(), base64(o.getUser().getId()), o.getUser().getName(),
                o.getUser().getDisplayName(), base64(o.getChallenge()),
                o.getPubKeyCredParams().stream().map(p -> p.getAlg().getValue()).toList(),
                o.getTimeout() == null ? null : o.getTimeout().toMillis(),
                o.getExcludeCredentials() == null ? List.of() : o.getExcludeCredentials().stream()
                        .map(d -> new Descriptor(d.getType().getValue(), base64(d.getId()),
                                d.getTransports() == null ? List.of()
                                        : d.getTransports().stream().map(AuthenticatorTransport::getValue).toList()))
                        .toList(),
                selection == null || selection.getAuthenticatorAttachment() == null ? null
                        : selection.getAuthenticatorAttachment().getValue(),
                selection == null || selection.getResidentKey() == null ? null : selection.getResidentKey().getValue(),
                selection == null || selection.getUserVerification() == null ? null
                        : selection.getUserVerification().getValue(),
                o.getAttestation() == null ? null : o.getAttestation().getValue(), extensions);
    }

    private static Extension extension(AuthenticationExtensionsClientInput<?> input) {
        if (input.getInput() instanceof Boolean b) {
            return new Extension(input.getExtensionId(), b);
        }
        throw new IllegalStateException("a passkey extension that cannot be kept: " + input.getExtensionId());
    }

    static PublicKeyCredentialCreationOptions restore(Stored s) {
        var builder = PublicKeyCredentialCreationOptions.builder()
                .rp(PublicKeyCredentialRpEntity.builder().id(s.rpId()).name(s.rpName()).build())
                .user(ImmutablePublicKeyCredentialUserEntity.builder().id(bytes(s.userId())).name(s.userName())
                        .displayName(s.userDisplayName()).build())
                .challenge(bytes(s.challenge()))
                .pubKeyCredParams(s.algorithms().stream().map(JdbcCreationOptions::parameters).toList())
                .excludeCredentials(s.exclude().stream().map(d -> PublicKeyCredentialDescriptor.builder()
                        .type(PublicKeyCredentialType.valueOf(d.type())).id(bytes(d.id()))
                        .transports(d.transports().stream().map(AuthenticatorTransport::valueOf)
                                .collect(Collectors.toCollection(LinkedHashSet::new)))
                        .build()).toList());
        if (s.timeoutMillis() != null) {
            builder.timeout(Duration.ofMillis(s.timeoutMillis()));
        }
        if (s.attachment() != null || s.residentKey() != null || s.userVerification() != null) {
            var selection = AuthenticatorSelectionCriteria.builder();
            if (s.attachment() != null) {
                selection.authenticatorAttachment(AuthenticatorAttachment.valueOf(s.attachment()));
            }
            if (s.residentKey() != null) {
                selection.residentKey(ResidentKeyRequirement.valueOf(s.residentKey()));
            }
            if (s.userVerification() != null) {
                selection.userVerification(userVerification(s.userVerification()));
            }
            builder.authenticatorSelection(selection.build());
        }
        if (s.attestation() != null) {
            builder.attestation(AttestationConveyancePreference.valueOf(s.attestation()));
        }
        builder.extensions(new ImmutableAuthenticationExtensionsClientInputs(s.extensions().stream()
                .<AuthenticationExtensionsClientInput>map(e -> new ImmutableAuthenticationExtensionsClientInput<>(e.id(),
                        e.input()))
                .toList()));
        return builder.build();
    }

    private static final List<PublicKeyCredentialParameters> PARAMETERS = List.of(PublicKeyCredentialParameters.EdDSA,
            PublicKeyCredentialParameters.ES256, PublicKeyCredentialParameters.ES384, PublicKeyCredentialParameters.ES512,
            PublicKeyCredentialParameters.RS256, PublicKeyCredentialParameters.RS384, PublicKeyCredentialParameters.RS512,
            PublicKeyCredentialParameters.RS1);

    private static PublicKeyCredentialParameters parameters(long algorithm) {
        return PARAMETERS.stream().filter(p -> p.getAlg().getValue() == algorithm).findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown passkey algorithm " + algorithm));
    }

    private static UserVerificationRequirement userVerification(String value) {
        return Arrays.asList(UserVerificationRequirement.DISCOURAGED, UserVerificationRequirement.PREFERRED,
                UserVerificationRequirement.REQUIRED).stream().filter(u -> u.getValue().equals(value)).findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown user verification " + value));
    }

    private static String base64(Bytes bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.getBytes());
    }

    private static Bytes bytes(String base64) {
        return new Bytes(Base64.getUrlDecoder().decode(base64));
    }

}
